/**
 * A sheet of an .xlsx file as Excel hands a range to a custom function: merged cells but the first read as empty,
 * dates as serial numbers, rich text as its text, errors as their code, formulas as their result. The agreement
 * tests give it to the worksheet functions.
 */
import ExcelJS from "exceljs";

/** The values of `sheet` (the first sheet when the file has none of that name). */
export async function rangeValues(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => w.name === sheet) ?? wb.worksheets[0];
  const out: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      const v = cell.isMerged && cell.master !== cell ? null : cell.value;
      if (v === null || v === undefined) row.push("");
      else if (v instanceof Date) row.push(Math.round(v.getTime() / 86400000) + 25569);
      else if (typeof v === "object" && "richText" in v) row.push(v.richText.map((t) => t.text).join(""));
      else if (typeof v === "object" && "error" in v) row.push(v.error);
      else if (typeof v === "object" && "result" in v) row.push(v.result ?? "");
      else row.push(v);
    }
    out.push(row);
  }
  return out;
}
