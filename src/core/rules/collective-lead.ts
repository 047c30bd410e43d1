/**
 * collective-lead: the lead is only a collective name ("Các sở, ban, ngành"), or generic words ("Sở, ban"):
 * nobody accountable. The same lead text is one finding per document, its other rows related.
 */
import { defineRule } from "../rule";
import { foldWords } from "../text";
import { OncePerDocument } from "./util/agency";
import { NO_OPTIONS } from "./util/options";
import { cellState, taskRef } from "./util/task";

export default defineRule<Record<string, never>>({
  meta: {
    id: "collective-lead",
    severity: "warning",
    docs: {
      description: {
        vi: "Đơn vị chủ trì phải là một cơ quan cụ thể, không chỉ là tên chung như “Các sở, ban, ngành”.",
        en: "The lead must be a named body, not only a collective such as “Các sở, ban, ngành”.",
      },
      url: "docs/rules/collective-lead.md",
    },
    messages: {
      collective: {
        vi: "Nhiệm vụ {{task}} giao cho “{{lead}}” chủ trì: tên chung này không chỉ rõ cơ quan nào chịu trách nhiệm. Hãy ghi một đơn vị cụ thể chủ trì và đưa các đơn vị khác sang cột phối hợp.",
        en: "Task {{task}} is led by “{{lead}}”: a collective name makes no one body accountable. Name one lead agency and move the others to the co-operating column.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    const once = new OncePerDocument();
    return {
      row(event) {
        const tc = event.task;
        if (!tc) return;
        const cell = tc.task.cells.lead;
        if (!cell || cellState(cell) !== "filled" || tc.lead.length === 0) return;
        if (!tc.lead.every((m) => m.collective)) return;
        // One finding per phrase, whatever its case and punctuation ("UBND các tỉnh/thành phố", "… tỉnh/ thành phố").
        const key = foldWords(cell.text);
        if (once.repeat(key, tc.task.row, tc.task)) return;
        once.add(key, {
          messageId: "collective",
          row: tc.task.row,
          col: cell.col,
          task: tc.task,
          data: { task: taskRef(tc.task), lead: cell.text },
        });
      },
      end() {
        once.flush((d) => context.report(d));
      },
    };
  },
});
