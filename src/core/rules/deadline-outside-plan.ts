/**
 * deadline-outside-plan: a due date (or, for a period, its start; for several milestones, any of them) that
 * falls before or after the plan period.
 */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import type { Deadline, IsoDate } from "../types";
import { dateEn, dateVi } from "./util/format";
import { cellState, taskRef } from "./util/task";

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
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    const period = context.planPeriod;
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
              task: taskRef(tc.task, context.lang),
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
