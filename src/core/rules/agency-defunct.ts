/**
 * agency-defunct: an agency that no longer existed during the plan period (it ended before the period began).
 * Facts marked uncertain in the directory never produce this finding. The same name is one finding per document,
 * its other rows related; the fix replaces that name, at its place in the cell, by the successor.
 */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import { endedBefore, oncePerName } from "./util/agency";
import { dateEn, dateVi, nextDay } from "./util/format";
import { taskRef } from "./util/task";

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
    if (!period) return {};
    // The same name on a later row joins the first finding's related rows.
    return oncePerName(context.report, {
      key: (m) => (m.agency && endedBefore(m.agency, period) && m.agency.validUntil ? m.text : undefined),
      finding(m, task, fixTo) {
        const a = m.agency!;
        const since = nextDay(a.validUntil!);
        const note = a.successorNote;
        // The suggestion is the successor's name alone (it is what "Sửa" writes); the note stays in the message.
        return {
          messageId: !a.successor ? "defunct-no-successor" : note ? "defunct-note" : "defunct",
          data: {
            task: taskRef(task),
            agency: m.text,
            since: { vi: dateVi(since), en: dateEn(since) },
            successor: a.successor ?? "",
            note: note ?? "",
            period: period.label,
          },
          suggestion: a.successor,
          fix: a.successor ? fixTo(a.successor) : undefined,
        };
      },
    });
  },
});
