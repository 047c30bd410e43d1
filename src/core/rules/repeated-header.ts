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
      "per-part": {
        vi: "Mỗi phần của phụ lục có dòng tiêu đề riêng dưới tiêu đề phần (dòng {{rows}} lặp lại dòng {{headerRow}}): cách trình bày hợp lệ, nhưng khi lọc, sắp xếp hay đếm trong Excel nên để một dòng tiêu đề.",
        en: "Each part of the appendix carries its own header under its caption (rows {{rows}} repeat row {{headerRow}}): a valid layout, but filtering, sorting and counting in Excel want one header row.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    /** Headers repeated under each part's caption: a layout, written once for all of them. */
    const perPart: number[] = [];
    return {
      row(event) {
        if (event.row.kind !== "repeated-header") return;
        if (event.row.underSection) {
          perPart.push(event.row.row);
          return;
        }
        context.report({
          messageId: "repeated",
          row: event.row.row,
          col: firstColumn(context),
          data: { row: event.row.row, headerRow: context.analysis.table.headerRow },
        });
      },
      end() {
        if (perPart.length === 0) return;
        context.report({
          messageId: "per-part",
          row: perPart[0],
          col: firstColumn(context),
          data: { rows: perPart.join(", "), headerRow: context.analysis.table.headerRow },
          related: perPart.slice(1).map((row) => ({ row, task: "" })),
        });
      },
    };
  },
});
