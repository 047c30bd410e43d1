/**
 * Writes a whole sheet from a SheetSpec (findings list, change log, summary, hidden state) with exceljs.
 * exceljs cannot write charts: `spec.chart` is added to the file afterwards by `XlsxWorkbook.toBuffer()` (chart.ts).
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../../core";
import type { PlainValue, SheetSpec } from "../port";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const RATE_FORMAT = "0.0%";
const BAR_COLOR = "FF5B9BD5";

/** Excel table names: letters, digits, underscores and dots, starting with a letter or underscore. */
export function tableName(name: string): string {
  const s = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^A-Za-z0-9_.]/g, "_");
  return /^[A-Za-z_]/.test(s) ? s : `_${s}`;
}

function uniqueHeaders(row: ReadonlyArray<PlainValue>, width: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const base = row[c] === null || row[c] === undefined || row[c] === "" ? `Column${c + 1}` : String(row[c]);
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base} ${k}`;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/**
 * A link to a cell of this workbook, as a HYPERLINK formula with the text as its cached result. exceljs 4.4 writes
 * a `{ text, hyperlink: "#'Sheet'!E14" }` value with both an external relationship and a location, which Excel
 * and LibreOffice join into the broken address "#'Sheet'!E14##'Sheet'!E14"; the formula works everywhere.
 */
export function internalLink(target: string, text: string): ExcelJS.CellFormulaValue {
  const q = (s: string) => s.replace(/"/g, '""');
  return { formula: `HYPERLINK("#${q(target)}","${q(text)}")`, result: text };
}

function orderNoOf(ws: ExcelJS.Worksheet): number | undefined {
  return (ws as unknown as { orderNo?: number }).orderNo;
}

/** Creates the sheet, or replaces the sheet of that name in place (same tab position). */
export function writeSheetSpec(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const old = wb.getWorksheet(spec.name);
  const position = old ? orderNoOf(old) : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(spec.name);
  if (position !== undefined) (ws as unknown as { orderNo: number }).orderNo = position;
  if (spec.hidden) ws.state = "veryHidden";

  const width = spec.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const useTable = !!spec.table && spec.rows.length >= 1 && width > 0;
  if (useTable && spec.table) {
    const headers = uniqueHeaders(spec.rows[0], width);
    const body = spec.rows.slice(1).map((r) => headers.map((_, c) => r[c] ?? null));
    ws.addTable({
      name: tableName(spec.table.name),
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      // An empty table body is not valid in Excel: keep one blank row.
      rows: body.length > 0 ? body : [headers.map(() => null)],
    });
  } else {
    spec.rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") row.getCell(c + 1).value = v;
      });
    });
  }

  spec.columnWidths?.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
    if (w >= 30) col.alignment = { wrapText: true, vertical: "top" };
  });

  if (spec.header && spec.rows.length > 0) {
    const header = ws.getRow(1);
    for (let c = 1; c <= width; c++) {
      const cell = header.getCell(c);
      cell.font = { bold: true };
      if (!useTable) cell.fill = HEADER_FILL;
      cell.alignment = { vertical: "middle", wrapText: true };
    }
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];
  }

  for (const link of spec.links ?? []) {
    const cell = ws.getCell(link.row, link.col);
    cell.value = internalLink(link.target, link.text);
    cell.font = { color: { argb: "FF0563C1" }, underline: true };
  }

  if (spec.rateColumn && spec.rows.length > 1) {
    const col = spec.rateColumn;
    const letter = columnLetter(col);
    const first = spec.header || useTable ? 2 : 1;
    const last = spec.rows.length;
    for (let r = first; r <= last; r++) ws.getCell(r, col).numFmt = RATE_FORMAT;
    ws.addConditionalFormatting({
      ref: `${letter}${first}:${letter}${last}`,
      rules: [
        {
          type: "dataBar",
          priority: 1,
          minLength: 0,
          maxLength: 100,
          gradient: false,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: 1 },
          ],
          color: { argb: BAR_COLOR },
        } as ExcelJS.DataBarRuleType & { color: Partial<ExcelJS.Color> },
      ],
    });
  }
  return ws;
}
