/** deadline-unparsed: a deadline the add-in cannot read ("Tháng 13/2027"). */
import { z } from "zod";
import { defineRule } from "../rule";
import { cellState, taskRef } from "./util/task";

export default defineRule<Record<string, never>>({
  meta: {
    id: "deadline-unparsed",
    severity: "warning",
    docs: {
      description: {
        vi: "Thời gian hoàn thành được ghi theo một cách đọc được (tháng, quý, năm, ngày, thường xuyên…).",
        en: "Deadlines are written in a form that can be read (month, quarter, year, day, continuous…).",
      },
      url: "docs/rules/deadline-unparsed.md",
    },
    messages: {
      unparsed: {
        vi: "Nhiệm vụ {{task}}: không hiểu thời hạn “{{text}}”. Hãy ghi theo dạng “Tháng 6/2024”, “Quý II/2024”, “Năm 2024”, “trước ngày 30/6/2024” hoặc “Thường xuyên”.",
        en: "Task {{task}}: the deadline “{{text}}” cannot be read. Write it as “Tháng 6/2024”, “Quý II/2024”, “Năm 2024”, “trước ngày 30/6/2024” or “Thường xuyên”.",
      },
    },
    schema: z.object({}).strict().default({}),
  },
  create(context) {
    return {
      row(event) {
        const tc = event.task;
        const cell = tc?.task.cells.deadline;
        if (!tc || !cell || tc.deadline?.kind !== "unparsed" || cellState(cell) !== "filled") return;
        context.report({
          messageId: "unparsed",
          row: cell.row,
          col: cell.col,
          task: tc.task,
          data: { task: taskRef(tc.task, context.lang), text: tc.deadline.text || cell.text },
        });
      },
    };
  },
});
