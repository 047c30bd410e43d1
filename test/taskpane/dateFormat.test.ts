/**
 * The browser page's grid shows a date cell as Excel does, by the cell's number format: the formats met in
 * appendices, Excel's built-in short date, Vietnamese month and weekday names, and the tracking example's completion
 * dates as read from the file.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { MergeIndex, cellValue } from "../../src/core/grid";
import { formatDateCell } from "../../src/preview/dateFormat";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

const ROOT = path.resolve(__dirname, "../..");

describe("a date cell's text by its number format", () => {
  it.each([
    ["dd/mm/yyyy", "2024-02-05", "05/02/2024"],
    ["d/m/yyyy", "2024-02-05", "5/2/2024"],
    ["d/m/yy", "2024-12-31", "31/12/24"],
    ["yyyy-mm-dd", "2026-06-30", "2026-06-30"],
    ["mm/yyyy", "2026-06-30", "06/2026"],
    ['"Ngày "dd" tháng "mm" năm "yyyy', "2024-06-30", "Ngày 30 tháng 06 năm 2024"],
    ["[$-42A]d mmmm yyyy", "2024-02-05", "5 tháng 2 2024"],
    ["[$-42A]dddd, dd/mm/yyyy", "2024-06-30", "Chủ Nhật, 30/06/2024"],
    ["mmm-yy", "2024-02-05", "Feb-24"],
    ["d-mmm-yyyy", "2024-09-01", "1-Sep-2024"],
    ["dddd d mmmm yyyy", "2024-06-30", "Sunday 30 June 2024"],
    ["dd/mm/yyyy hh:mm", "2024-06-30", "30/06/2024 00:00"],
    ["dd\\.mm\\.yyyy;@", "2024-06-30", "30.06.2024"],
    ["[Red]dd/mm/yyyy", "2024-06-30", "30/06/2024"],
    // Excel's built-in short date (format 14), which follows the user's locale: day first.
    ["mm-dd-yy", "2024-06-30", "30/06/2024"],
    [undefined, "2024-06-30", "30/06/2024"],
  ])("%s shows %s as %s", (format, iso, shown) => {
    expect(formatDateCell(iso, format)).toBe(shown);
  });

  it("keeps a text it cannot read as a day", () => {
    expect(formatDateCell("30/06/2024", "dd/mm/yyyy")).toBe("30/06/2024");
  });

  it("reads each date cell's format from the file: the tracking example's completion dates as the sheet shows them", async () => {
    const file = path.join(ROOT, "examples/theo-doi-tien-do-2024.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.getWorksheet("Phụ lục")!;
    const expected: [string, string][] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date) {
          const d = cell.value;
          const dd = String(d.getUTCDate()).padStart(2, "0");
          const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
          expect(cell.numFmt).toBe("dd/mm/yyyy");
          expected.push([cell.address, `${dd}/${mm}/${d.getUTCFullYear()}`]);
        }
      }),
    );
    expect(expected.length).toBeGreaterThan(5);

    const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(file));
    const grid = await wb.readGrid("Phụ lục");
    const merges = new MergeIndex(grid);
    for (const [address, shown] of expected) {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const col = m[1].charCodeAt(0) - 64;
      const row = Number(m[2]);
      const v = cellValue(grid, merges, row, col);
      expect(v.kind).toBe("date");
      if (v.kind !== "date") continue;
      expect(formatDateCell(v.iso, grid.dateFormats?.get(`${row}:${col}`))).toBe(shown);
      // Not the ISO text the core compares.
      expect(shown).not.toBe(v.iso);
    }
  });
});
