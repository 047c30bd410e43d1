/**
 * agency-variant: a known agency written other than its canonical name — a variant or near miss (warning), a
 * difference of case, tone-mark placement or Unicode form only, or an abbreviation a signed appendix should write
 * out (info). Canonical names and aliases written out pass; a collective's spelling names no body and passes too.
 * The same spelling is one finding per document, its other rows related.
 */
import { defaultAgencyVocabulary } from "../agencies/vocabulary";
import { defineRule } from "../rule";
import { fold, trimEndOf } from "../text";
import type { AgencyEntry, AgencyMatchKind, AgencyMention } from "../types";
import { NO_OPTIONS } from "./util/options";
import { endedBefore, oncePerName } from "./util/agency";
import { taskRef } from "./util/task";

/** The message for each kind of match this rule reports; other kinds pass (aliases unless abbreviated). */
const MESSAGE_FOR: Partial<Record<AgencyMatchKind, string>> = {
  variant: "variant",
  "variant-minor": "minor",
  fuzzy: "fuzzy",
};

/** A word written in capitals as an abbreviation ("KH&CN", "CHQS", "NHNN"), not a roman numeral. */
const CAPITALS = /^[\p{Lu}\d&.\-–]+$/u;
const ROMAN = /^[IVXLC]+$/;

/**
 * The first abbreviation in `text` that the agency's full name does not itself use and that is not an accepted one
 * ("UBND"), or undefined.
 */
export function abbreviationIn(text: string, agency: AgencyEntry, accepted: ReadonlySet<string>): string | undefined {
  const nameWords = new Set(fold(agency.name).split(/[^a-z0-9&]+/));
  for (const raw of text.split(/[\s,;()]+/)) {
    const w = trimEndOf(raw, ".:");
    if (w.length < 2 || !CAPITALS.test(w) || ROMAN.test(w)) continue;
    if ((w.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    const f = fold(w);
    if (accepted.has(f) || nameWords.has(f)) continue;
    return w;
  }
  return undefined;
}

/**
 * Whether a collective's spelling differs from its name only in what names no body: its punctuation ("UBND các
 * tỉnh/thành phố") or the case of its generic words ("Các Bộ, ngành"). A proper part written otherwise ("Tổ công tác
 * triển khai đề án 06 cấp xã") still counts.
 */
function collectiveSpellingMoot(m: AgencyMention, name: string, generic: ReadonlySet<string>): boolean {
  if (m.kind !== "variant-minor") return true;
  const a = m.text.split(" ");
  const b = name.split(" ");
  if (a.length !== b.length) return true;
  return a.every((w, i) => {
    const f = fold(w).replace(/[^a-z0-9&]/g, "");
    return w === b[i] || generic.has(f) || f === "cac";
  });
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "agency-variant",
    severity: "warning",
    docs: {
      description: {
        vi: "Tên cơ quan, đơn vị được ghi đúng và đầy đủ tên chuẩn trong danh mục.",
        en: "Agencies are written with their full canonical names from the directory.",
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
      abbreviation: {
        vi: "Nhiệm vụ {{task}}: “{{text}}” là tên viết tắt của “{{name}}”; phụ lục trình ký nên ghi đầy đủ tên cơ quan.",
        en: "Task {{task}}: “{{text}}” abbreviates “{{name}}”; a signed appendix should carry the full name.",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    const { accepted, genericWords } = defaultAgencyVocabulary();
    const abbreviated = (m: AgencyMention, agency: AgencyEntry): boolean =>
      m.kind === "alias" && abbreviationIn(m.text, agency, accepted) !== undefined;
    // The same spelling on a later row joins the first finding's related rows.
    return oncePerName(context.report, {
      key(m) {
        const agency = m.agency;
        if (!agency) return undefined;
        // A collective names no body: its punctuation and the case of its generic words count nobody twice.
        if ((m.collective || agency.collective) && collectiveSpellingMoot(m, agency.name, genericWords))
          return undefined;
        // An agency that no longer exists is reported by agency-defunct, with its successor: its spelling is moot.
        if (endedBefore(agency, context.planPeriod)) return undefined;
        return abbreviated(m, agency) || MESSAGE_FOR[m.kind] ? m.text : undefined;
      },
      finding(m, task, fixTo) {
        const agency = m.agency!;
        const abbreviation = abbreviated(m, agency);
        const name = agency.name + (m.suffix ?? "");
        return {
          messageId: abbreviation ? "abbreviation" : MESSAGE_FOR[m.kind]!,
          data: { task: taskRef(task), text: m.text, name },
          suggestion: name,
          severity: m.kind === "variant-minor" || abbreviation ? "info" : undefined,
          fix: fixTo(name),
        };
      },
    });
  },
});
