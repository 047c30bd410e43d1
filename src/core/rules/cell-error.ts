/** cell-error: an Excel error value (#REF!, #N/A, #VALUE!…) in a checked column of a task. */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import { columnName, eachTaskCell, taskRef } from "./util/task";

export default defineRule<Record<string, never>>({
  meta: {
    id: "cell-error",
    severity: "warning",
    docs: {
      description: {
        vi: "Ô của nhiệm vụ không chứa giá trị lỗi của Excel.",
        en: "Task cells hold no Excel error values.",
      },
      url: "docs/rules/cell-error.md",
    },
    messages: {
      error: {
        vi: "Nhiệm vụ {{task}}: ô “{{column}}” có giá trị lỗi {{code}} của Excel (thường do công thức tham chiếu đến ô đã xóa); hãy nhập lại nội dung.",
        en: "Task {{task}}: the “{{column}}” cell holds the Excel error {{code}} (usually a formula pointing at a deleted cell); enter the value again.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    return eachTaskCell(context, (task, cell, column) => {
      if (cell.value.kind !== "error") return;
      context.report({
        messageId: "error",
        row: cell.row,
        col: cell.col,
        task,
        data: { task: taskRef(task), column: columnName(column), code: cell.value.code },
      });
    });
  },
});
