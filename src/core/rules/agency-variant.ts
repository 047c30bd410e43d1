/**
 * agency-variant: a known agency written other than its canonical name (a variant, a near miss, or only case,
 * tone-mark placement or Unicode form — the last reported as info). Aliases and canonical names pass.
 */
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import type { AgencyMatchKind, Fix } from "../types";
import { agencyCells, endedBefore } from "./util/agency";
import { rowOfText, taskRef } from "./util/task";

/** The message for each kind of match this rule reports; other kinds pass. */
const MESSAGE_FOR: Partial<Record<AgencyMatchKind, string>> = {
  variant: "variant",
  "variant-minor": "minor",
  fuzzy: "fuzzy",
};

export default defineRule<Record<string, never>>({
  meta: {
    id: "agency-variant",
    severity: "warning",
    docs: {
      description: {
        vi: "Tên cơ quan, đơn vị được ghi đúng tên chuẩn trong danh mục.",
        en: "Agencies are written with their canonical names from the directory.",
      },
      url: "docs/rules/agency-variant.md",
    },
    messages: {
      variant: {
        vi: "Nhiệm vụ {{task}}: “{{text}}” là cách viết khác của “{{name}}”; nên ghi đúng tên chuẩn để thống kê đúng đơn vị.",
        en: "Task {{task}}: “{{text}}” is another way of writing “{{name}}”; use the canonical name so the agency is counted once.",
      },
      minor: {
        vi: "Nhiệm vụ {{task}}: “{{text}}” chỉ khác tên chuẩn “{{name}}” ở chữ hoa, chữ thường, vị trí dấu thanh hoặc bảng mã.",
        en: "Task {{task}}: “{{text}}” differs from the canonical name “{{name}}” only in case, tone-mark placement or Unicode form.",
      },
      fuzzy: {
        vi: "Nhiệm vụ {{task}}: “{{text}}” gần giống “{{name}}”; kiểm tra lại và ghi đúng tên chuẩn.",
        en: "Task {{task}}: “{{text}}” is close to “{{name}}”; check it and use the canonical name.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    return {
      row(event) {
        const tc = event.task;
        if (!tc) return;
        for (const { cell, mentions } of agencyCells(tc)) {
          for (const m of mentions) {
            const agency = m.agency;
            const messageId = MESSAGE_FOR[m.kind];
            // An agency that no longer exists is reported by agency-defunct, with its successor: its spelling is moot.
            if (!agency || !messageId || endedBefore(agency, context.planPeriod)) continue;
            const row = rowOfText(cell, m.text);
            const fix: Fix | undefined =
              row !== undefined && m.text !== agency.name
                ? { kind: "replace-text", row, col: cell.col, from: m.text, to: agency.name }
                : undefined;
            context.report({
              messageId,
              row: row ?? cell.row,
              col: cell.col,
              task: tc.task,
              data: { task: taskRef(tc.task, context.lang), text: m.text, name: agency.name },
              suggestion: agency.name,
              severity: m.kind === "variant-minor" ? "info" : undefined,
              fix,
            });
          }
        }
      },
    };
  },
});
