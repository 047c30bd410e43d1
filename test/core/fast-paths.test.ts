/**
 * The check's hand-written fast paths read exactly as the definitions they replace: the plain-text test of every
 * cell (once a regular expression), the closing clause of a task text (once a character-by-character regular
 * expression test), and findings said once per document when a repeat is recorded without building its finding.
 */
import fc from "fast-check";
import { isPlain } from "../../src/core/detect/rowbuffer";
import { closingClause } from "../../src/core/rules/util/contained";
import { OncePerDocument } from "../../src/core/rules/util/agency";
import type { Descriptor } from "../../src/core/rule";
import type { TaskRecord } from "../../src/core/types";

/** The definition isPlain replaced. */
const NOT_PLAIN = /[^\u0020-\u0025\u0027-\u003b\u003d-\u007e\u00a1-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]| {2}/;
function isPlainByPattern(s: string): boolean {
  const n = s.length;
  return n > 0 && n < 4000 && s.charCodeAt(0) !== 32 && s.charCodeAt(n - 1) !== 32 && !NOT_PLAIN.test(s);
}

/** The definition closingClause replaced. */
function closingClauseByPattern(text: string): number {
  let end = text.length;
  while (end > 0 && /[\s;.!?]/.test(text[end - 1])) end--;
  for (let k = end - 1; k > 0; k--) {
    const c = text[k];
    if (c === "." && /\d/.test(text[k - 1] ?? "") && /\d/.test(text[k + 1] ?? "")) continue;
    if (c === ";" || c === "." || c === "!" || c === "?" || c === "\n") return k + 1;
  }
  return -1;
}

/** Characters of real cells and the edges of every range the fast paths read. */
const PIECES = [
  "Sở Tư pháp",
  "UBND các huyện, thị xã",
  "Quý III/2024",
  "30.6.2026",
  "1.000",
  " ",
  "  ",
  "\u00a0",
  "\t",
  "\n",
  "\r\n",
  "\u2028",
  "\u3000",
  "\ufeff",
  ";",
  ".",
  "!",
  "?",
  ":",
  "<b>",
  "&nbsp;",
  "%",
  "'",
  "~",
  "\u007f",
  "\u0080",
  "\u00a0",
  "\u00a1",
  "\u02ff",
  "\u0300",
  "o\u0302\u0301",
  "\u1dff",
  "\u1e00",
  "\u1eff",
  "\u1f00",
  "\u200f",
  "\u2010",
  "\u2027",
  "\u2028",
  "\u2030",
  "\u205e",
  "\u205f",
  "😀",
  "9",
  "0",
];
const cellText = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(""));

describe("fast paths of the check", () => {
  it("reads plain text as the pattern it replaced did", () => {
    fc.assert(
      fc.property(cellText, (s) => isPlain(s) === isPlainByPattern(s)),
      { numRuns: 5000 },
    );
    expect(isPlain("Sở Khoa học và Công nghệ")).toBe(true);
    expect(isPlain("Sở  Y tế")).toBe(false);
    expect(isPlain("Sở Y tế<br>")).toBe(false);
    expect(isPlain("x".repeat(4000))).toBe(false);
  });

  it("finds a closing clause where the pattern it replaced did", () => {
    fc.assert(
      fc.property(cellText, (s) => closingClause(s) === closingClauseByPattern(s)),
      { numRuns: 5000 },
    );
  });

  it("records a repeat without its finding exactly as adding the finding again would", () => {
    const task = (row: number, label: string): TaskRecord =>
      ({ row, rows: [row], number: label, label, cells: {} }) as TaskRecord;
    const occurrence = fc.record({ key: fc.constantFrom("a", "b", "c"), row: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(fc.array(occurrence, { maxLength: 30 }), (list) => {
        const slow = new OncePerDocument();
        const fast = new OncePerDocument();
        for (const { key, row } of list) {
          const t = task(row, `${row}`);
          const d: Descriptor = { messageId: key, row, col: 3, task: t, data: { row } };
          slow.add(key, d);
          if (!fast.repeat(key, row, t)) fast.add(key, d);
        }
        const a: Descriptor[] = [];
        const b: Descriptor[] = [];
        slow.flush((d) => a.push(d));
        fast.flush((d) => b.push(d));
        expect(b).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });
});
