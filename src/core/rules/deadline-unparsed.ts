/**
 * deadline-unparsed: a deadline the add-in cannot read ("Tháng 13/2027"), or a month, quarter or day without
 * its year. The same text on several tasks is one finding at its first task, the others in `related`.
 */
import { defineRule } from "../rule";
import { trimEndOf } from "../text";
import { NO_OPTIONS } from "./util/options";
import { yearOf } from "../dates";
import type { Fix, MessageData } from "../types";
import { listTasks, SameText } from "./util/same-text";
import { cellState, rowOfText, taskRef } from "./util/task";

interface First {
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly noYear: boolean;
  readonly example?: string;
  readonly suggestion?: string;
  readonly fix?: Fix;
}

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
      "no-year-repeated": {
        vi: "Các nhiệm vụ {{tasks}}: thời hạn “{{text}}” không ghi năm. Hãy ghi rõ năm, ví dụ “{{example}}”.",
        en: "Tasks {{tasks}}: the deadline “{{text}}” names no year. Write the year, e.g. “{{example}}”.",
      },
      unparsed: {
        vi: "Nhiệm vụ {{task}}: không hiểu thời hạn “{{text}}”. Hãy ghi theo dạng “Tháng 6/2024”, “Quý II/2024”, “Năm 2024”, “trước ngày 30/6/2024” hoặc “Thường xuyên”.",
        en: "Task {{task}}: the deadline “{{text}}” cannot be read. Write it as “Tháng 6/2024”, “Quý II/2024”, “Năm 2024”, “trước ngày 30/6/2024” or “Thường xuyên”.",
      },
      "unparsed-repeated": {
        vi: "Các nhiệm vụ {{tasks}}: không hiểu thời hạn “{{text}}”. Hãy ghi theo dạng “Tháng 6/2024”, “Quý II/2024”, “Năm 2024”, “trước ngày 30/6/2024” hoặc “Thường xuyên”.",
        en: "Tasks {{tasks}}: the deadline “{{text}}” cannot be read. Write it as “Tháng 6/2024”, “Quý II/2024”, “Năm 2024”, “trước ngày 30/6/2024” or “Thường xuyên”.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    // In a plan of one year the year is known: it is offered as the suggestion, and as the fix unless the period
    // is only a guess from the deadlines.
    const period = context.planPeriod;
    const from = period ? yearOf(period.from) : undefined;
    const year = period && from === yearOf(period.to) ? from : undefined;
    const exampleYear = from ?? (context.asOf ? yearOf(context.asOf) : "YYYY");
    const seen = new SameText<First>();
    return {
      row(event) {
        const tc = event.task;
        const cell = tc?.task.cells.deadline;
        if (!tc || !cell || tc.deadline?.kind !== "unparsed" || cellState(cell) !== "filled") return;
        const noYear = tc.deadline.missingYear === true;
        const written = tc.deadline.text || cell.text;
        const text = noYear ? trimEndOf(written, ". ") : written;
        seen.add(text, tc.task, cell.row, (): First => {
          if (!noYear) return { text, row: cell.row, col: cell.col, noYear };
          const suggestion = year !== undefined ? `${text}/${year}` : undefined;
          const at = suggestion !== undefined && period?.source !== "deadlines" ? rowOfText(cell, text) : undefined;
          const fix: Fix | undefined =
            suggestion !== undefined && at !== undefined
              ? { kind: "replace-text", row: at, col: cell.col, from: text, to: suggestion }
              : undefined;
          return { text, row: cell.row, col: cell.col, noYear, example: `${text}/${exampleYear}`, suggestion, fix };
        });
      },
      end() {
        for (const g of seen.groups()) {
          const f = g.first;
          const task = taskRef(g.task);
          const repeated = g.others.length > 0;
          const who: MessageData = repeated
            ? { tasks: listTasks([task, ...g.others.map((o) => taskRef(o.task))]) }
            : { task };
          const base = f.noYear ? "no-year" : "unparsed";
          context.report({
            messageId: repeated ? `${base}-repeated` : base,
            row: f.row,
            col: f.col,
            task: g.task,
            data: f.noYear ? { ...who, text: f.text, example: f.example ?? "" } : { ...who, text: f.text },
            suggestion: f.suggestion,
            // A fix mends one cell: it is offered only when the text is written once.
            fix: repeated ? undefined : f.fix,
            related: g.others.map((o) => ({ row: o.row, task: o.task.label })),
          });
        }
      },
    };
  },
});
