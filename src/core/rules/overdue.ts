/**
 * overdue: a task due on or before the as-of date that is not done (docs/completion.md). Runs only when an as-of
 * date is given and the table tracks progress (a status or completion-date column). A task due on the as-of date
 * itself is said to be due today, not "0 days overdue".
 */
import { formatVi } from "../dates";
import { lateness } from "../completion/lateness";
import { taskState } from "../completion/state";
import { progressRuleOptionsSchema, statusVocabulary, type ProgressRuleOptions } from "../completion/vocabulary";
import { defineRule } from "../rule";
import { excerpt, taskRef } from "./util/task";

export default defineRule<ProgressRuleOptions>({
  meta: {
    id: "overdue",
    severity: "warning",
    docs: {
      description: {
        vi: "Nhiệm vụ đã đến hạn (tính đến ngày được chọn) phải được ghi là đã hoàn thành.",
        en: "A task due on or before the chosen date should be marked as done.",
      },
      url: "docs/rules/overdue.md",
    },
    messages: {
      overdue: {
        vi: "Nhiệm vụ {{task}}{{title}} đến hạn ngày {{due}} nhưng đến ngày {{asOf}} vẫn chưa hoàn thành (tình trạng: {{status}}; quá hạn {{days}} ngày).",
        en: "Task {{task}}{{title}} was due on {{due}} and is still not done on {{asOf}} (status: {{status}}; {{days}} day(s) overdue).",
      },
      "due-today": {
        vi: "Nhiệm vụ {{task}}{{title}} đến hạn hôm nay ({{due}}) và chưa hoàn thành (tình trạng: {{status}}).",
        en: "Task {{task}}{{title}} is due today ({{due}}) and not done yet (status: {{status}}).",
      },
    },
    schema: progressRuleOptionsSchema,
  },
  create(context) {
    const { asOf, analysis } = context;
    const columns = analysis.table.columns;
    const progress = columns.status ?? columns.completionDate;
    if (asOf === undefined || !progress || analysis.table.kind !== "tasks") return {};
    const vocabulary = statusVocabulary(context.options.vocabulary);
    const blank = { vi: "trống", en: "blank" };
    return {
      row(event) {
        const tc = event.task;
        const due = tc?.deadline?.due;
        if (!tc || due === undefined || due > asOf) return;
        const state = taskState(tc.task, vocabulary);
        if (state.state === "done") return;
        // Marked on the progress cell that says "not done" (else the first progress column of the task row).
        const at = state.cell && state.cell.key !== "progressNote" ? state.cell : undefined;
        const content = tc.task.cells.content?.text ?? "";
        const late = lateness(due, asOf);
        context.report({
          messageId: late.kind === "late" ? "overdue" : "due-today",
          row: at?.row ?? tc.task.row,
          col: at?.col ?? progress.col,
          task: tc.task,
          data: {
            task: taskRef(tc.task),
            title: content === "" ? "" : ` “${excerpt(content, 60)}”`,
            due: formatVi(due),
            asOf: formatVi(asOf),
            ...(late.kind === "late" ? { days: late.days } : {}),
            status: state.statusText === "" ? blank : `“${state.statusText}”`,
          },
        });
      },
    };
  },
});
