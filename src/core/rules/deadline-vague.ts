/**
 * deadline-vague: a deadline that waits on an event and names no date ("Sau khi văn bản … được ban hành"). The
 * same phrase on several tasks is one finding at its first task, the others in `related`.
 */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import { listTasks, SameText } from "./util/same-text";
import { cellState, taskRef } from "./util/task";

export default defineRule<Record<string, never>>({
  meta: {
    id: "deadline-vague",
    severity: "info",
    docs: {
      description: {
        vi: "Thời hạn phụ thuộc một sự kiện nên kèm một mốc dự kiến.",
        en: "A deadline that waits on an event should carry an indicative date.",
      },
      url: "docs/rules/deadline-vague.md",
    },
    messages: {
      vague: {
        vi: "Nhiệm vụ {{task}}: thời hạn “{{text}}” phụ thuộc một sự kiện và không có mốc thời gian, nên không tính được tiến độ. Nên ghi thêm mốc dự kiến, ví dụ “(tháng 03/2027)”.",
        en: "Task {{task}}: the deadline “{{text}}” waits on an event and names no date, so progress cannot be measured. Add an indicative date, e.g. “(tháng 03/2027)”.",
      },
      "vague-repeated": {
        vi: "Các nhiệm vụ {{tasks}}: thời hạn “{{text}}” phụ thuộc một sự kiện và không có mốc thời gian, nên không tính được tiến độ. Nên ghi thêm mốc dự kiến, ví dụ “(tháng 03/2027)”.",
        en: "Tasks {{tasks}}: the deadline “{{text}}” waits on an event and names no date, so progress cannot be measured. Add an indicative date, e.g. “(tháng 03/2027)”.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    const seen = new SameText<{ text: string; row: number; col: number }>();
    return {
      row(event) {
        const tc = event.task;
        const cell = tc?.task.cells.deadline;
        const d = tc?.deadline;
        if (!tc || !cell || !d || d.kind !== "conditional" || d.due || cellState(cell) !== "filled") return;
        const text = d.text || cell.text;
        seen.add(text, tc.task, cell.row, () => ({ text, row: cell.row, col: cell.col }));
      },
      end() {
        for (const g of seen.groups()) {
          const task = taskRef(g.task);
          const repeated = g.others.length > 0;
          context.report({
            messageId: repeated ? "vague-repeated" : "vague",
            row: g.first.row,
            col: g.first.col,
            task: g.task,
            data: repeated
              ? { tasks: listTasks([task, ...g.others.map((o) => taskRef(o.task))]), text: g.first.text }
              : { task, text: g.first.text },
            related: g.others.map((o) => ({ row: o.row, task: o.task.label })),
          });
        }
      },
    };
  },
});
