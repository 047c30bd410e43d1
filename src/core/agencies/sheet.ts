/**
 * A user's local agencies kept in a worksheet of the workbook named "Danh mục cơ quan":
 *
 *   Tên cơ quan | Tên khác, viết tắt (cách nhau bởi ;) | Tập thể (x) | Hiệu lực đến | Cơ quan kế thừa
 *
 * Headers are matched through the fold (any case, with or without diacritics, the bracketed hint optional).
 * Rows become entries with source "user"; a bad cell gives an error naming its sheet row and is skipped.
 */
import { isIsoDate, isoDate, isoFromSerial, isValidDate } from "../dates";
import { fold, nfc } from "../text";
import type { AgencyEntry, IsoDate } from "../types";
import { exactKey } from "./normalize";
import { makeEntry } from "./entry";

export const SHEET_NAME = "Danh mục cơ quan";

export const SHEET_HEADERS = [
  "Tên cơ quan",
  "Tên khác, viết tắt (cách nhau bởi ;)",
  "Tập thể (x)",
  "Hiệu lực đến",
  "Cơ quan kế thừa",
] as const;

type Field = "name" | "aliases" | "collective" | "validUntil" | "successor";

/** Folded header starts; the more specific headers first ("Cơ quan kế thừa" before "Tên cơ quan"). */
const HEADER_KEYS: ReadonlyArray<readonly [Field, readonly string[]]> = [
  ["successor", ["co quan ke thua", "ke thua"]],
  ["aliases", ["ten khac", "viet tat"]],
  ["collective", ["tap the"]],
  ["validUntil", ["hieu luc den", "het hieu luc"]],
  ["name", ["ten co quan", "co quan", "ten don vi"]],
];

export type SheetCell = string | number | boolean | null;

export interface SheetParseResult {
  /** Entries of the valid rows. */
  readonly entries: AgencyEntry[];
  /** One message per bad cell or row, naming the sheet row (vi / en). */
  readonly errors: string[];
  /** Sheet row (1-based) of the header, when found. */
  readonly headerRow?: number;
}

function cellString(v: SheetCell | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "x" : "";
  return exactKey(nfc(String(v)));
}

function headerField(text: string): Field | undefined {
  const k = fold(text)
    .replace(/[^a-z0-9& ]+/g, " ")
    .replace(/ +/g, " ")
    .trim();
  if (k === "") return undefined;
  for (const [field, starts] of HEADER_KEYS) if (starts.some((s) => k.startsWith(s))) return field;
  return undefined;
}

function findHeader(rows: readonly (readonly SheetCell[])[]): { row: number; cols: Map<Field, number> } | undefined {
  const limit = Math.min(rows.length, 20);
  for (let r = 0; r < limit; r++) {
    const cols = new Map<Field, number>();
    (rows[r] ?? []).forEach((cell, c) => {
      const f = headerField(cellString(cell));
      if (f && !cols.has(f)) cols.set(f, c);
    });
    if (cols.has("name") && cols.size >= 2) return { row: r, cols };
  }
  return undefined;
}

/** A date cell: ISO, d/m/yyyy, or an Excel serial number. */
function parseDate(v: SheetCell | undefined): IsoDate | undefined | "bad" {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "number") return v > 0 && v < 2958466 ? isoFromSerial(v) : "bad";
  const s = cellString(v);
  if (s === "") return undefined;
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDate(y, mo, d) ? isoDate(y, mo, d) : "bad";
  }
  return "bad";
}

function parseCollective(v: SheetCell | undefined): boolean | "bad" {
  if (v === null || v === undefined) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : "bad";
  const k = fold(v);
  if (k === "" || k === "khong" || k === "no" || k === "0" || k === "false") return false;
  if (k === "x" || k === "co" || k === "yes" || k === "1" || k === "true") return true;
  return "bad";
}

/**
 * Entries of the "Danh mục cơ quan" sheet. `rows[0]` is sheet row 1. Aliases are separated by ";" (or new
 * lines). Successors may name an entry of the default directory, so they are not checked here.
 */
export function entriesFromSheetRows(rows: readonly (readonly SheetCell[])[]): SheetParseResult {
  const header = findHeader(rows);
  if (!header) {
    return {
      entries: [],
      errors: [
        `Trang "${SHEET_NAME}": không thấy dòng tiêu đề có cột "${SHEET_HEADERS[0]}" / ` +
          `Sheet "${SHEET_NAME}": no header row with a "${SHEET_HEADERS[0]}" column`,
      ],
    };
  }
  const { cols } = header;
  const at = (row: readonly SheetCell[], f: Field): SheetCell | undefined => {
    const c = cols.get(f);
    return c === undefined ? undefined : row[c];
  };
  const entries: AgencyEntry[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>(); // fold of a name → its sheet row
  for (let r = header.row + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const sheetRow = r + 1;
    const name = cellString(at(row, "name"));
    const others = (["aliases", "collective", "validUntil", "successor"] as const).some(
      (f) => cellString(at(row, f)) !== "",
    );
    if (name === "") {
      if (others) {
        errors.push(
          `Dòng ${sheetRow}: thiếu tên cơ quan (cột "${SHEET_HEADERS[0]}") / ` +
            `Row ${sheetRow}: the agency name is missing (column "${SHEET_HEADERS[0]}")`,
        );
      }
      continue;
    }
    const rowErrors: string[] = [];
    const firstRow = seen.get(fold(name));
    if (firstRow !== undefined) {
      errors.push(
        `Dòng ${sheetRow}: "${name}" đã có ở dòng ${firstRow} / Row ${sheetRow}: "${name}" is already on row ${firstRow}`,
      );
      continue;
    }
    const collective = parseCollective(at(row, "collective"));
    if (collective === "bad") {
      rowErrors.push(
        `Dòng ${sheetRow}: cột "${SHEET_HEADERS[2]}" chỉ nhận "x" hoặc để trống, không nhận "${cellString(at(row, "collective"))}" / ` +
          `Row ${sheetRow}: column "${SHEET_HEADERS[2]}" takes "x" or nothing, not "${cellString(at(row, "collective"))}"`,
      );
    }
    const validUntil = parseDate(at(row, "validUntil"));
    if (validUntil === "bad") {
      rowErrors.push(
        `Dòng ${sheetRow}: cột "${SHEET_HEADERS[3]}" không phải là ngày: "${cellString(at(row, "validUntil"))}" (ví dụ 28/02/2025) / ` +
          `Row ${sheetRow}: column "${SHEET_HEADERS[3]}" is not a date: "${cellString(at(row, "validUntil"))}" (e.g. 28/02/2025)`,
      );
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    const rawAliases = at(row, "aliases");
    const aliases = (typeof rawAliases === "string" ? rawAliases : cellString(rawAliases))
      .split(/[;\n]/)
      .map((s) => cellString(s))
      .filter((s) => s !== "");
    const successor = cellString(at(row, "successor"));
    seen.set(fold(name), sheetRow);
    entries.push(
      makeEntry(
        {
          name,
          aliases,
          collective: collective === true,
          validUntil: validUntil === "bad" ? undefined : validUntil,
          successor: successor === "" ? undefined : successor,
        },
        "user",
      ),
    );
  }
  return { entries, errors, headerRow: header.row + 1 };
}
