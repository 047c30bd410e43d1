import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { internalLink } from "../../../src/workbook/xlsx/write-sheet";

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, "../../fixtures/xlsx", name));

async function reopen(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

async function build(fn: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  fn(wb.addWorksheet("S"), wb);
  return XlsxWorkbook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

function isSolid(fill: ExcelJS.Fill | undefined): boolean {
  return fill?.type === "pattern" && fill.pattern === "solid";
}

const USER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } };

describe("cell states and marks", () => {
  it("reads the state of untouched, filled and annotated cells", async () => {
    const wb = await build((ws) => {
      ws.getCell("A1").value = "plain";
      ws.getCell("B1").value = "filled";
      ws.getCell("B1").fill = USER_FILL;
      ws.getCell("C1").value = "noted";
      ws.getCell("C1").note = "Chị Hoa: kiểm tra lại";
      ws.getCell("D1").value = "rich";
      ws.getCell("D1").note = { texts: [{ font: { bold: true }, text: "Hoa:" }, { text: "\nxem lại" }] };
    });
    const states = await wb.readCellStates("S", [
      { row: 1, col: 1 },
      { row: 1, col: 2 },
      { row: 1, col: 3 },
      { row: 1, col: 4 },
      { row: 9, col: 9 },
    ]);
    expect(states[0]).toEqual({ row: 1, col: 1, fill: "null", note: null });
    expect(JSON.parse(states[1].fill)).toEqual(USER_FILL);
    expect(states[2].note).toBe("Chị Hoa: kiểm tra lại");
    expect(states[3].note).toBe("Hoa:\nxem lại");
    expect(states[4]).toEqual({ row: 9, col: 9, fill: "null", note: null });
  });

  it("marks one cell without colouring the cells that share its style", async () => {
    const wb = await build((ws) => {
      for (const a of ["A1", "A2", "A3"]) {
        ws.getCell(a).value = a;
        ws.getCell(a).font = { bold: true };
      }
    });
    await wb.writeMarks("S", [{ row: 2, col: 1, color: "FFFFC7CE", note: "Rõ Việc: thiếu đơn vị chủ trì" }]);
    const again = await reopen(wb);
    const ws = (again as unknown as { workbook: ExcelJS.Workbook }).workbook.getWorksheet("S")!;
    expect(ws.getCell("A2").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("A2").font?.bold).toBe(true);
    expect(isSolid(ws.getCell("A1").fill)).toBe(false);
    expect(isSolid(ws.getCell("A3").fill)).toBe(false);
    expect(ws.getCell("A2").note).toBe("Rõ Việc: thiếu đơn vị chủ trì");
  });

  it("puts the mark after the user's note and restores the user's note with its formatting", async () => {
    const rich = { texts: [{ font: { bold: true }, text: "Hoa:" }, { text: "\nxem lại hạn" }] };
    const wb = await build((ws) => {
      ws.getCell("A1").value = "x";
      ws.getCell("A1").fill = USER_FILL;
      ws.getCell("A1").note = "ghi chú của tôi";
      ws.getCell("B1").value = "y";
      ws.getCell("B1").note = rich;
    });
    const cells = [
      { row: 1, col: 1 },
      { row: 1, col: 2 },
    ];
    const before = await wb.readCellStates("S", cells);
    await wb.writeMarks("S", [
      { row: 1, col: 1, color: "FFFFEB9C", note: "Rõ Việc: A" },
      { row: 1, col: 2, color: "FFFFEB9C", note: "Rõ Việc: B" },
    ]);
    const marked = await reopen(wb);
    const during = await marked.readCellStates("S", cells);
    expect(during[0].note).toBe("ghi chú của tôi\n\nRõ Việc: A");
    expect(during[1].note).toBe("Hoa:\nxem lại hạn\n\nRõ Việc: B");
    expect(JSON.parse(during[0].fill)).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });

    await marked.restoreCellStates("S", before);
    const restored = await reopen(marked);
    expect(await restored.readCellStates("S", cells)).toEqual(before);
    const ws = (restored as unknown as { workbook: ExcelJS.Workbook }).workbook.getWorksheet("S")!;
    expect((ws.getCell("B1").note as ExcelJS.Comment).texts).toEqual(rich.texts);
    expect(ws.getCell("A1").value).toBe("x");
  });

  it("removes a note that was not there before", async () => {
    const wb = await build((ws) => {
      ws.getCell("A1").value = "x";
    });
    const before = await wb.readCellStates("S", [{ row: 1, col: 1 }]);
    await wb.writeMarks("S", [{ row: 1, col: 1, color: "FFDDEBF7", note: "Rõ Việc: C" }]);
    await wb.restoreCellStates("S", before);
    const again = await reopen(wb);
    expect(await again.readCellStates("S", [{ row: 1, col: 1 }])).toEqual(before);
  });
});

