import type { CellMark } from "../../../src/workbook/port";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { parseSavedFill } from "../../../src/workbook/office/marks";
import { largeAppendix, LARGE, SMALL, smallAppendix } from "./appendix";
import { FakeSheet, FakeWorkbook, installExcel } from "./fake-excel";

const SHEET = "Phụ lục 1";
const RED = "FFFFC7CE";
const AMBER = "FFFFEB9C";
const USER_FILL = { color: "#FFFF00", pattern: "Solid", tintAndShade: 0 };

function setup(build: (s: FakeSheet) => void, noteApi: "note" | "comment" = "note") {
  const book = new FakeWorkbook();
  const sheet = book.add(SHEET);
  build(sheet);
  const { context } = installExcel(book);
  const sync = jest.spyOn(context, "sync");
  return { book, sheet, sync, port: new OfficeWorkbook({ noteApi }) };
}

/** Fill and note of every cell of interest, to compare before marking and after restoring. */
function snapshot(sheet: FakeSheet, cells: readonly { row: number; col: number }[]) {
  return cells.map(({ row, col }) => ({
    row,
    col,
    fill: sheet.cell(row, col)?.fill,
    note: sheet.notes.get(row * 20000 + col),
    comments: sheet.comments.filter((c) => c.row === row && c.col === col).map((c) => [c.content, ...c.replies]),
  }));
}

/** Marks of a checked appendix: missing deliverables (column E) and deadlines (column F) of every task row. */
function marksFor(rows: number[]): CellMark[] {
  return rows.flatMap((row) => [
    { row, col: 5, color: RED, note: "[Rõ Việc] Thiếu kết quả, sản phẩm." },
    { row, col: 6, color: AMBER, note: "[Rõ Việc] Thời hạn không rõ." },
  ]);
}

describe("OfficeWorkbook marks on a 50-row appendix", () => {
  const rows = [8, 9, 10, 11, 12, 13, 14, 15, 19, 20, 21, 22];

  test("saves, marks and restores in at most 3 syncs each, without a trace", async () => {
    const { book, sheet, sync, port } = setup((s) => {
      smallAppendix(s);
      s.notes.set(9 * 20000 + 5, "Ghi chú của chuyên viên: chờ Sở Tài chính trả lời.");
      s.update(10, 6, { fill: USER_FILL });
    });
    const marks = marksFor(rows);
    const before = snapshot(sheet, marks);

    const states = await port.readCellStates(SHEET, marks);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    expect(states).toHaveLength(marks.length);
    const noted = states.find((s) => s.row === 9 && s.col === 5)!;
    expect(noted.note).toBe("Ghi chú của chuyên viên: chờ Sở Tài chính trả lời.");
    expect(parseSavedFill(noted.fill)).toMatchObject({ v: 1, via: "note", fill: { pattern: "None" } });
    expect(parseSavedFill(states.find((s) => s.row === 10 && s.col === 6)!.fill)?.fill).toEqual(USER_FILL);

    sync.mockClear();
    await port.writeMarks(SHEET, marks);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    for (const m of marks) {
      expect(sheet.cell(m.row, m.col)?.fill).toEqual({
        color: `#${m.color.slice(2)}`,
        pattern: "Solid",
        tintAndShade: 0,
      });
    }
    expect(sheet.notes.get(9 * 20000 + 5)).toBe(
      "Ghi chú của chuyên viên: chờ Sở Tài chính trả lời.\n\n[Rõ Việc] Thiếu kết quả, sản phẩm.",
    );
    expect(sheet.notes.get(8 * 20000 + 6)).toBe("[Rõ Việc] Thời hạn không rõ.");
    // Column E rows 8–15 and 19–22 go out as two rectangles in one multi-area fill.
    expect(book.log).toContain(`fill #FFC7CE E8:E15,E19:E22`);
    expect(book.log).toContain(`fill #FFEB9C F8:F15,F19:F22`);
    // Cells that were not marked are untouched.
    expect(sheet.cell(16, 5)?.fill).toBeUndefined();
    expect(sheet.notes.size).toBe(marks.length);

    sync.mockClear();
    await port.restoreCellStates(SHEET, states);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    expect(snapshot(sheet, marks)).toEqual(before);
  });

  test("a cell holding a threaded comment gets a reply, removed again on restore", async () => {
    const { sheet, port } = setup((s) => {
      smallAppendix(s);
      s.comments.push({ id: "u1", row: 14, col: 5, content: "Sản phẩm do Sở TT&TT đề xuất?", replies: ["Đang chờ."] });
    });
    const marks = marksFor([14]);
    const before = snapshot(sheet, marks);
    const states = await port.readCellStates(SHEET, marks);
    const s = states.find((x) => x.col === 5)!;
    expect(s.note).toBe("Sản phẩm do Sở TT&TT đề xuất?");
    expect(parseSavedFill(s.fill)).toMatchObject({ via: "comment", replies: 1 });

    await port.writeMarks(SHEET, marks);
    expect(sheet.comments[0].replies).toEqual(["Đang chờ.", "[Rõ Việc] Thiếu kết quả, sản phẩm."]);
    expect(sheet.notes.has(14 * 20000 + 5)).toBe(false);
    expect(sheet.notes.get(14 * 20000 + 6)).toBe("[Rõ Việc] Thời hạn không rõ.");

    await port.restoreCellStates(SHEET, states);
    expect(snapshot(sheet, marks)).toEqual(before);
  });

  test("without the notes API, remarks become threaded comments; a cell with a legacy note keeps its fill only", async () => {
    const { sheet, port } = setup((s) => {
      smallAppendix(s);
      s.notes.set(11 * 20000 + 5, "Ghi chú cũ (không đọc được qua API bình luận).");
    }, "comment");
    const marks = marksFor([10, 11, 12]);
    const before = snapshot(sheet, marks);
    const states = await port.readCellStates(SHEET, marks);
    expect(states.every((s) => parseSavedFill(s.fill)?.via === "comment")).toBe(true);

    await port.writeMarks(SHEET, marks);
    const at = (r: number, c: number) => sheet.comments.filter((x) => x.row === r && x.col === c);
    expect(at(10, 5).map((c) => c.content)).toEqual(["[Rõ Việc] Thiếu kết quả, sản phẩm."]);
    expect(at(12, 6).map((c) => c.content)).toEqual(["[Rõ Việc] Thời hạn không rõ."]);
    expect(at(11, 5)).toEqual([]);
    expect(sheet.cell(11, 5)?.fill?.color).toBe("#FFC7CE");
    expect(sheet.comments).toHaveLength(5);

    await port.restoreCellStates(SHEET, states);
    expect(snapshot(sheet, marks)).toEqual(before);
  });
});

