/**
 * numbering: task numbers that skip, repeat or go backwards. Numbering may run through the table or restart in
 * each section (when the analysis found it restarts). One finding per break, on the first offending row, with
 * the number expected there; counting then continues from the number written.
 */
import { z } from "zod";
import { defineRule, type Descriptor, type RuleContext } from "../rule";
import { sectionLabels } from "../detect/sections";
import type { TaskRecord } from "../types";
import { columnOf, taskRef } from "./util/task";

interface Options {
  /** Whether the first task (of the table, or of each section when numbering restarts) must be number 1. */
  readonly startAtOne: boolean;
}

/** "26", "07", "26." → 26; undefined for anything else ("1.2", "a", ""). */
export function taskNumber(written: string): number | undefined {
  const parts = numberParts(written);
  return parts && parts.prefix === "" ? parts.n : undefined;
}

/**
 * A task number read as its last figure and what comes before it: "26" → { prefix: "", n: 26 }; "2.3" and "2.3."
 * → { prefix: "2.", n: 3 }; "1.2.4" → { prefix: "1.2.", n: 4 }; undefined for anything else ("a", "IX", "").
 */
export function numberParts(written: string): { readonly prefix: string; readonly n: number } | undefined {
  // Most numbers are plain figures ("26"): read them without a regular expression.
  const len = written.length;
  if (len > 0 && len <= 6) {
    let n = 0;
    let k = 0;
    for (; k < len; k++) {
      const c = written.charCodeAt(k);
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
    }
    if (k === len) return { prefix: "", n };
  }
  const m = /^\s*((?:\d{1,4}\.){0,3})(\d{1,6})\s*[.)]?\s*$/.exec(written);
  return m ? { prefix: m[1].replace(/(^|\.)0+(?=\d)/g, "$1"), n: Number(m[2]) } : undefined;
}

export default defineRule<Options>({
  meta: {
    id: "numbering",
    severity: "warning",
    docs: {
      description: {
        vi: "Số thứ tự nhiệm vụ tăng dần liên tục, không nhảy số, không lặp, không lùi.",
        en: "Task numbers run on without gaps, repeats or steps back.",
      },
      url: "docs/rules/numbering.md",
    },
    messages: {
      start: {
        vi: "Số thứ tự bắt đầu từ {{number}}; lẽ ra là {{expected}}.",
        en: "Numbering starts at {{number}}; expected {{expected}}.",
      },
      skip: {
        vi: "Số thứ tự nhảy từ {{previous}} lên {{number}}; nhiệm vụ này lẽ ra là số {{expected}}.",
        en: "Numbering jumps from {{previous}} to {{number}}; this task should be number {{expected}}.",
      },
      repeat: {
        vi: "Số thứ tự {{number}} bị lặp lại (đã có ở dòng {{previousRow}}); nhiệm vụ này lẽ ra là số {{expected}}.",
        en: "Number {{number}} is repeated (already used on row {{previousRow}}); this task should be number {{expected}}.",
      },
      backwards: {
        vi: "Số thứ tự lùi từ {{previous}} về {{number}}; nhiệm vụ này lẽ ra là số {{expected}}.",
        en: "Numbering goes back from {{previous}} to {{number}}; this task should be number {{expected}}.",
      },
      "section-repeat": {
        vi: "Mục {{number}} bị đánh số trùng (đã có mục {{number}} ở dòng {{previousRow}}); mục này lẽ ra là {{expected}}.",
        en: "Section {{number}} is numbered twice (section {{number}} is already on row {{previousRow}}); this one should be {{expected}}.",
      },
      "section-skip": {
        vi: "Số mục nhảy từ {{previous}} lên {{number}}; mục này lẽ ra là {{expected}}.",
        en: "Section numbering jumps from {{previous}} to {{number}}; this section should be {{expected}}.",
      },
      "section-backwards": {
        vi: "Số mục lùi từ {{previous}} về {{number}}; mục này lẽ ra là {{expected}}.",
        en: "Section numbering goes back from {{previous}} to {{number}}; this section should be {{expected}}.",
      },
    },
    schema: z
      .object({ startAtOne: z.boolean().default(true) })
      .strict()
      .default({}),
  },
  create(context) {
    const column = columnOf(context, "number");
    const perSection = context.analysis.numberingPerSection;
    let group: number | undefined | null = null;
    /** The last plain number ("26") and the last numbered sub-item ("2.3"): each runs on in its own sequence. */
    let plain: Previous | undefined;
    let dotted: Previous | undefined;
    /**
     * The last break, held back while the next numbers may still be its consequences: "19, 22, 20, 21" is one
     * mistake (22 written too early), "37, 37, 39" another (38 written as 37); the rows that break again right
     * after it join it as related rows instead of making findings of their own.
     */
    let pending: { descriptor: Descriptor; related: Array<{ row: number; task: string }>; at: number } | undefined;
    let numbered = 0;
    const flush = () => {
      if (!pending) return;
      const { descriptor, related } = pending;
      context.report(related.length > 0 ? { ...descriptor, related } : descriptor);
      pending = undefined;
    };
    return {
      row(event) {
        const task = event.task?.task;
        if (!column || !task) return;
        const parts = numberParts(task.number);
        if (parts === undefined) return;
        // Numbering restarts per section, or runs across the sub-headings of one ("III" over "III.1.1", "III.1.2").
        const scope = task.scope ?? task.section;
        if (perSection && scope !== group) {
          flush();
          group = scope;
          plain = dotted = undefined;
        }
        numbered++;
        const { prefix, n } = parts;
        // "2.1" after "1.4" starts a new run under its own heading.
        let previous = prefix === "" ? plain : dotted;
        if (previous && previous.prefix !== prefix) previous = undefined;
        const expected = previous ? previous.n + 1 : 1;
        if (n !== expected && (previous || context.options.startAtOne)) {
          const messageId = !previous ? "start" : n === previous.n ? "repeat" : n < previous.n ? "backwards" : "skip";
          if (pending && numbered - pending.at <= FOLLOW_ON) {
            pending.related.push({ row: task.row, task: task.label });
            pending.at = numbered;
          } else {
            flush();
            pending = {
              descriptor: {
                messageId,
                row: task.row,
                col: column.col,
                task,
                data: {
                  task: taskRef(task),
                  number: task.number.trim(),
                  expected: `${prefix}${expected}`,
                  previous: previous ? `${prefix}${previous.n}` : "",
                  previousRow: previous?.task.row ?? "",
                },
                suggestion: `${prefix}${expected}`,
              },
              related:
                previous && messageId === "repeat" ? [{ row: previous.task.row, task: previous.task.label }] : [],
              at: numbered,
            };
          }
        }
        const current = { prefix, n, task };
        if (prefix === "") plain = current;
        else dotted = current;
      },
      end() {
        flush();
        checkSections(context);
      },
    };
  },
});

