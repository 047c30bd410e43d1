import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { boldKey, cellValue, EMPTY, MergeIndex, rangeAddress, rawCell, type Grid } from "../../../src/core/grid";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { isDateFormat, serialToIso } from "../../../src/workbook/xlsx/values";
import { TASK_HEADER } from "../../fixtures/grids";
import { expectTypedAgencyCells, typedAgencyRows } from "../typed-agency-cells";

const ROOT = path.resolve(__dirname, "../../..");
const fixture = (name: string) => fs.readFileSync(path.join(ROOT, "test/fixtures/xlsx", name));

async function open(file: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(fs.readFileSync(path.join(ROOT, file)));
}

async function fromExcelJs(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("S"), wb);
  const buf = await wb.xlsx.writeBuffer();
  return XlsxWorkbook.fromBuffer(new Uint8Array(buf as ArrayBuffer));
}

function text(grid: Grid, row: number, col: number): string | undefined {
  const v = rawCell(grid, row, col);
  return v.kind === "text" ? v.text : undefined;
}

describe("readGrid on the 2024 example", () => {
  let grid: Grid;
  beforeAll(async () => {
    const wb = await open("examples/ke-hoach-de-an-06-nam-2024.xlsx");
    expect(await wb.listSheets()).toEqual([{ name: "Phụ lục", visible: true }]);
    expect(await wb.activeSheet()).toBe("Phụ lục");
    grid = await wb.readGrid("Phụ lục");
  });

  it("reads the title rows, the header and the tasks as written", () => {
    expect(grid.sheet).toBe("Phụ lục");
    expect(text(grid, 1, 1)).toBe("ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH");
    expect(text(grid, 2, 1)).toBe("PHỤ LỤC");
    expect(text(grid, 3, 1)).toBe("DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN “ĐỀ ÁN 06” TRÊN ĐỊA BÀN TỈNH TRONG NĂM 2024");
    expect(text(grid, 4, 1)).toMatch(/^\(Kèm theo Quyết định số/);
    expect([1, 2, 3, 4, 5, 6].map((c) => text(grid, 6, c))).toEqual(TASK_HEADER);
    expect(rawCell(grid, 8, 1)).toEqual({ kind: "number", value: 1 });
    expect(text(grid, 8, 3)).toBe("Công an tỉnh, UBND các huyện, thị xã, thành phố");
    expect(rawCell(grid, 67, 1)).toEqual({ kind: "number", value: 40 });
    expect(text(grid, 67, 6)).toBe("Thực hiện thường xuyên");
  });

  it("keeps the page-break artefacts: blank rows, repeated headers, split rows", () => {
    expect(grid.rows[13]).toEqual([]); // row 14: blank before the page break
    expect(text(grid, 15, 1)).toBe("STT");
    expect(rawCell(grid, 16, 1)).toBe(EMPTY);
    expect(text(grid, 16, 4)).toBe("ngành, UBND các huyện, thị xã, thành phố");
    expect(text(grid, 13, 4)).toBe("Văn phòng UBND tỉnh, các sở, ban,");
    expect(text(grid, 25, 1)).toBe("<b>STT</b>");
    expect(text(grid, 62, 2)).toContain("( <i>pano, áp phích, video hướng dẫn người dân</i> )");
    expect(text(grid, 65, 2)).toBe("<i>thực hiện dịch vụ công tại Bộ phận Một cửa, trên màn hình led...).</i>");
    expect(text(grid, 65, 5)).toBe("quan như: video, ấn phẩm, pano, ap pich...");
    expect(rawCell(grid, 23, 4)).toBe(EMPTY); // task 12 has no co-operating agency
  });

  it("reads merged title and section rows, read through the merge index", () => {
    const merges = grid.merges.map(rangeAddress);
    expect(merges).toEqual(expect.arrayContaining(["A1:F1", "A2:F2", "A3:F3", "A4:F4", "A7:F7", "A61:F61"]));
    expect(merges).toContain("D70:F70");
    expect(text(grid, 7, 1)).toBe("I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (08 NHIỆM VỤ)");
    expect(rawCell(grid, 7, 3)).toBe(EMPTY);
    const index = new MergeIndex(grid);
    expect(cellValue(grid, index, 7, 3)).toEqual({
      kind: "text",
      text: "I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (08 NHIỆM VỤ)",
    });
  });

  it("knows the bold cells: titles, headers, sections and the signature", () => {
    expect(grid.bold?.has(boldKey(1, 1))).toBe(true);
    expect(grid.bold?.has(boldKey(6, 2))).toBe(true);
    expect(grid.bold?.has(boldKey(7, 1))).toBe(true);
    expect(grid.bold?.has(boldKey(70, 4))).toBe(true);
    expect(grid.bold?.has(boldKey(8, 2))).toBe(false);
    expect(grid.bold?.has(boldKey(4, 1))).toBe(false); // "(Kèm theo …)" is italic
  });

  it("ends at the signature block", () => {
    expect(grid.rowCount).toBe(71);
    expect(grid.colCount).toBe(6);
    expect(text(grid, 70, 4)).toBe("KT. CHỦ TỊCH");
    expect(text(grid, 71, 4)).toBe("PHÓ CHỦ TỊCH");
  });
});

describe("readGrid on the other fixtures", () => {
  it("reads real date cells as dates, and numbering restarting per section", async () => {
    const wb = await XlsxWorkbook.fromBuffer(fixture("plan-2026-restart.xlsx"));
    const grid = await wb.readGrid("Phụ lục");
    expect(rawCell(grid, 10, 6)).toEqual({ kind: "date", iso: "2026-06-30" });
    expect(rawCell(grid, 15, 6)).toEqual({ kind: "date", iso: "2026-09-30" });
    expect(rawCell(grid, 19, 6)).toEqual({ kind: "date", iso: "2026-12-31" });
    expect(text(grid, 17, 6)).toBe("Tháng 13/2027");
    expect([9, 14, 19].map((r) => rawCell(grid, r, 1))).toEqual([1, 1, 1].map((value) => ({ kind: "number", value })));
    expect(text(grid, 7, 1)).toBe("(1)");
    expect(text(grid, 10, 2)).toMatch(/^<p>.*<\/p>$/);
    expect(grid.merges.map(rangeAddress)).toEqual(expect.arrayContaining(["A8:F8", "A13:F13", "A18:F18"]));
  });

  it("reads error values and the cached error of a formula", async () => {
    const wb = await XlsxWorkbook.fromBuffer(fixture("cell-errors.xlsx"));
    const grid = await wb.readGrid("Phụ lục");
    expect(rawCell(grid, 7, 3)).toEqual({ kind: "error", code: "#REF!" });
    expect(rawCell(grid, 8, 6)).toEqual({ kind: "error", code: "#N/A" });
    expect(text(grid, 6, 3)).toBe("Công an tỉnh");
  });

  it("finds the appendix on the second sheet of a workbook with a cover", async () => {
    const wb = await XlsxWorkbook.fromBuffer(fixture("two-sheets.xlsx"));
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["Bìa", "Phụ lục"]);
    expect(await wb.activeSheet()).toBe("Bìa");
    wb.setActiveSheet("Phụ lục");
    expect(await wb.activeSheet()).toBe("Phụ lục");
    expect(text(await wb.readGrid("Phụ lục"), 6, 1)).toBe("STT");
    expect(() => wb.setActiveSheet("Không có")).toThrow(/Không có/);
  });
});

