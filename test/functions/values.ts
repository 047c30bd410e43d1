/** Range values as Excel hands them to a custom function: dates as serial numbers, blanks as "". */
import type { LiteralCell } from "../../src/core/grid";

export function excelSerial(d: Date): number {
  return Math.round(d.getTime() / 86400000) + 25569;
}

export function valuesOf(rows: readonly (readonly LiteralCell[])[]): unknown[][] {
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  return rows.map((r) =>
    Array.from({ length: width }, (_, i) => {
      const v = r[i];
      if (v === undefined || v === null) return "";
      if (v instanceof Date) return excelSerial(v);
      if (typeof v === "object") return "error" in v ? v.error : "";
      return v;
    }),
  );
}
