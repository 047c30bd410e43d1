/** section-count-mismatch: a section heading declares N tasks ("(08 NHIỆM VỤ)") and holds M. */
import { z } from "zod";
import { rawCell } from "../grid";
import { defineRule } from "../rule";
import { cellText, cleanText } from "../text";

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
    schema: z.object({}).strict().default({}),
  },
  create(context) {
    return {
      end() {
        const sections = context.analysis.sections;
        const counts = new Array<number>(sections.length).fill(0);
        for (const tc of context.tasks) {
          const s = tc.task.section;
          if (s !== undefined && s >= 0 && s < counts.length) counts[s]++;
        }
        sections.forEach((section, i) => {
          if (section.declaredCount === undefined || section.declaredCount === counts[i]) return;
          // The heading as written in its cell ("I. VỀ … (08 NHIỆM VỤ)"), HTML removed; the title when empty.
          const heading =
            cleanText(cellText(rawCell(context.analysis.grid, section.row, section.col))) || section.title;
          context.report({
            messageId: "mismatch",
            row: section.row,
            col: section.col,
            data: {
              section: section.label || section.title,
              declared: section.declaredCount,
              actual: counts[i],
              title: heading,
            },
            suggestion: correctedTitle(heading, section.declaredCount, counts[i]),
          });
        });
      },
    };
  },
});
