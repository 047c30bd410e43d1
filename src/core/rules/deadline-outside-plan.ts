/**
 * deadline-outside-plan: a due date (or, for a period, its start; for several milestones, any of them) that
 * falls before or after the plan period. A period taken from the deadlines themselves (the title names none) is
 * only a guess: then nothing is reported as outside it, and one info finding on the title row says so and asks
 * for the period.
 */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import type { Deadline, IsoDate } from "../types";
import { dateEn, dateVi } from "./util/format";
import { cellState, firstColumn, taskRef } from "./util/task";
import { yearOf } from "../dates";
import type { RuleContext } from "../rule";

/** The dates of a deadline that must lie inside the plan period. */
export function datesToCheck(d: Deadline): IsoDate[] {
  switch (d.kind) {
    case "dated":
      return d.start ? [d.start] : d.due ? [d.due] : [];
    case "milestones":
      return d.milestones && d.milestones.length > 0 ? [...d.milestones] : d.due ? [d.due] : [];
    case "conditional":
    case "continuous":
      return d.due ? [d.due] : [];
    default:
      return [];
  }
}

/** The years the deadlines fall in: "2025" or "2025-2026". */
function deadlineSpan(context: RuleContext<Record<string, never>>): string {
  let min = Infinity;
  let max = -Infinity;
  for (const tc of context.tasks) {
    const d = tc.deadline;
    if (!d?.due) continue;
    for (const date of [d.due, ...datesToCheck(d)]) {
      const y = yearOf(date);
      if (y < min) min = y;
      if (y > max) max = y;
    }
  }
  // A guessed period comes from at least one due date, so the span is never empty.
  return min === max ? String(min) : `${min}-${max}`;
}

/** One info finding on the first title row (the header row when there is no title) about a guessed period. */
function reportGuess(context: RuleContext<Record<string, never>>, label: string): void {
  const table = context.analysis.table;
  context.report({
    messageId: "guessed",
    severity: "info",
    row: table.titleRows[0]?.row ?? table.headerRow,
    col: firstColumn(context),
    data: { period: label, span: deadlineSpan(context) },
    suggestion: label,
  });
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "deadline-outside-plan",
    severity: "error",
    docs: {
      description: {
        vi: "Thời hạn của nhiệm vụ nằm trong kỳ kế hoạch.",
        en: "Task deadlines fall inside the plan period.",
      },
      url: "docs/rules/deadline-outside-plan.md",
    },
    messages: {
      before: {
        vi: "Nhiệm vụ {{task}}: thời hạn “{{text}}” ({{date}}) ở trước kỳ kế hoạch {{period}}; kiểm tra lại năm.",
        en: "Task {{task}}: the deadline “{{text}}” ({{dateEn}}) falls before the plan period {{period}}; check the year.",
      },
      after: {
        vi: "Nhiệm vụ {{task}}: thời hạn “{{text}}” ({{date}}) ở sau kỳ kế hoạch {{period}}.",
        en: "Task {{task}}: the deadline “{{text}}” ({{dateEn}}) falls after the plan period {{period}}.",
      },
      guessed: {
        vi: "Tiêu đề phụ lục không ghi kỳ kế hoạch; Rõ Việc tạm lấy {{period}} theo thời hạn các nhiệm vụ (các thời hạn ghi trong {{span}}) nên không báo thời hạn nào ngoài kỳ kế hoạch. Hãy nhập kỳ kế hoạch (ô “Kỳ kế hoạch” trong ngăn tác vụ hoặc --plan-period, ví dụ {{period}}) để kiểm tra thời hạn.",
        en: "The appendix title names no plan period; Rõ Việc takes {{period}} from the task deadlines as a guess (they fall in {{span}}), so no deadline is reported as outside the plan. Enter the plan period (the pane's “Plan period” field or --plan-period, e.g. {{period}}) to check the deadlines.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    const period = context.planPeriod;
    if (period?.source === "deadlines") return { end: () => reportGuess(context, period.label) };
    return {
      row(event) {
        const tc = event.task;
        const cell = tc?.task.cells.deadline;
        if (!tc || !cell || !tc.deadline || !period || cellState(cell) === "error") return;
        for (const date of datesToCheck(tc.deadline)) {
          const side = date < period.from ? "before" : date > period.to ? "after" : undefined;
          if (!side) continue;
          context.report({
            messageId: side,
            row: cell.row,
            col: cell.col,
            task: tc.task,
            data: {
              task: taskRef(tc.task),
              text: tc.deadline.text || cell.text,
              date: dateVi(date),
              dateEn: dateEn(date),
              period: period.label,
            },
          });
          return;
        }
      },
    };
  },
});