/** Tasks after a break within which a further break is taken for its consequence. */
const FOLLOW_ON = 2;

/** Letters a Vietnamese document may leave out when it letters its parts ("E." then "G."; "I." then "K."). */
const OPTIONAL_LETTERS = "ĐFJWZ";
const LETTERS = "ABCDĐEFGHIJKLMNOPQRSTUVWXYZ";
const ROMAN: readonly string[] = [
  "",
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
  "XVIII",
  "XIX",
  "XX",
];

/** The label that follows `previous` among sections of one kind: "IV" after "III", "E" after "D", "III.1.3" after "III.1.2". */
function nextLabel(kind: string, stem: string, value: number): string {
  let k = value;
  while (kind === "letter#0" && k < LETTERS.length - 1 && OPTIONAL_LETTERS.includes(LETTERS[k])) k++;
  const last =
    kind === "roman#0" ? (ROMAN[value + 1] ?? String(value + 1)) : kind === "letter#0" ? LETTERS[k] : String(value + 1);
  return stem === "" ? last : `${stem}.${last}`;
}

/**
 * Section numerals and letters are checked like task numbers: among the sections of one kind under one parent,
 * a label written twice, going back, or skipping one ("II" then "IV") is a finding on the later section. Letters
 * a document leaves out (F, J, W, Z, Đ) are not a skip; where the numbering starts is not checked.
 */
function checkSections(context: RuleContext<Options>): void {
  const { sections, nesting } = context.analysis;
  if (!nesting) return;
  const last = new Map<string, { value: number; index: number; stem: string }>();
  const labels = sectionLabels(sections);
  sections.forEach((section, i) => {
    const n = nesting[i];
    const parts = labels[i];
    if (parts.kind === "heading" || Number.isNaN(parts.value)) return;
    const key = `${n.parent ?? -1}|${parts.kind}|${parts.stem}`;
    const prev = last.get(key);
    last.set(key, { value: parts.value, index: i, stem: parts.stem });
    if (!prev) return;
    let messageId: string | undefined;
    if (parts.value === prev.value) messageId = "section-repeat";
    else if (parts.value < prev.value) messageId = "section-backwards";
    else if (parts.value > prev.value + 1) {
      const skipped = parts.kind.startsWith("letter") ? LETTERS.slice(prev.value, parts.value - 1) : "x";
      if ([...skipped].some((ch) => !OPTIONAL_LETTERS.includes(ch))) messageId = "section-skip";
    }
    if (!messageId) return;
    const before = sections[prev.index];
    const expected = nextLabel(parts.kind, parts.stem, prev.value);
    context.report({
      messageId,
      row: section.row,
      col: n.labelCol,
      data: { number: section.label, previous: before.label, previousRow: before.row, expected },
      suggestion: expected,
      related: messageId === "section-repeat" ? [{ row: before.row, task: "" }] : undefined,
    });
  });
}

interface Previous {
  readonly prefix: string;
  readonly n: number;
  readonly task: TaskRecord;
}
