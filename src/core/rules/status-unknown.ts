/**
 * status-unknown: a progress cell the status vocabulary does not know. The task counts as not done in the
 * completion figures, so the wording must be fixed (or the word added to the vocabulary).
 */
import { taskState } from "../completion/state";
import { progressRuleOptionsSchema, statusVocabulary, type ProgressRuleOptions } from "../completion/vocabulary";
import { defineRule } from "../rule";
import { taskRef } from "./util/task";

export default defineRule<ProgressRuleOptions>({
  meta: {
    id: "status-unknown",
    severity: "warning",
    docs: {
      description: {
        vi: "Tình trạng thực hiện được ghi bằng những từ đọc được (Hoàn thành, Đang thực hiện, Chưa thực hiện…).",
        en: "Progress is written in words that can be read (Hoàn thành, Đang thực hiện, Chưa thực hiện…).",
      },
      url: "docs/rules/status-unknown.md",
    },
    messages: {
      status: {
        vi: "Nhiệm vụ {{task}}: không hiểu tình trạng “{{value}}”, nên nhiệm vụ được tính là chưa hoàn thành. Hãy ghi “Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện” hoặc một tỷ lệ phần trăm.",
        en: "Task {{task}}: the status “{{value}}” cannot be read, so the task counts as not done. Write “Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện” or a percentage.",
      },
      date: {
        vi: "Nhiệm vụ {{task}}: ngày hoàn thành “{{value}}” không phải là một ngày, nên nhiệm vụ được tính là chưa hoàn thành. Hãy ghi ngày theo dạng 15/3/2024.",
        en: "Task {{task}}: the completion date “{{value}}” is not a date, so the task counts as not done. Write the day as 15/3/2024.",
      },
    },
    schema: progressRuleOptionsSchema,
  },
  create(context) {
    const columns = context.analysis.table.columns;
    if ((!columns.status && !columns.completionDate) || context.analysis.table.kind !== "tasks") return {};
    const vocabulary = statusVocabulary(context.options.vocabulary);
    return {
      row(event) {
        const tc = event.task;
        if (!tc) return;
        const state = taskState(tc.task, vocabulary);
        if (state.state !== "unknown" || !state.cell) return;
        context.report({
          messageId: state.cell.key === "completionDate" ? "date" : "status",
          row: state.cell.row,
          col: state.cell.col,
          task: tc.task,
          data: { task: taskRef(tc.task), value: state.statusText },
        });
      },
    };
  },
});