describe("readGrid value mapping", () => {
  it("maps every kind of exceljs value", async () => {
    const wb = await fromExcelJs((ws) => {
      ws.getCell("A1").value = { richText: [{ text: "Công an " }, { font: { bold: true }, text: "tỉnh" }] };
      ws.getCell("A2").value = { text: "Cổng Dịch vụ công", hyperlink: "https://dichvucong.gov.vn" };
      ws.getCell("A3").value = { formula: "1+1", result: 2 };
      ws.getCell("A4").value = { formula: 'CONCATENATE("Quý ","I/2026")', result: "Quý I/2026" };
      ws.getCell("A5").value = { error: "#REF!" };
      ws.getCell("A6").value = true;
      ws.getCell("A7").value = new Date(Date.UTC(2026, 2, 15));
      ws.getCell("A8").value = { formula: "DATE(2026,6,30)", result: 46203 };
      ws.getCell("A8").numFmt = "dd/mm/yyyy";
      ws.getCell("A9").value = 0.85;
      ws.getCell("A9").numFmt = "0%";
      ws.getCell("A10").value = "";
      ws.getCell("A11").value = { formula: "B1" };
      ws.getCell("A12").value = 3.5;
    });
    const grid = await wb.readGrid("S");
    expect(grid.rows.map((_, i) => rawCell(grid, i + 1, 1))).toEqual([
      { kind: "text", text: "Công an tỉnh" },
      { kind: "text", text: "Cổng Dịch vụ công" },
      { kind: "number", value: 2 },
      { kind: "text", text: "Quý I/2026" },
      { kind: "error", code: "#REF!" },
      { kind: "boolean", value: true },
      { kind: "date", iso: "2026-03-15" },
      { kind: "date", iso: "2026-06-30" },
      { kind: "number", value: 0.85, format: "0%" },
      EMPTY,
      EMPTY,
      { kind: "number", value: 3.5 },
    ]);
  });

  it("reads hidden rows, and leaves gaps as the one shared empty value", async () => {
    const wb = await fromExcelJs((ws) => {
      ws.getCell("A1").value = "a";
      ws.getCell("D1").value = "d";
      ws.getCell("B3").value = "b";
      ws.getCell("E2").value = "hidden";
      ws.getRow(2).hidden = true;
      ws.getRow(3).hidden = true;
    });
    const grid = await wb.readGrid("S");
    expect([...(grid.hiddenRows ?? [])].sort()).toEqual([2, 3]);
    expect(grid.rows[0][1]).toBe(EMPTY);
    expect(grid.rows[0][2]).toBe(EMPTY);
    expect(grid.rows[1]).toEqual([EMPTY, EMPTY, EMPTY, EMPTY, { kind: "text", text: "hidden" }]);
    expect(grid.rows[2]).toEqual([EMPTY, { kind: "text", text: "b" }]);
    expect(grid.colCount).toBe(5);
  });

  it("reads a window of the sheet, in sheet coordinates", async () => {
    const wb = await fromExcelJs((ws) => {
      for (let r = 1; r <= 10; r++) for (let c = 1; c <= 5; c++) ws.getCell(r, c).value = r * 10 + c;
      ws.mergeCells("B4:C4");
      ws.mergeCells("A9:E9");
    });
    const grid = await wb.readGrid("S", { top: 3, left: 2, bottom: 5, right: 3 });
    expect(grid.origin).toEqual({ row: 3, col: 2 });
    expect(rawCell(grid, 3, 2)).toEqual({ kind: "number", value: 32 });
    expect(rawCell(grid, 5, 3)).toEqual({ kind: "number", value: 53 });
    expect(rawCell(grid, 5, 4)).toBe(EMPTY);
    expect(rawCell(grid, 6, 2)).toBe(EMPTY);
    expect(grid.merges.map(rangeAddress)).toEqual(["B4:C4"]);
  });

  it("reads a large sheet row by row", async () => {
    const wb = await fromExcelJs((ws) => {
      for (let r = 1; r <= 5000; r++) ws.addRow([r, `Nhiệm vụ ${r}`, r % 2 === 0 ? "Công an tỉnh" : null]);
    });
    const grid = await wb.readGrid("S");
    expect(grid.rowCount).toBe(5000);
    expect(rawCell(grid, 4999, 2)).toEqual({ kind: "text", text: "Nhiệm vụ 4999" });
    expect(rawCell(grid, 4999, 3)).toBe(EMPTY);
    expect(grid.rows[4998]).toHaveLength(2);
  });
});

