/** Converting between Office.js cell payloads and the grid's typed values. */
import { EMPTY, type CellValue, isoFromSerial } from "../../core";
import type { PlainValue } from "../port";

/**
 * True when a number format shows a calendar date: it has a day or year token, or a month token that is not the
 * minutes of a time ("h:mm"). Quoted text, escaped characters and bracketed parts ("[$-42A]", "[Red]") are ignored.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const section = format.split(";")[0];
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
  if (/[dy]/i.test(bare)) return true;
  if (!/m/i.test(bare)) return false;
  // "m" next to "h" or followed by ":s" is minutes; otherwise a month.
  return !/h[^a-z]*m|m+[^a-z]*s/i.test(bare);
}

/** Excel's value type strings (Excel.RangeValueType). */
export type ValueType = "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue";

/** One cell of Range.values/valueTypes/numberFormat as a grid value. */
export function cellFromExcel(value: unknown, type: string, format: string | undefined): CellValue {
  switch (type) {
    case "Empty":
      return EMPTY;
    case "Error":
      return { kind: "error", code: String(value) };
    case "Boolean":
      return { kind: "boolean", value: value === true || String(value).toUpperCase() === "TRUE" };
    case "Double":
    case "Integer": {
      const n = typeof value === "number" ? value : Number(value);
      if (!Number.isFinite(n)) return { kind: "error", code: "#NUM!" };
      if (isDateFormat(format) && n >= 1 && n < 2958466) return { kind: "date", iso: isoFromSerial(n) };
      return format && format !== "General" ? { kind: "number", value: n, format } : { kind: "number", value: n };
    }
    default: {
      if (value === null || value === undefined || value === "") return EMPTY;
      if (typeof value === "number") return { kind: "number", value };
      if (typeof value === "boolean") return { kind: "boolean", value };
      return { kind: "text", text: String(value) };
    }
  }
}

/** A plain value as it reads back from Range.values (empty string → null). */
export function plainFromExcel(value: unknown): PlainValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/**
 * A value to write through Range.values. Excel parses written strings as if typed: "=…", "+…", "-…" become
 * formulas, "15/3/2026" a date, "1.000" a number. Text that Excel would reinterpret gets the apostrophe prefix,
 * which Excel stores as a prefix character and does not show.
 */
export function excelWriteValue(v: PlainValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v !== "string") return v;
  if (v === "") return "";
  if (/^[=+\-@'\s]/.test(v) || /^[\d.,:/%$€()\s-]+$/.test(v) || /^(true|false)$/i.test(v) || /^#[A-Z/0!?]/.test(v)) {
    return `'${v}`;
  }
  return v;
}

/** "FFFFC7CE" (ARGB) or "FFC7CE" or "#FFC7CE" → "#FFC7CE". */
export function hexColor(color: string): string {
  const c = color.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{8}$/.test(c)) return `#${c.slice(2)}`;
  if (/^[0-9A-F]{6}$/.test(c)) return `#${c}`;
  return color;
}

/** Rough width in points of a column `chars` characters wide in the default font (as exceljs widths are given). */
export function columnPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
