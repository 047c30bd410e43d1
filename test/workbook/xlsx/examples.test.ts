/**
 * The committed example and fixture workbooks are what scripts/build-examples.ts writes (`npm run examples`).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
// JSZip comes with exceljs; read here only to see the page breaks, which exceljs does not read back.
import JSZip from "jszip";
import { cellText } from "../../../src/core/text";
import { rawCell } from "../../../src/core/grid";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";

const ROOT = path.resolve(__dirname, "../../..");
const EXAMPLE = path.join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx");

describe("the 2024 example workbook", () => {
  it("prints on A4 landscape with the header row repeated", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    const ws = wb.getWorksheet("Phụ lục")!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.printTitlesRow).toBe("6:6");
    expect(ws.getCell("B8").alignment?.wrapText).toBe(true);
    expect(ws.getCell("B8").border?.left?.style).toBe("thin");
    expect(ws.getColumn(2).width).toBeGreaterThan(40);
  });

  it("has a manual page break before every repeated header", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(EXAMPLE));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    const grid = await (await XlsxWorkbook.fromBuffer(fs.readFileSync(EXAMPLE))).readGrid("Phụ lục");
    const repeated: number[] = [];
    for (let r = 7; r <= grid.rowCount; r++) {
      if (cellText(rawCell(grid, r, 1)).replace(/<[^>]+>/g, "") === "STT") repeated.push(r);
    }
    expect(repeated).toEqual([15, 25, 33, 42, 53, 64]);
    expect(breaks).toEqual(repeated.map((r) => r - 1));
  });

  it("holds all 40 tasks as number cells, and the 2024 fixture is the same workbook", async () => {
    const example = await (await XlsxWorkbook.fromBuffer(fs.readFileSync(EXAMPLE))).readGrid("Phụ lục");
    const numbers: number[] = [];
    for (let r = 1; r <= example.rowCount; r++) {
      const v = rawCell(example, r, 1);
      if (v.kind === "number") numbers.push(v.value);
    }
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const fixture = await (
      await XlsxWorkbook.fromBuffer(fs.readFileSync(path.join(ROOT, "test/fixtures/xlsx/plan-2024.xlsx")))
    ).readGrid("Phụ lục");
    expect(fixture.rows).toEqual(example.rows);
    expect(fixture.merges).toEqual(example.merges);
  });
});
