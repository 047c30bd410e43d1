/**
 * Deadline cells → Deadline (kind and due date as defined in docs/completion.md: "the last day of the
 * period named"). Text is read through the one fold; a due date is only ever taken from a period the grammar
 * understands. The grammar lives in ./deadline/ (lexer, atoms, classify).
 */
import { isoFromSerial, isIsoDate, yearOf, endOfYear } from "./dates";
import type { CellValue } from "./grid";
import { cellText, cleanText } from "./text";
import type { Deadline } from "./types";
import { MAX_YEAR, MIN_YEAR } from "./deadline/atoms";
import { classifyDeadlineText } from "./deadline/classify";

export { MAX_YEAR, MIN_YEAR } from "./deadline/atoms";

const MEMO_LIMIT = 20000;
const memo = new Map<string, Deadline>();

function make(d: Omit<Deadline, "text">, text: string): Deadline {
  const out: { -readonly [K in keyof Deadline]: Deadline[K] } = { kind: d.kind, text };
  if (d.due !== undefined) out.due = d.due;
  if (d.start !== undefined) out.start = d.start;
  if (d.milestones !== undefined) out.milestones = Object.freeze([...d.milestones]);
  if (d.indicative) out.indicative = true;
  if (d.missingYear) out.missingYear = true;
  return Object.freeze(out);
}

/** Parses deadline text as written (HTML fragments and spacing are ignored); memoised by text. */
export function parseDeadlineText(raw: string): Deadline {
  const hit = memo.get(raw);
  if (hit) return hit;
  const text = cleanText(raw);
  const d = text === "" ? make({ kind: "empty" }, "") : make(classifyDeadlineText(text), text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, d);
  return d;
}

/** A number format that shows a date: has a day or year code outside quoted text and [..] sections. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^[\]]*\]/g, "") // no "[" inside: linear on a format of many "["
    .replace(/\\./g, "");
  return /[dy]/i.test(codes);
}

const inYears = (y: number): boolean => y >= MIN_YEAR && y <= MAX_YEAR;

/**
 * The deadline of a cell: a date cell is due that day; a number is an Excel date serial when its format shows a
 * date, a year when it is a whole number 1990–2100, else not understood; text goes through the grammar.
 */
export function parseDeadline(value: CellValue): Deadline {
  switch (value.kind) {
    case "empty":
      return make({ kind: "empty" }, "");
    case "text":
      return parseDeadlineText(value.text);
    case "date":
      return isIsoDate(value.iso) && inYears(yearOf(value.iso))
        ? make({ kind: "dated", due: value.iso }, value.iso)
        : make({ kind: "unparsed" }, value.iso);
    case "number": {
      const n = value.value;
      if (isDateFormat(value.format)) {
        const iso = n >= 1 && n < 2958466 ? isoFromSerial(Math.floor(n)) : "";
        return iso !== "" && inYears(yearOf(iso))
          ? make({ kind: "dated", due: iso }, iso)
          : make({ kind: "unparsed" }, cellText(value));
      }
      return Number.isInteger(n) && inYears(n)
        ? make({ kind: "dated", due: endOfYear(n) }, String(n))
        : make({ kind: "unparsed" }, cellText(value));
    }
    case "boolean":
    case "error":
      return make({ kind: "unparsed" }, cellText(value));
  }
}
