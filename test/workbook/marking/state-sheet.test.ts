import { joinChunks, splitChunks } from "../../../src/workbook/marking/chunks";
import { decodeState, encodeState, type StateRecord } from "../../../src/workbook/marking/state-sheet";

const FILL = JSON.stringify({ type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } });

describe("chunks", () => {
  it("splits long text into pieces that fit a cell and joins them back", () => {
    const s = "Rõ Việc ".repeat(10000); // 80,000 characters
    const pieces = splitChunks(s);
    expect(pieces.length).toBe(3);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(32767);
    expect(pieces.slice(1).every((p) => p.startsWith("~"))).toBe(true);
    expect(joinChunks(pieces)).toBe(s);
    expect(splitChunks("ngắn")).toEqual(["ngắn"]);
  });

  it("never cuts a surrogate pair", () => {
    const s = "a" + "😀".repeat(10);
    const pieces = splitChunks(s, 4);
    expect(joinChunks(pieces)).toBe(s);
    for (const p of pieces) expect(p.replace(/^~/, "")).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });
});

describe("state sheet encoding", () => {
  const records: StateRecord[] = [
    { sheet: "Phụ lục", row: 27, col: 5, fill: "null", note: null },
    { sheet: "2024", row: 49, col: 3, fill: FILL, note: "kiểm tra tên sở" },
    { sheet: "Phụ lục", row: 8, col: 2, fill: FILL, note: "=SUM(A1)".padEnd(70000, " dài") },
    { sheet: "Phụ lục", row: 9, col: 2, fill: "null", note: "" },
  ];

  it("round-trips every record, with long notes continued on the rows below", () => {
    const rows = encodeState(records);
    expect(rows[0]).toEqual(["sheet", "row", "col", "fill", "note"]);
    expect(rows[1]).toEqual(['"Phụ lục"', 27, 5, "null", "null"]);
    expect(rows[2]).toEqual(['"2024"', 49, 3, FILL, '"kiểm tra tên sở"']);
    expect(rows.length).toBe(7);
    for (const r of rows) for (const v of r) expect(String(v ?? "").length).toBeLessThanOrEqual(32767);
    // No cell can be read by Excel as a number, a date or a formula.
    for (const r of rows.slice(1)) for (const v of [r[0], r[3], r[4]]) if (v !== null) expect(v).toMatch(/^["{n~]/);
    expect(decodeState(rows)).toEqual(records);
  });

  it("reads back what Office hands over: numbers as numbers, sheet names as typed", () => {
    const rows = [
      ["sheet", "row", "col", "fill", "note"],
      ['"Phụ lục"', "27", 5.0, "null", '"x"'],
    ];
    expect(decodeState(rows)).toEqual([{ sheet: "Phụ lục", row: 27, col: 5, fill: "null", note: "x" }]);
  });

  it("skips rows it cannot read rather than restoring them wrongly", () => {
    const rows = [
      ["sheet", "row", "col", "fill", "note"],
      ['"Phụ lục"', 0, 5, "null", "null"],
      ['"Phụ lục"', 3, 5, "{broken", "null"],
      ['"Phụ lục"', 4, 5, "null", "42"],
      ['"Phụ lục"', 5, 5, "null", "null"],
    ];
    expect(decodeState(rows)).toEqual([{ sheet: "Phụ lục", row: 5, col: 5, fill: "null", note: null }]);
    expect(decodeState([])).toEqual([]);
  });
});