describe("sheets written whole", () => {
  it("writes a very hidden sheet and reads it back as plain values", async () => {
    const wb = await XlsxWorkbook.fromBuffer(fixture("plan-2024.xlsx"));
    await wb.writeSheet({
      name: "_Hidden",
      hidden: true,
      rows: [
        ["a", 1, true],
        [null, "=not a formula", 2.5],
      ],
    });
    const again = await reopen(wb);
    expect(await again.listSheets()).toEqual([
      { name: "Phụ lục", visible: true },
      { name: "_Hidden", visible: false },
    ]);
    const ws = (again as unknown as { workbook: ExcelJS.Workbook }).workbook.getWorksheet("_Hidden")!;
    expect(ws.state).toBe("veryHidden");
    expect(await again.readSheet("_Hidden")).toEqual([
      ["a", 1, true],
      [null, "=not a formula", 2.5],
    ]);
    expect(await again.readSheet("Không có")).toBeUndefined();
    await again.deleteSheet("_Hidden");
    await again.deleteSheet("Không có");
    expect((await again.listSheets()).map((s) => s.name)).toEqual(["Phụ lục"]);
  });

  it("writes a header (bold, frozen), links, widths, a table and a rate column with data bars", async () => {
    const wb = await XlsxWorkbook.fromBuffer(fixture("plan-2024.xlsx"));
    await wb.writeSheet({
      name: "Tổng hợp",
      header: true,
      columnWidths: [30, 10, 10],
      rows: [
        ["Đơn vị", "Đến hạn", "Tỉ lệ"],
        ["Công an tỉnh", 10, 0.8],
        ["Văn phòng UBND tỉnh", 8, 0.5],
      ],
      links: [{ row: 2, col: 1, target: "'Phụ lục'!C8", text: "Công an tỉnh" }],
      table: { name: "Tổng hợp tiến độ" },
      rateColumn: 3,
      chart: { title: "Tỉ lệ hoàn thành", labelColumn: 1, valueColumn: 3 },
    });
    const again = await reopen(wb);
    const ws = (again as unknown as { workbook: ExcelJS.Workbook }).workbook.getWorksheet("Tổng hợp")!;
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getCell("A2").value).toEqual({
      formula: `HYPERLINK("#'Phụ lục'!C8","Công an tỉnh")`,
      result: "Công an tỉnh",
    });
    expect(ws.getCell("C2").numFmt).toBe("0.0%");
    expect(ws.getCell("C3").value).toBe(0.5);
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["Tong_hop_tien_do"]);
    const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toBe("C2:C3");
    expect(cf[0].rules[0].type).toBe("dataBar");
    expect(await again.readSheet("Tổng hợp")).toEqual([
      ["Đơn vị", "Đến hạn", "Tỉ lệ"],
      ["Công an tỉnh", 10, 0.8],
      ["Văn phòng UBND tỉnh", 8, 0.5],
    ]);
  });

  it("replaces a sheet in place", async () => {
    const wb = await XlsxWorkbook.fromBuffer(fixture("two-sheets.xlsx"));
    await wb.writeSheet({ name: "Bìa", rows: [["mới"]] });
    const again = await reopen(wb);
    expect((await again.listSheets()).map((s) => s.name)).toEqual(["Bìa", "Phụ lục"]);
    expect(await again.readSheet("Bìa")).toEqual([["mới"]]);
  });

  it("writes values, including clearing a cell", async () => {
    const wb = await XlsxWorkbook.fromBuffer(fixture("plan-2024.xlsx"));
    await wb.writeValues("Phụ lục", [
      { row: 23, col: 4, value: "Sở Tư pháp" },
      { row: 16, col: 4, value: null },
    ]);
    const grid = await (await reopen(wb)).readGrid("Phụ lục");
    expect(grid.rows[22][3]).toEqual({ kind: "text", text: "Sở Tư pháp" });
    expect(grid.rows[15][3] ?? { kind: "empty" }).toEqual({ kind: "empty" });
  });
});

describe("selection and active sheet", () => {
  it("records the selection and opens the file on that sheet and cell", async () => {
    const wb = await XlsxWorkbook.fromBuffer(fixture("two-sheets.xlsx"));
    expect(await wb.selectedRange()).toBeUndefined();
    const range = { top: 49, left: 3, bottom: 49, right: 3 };
    await wb.select("Phụ lục", range);
    expect(wb.selection).toEqual({ sheet: "Phụ lục", range });
    expect(await wb.selectedRange()).toEqual({ sheet: "Phụ lục", range });
    expect(await wb.activeSheet()).toBe("Phụ lục");
    const again = await reopen(wb);
    expect(await again.activeSheet()).toBe("Phụ lục");
    const inner = (again as unknown as { workbook: ExcelJS.Workbook }).workbook;
    expect(inner.getWorksheet("Phụ lục")!.views[0].activeCell).toBe("C49");
  });

  it("never leaves a hidden or removed sheet active", async () => {
    const wb = await XlsxWorkbook.fromBuffer(fixture("two-sheets.xlsx"));
    await wb.writeSheet({ name: "_State", rows: [["x"]], hidden: true });
    wb.setActiveSheet("_State");
    const again = await reopen(wb);
    expect(await again.activeSheet()).toBe("Bìa");
  });
});

describe("internalLink", () => {
  it("escapes quotes in the target and the text", () => {
    expect(internalLink(`'Bà "Hoa"'!A1`, `"A1"`)).toEqual({
      formula: `HYPERLINK("#'Bà ""Hoa""'!A1","""A1""")`,
      result: `"A1"`,
    });
  });
});
