/** deadline-vague: a deadline that waits on an event and names no date ("Sau khi văn bản … được ban hành"). */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
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
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    return {
      row(event) {
        const tc = event.task;
        const cell = tc?.task.cells.deadline;
        const d = tc?.deadline;
        if (!tc || !cell || !d || d.kind !== "conditional" || d.due || cellState(cell) !== "filled") return;
        context.report({
          messageId: "vague",
          row: cell.row,
          col: cell.col,
          task: tc.task,
          data: { task: taskRef(tc.task, context.lang), text: d.text || cell.text },
        });
      },
    };
  },
});