describe("OfficeWorkbook marks on a 20,000-row appendix", () => {
  test("3,000 marks are written and restored in a bounded number of syncs", async () => {
    const { sheet, sync, port } = setup(largeAppendix);
    const rows = Array.from({ length: 1500 }, (_, i) => LARGE.firstTask + i * 13).filter((r) => (r - 7) % 1000 !== 0);
    const marks = marksFor(rows);
    const before = snapshot(sheet, marks);

    const states = await port.readCellStates(SHEET, marks);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    expect(states).toHaveLength(marks.length);

    sync.mockClear();
    await port.writeMarks(SHEET, marks);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    for (const m of [marks[0], marks[1], marks[marks.length - 1]]) {
      expect(sheet.cell(m.row, m.col)?.fill?.color).toBe(`#${m.color.slice(2)}`);
      expect(sheet.notes.get(m.row * 20000 + m.col)).toBe(m.note);
    }
    expect(sheet.notes.size).toBe(marks.length);
    expect(sheet.cell(LARGE.firstTask + 1, 5)?.fill).toBeUndefined();

    sync.mockClear();
    await port.restoreCellStates(SHEET, states);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    expect(snapshot(sheet, marks)).toEqual(before);
    expect(sheet.notes.size).toBe(0);
  });
});

describe("OfficeWorkbook.writeValues", () => {
  test("writes one rectangle per run of adjacent cells, in one sync, keeping text as text", async () => {
    const { book, sheet, sync, port } = setup(smallAppendix);
    const cells = [
      ...Array.from({ length: 20 }, (_, i) => ({ row: 8 + i, col: 7, value: i % 2 ? "Hoàn thành" : "Đang thực hiện" })),
      { row: 8, col: 9, value: "15/3/2026" },
      { row: 9, col: 9, value: "- Đã ban hành kế hoạch" },
      { row: 40, col: 2, value: 12 },
      { row: 41, col: 2, value: null },
    ];
    await port.writeValues(SHEET, cells);
    expect(sync.mock.calls.length).toBe(1);
    expect(book.log.filter((l) => l.startsWith("values")).sort()).toEqual([
      `values '${SHEET}'!B40:B41`,
      `values '${SHEET}'!G8:G27`,
      `values '${SHEET}'!I8:I9`,
    ]);
    expect(sheet.value(8, 7)).toBe("Đang thực hiện");
    expect(sheet.value(27, 7)).toBe("Hoàn thành");
    expect(sheet.cell(8, 9)).toMatchObject({ value: "15/3/2026", type: "String" });
    expect(sheet.cell(9, 9)).toMatchObject({ value: "- Đã ban hành kế hoạch", type: "String" });
    expect(sheet.cell(40, 2)).toMatchObject({ value: 12, type: "Double" });
    expect(sheet.value(41, 2)).toBe("");
    expect(sheet.value(SMALL.rows, 2)).toBe("Tỷ lệ hoàn thành");
  });
});