describe("date formats", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["m/d/yy", true],
    ["mm-dd-yy", true],
    ["[$-42A]d mmmm yyyy", true],
    ["mmm-yy", true],
    ['d "tháng" m "năm" yyyy', true],
    ["General", false],
    ["0%", false],
    ["#,##0", false],
    ["h:mm", false],
    ["[h]:mm:ss", false],
    ["mm:ss", false],
    ['0 "ngày"', false],
    ["[Red]#,##0", false],
    ["@", false],
  ])("%s → %s", (fmt, expected) => {
    expect(isDateFormat(fmt)).toBe(expected);
  });

  it("converts serials in both date systems", () => {
    expect(serialToIso(46203, false)).toBe("2026-06-30");
    expect(serialToIso(46203.75, false)).toBe("2026-06-30");
    expect(serialToIso(44741, true)).toBe("2026-06-30");
  });
});

describe("agency cells holding a number, a date or TRUE, read from a file", () => {
  it("keep their type, and the check reports them as naming no agency", async () => {
    const book = await fromExcelJs((ws) => {
      for (const row of typedAgencyRows(new Date(Date.UTC(2024, 2, 1)))) ws.addRow(row);
      ws.getCell("C4").numFmt = "dd/mm/yyyy";
    });
    expectTypedAgencyCells(await book.readGrid("S"));
  });
});
