/**
 * exceljs cell values to the grid's CellValue and to plain values. Reading allocates nothing but the CellValue
 * (and the joined text of rich-text cells).
 */
import type ExcelJS from "exceljs";
import { EMPTY, isoOfDate, type CellValue } from "../../core";
import { plainValue, type PlainValue } from "../port";

const dateFormatCache = new Map<string, boolean>();

/**
 * True when a number format shows a calendar day ("dd/mm/yyyy", "m/d/yy", "[$-42A]d mmmm yyyy"). Formats that
 * show only a time ("h:mm") or no date part at all are numbers.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt || numFmt === "General" || numFmt === "@") return false;
  const cached = dateFormatCache.get(numFmt);
  if (cached !== undefined) return cached;
  // Drop quoted literals, escaped characters, fill/padding characters, bracketed sections ([Red], [$-42A]; the
  // elapsed-time sections [h] [mm] [ss] stay), AM/PM markers and the word General.
  const bare = numFmt
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    // A section holds no "[": each "[" is read once however many there are (a format of 50k "[").
    .replace(/\[(?![hms]+\])[^[\]]*\]/gi, "")
    .replace(/AM\/PM|A\/P|General/gi, "");
  const hasDay = /[dy]/i.test(bare);
  const hasTime = /[hs]/i.test(bare);
  const isDate = hasDay || (/m/i.test(bare) && !hasTime);
  dateFormatCache.set(numFmt, isDate);
  return isDate;
}

/** Excel serial day number to YYYY-MM-DD (1900 or 1904 date system). */
export function serialToIso(serial: number, date1904: boolean): string {
  const days = date1904 ? serial + 1462 : serial;
  return isoOfDate(new Date(Math.round((days - 25569) * 86400000)));
}

type RichTextRun = { readonly text?: string };

function richText(runs: readonly RichTextRun[]): string {
  let s = "";
  for (const r of runs) s += r.text ?? "";
  return s;
}

function textValue(s: string): CellValue {
  return s === "" ? EMPTY : { kind: "text", text: s };
}

function numberValue(n: number, numFmt: string | undefined, date1904: boolean): CellValue {
  if (!Number.isFinite(n)) return { kind: "error", code: "#NUM!" };
  if (isDateFormat(numFmt)) return { kind: "date", iso: serialToIso(n, date1904) };
  return numFmt && numFmt !== "General" ? { kind: "number", value: n, format: numFmt } : { kind: "number", value: n };
}

/** An exceljs value (of any kind a cell holds, or a formula result) as a CellValue. */
export function toGridValue(v: unknown, numFmt: string | undefined, date1904: boolean): CellValue {
  if (v === null || v === undefined) return EMPTY;
  switch (typeof v) {
    case "string":
      return textValue(v);
    case "number":
      return numberValue(v, numFmt, date1904);
    case "boolean":
      return { kind: "boolean", value: v };
    case "object":
      break;
    default:
      return EMPTY;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? EMPTY : { kind: "date", iso: isoOfDate(v) };
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return { kind: "error", code: o.error };
  if (Array.isArray(o.richText)) return textValue(richText(o.richText as RichTextRun[]));
  if ("hyperlink" in o) {
    const t = o.text;
    if (typeof t === "string") return textValue(t);
    if (t && typeof t === "object" && Array.isArray((t as { richText?: unknown }).richText)) {
      return textValue(richText((t as { richText: RichTextRun[] }).richText));
    }
    return textValue(typeof o.hyperlink === "string" ? o.hyperlink : "");
  }
  if ("formula" in o || "sharedFormula" in o || "result" in o) {
    return toGridValue(o.result, numFmt, date1904);
  }
  return EMPTY;
}

/** A cell's value as a plain value (see `plainValue`). */
export function toPlainValue(cell: ExcelJS.Cell, date1904: boolean): PlainValue {
  return plainValue(toGridValue(cell.value, cell.numFmt, date1904));
}
