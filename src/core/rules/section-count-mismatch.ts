/** section-count-mismatch: a section heading declares N tasks ("(08 NHIỆM VỤ)") and holds M. */
import { rawCell } from "../grid";
import { defineRule } from "../rule";
import { NO_OPTIONS } from "./util/options";
import { cellText, cleanText } from "../text";
import { isRoman, letterLabel } from "../detect/patterns";
import type { Section } from "../types";

/** The heading with its declared count corrected, keeping the zero padding ("(08 NHIỆM VỤ)" → "(09 NHIỆM VỤ)"). */
export function correctedTitle(title: string, declared: number, actual: number): string | undefined {
  let done = false;
  const out = title.replace(/\((\s*)(\d+)([^()\d]*)\)/gu, (whole, pre: string, digits: string, rest: string) => {
    if (done || Number(digits) !== declared) return whole;
    done = true;
    return `(${pre}${String(actual).padStart(digits.length, "0")}${rest})`;
  });
  return done ? out : undefined;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "section-count-mismatch",
    severity: "error",
    docs: {
      description: {
        vi: "Số nhiệm vụ ghi ở tiêu đề mục khớp với số nhiệm vụ trong mục.",
        en: "The task count written in a section heading matches the tasks in the section.",
      },
      url: "docs/rules/section-count-mismatch.md",
    },
    messages: {
      mismatch: {
        vi: "Mục {{section}} ghi {{declared}} nhiệm vụ nhưng có {{actual}} nhiệm vụ (“{{title}}”).",
        en: "Section {{section}} declares {{declared}} tasks but holds {{actual}} (“{{title}}”).",
      },
    },
    schema: NO_OPTIONS,
  },
  create(context) {
    return {
      end() {
        const sections = context.analysis.sections;
        const direct = new Array<number>(sections.length).fill(0);
        const tasks = context.tasks;
        for (let i = 0; i < tasks.length; i++) {
          const s = tasks[i].task.section;
          if (s !== undefined && s >= 0 && s < direct.length) direct[s]++;
        }
        const nested = nestedCounts(sections, direct);
        // A count may cover the section's own tasks or, for a part with parts inside it, theirs too.
        const counts = direct.map((d, i) => (d === 0 ? nested[i] : d));
        sections.forEach((section, i) => {
          const declared = section.declaredCount;
          if (declared === undefined || declared === direct[i] || declared === nested[i]) return;
          // The heading as written in its cell ("I. VỀ … (08 NHIỆM VỤ)"), HTML removed; the title when empty.
          const heading =
            cleanText(cellText(rawCell(context.analysis.grid, section.row, section.col))) || section.title;
          context.report({
            messageId: "mismatch",
            row: section.row,
            col: section.col,
            data: {
              section: section.label || section.title,
              declared,
              actual: counts[i],
              title: heading,
            },
            suggestion: correctedTitle(heading, declared, counts[i]),
          });
        });
      },
    };
  },
});

/** How a section is labelled: "I" (Roman), "A" (letter), "1" (figure) or a heading without a label. */
function labelKind(label: string): string {
  if (label === "") return "heading";
  if (isRoman(label)) return "roman";
  if (letterLabel(label) !== undefined) return "letter";
  return /^\d/.test(label) ? "figure" : "other";
}

/**
 * Tasks held by each section, counting those of the parts nested in it: "I. … (10 nhiệm vụ)" followed by "A. …",
 * "B. …" holds the tasks of A and B. The kind of label seen first is the outer level; a section runs until the
 * next section of its own level or an outer one.
 */
function nestedCounts(sections: readonly Section[], direct: readonly number[]): number[] {
  const rank = new Map<string, number>();
  const ranks = sections.map((s) => {
    const kind = labelKind(s.label);
    if (!rank.has(kind)) rank.set(kind, rank.size);
    return rank.get(kind)!;
  });
  return sections.map((_, i) => {
    let n = direct[i];
    for (let j = i + 1; j < sections.length && ranks[j] > ranks[i]; j++) n += direct[j];
    return n;
  });
}
