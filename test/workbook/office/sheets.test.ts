import type { SheetSpec } from "../../../src/workbook/port";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { smallAppendix } from "./appendix";
import { FakeWorkbook, installExcel } from "./fake-excel";

function setup() {
  const book = new FakeWorkbook();
  smallAppendix(book.add("Phụ lục 1"));
  book.add("Báo cáo tháng");
  const { context } = installExcel(book);
  const sync = jest.spyOn(context, "sync");
  return { book, sync, port: new OfficeWorkbook({ noteApi: "note" }) };
}

const AGENCIES = ["Công an tỉnh", "Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Tư pháp", "Bảo hiểm xã hội tỉnh"];

function summary(n: number): SheetSpec {
  return {
    name: "Rõ Việc - Tổng hợp",
    header: true,
    rows: [
      ["Cơ quan", "Nhiệm vụ đến hạn", "Đã hoàn thành", "Tỷ lệ"],
      ...AGENCIES.slice(0, n).map((a, i) => [a, 10 + i, 5 + i, (5 + i) / (10 + i)]),
    ],
    columnWidths: [40, 14, 14, 10],
    table: { name: "RoViec_TongHop" },
    rateColumn: 4,
    chart: { title: "Tỷ lệ hoàn thành theo cơ quan", labelColumn: 1, valueColumn: 4 },
    links: [{ row: 2, col: 1, target: "'Phụ lục 1'!C8", text: "Công an tỉnh" }],
  };
}

describe("OfficeWorkbook.writeSheet", () => {
  test("creates a summary sheet: header, widths, table, percentages with data bars, chart, link", async () => {
    const { book, sync, port } = setup();
    await port.writeSheet(summary(5));
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);

    const s = book.sheet("Rõ Việc - Tổng hợp")!;
    expect(s.visibility).toBe("Visible");
    expect(s.value(1, 4)).toBe("Tỷ lệ");
    expect(s.value(3, 1)).toBe("Văn phòng UBND tỉnh");
    expect(s.value(6, 2)).toBe(14);
    expect(s.cell(1, 1)?.bold).toBe(true);
    expect(s.cell(2, 1)?.bold).toBeUndefined();
    expect(s.frozenRows).toBe(1);
    expect(s.columnWidths.get(1)).toBeCloseTo((40 * 7 + 5) * 0.75);
    expect(s.cell(2, 4)?.format).toBe("0%");
    expect(s.conditionalFormats).toEqual([
      {
        address: "'Rõ Việc - Tổng hợp'!D2:D6",
        type: "DataBar",
        lower: { type: "Number", formula: "0" },
        upper: { type: "Number", formula: "1" },
      },
    ]);
    expect(book.tables).toEqual([{ name: "RoViec_TongHop", address: "A1:D6", sheet: "Rõ Việc - Tổng hợp" }]);
    expect(s.charts).toEqual([
      {
        name: "RoViec_TongHop_chart",
        type: "BarClustered",
        source: "'Rõ Việc - Tổng hợp'!D1:D6",
        xValues: "'Rõ Việc - Tổng hợp'!A2:A6",
        title: "Tỷ lệ hoàn thành theo cơ quan",
        position: ["F2", "N20"],
      },
    ]);
    expect(s.cell(2, 1)?.hyperlink).toEqual({ documentReference: "'Phụ lục 1'!C8", textToDisplay: "Công an tỉnh" });
  });

  test("a second write updates the sheet in place: one table, one chart, old rows gone", async () => {
    const { book, sync, port } = setup();
    await port.writeSheet(summary(5));
    sync.mockClear();
    await port.writeSheet(summary(3));
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);

    expect(book.sheets.map((s) => s.name)).toEqual(["Phụ lục 1", "Báo cáo tháng", "Rõ Việc - Tổng hợp"]);
    const s = book.sheet("Rõ Việc - Tổng hợp")!;
    expect(book.tables).toEqual([{ name: "RoViec_TongHop", address: "A1:D4", sheet: "Rõ Việc - Tổng hợp" }]);
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0]).toMatchObject({ name: "RoViec_TongHop_chart", xValues: "'Rõ Việc - Tổng hợp'!A2:A4" });
    expect(s.conditionalFormats).toHaveLength(1);
    expect(s.value(4, 1)).toBe("Sở Tài chính");
    expect(s.value(5, 1)).toBe("");
    expect(s.value(6, 4)).toBe("");
  });

  test("a table name taken on another sheet is not stolen", async () => {
    const { book, port } = setup();
    book.tables.push({ name: "RoViec_TongHop", address: "A1:B3", sheet: "Báo cáo tháng" });
    await port.writeSheet(summary(2));
    expect(book.tables.map((t) => [t.name, t.sheet])).toEqual([
      ["RoViec_TongHop", "Báo cáo tháng"],
      ["RoViec_TongHop_2", "Rõ Việc - Tổng hợp"],
    ]);
  });

  test("a very hidden state sheet round-trips through readSheet, text staying text", async () => {
    const { book, sync, port } = setup();
    const rows = [
      ["sheet", "row", "col", "fill", "note"],
      ['"Phụ lục 1"', 9, 5, '{"v":1,"fill":{"pattern":"None"},"via":"note"}', '"Ghi chú"'],
      [null, null, null, "-12,5}", "null"],
      ["15/3/2026", "=SUM(A1)", "12", true, null],
    ];
    await port.writeSheet({ name: "_RoViec_State", rows, hidden: true });
    expect(book.sheet("_RoViec_State")!.visibility).toBe("VeryHidden");

    sync.mockClear();
    expect(await port.readSheet("_RoViec_State")).toEqual([
      ["sheet", "row", "col", "fill", "note"],
      ['"Phụ lục 1"', 9, 5, '{"v":1,"fill":{"pattern":"None"},"via":"note"}', '"Ghi chú"'],
      [null, null, null, "-12,5}", "null"],
      ["15/3/2026", "=SUM(A1)", "12", true],
    ]);
    expect(sync.mock.calls.length).toBe(2);
    expect(await port.readSheet("Không có")).toBeUndefined();
  });

  test("readSheet counts rows and columns from A1", async () => {
    const { book, port } = setup();
    book.sheet("Báo cáo tháng")!.setRows([
      [null, null],
      [null, "B2"],
      [null, null, "C3"],
    ]);
    expect(await port.readSheet("Báo cáo tháng")).toEqual([[], [null, "B2"], [null, null, "C3"]]);
  });

  test("deleteSheet removes the sheet and ignores a missing one", async () => {
    const { book, port } = setup();
    await port.deleteSheet("Báo cáo tháng");
    await port.deleteSheet("Không có");
    expect(book.sheets.map((s) => s.name)).toEqual(["Phụ lục 1"]);
  });
});

