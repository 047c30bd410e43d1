import {
  groupBlocks,
  joinAddresses,
  parseAreas,
  quoteSheet,
  sheetAddress,
  sheetOf,
  stripSheet,
} from "../../../src/workbook/office/address";
import { isPayloadTooLarge, SyncBatcher } from "../../../src/workbook/office/batch";
import {
  cellFromExcel,
  columnPoints,
  excelWriteValue,
  hexColor,
  isDateFormat,
} from "../../../src/workbook/office/cells";
import { rowBlocks } from "../../../src/workbook/office/read";

describe("number formats", () => {
  test.each([
    ["dd/mm/yyyy", true],
    ["d/m/yyyy", true],
    ["[$-42A]dd/mm/yyyy", true],
    ["mmm-yy", true],
    ["mmmm", true],
    ['"Ngày "dd" tháng "mm" năm "yyyy', true],
    ["dd/mm/yyyy h:mm", true],
    ["h:mm", false],
    ["[h]:mm:ss", false],
    ["mm:ss", false],
    ["General", false],
    ["0%", false],
    ["#,##0", false],
    ['#,##0" ngày"', false],
    ["@", false],
  ])("%s shows a date: %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  test("cells are typed from value, value type and format", () => {
    expect(cellFromExcel(45473, "Double", "dd/mm/yyyy")).toEqual({ kind: "date", iso: "2024-06-30" });
    expect(cellFromExcel(45473, "Double", "General")).toEqual({ kind: "number", value: 45473 });
    expect(cellFromExcel(0.5, "Double", "0%")).toEqual({ kind: "number", value: 0.5, format: "0%" });
    expect(cellFromExcel("#N/A", "Error", "General")).toEqual({ kind: "error", code: "#N/A" });
    expect(cellFromExcel(true, "Boolean", "General")).toEqual({ kind: "boolean", value: true });
    expect(cellFromExcel("", "Empty", "General")).toEqual({ kind: "empty" });
    expect(cellFromExcel("Quý I/2024", "String", "@")).toEqual({ kind: "text", text: "Quý I/2024" });
  });
});

describe("values written", () => {
  test.each([
    ["Công an tỉnh", "Công an tỉnh"],
    ["- Rà soát văn bản", "'- Rà soát văn bản"],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+84", "'+84"],
    ["15/3/2026", "'15/3/2026"],
    ["25/25", "'25/25"],
    ["1.000", "'1.000"],
    ["TRUE", "'TRUE"],
    ["#N/A", "'#N/A"],
    ['{"v":1}', '{"v":1}'],
    ["Tháng 02/2024", "Tháng 02/2024"],
  ])("%s is written as %s", (v, expected) => {
    expect(excelWriteValue(v)).toBe(expected);
  });

  test("non-strings pass through, null clears", () => {
    expect(excelWriteValue(12)).toBe(12);
    expect(excelWriteValue(false)).toBe(false);
    expect(excelWriteValue(null)).toBe("");
  });

  test("colours and widths", () => {
    expect(hexColor("FFFFC7CE")).toBe("#FFC7CE");
    expect(hexColor("ffc7ce")).toBe("#FFC7CE");
    expect(columnPoints(10)).toBeCloseTo(56.25);
  });
});

describe("addresses", () => {
  test("sheet names are quoted", () => {
    expect(quoteSheet("Sheet1")).toBe("'Sheet1'");
    expect(quoteSheet("Phụ lục 1")).toBe("'Phụ lục 1'");
    expect(quoteSheet("It's")).toBe("'It''s'");
    expect(quoteSheet("AB12")).toBe("'AB12'");
    expect(sheetAddress("Phụ lục", { top: 14, left: 5, bottom: 14, right: 5 })).toBe("'Phụ lục'!E14");
    expect(stripSheet("'It''s'!A1:B2")).toBe("A1:B2");
    expect(sheetOf("'It''s'!A1:B2")).toBe("It's");
    expect(sheetOf("Sheet1!A1")).toBe("Sheet1");
    expect(sheetOf("A1")).toBeUndefined();
  });

  test("multi-area addresses split outside quotes", () => {
    expect(parseAreas("'Kế hoạch, 2024'!$A$2:$F$2, 'Kế hoạch, 2024'!A7:F7,'Kế hoạch, 2024'!B9")).toEqual([
      { top: 2, left: 1, bottom: 2, right: 6 },
      { top: 7, left: 1, bottom: 7, right: 6 },
      { top: 9, left: 2, bottom: 9, right: 2 },
    ]);
    expect(parseAreas("")).toEqual([]);
  });

  test("cells group into rectangles", () => {
    const cells = [5, 6, 7, 9].flatMap((row) => [
      { row, col: 2 },
      { row, col: 3 },
    ]);
    cells.push({ row: 6, col: 5 });
    const blocks = groupBlocks(cells).map((b) => b.range);
    expect(blocks).toEqual(
      expect.arrayContaining([
        { top: 5, left: 2, bottom: 7, right: 3 },
        { top: 9, left: 2, bottom: 9, right: 3 },
        { top: 6, left: 5, bottom: 6, right: 5 },
      ]),
    );
    expect(blocks).toHaveLength(3);
    expect(
      groupBlocks(cells)
        .find((b) => b.range.top === 5)!
        .cells.map((r) => r.map((c) => c.row)),
    ).toEqual([
      [5, 5],
      [6, 6],
      [7, 7],
    ]);
  });

  test("addresses join under a length limit", () => {
    const ranges = Array.from({ length: 300 }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 1 }));
    const parts = joinAddresses(ranges, 100);
    expect(parts.every((p) => p.length <= 100)).toBe(true);
    expect(parts.join(",").split(",")).toHaveLength(300);
  });

  test("row blocks stay under the budget and cover the rectangle", () => {
    const blocks = rowBlocks({ top: 1, left: 1, bottom: 20000, right: 8 });
    expect(blocks[0].top).toBe(1);
    expect(blocks[blocks.length - 1].bottom).toBe(20000);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i].top).toBe(blocks[i - 1].bottom + 1);
    for (const b of blocks) expect((b.bottom - b.top + 1) * 8 * 120).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(rowBlocks({ top: 3, left: 2, bottom: 3, right: 2 })).toEqual([{ top: 3, left: 2, bottom: 3, right: 2 }]);
  });
});

describe("sync budget", () => {
  test("syncs only when the queued estimate passes the budget", async () => {
    const context = { sync: jest.fn(async () => undefined) } as unknown as Excel.RequestContext;
    const b = new SyncBatcher(context, 1000);
    await b.add(600);
    await b.add(300);
    expect(b.syncs).toBe(0);
    await b.add(200);
    expect(b.syncs).toBe(1);
    await b.flush();
    await b.flush();
    expect(b.syncs).toBe(2);
  });

  test("recognises Excel's payload errors only", () => {
    expect(isPayloadTooLarge({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge({ code: "ItemNotFound" })).toBe(false);
    expect(isPayloadTooLarge(new Error("x"))).toBe(false);
  });
});
