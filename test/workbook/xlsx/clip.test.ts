/**
 * A merge or a data validation over a whole column (H1:H1048576) in a small file: exceljs would make a cell for
 * each of the million rows it claims. The file is read, checked and written bounded by the rows it holds.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { checkGrid } from "../../../src/core/engine";
import { clipSheetXml, lastRowOf } from "../../../src/workbook/xlsx/clip";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";

const PLAN = path.resolve(__dirname, "../../fixtures/xlsx/plan-2026-restart.xlsx");

/** The 2026 fixture with a whole-column merge and a whole-column validation added to its sheet's XML. */
async function wholeColumnFile(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fs.readFileSync(PLAN));
  const name = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  let xml = await zip.file(name)!.async("string");
  const merge = '<mergeCell ref="H1:H1048576"/>';
  xml = xml.includes("<mergeCells")
    ? xml.replace(/<mergeCells count="(\d+)">/, (_, n: string) => `<mergeCells count="${Number(n) + 1}">${merge}`)
    : xml.replace("</sheetData>", `</sheetData><mergeCells count="1">${merge}</mergeCells>`);
  const validation =
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="J2:J1048576 K5:K9">' +
    '<formula1>"Đã xong,Chưa xong"</formula1></dataValidation></dataValidations>';
  xml = xml.replace(/(<\/mergeCells>)/, `$1${validation}`);
  zip.file(name, xml);
  return zip.generateAsync({ type: "uint8array" });
}

describe("claims over a whole column", () => {
  it("are cut at the sheet's last row before the file is read", () => {
    const xml =
      '<sheetData><row r="1"/><row r="21"/></sheetData><mergeCells><mergeCell ref="H1:H1048576"/>' +
      '<mergeCell ref="A2:B3"/></mergeCells><dataValidation type="list" sqref="J2:J1048576 K5:K9">';
    expect(lastRowOf(xml)).toBe(21);
    expect(clipSheetXml(xml)).toBe(
      '<sheetData><row r="1"/><row r="21"/></sheetData><mergeCells><mergeCell ref="H1:H21"/>' +
        '<mergeCell ref="A2:B3"/></mergeCells><dataValidation type="list" sqref="J2:J21 K5:K9">',
    );
  });

  it("are read, checked and written back within a bounded memory", async () => {
    const bytes = await wholeColumnFile();
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    const grid = await wb.readGrid("Phụ lục");
    expect(grid.rowCount).toBeLessThan(100);
    expect(grid.merges.every((m) => m.bottom <= grid.rowCount)).toBe(true);
    const result = checkGrid(grid, {});
    expect(result.ok).toBe(true);
    const out = await wb.toBuffer();
    expect(out.length).toBeLessThan(1_000_000);
    expect((process.memoryUsage().heapUsed - before) / 1048576).toBeLessThan(300);
  });
});
