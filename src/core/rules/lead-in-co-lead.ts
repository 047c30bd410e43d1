/**
 * lead-in-co-lead: one agency (after matching) named both as lead and as co-operating agency of a task. Collectives
 * name no body and are left out ("Các bộ, ngành" leading for their own sectors, "các bộ, ngành khác" co-operating).
 */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import { agencyKey, sameAgency } from "./util/agency";
import { cellState, rowOfText, taskRef } from "./util/task";

export default defineRule<Record<string, never>>({
  meta: {
    id: "lead-in-co-lead",
    severity: "warning",
    docs: {
      description: {
        vi: "Một đơn vị không vừa chủ trì vừa phối hợp trong cùng một nhiệm vụ.",
        en: "An agency is not both the lead and a co-operating agency of one task.",
      },
      url: "docs/rules/lead-in-co-lead.md",
    },
    messages: {
      both: {
        vi: "Nhiệm vụ {{task}}: “{{agency}}” vừa là đơn vị chủ trì (“{{lead}}”) vừa là đơn vị phối hợp; đơn vị chủ trì không ghi lại ở cột phối hợp.",
        en: "Task {{task}}: “{{agency}}” is both the lead (“{{lead}}”) and a co-operating agency; the lead is not listed again among co-operating agencies.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    return {
      row(event) {
        const tc = event.task;
        if (!tc) return;
        const coCell = tc.task.cells.coLead;
        const leadCell = tc.task.cells.lead;
        if (!coCell || !leadCell || cellState(coCell) !== "filled" || cellState(leadCell) !== "filled") return;
        if (tc.lead.length === 0) return;
        let reported: string[] | undefined;
        const coLead = tc.coLead;
        const leads = tc.lead;
        for (let i = 0; i < coLead.length; i++) {
          const m = coLead[i];
          if (m.collective) continue;
          let lead: string | undefined;
          for (let j = 0; j < leads.length; j++) {
            const l = leads[j];
            if (l.collective || !sameAgency(l, m)) continue;
            lead = l.text;
            break;
          }
          if (lead === undefined) continue;
          const key = agencyKey(m);
          if (reported?.includes(key)) continue;
          (reported ??= []).push(key);
          const rest = tc.coLead.filter((o) => agencyKey(o) !== key).map((o) => o.text);
          context.report({
            messageId: "both",
            row: rowOfText(coCell, m.text) ?? coCell.row,
            col: coCell.col,
            task: tc.task,
            data: { task: taskRef(tc.task), agency: m.text, lead },
            suggestion: rest.length > 0 ? rest.join(", ") : undefined,
          });
        }
      },
    };
  },
});
