/** repeated-header: the header row repeated inside the table (left by page breaks when pasting). */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import { firstColumn } from "./util/task";

export default defineRule<Record<string, never>>({
  meta: {
    id: "repeated-header",
    severity: "info",
    docs: {
      description: {
        vi: "Dòng tiêu đề chỉ có một lần, ở đầu bảng.",
        en: "The header appears once, at the top of the table.",
      },
      url: "docs/rules/repeated-header.md",
    },
    messages: {
      repeated: {
        vi: "Dòng {{row}} lặp lại dòng tiêu đề của bảng (dòng {{headerRow}}), thường do ngắt trang khi sao chép; nên xóa dòng này.",
        en: "Row {{row}} repeats the table header (row {{headerRow}}), usually left by a page break when copying; delete it.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    return {
      row(event) {
        // A header standing under each part's caption is the layout of an appendix made of several tables.
        if (event.row.kind !== "repeated-header" || event.row.underSection) return;
        context.report({
          messageId: "repeated",
          row: event.row.row,
          col: firstColumn(context),
          data: { row: event.row.row, headerRow: context.analysis.table.headerRow },
        });
      },
    };
  },
});
