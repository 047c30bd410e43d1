/**
 * The task appendix of the Bình Định 2024 plan (Đề án 06), as it sits in a worksheet after a copy from the signed
 * document: title rows, the header repeated at every page break, two tasks split over a page break (6 and 38),
 * section headings merged across the row with their declared task counts, and HTML left in some cells.
 * Sheet row = index + 1 (row 5 is the header, row 7 the first task).
 *
 * Built from the seed rows of ../../fixtures/grids.ts: the three title lines, a blank row, then every line of the
 * seed table as it stands (HTML kept, a page break as a blank row, empty cells as "", trailing empty cells left
 * off).
 */
import type { LiteralCell } from "../../../src/core/grid";
import { BINH_DINH_2024_ROWS, BINH_DINH_2024_TITLES, type SeedCell } from "../../fixtures/grids";

function sheetLine(line: readonly SeedCell[] | null): LiteralCell[] {
  const cells = (line ?? []).map((c) => c ?? "");
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

export const SEED_2024: LiteralCell[][] = [
  ...BINH_DINH_2024_TITLES.map((t) => [t]),
  [],
  ...BINH_DINH_2024_ROWS.map(sheetLine),
];

/** Section headings are merged across the table, as in the original. */
export const SEED_2024_MERGES: string[] = ["A6:F6", "A18:F18", "A30:F30", "A36:F36", "A47:F47", "A56:F56", "A60:F60"];

/** Sheet row of each task of the seed, by task number. */
export function seedRow(task: number): number {
  const i = SEED_2024.findIndex((r) => r[0] === task);
  if (i < 0) throw new Error(`no task ${task} in the seed`);
  return i + 1;
}
