/** deadline-unparsed: a deadline the add-in cannot read ("Tháng 13/2027"). */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import { yearOf } from "../dates";
import type { Fix } from "../types";
import { cellState, rowOfText, taskRef } from "./util/task";

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
      "no-year": {
        vi: "Nhiệm vụ {{task}}: thời hạn “{{text}}” không ghi năm. Hãy ghi rõ năm, ví dụ “{{example}}”.",
        en: "Task {{task}}: the deadline “{{text}}” names no year. Write the year, e.g. “{{example}}”.",
      },
      unparsed: {
        vi: "Nhiệm vụ {{task}}: không hiểu thời hạn “{{text}}”. Hãy ghi theo dạng “Tháng 6/2024”, “Quý II/2024”, “Năm 2024”, “trước ngày 30/6/2024” hoặc “Thường xuyên”.",
        en: "Task {{task}}: the deadline “{{text}}” cannot be read. Write it as “Tháng 6/2024”, “Quý II/2024”, “Năm 2024”, “trước ngày 30/6/2024” or “Thường xuyên”.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    return {
      row(event) {
        const tc = event.task;
        const cell = tc?.task.cells.deadline;
        if (!tc || !cell || tc.deadline?.kind !== "unparsed" || cellState(cell) !== "filled") return;
        const text = (tc.deadline.text || cell.text).replace(/[.\s]+$/, "");
        if (tc.deadline.missingYear) {
          // In a plan of one year the year is known: it is offered as the fix.
          const period = context.planPeriod;
          const from = period ? yearOf(period.from) : undefined;
          const year = period && from === yearOf(period.to) ? from : undefined;
          const suggestion = year !== undefined ? `${text}/${year}` : undefined;
          const exampleYear = from ?? (context.asOf ? yearOf(context.asOf) : "YYYY");
          const row = suggestion !== undefined ? rowOfText(cell, text) : undefined;
          const fix: Fix | undefined =
            suggestion !== undefined && row !== undefined
              ? { kind: "replace-text", row, col: cell.col, from: text, to: suggestion }
              : undefined;
          context.report({
            messageId: "no-year",
            row: cell.row,
            col: cell.col,
            task: tc.task,
            data: { task: taskRef(tc.task, context.lang), text, example: `${text}/${exampleYear}` },
            suggestion,
            fix,
          });
          return;
        }
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
