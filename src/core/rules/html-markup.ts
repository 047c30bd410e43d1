/** html-markup: HTML fragments (`<p>`, `<b>`, `&nbsp;`) left in a task cell by a copy from a web system. */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import type { Fix } from "../types";
import { columnName, eachTaskCell, excerpt, taskRef } from "./util/task";

export default defineRule<Record<string, never>>({
  meta: {
    id: "html-markup",
    severity: "info",
    docs: {
      description: {
        vi: "Ô của nhiệm vụ không chứa mã HTML sót lại khi sao chép.",
        en: "Task cells hold no HTML left over from copying.",
      },
      url: "docs/rules/html-markup.md",
    },
    messages: {
      html: {
        vi: "Nhiệm vụ {{task}}: ô “{{column}}” có mã HTML sót lại khi sao chép: “{{text}}”.",
        en: "Task {{task}}: the “{{column}}” cell holds HTML left over from copying: “{{text}}”.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    return eachTaskCell(context, (task, cell, column) => {
      if (!cell.hasHtml) return;
      const fix: Fix | undefined =
        cell.pieces.length <= 1 && cell.original !== cell.text
          ? { kind: "replace-text", row: cell.row, col: cell.col, from: cell.original, to: cell.text }
          : undefined;
      context.report({
        messageId: "html",
        row: cell.row,
        col: cell.col,
        task,
        data: { task: taskRef(task), column: columnName(column), text: excerpt(cell.original) },
        suggestion: cell.text,
        fix,
      });
    });
  },
});
