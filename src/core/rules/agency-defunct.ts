/**
 * agency-defunct: an agency that no longer existed during the plan period (it ended before the period began).
 * Facts marked uncertain in the directory never produce this finding. The same name is one finding per document,
 * its other rows related; the fix replaces that name, at its place in the cell, by the successor.
 */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import { agencyCells, agencyFix, endedBefore, OncePerDocument } from "./util/agency";
import { dateEn, dateVi, nextDay } from "./util/format";
import { rowOfText, taskRef } from "./util/task";

export default defineRule<Record<string, never>>({
  meta: {
    id: "agency-defunct",
    severity: "warning",
    docs: {
      description: {
        vi: "Không giao việc cho cơ quan đã không còn tồn tại trong kỳ kế hoạch.",
        en: "No work is given to an agency that no longer exists during the plan period.",
      },
      url: "docs/rules/agency-defunct.md",
    },
    messages: {
      defunct: {
        vi: "Nhiệm vụ {{task}}: “{{agency}}” không còn tồn tại từ {{since}}; công việc chuyển cho {{successor}}.",
        en: "Task {{task}}: “{{agency}}” no longer exists since {{since}}; its work passed to {{successor}}.",
      },
      "defunct-note": {
        vi: "Nhiệm vụ {{task}}: “{{agency}}” không còn tồn tại từ {{since}}; công việc chuyển cho {{successor}} ({{note}}).",
        en: "Task {{task}}: “{{agency}}” no longer exists since {{since}}; its work passed to {{successor}} ({{note}}).",
      },
      "defunct-no-successor": {
        vi: "Nhiệm vụ {{task}}: “{{agency}}” không còn tồn tại từ {{since}}, trước kỳ kế hoạch {{period}}.",
        en: "Task {{task}}: “{{agency}}” no longer exists since {{since}}, before the plan period {{period}}.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    const period = context.planPeriod;
    const once = new OncePerDocument();
    return {
      row(event) {
        const tc = event.task;
        if (!tc || !period) return;
        const cells = agencyCells(tc);
        for (let c = 0; c < cells.length; c++) {
          const { cell, mentions } = cells[c];
          for (let i = 0; i < mentions.length; i++) {
            const m = mentions[i];
            const a = m.agency;
            if (!a || !endedBefore(a, period) || !a.validUntil) continue;
            const row = rowOfText(cell, m.text) ?? cell.row;
            // The same name on a later row joins the first finding's related rows.
            if (once.repeat(m.text, row, tc.task)) continue;
            const since = nextDay(a.validUntil);
            const note = a.successorNote;
            const messageId = !a.successor ? "defunct-no-successor" : note ? "defunct-note" : "defunct";
            // The suggestion is the successor's name alone (it is what "Sửa" writes); the note stays in the message.
            const suggestion = a.successor;
            once.add(m.text, {
              messageId,
              row,
              col: cell.col,
              task: tc.task,
              data: {
                task: taskRef(tc.task),
                agency: m.text,
                since: { vi: dateVi(since), en: dateEn(since) },
                successor: a.successor ?? "",
                note: note ?? "",
                period: period.label,
              },
              suggestion,
              fix: a.successor ? agencyFix(cell, mentions, i, a.successor) : undefined,
            });
          }
        }
      },
      end() {
        once.flush((d) => context.report(d));
      },
    };
  },
});
