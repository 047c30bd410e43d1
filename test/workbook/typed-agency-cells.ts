/**
 * Agency cells holding a number, a date or TRUE, as both adapters must read them (office/read-grid.test.ts through
 * Office.js, xlsx/read-grid.test.ts from a file): the rows, with the date as each source holds one (C4: 1 March
 * 2024), and what the grid and the check must say of them.
 */
import { checkGrid } from "../../src/core/engine";
import { rawCell, type Grid } from "../../src/core/grid";
import { TASK_HEADER } from "../fixtures/grids";

/** The sheet's rows; `date` is C4 as the source writes a date. */
export function typedAgencyRows<D>(date: D): Array<Array<string | number | boolean | D>> {
  return [
    ["KẾ HOẠCH NĂM 2024"],
    [...TASK_HEADER],
    [1, "Xây dựng kế hoạch kiểm tra", 5, "Sở Tài chính", "Kế hoạch", "Tháng 6/2024"],
    [2, "Rà soát văn bản", date, true, "Báo cáo", "Tháng 6/2024"],
  ];
}

/** The cells keep their type, and the check reports them as naming no agency. */
export function expectTypedAgencyCells(grid: Grid): void {
  expect([rawCell(grid, 3, 3), rawCell(grid, 4, 3), rawCell(grid, 4, 4)]).toEqual([
    { kind: "number", value: 5 },
    { kind: "date", iso: "2024-03-01" },
    { kind: "boolean", value: true },
  ]);
  const result = checkGrid(grid, {});
  if (!result.ok) throw new Error(result.message);
  expect(result.report.findings.filter((f) => f.messageId === "not-a-name").map((f) => [f.rule, f.cell])).toEqual([
    ["missing-lead", "C3"],
    ["missing-lead", "C4"],
    ["missing-co-lead", "D4"],
  ]);
}
