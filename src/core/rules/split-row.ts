/** split-row: a row that continues the task above it (a page break split the task over two rows). */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import { isBlank, cellText, cleanText } from "../text";
import { rawCell } from "../grid";
import type { TaskRecord } from "../types";
import { excerpt, firstColumn, taskRef } from "./util/task";

export default defineRule<Record<string, never>>({
  meta: {
    id: "split-row",
    severity: "warning",
    docs: {
      description: {
        vi: "Mỗi nhiệm vụ nằm trên một dòng; không tách nội dung sang dòng sau.",
        en: "Each task sits on one row; its text is not split onto the next row.",
      },
      url: "docs/rules/split-row.md",
    },
    messages: {
      split: {
        vi: "Dòng {{row}} là phần tiếp theo của nhiệm vụ {{task}} (dòng {{taskRow}}), bị tách sang dòng riêng (thường do ngắt trang): “{{text}}”. Nên nối vào dòng {{taskRow}}.",
        en: "Row {{row}} continues task {{task}} (row {{taskRow}}), split onto a row of its own (usually by a page break): “{{text}}”. Join it to row {{taskRow}}.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    const grid = context.analysis.grid;
    const columns = Object.values(context.analysis.table.columns)
      .flatMap((c) => (c ? [c.col] : []))
      .sort((a, b) => a - b);
    const contentCol = context.analysis.table.columns.content?.col;
    /** The last task seen: rows come in order, so a continuation row continues it (else the table by row is asked). */
    let last: TaskRecord | undefined;
    let byRow: Map<number, TaskRecord> | undefined;
    const taskAt = (row: number): TaskRecord | undefined => {
      if (last?.row === row) return last;
      byRow ??= new Map(context.analysis.tasks.map((t) => [t.row, t]));
      return byRow.get(row);
    };
    return {
      row(event) {
        if (event.task) last = event.task.task;
        const r = event.row;
        // A row tied to the task by cells merged down over it is layout, not a page-break split.
        if (r.kind !== "continuation" || r.continues === undefined || r.viaMerge) return;
        // Items of a list inside a task ("a) …", "- …") stand on rows of their own on purpose.
        if (contentCol !== undefined && LIST_ITEM.test(cellText(rawCell(grid, r.row, contentCol)))) return;
        const task = taskAt(r.continues);
        const col = columns.find((c) => !isBlank(rawCell(grid, r.row, c))) ?? firstColumn(context);
        const into = r.continues;
        context.report({
          messageId: "split",
          row: r.row,
          col,
          task,
          data: {
            row: r.row,
            task: task ? taskRef(task) : String(into),
            taskRow: into,
            text: excerpt(cleanText(cellText(rawCell(grid, r.row, col)))),
          },
          suggestion: { vi: "nối vào dòng {{taskRow}}", en: "join it to row {{taskRow}}" },
          fix: { kind: "join-row", row: r.row, into },
        });
      },
    };
  },
});

/** The start of a list item: "a)", "b.", "đ)", "- ", "+ ", "• ", "– ". */
const LIST_ITEM = /^\s*(?:[a-zđ][).]\s|[-+•–—*]\s)/iu;
