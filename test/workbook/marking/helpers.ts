import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { cellAddress } from "../../../src/core/grid";
import type { Finding, Severity } from "../../../src/core/types";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";

export const SHEET = "Phụ lục";

export async function openFixture(name: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(fs.readFileSync(path.resolve(__dirname, "../../fixtures/xlsx", name)));
}

export async function reopen(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

export function finding(
  row: number,
  col: number,
  severity: Severity,
  message: string,
  extra: Partial<Finding> = {},
): Finding {
  return {
    rule: "test-rule",
    severity,
    row,
    col,
    column: cellAddress(1, col).replace(/\d+$/, ""),
    cell: row >= 1 && col >= 1 ? cellAddress(row, col) : "",
    task: "",
    messageId: "test",
    data: {},
    message,
    ...extra,
  };
}

/** Everything a user could see of a sheet's cells: value, fill and note, exactly as exceljs holds them. */
export function cellSnapshot(wb: XlsxWorkbook, sheet: string): Record<string, unknown> {
  const ws = wb.workbook.getWorksheet(sheet)!;
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell: ExcelJS.Cell, c) => {
      const fill = cell.style?.fill;
      const note = cell.note;
      const solid = fill && fill.type === "pattern" && fill.pattern !== "none" ? fill : undefined;
      if (cell.value === null && !solid && !note) return;
      out[cellAddress(r, c)] = {
        value: cell.value,
        fill: solid ?? null,
        note: typeof note === "object" && note ? note.texts : (note ?? null),
      };
    });
  });
  return out;
}
