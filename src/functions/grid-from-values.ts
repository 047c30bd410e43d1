/**
 * Worksheet function inputs as a Grid: the values of a range (what Excel hands a custom function) read the way
 * the workbook adapters read cells. Pure: no Office, no exceljs.
 */
import type { CellValue, Grid } from "../core";

const ERROR_TEXT =
  /^#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

/** Excel serial numbers of 1954-01-01 and 2119-12-31: numbers between them in a date column are dates. */
const SERIAL_MIN = 19725;
const SERIAL_MAX = 80355;
const DATE_FORMAT = "dd/mm/yyyy";

/** An error value as the runtime may hand it over: an object carrying a code. */
function errorCode(v: object): string | undefined {
  const o = v as { code?: unknown; errorCode?: unknown; type?: unknown };
  for (const c of [o.code, o.errorCode]) if (typeof c === "string" && c !== "") return c.startsWith("#") ? c : `#${c}`;
  return undefined;
}

/** One value of a range: strings → text, numbers → number, booleans, "" (and null) → empty, "#N/A" → error. */
export function cellFromValue(v: unknown): CellValue {
  if (v === null || v === undefined) return { kind: "empty" };
  if (typeof v === "string") {
    if (v === "") return { kind: "empty" };
    if (ERROR_TEXT.test(v.trim())) return { kind: "error", code: v.trim().toUpperCase() };
    return { kind: "text", text: v.normalize("NFC") };
  }
  if (typeof v === "number")
    return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "error", code: "#NUM!" };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? { kind: "empty" } : { kind: "date", iso: v.toISOString().slice(0, 10) };
  }
  if (typeof v === "object") {
    const code = errorCode(v);
    if (code) return { kind: "error", code };
  }
  return { kind: "text", text: String(v) };
}

/** The values of a range (header and title rows included) as a grid whose row 1, column 1 is the range's corner. */
export function gridFromValues(values: readonly (readonly unknown[])[], sheet = "ROVIEC"): Grid {
  const rows = values.map((r) => (Array.isArray(r) ? r.map(cellFromValue) : [cellFromValue(r)]));
  // Trailing empty rows are not part of the table.
  let rowCount = rows.length;
  while (rowCount > 0 && rows[rowCount - 1].every((c) => c.kind === "empty")) rowCount--;
  const kept = rows.slice(0, rowCount);
  const colCount = kept.reduce((m, r) => Math.max(m, r.length), 0);
  return { sheet, rowCount, colCount, rows: kept, merges: [] };
}

/**
 * Range values carry no number formats, so a date typed in a deadline column arrives as its serial number. Gives
 * the numbers of `columns` that are plausible date serials a date format, so they read as the dates they show.
 */
export function withDateColumns(grid: Grid, columns: readonly number[], fromRow = 1): Grid {
  if (columns.length === 0) return grid;
  const cols = new Set(columns);
  const rows = grid.rows.map((r, i) =>
    i + 1 < fromRow
      ? r
      : r.map((c, j): CellValue =>
          cols.has(j + 1) &&
          c.kind === "number" &&
          c.format === undefined &&
          c.value >= SERIAL_MIN &&
          c.value <= SERIAL_MAX
            ? { kind: "number", value: c.value, format: DATE_FORMAT }
            : c,
        ),
  );
  return { ...grid, rows };
}
