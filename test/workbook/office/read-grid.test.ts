import { boldKey, cellValue, MergeIndex, rawCell } from "../../../src/core/grid";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { rowBlocks } from "../../../src/workbook/office/read";
import { largeAppendix, LARGE, SMALL, smallAppendix } from "./appendix";
import { FakeWorkbook, installExcel } from "./fake-excel";
import { expectTypedAgencyCells, typedAgencyRows } from "../typed-agency-cells";

function setup(build: (s: ReturnType<FakeWorkbook["add"]>) => void, name = "Phụ lục 1") {
  const book = new FakeWorkbook();
  build(book.add(name));
  const { context } = installExcel(book);
  const sync = jest.spyOn(context, "sync");
  return { book, sync, port: new OfficeWorkbook({ noteApi: "note" }) };
}

describe("OfficeWorkbook.readGrid", () => {
  test("reads a 50-row appendix in at most 3 syncs: values, merges, dates, errors, bold and hidden rows", async () => {
    const { sync, port } = setup(smallAppendix);
    const grid = await port.readGrid("Phụ lục 1");

    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    expect(grid.sheet).toBe("Phụ lục 1");
    expect(grid.rowCount).toBe(SMALL.rows);
    expect(grid.colCount).toBe(6);
    expect(grid.origin).toBeUndefined();

    expect(rawCell(grid, 2, 1)).toEqual({ kind: "text", text: "PHỤ LỤC" });
    expect(rawCell(grid, 5, 2)).toEqual({ kind: "text", text: "Nội dung, nhiệm vụ cụ thể" });
    expect(rawCell(grid, 8, 1)).toEqual({ kind: "number", value: 1 });
    expect(rawCell(grid, 8, 3)).toEqual({ kind: "text", text: "Công an tỉnh, UBND các huyện, thị xã, thành phố" });
    expect(rawCell(grid, SMALL.continuation, 4)).toEqual({
      kind: "text",
      text: "ngành, UBND các huyện, thị xã, thành phố",
    });
    expect(rawCell(grid, SMALL.dateCell.row, SMALL.dateCell.col)).toEqual({ kind: "date", iso: "2024-06-30" });
    expect(rawCell(grid, SMALL.errorCell.row, SMALL.errorCell.col)).toEqual({ kind: "error", code: "#REF!" });
    expect(rawCell(grid, SMALL.emptyCell.row, SMALL.emptyCell.col)).toEqual({ kind: "empty" });
    expect(rawCell(grid, SMALL.percentCell.row, SMALL.percentCell.col)).toEqual({
      kind: "number",
      value: 0.75,
      format: "0%",
    });

    // Merged title and section rows, read through the merge index as the core does.
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 2, left: 1, bottom: 2, right: 6 },
        ...SMALL.sectionRows.map((r) => ({ top: r, left: 1, bottom: r, right: 6 })),
      ]),
    );
    expect(grid.merges).toHaveLength(3 + SMALL.sectionRows.length);
    const merges = new MergeIndex(grid);
    expect(cellValue(grid, merges, 18, 5)).toEqual({
      kind: "text",
      text: "II. VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN (09 NHIỆM VỤ)",
    });

    expect(grid.bold?.has(boldKey(2, 1))).toBe(true);
    expect(grid.bold?.has(boldKey(5, 6))).toBe(true);
    for (const r of SMALL.sectionRows) expect(grid.bold?.has(boldKey(r, 1))).toBe(true);
    expect(grid.bold?.has(boldKey(8, 2))).toBe(false);
    expect([...(grid.hiddenRows ?? [])]).toEqual([SMALL.hiddenRow]);
  });

  test("reads a 20,000-row appendix in at most 3 syncs, across several row blocks", async () => {
    const { book, sync, port } = setup(largeAppendix);
    const blocks = rowBlocks({ top: 1, left: 1, bottom: LARGE.rows, right: 6 });
    expect(blocks.length).toBeGreaterThan(1);

    const grid = await port.readGrid("Phụ lục 1");

    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    expect(grid.rowCount).toBe(LARGE.rows);
    expect(grid.colCount).toBe(6);
    expect(grid.rows).toHaveLength(LARGE.rows);
    // Rows on both sides of every block boundary.
    const sheet = book.sheet("Phụ lục 1")!;
    for (const b of blocks) {
      for (const r of [b.top, b.bottom]) {
        const v = sheet.value(r, 1);
        expect(rawCell(grid, r, 1)).toEqual(
          typeof v === "number" ? { kind: "number", value: v } : { kind: "text", text: v },
        );
      }
    }
    expect(rawCell(grid, 7, 1)).toEqual({ kind: "text", text: "I. NHÓM NHIỆM VỤ 1" });
    expect(rawCell(grid, 19007, 1)).toEqual({ kind: "text", text: "XX. NHÓM NHIỆM VỤ 20" });
    // Task 7 (row 14) has a real date: 45366 + 7 = 22/03/2024.
    expect(rawCell(grid, 14, 6)).toEqual({ kind: "date", iso: "2024-03-22" });
    expect(rawCell(grid, 15, 6)).toEqual({ kind: "text", text: "Tháng 02/2024" });
    expect(grid.merges).toHaveLength(3 + 20);
    expect(grid.merges).toContainEqual({ top: 19007, left: 1, bottom: 19007, right: 6 });
    expect(grid.bold?.has(boldKey(19007, 1))).toBe(true);
    expect(grid.hiddenRows?.size).toBe(Math.floor(LARGE.rows / 997));
    expect(grid.hiddenRows?.has(19940)).toBe(true);
  });

  test("falls back to one sync per ~4 MB when Excel refuses the whole batch, with the same grid", async () => {
    const { book, sync, port } = setup(largeAppendix);
    const expected = await port.readGrid("Phụ lục 1");
    sync.mockClear();
    book.maxResponseCells = 40_000;
    const grid = await port.readGrid("Phụ lục 1");

    const blocks = rowBlocks({ top: 1, left: 1, bottom: LARGE.rows, right: 6 });
    expect(sync.mock.calls.length).toBe(2 + blocks.length);
    // (Compared as JSON: a deep equality over 120,000 cells is slow in jest.)
    expect(JSON.stringify(grid.rows)).toBe(JSON.stringify(expected.rows));
    expect(grid.merges).toEqual(expected.merges);
    expect([...grid.bold!]).toEqual([...expected.bold!]);
    expect([...grid.hiddenRows!]).toEqual([...expected.hiddenRows!]);
    expect(grid.rowCount).toBe(expected.rowCount);
  });

  test("reads a window of the sheet with its origin", async () => {
    const { sync, port } = setup(smallAppendix);
    const grid = await port.readGrid("Phụ lục 1", { top: 5, left: 2, bottom: 20, right: 6 });
    expect(sync.mock.calls.length).toBe(1);
    expect(grid.origin).toEqual({ row: 5, col: 2 });
    expect(grid.rowCount).toBe(20);
    expect(grid.colCount).toBe(6);
    expect(rawCell(grid, 5, 2)).toEqual({ kind: "text", text: "Nội dung, nhiệm vụ cụ thể" });
    expect(rawCell(grid, 5, 1)).toEqual({ kind: "empty" });
    expect(rawCell(grid, SMALL.dateCell.row, SMALL.dateCell.col)).toEqual({ kind: "date", iso: "2024-06-30" });
    expect(grid.merges).toContainEqual({ top: 7, left: 1, bottom: 7, right: 6 });
  });

  test("an empty sheet reads as no rows", async () => {
    const { port } = setup(() => undefined, "Trống");
    const grid = await port.readGrid("Trống");
    expect(grid.rowCount).toBe(0);
    expect(grid.colCount).toBe(0);
    expect(grid.rows).toEqual([]);
    expect(grid.merges).toEqual([]);
  });
});

describe("agency cells holding a number, a date or TRUE, read through Office.js", () => {
  test("keep their type, and the check reports them as naming no agency", async () => {
    const { port } = setup((s) => s.setRows(typedAgencyRows({ serial: 45352, format: "dd/mm/yyyy" })));
    expectTypedAgencyCells(await port.readGrid("Phụ lục 1"));
  });
});
