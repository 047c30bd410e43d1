/**
 * Random grids (header words, numbers, Roman numerals, HTML, odd values, merges) through detection and row
 * analysis: nothing throws, and what comes back is consistent with the grid.
 */
import fc from "fast-check";
import { createGrid } from "../../../src/core/grid";
import { analyzeRows, detectTable } from "../../../src/core/detect";
import { cellArbitrary, gridArbitrary } from "../../fixtures/arbitrary-grid";

const WORDS = [
  "STT",
  "TT",
  "Nội dung, nhiệm vụ cụ thể",
  "Nhiệm vụ",
  "Đơn vị chủ trì",
  "Chủ trì",
  "Phối hợp",
  "Đơn vị",
  "Kết quả sản phẩm",
  "Thời gian hoàn thành",
  "Tiến độ",
  "Tình trạng",
  "Đơn vị tính",
  "Mục tiêu",
  "Năm 2026",
  "Ghi chú",
  "(1)",
  "(2)",
  "I",
  "II.",
  "I. VỀ CÔNG TÁC CHỈ ĐẠO (08 NHIỆM VỤ)",
  "<b>STT</b>",
  "<p>Công an tỉnh</p>",
  "ngành, UBND các huyện",
  "Quý IV/2024",
  "Đã hoàn thành",
  "Nơi nhận:",
  "KT. CHỦ TỊCH",
  "1.",
  "a)",
  " ",
  "",
];

const cell = cellArbitrary({
  words: WORDS,
  wordWeight: 8,
  integers: { min: -3, max: 40 },
  dates: { min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true },
  errors: ["#REF!", "#N/A"],
  maxStringLength: 30,
});

const grid = gridArbitrary(
  cell,
  { maxRows: 25, cols: { min: 1, max: 8 }, mergeOverhang: 1, mergeHeight: 3, mergeWidth: 5 },
  (rows) => ({ headerRow: fc.option(fc.integer({ min: 0, max: rows + 1 }), { nil: undefined }) }),
);

describe("detection and row analysis on random grids", () => {
  it("never throw and stay consistent", () => {
    let tables = 0;
    let tasks = 0;
    fc.assert(
      fc.property(grid, ({ rows, merges, headerRow }) => {
        const g = createGrid({ rows, merges });
        for (const options of [{}, { headerRow }, { mapping: { content: 2, lead: "C" } }]) {
          const d = detectTable(g, options);
          if (!d.ok) {
            expect(d.failure.lookedFor.content?.length).toBeGreaterThan(0);
            continue;
          }
          const t = d.table;
          tables++;
          expect(t.headerRows[0]).toBe(t.headerRow);
          expect(t.firstRow).toBeGreaterThan(t.headerRows[t.headerRows.length - 1]);
          const a = analyzeRows(g, t);
          tasks += a.tasks.length;
          expect(a.rows.map((r) => r.row)).toEqual(
            Array.from({ length: Math.max(0, t.lastRow - t.firstRow + 1) }, (_, i) => t.firstRow + i),
          );
          for (const task of a.tasks) {
            expect(task.rows[0]).toBe(task.row);
            for (const r of task.rows) expect(r >= t.firstRow && r <= t.lastRow).toBe(true);
            if (task.section !== undefined) expect(a.sections[task.section]).toBeDefined();
            for (const c of Object.values(t.columns)) expect(task.cells[c!.key]).toBeDefined();
          }
          for (const r of a.rows)
            if (r.continues !== undefined) expect(a.tasks.some((x) => x.row === r.continues)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    // The grids are header-like often enough for the analysis to be exercised, not only the failures.
    expect(tables).toBeGreaterThan(40);
    expect(tasks).toBeGreaterThan(40);
  });
});