describe("OfficeWorkbook sheets and selection", () => {
  test("lists sheets with visibility, the active sheet, selects and reads the selection", async () => {
    const { book, sync, port } = setup();
    book.sheet("Báo cáo tháng")!.visibility = "Hidden";
    expect(await port.listSheets()).toEqual([
      { name: "Phụ lục 1", visible: true },
      { name: "Báo cáo tháng", visible: false },
    ]);
    expect(await port.activeSheet()).toBe("Phụ lục 1");

    sync.mockClear();
    await port.select("Báo cáo tháng", { top: 14, left: 5, bottom: 14, right: 5 });
    expect(sync.mock.calls.length).toBe(1);
    expect(book.active).toBe("Báo cáo tháng");
    expect(book.selection).toEqual({ sheet: "Báo cáo tháng", address: "E14" });
    expect(await port.selectedRange()).toEqual({
      sheet: "Báo cáo tháng",
      range: { top: 14, left: 5, bottom: 14, right: 5 },
    });
  });

  test("decides notes or comments from the host's ExcelApi support", () => {
    const g = globalThis as unknown as { Office?: unknown };
    expect(new OfficeWorkbook().noteApi).toBe("comment");
    g.Office = {
      context: { requirements: { isSetSupported: (s: string, v: string) => s === "ExcelApi" && v <= "1.18" } },
    };
    try {
      expect(new OfficeWorkbook().noteApi).toBe("note");
      expect(new OfficeWorkbook({ noteApi: "comment" }).noteApi).toBe("comment");
    } finally {
      delete g.Office;
    }
  });
});
