/**
 * A prose task list written out as an appendix sheet: a title line, the header (the first name of each column in
 * the header vocabulary, so the table is read back exactly as it was written), section rows merged and bold, and
 * one row per task in the user's words. The same grid is checked by the core and written by the adapters.
 */
import type { HeaderVocabulary } from "../detect/vocabulary";
import { createGrid, type Grid } from "../grid";
import { TASK_COLUMNS } from "../types";
import type { ProseTable } from "./parse";

/** The columns of an appendix made from prose: the task columns, in their usual order. */
export const PROSE_COLUMNS = TASK_COLUMNS;

/** Where things are in the grid made from a prose table (1-based sheet rows). */
export interface ProseGridLayout {
  readonly titleRow?: number;
  readonly headerRow: number;
  /** The row numbering the columns "(1)", "(2)", … under the header, as signed appendices have it. */
  readonly numberRow: number;
  /** Sheet row of each row of the table, in order. */
  readonly rowOf: readonly number[];
}

export function proseGrid(
  table: ProseTable,
  headers: HeaderVocabulary,
  sheet = "Phụ lục",
): { grid: Grid; layout: ProseGridLayout } {
  const width = PROSE_COLUMNS.length;
  const rows: (string | null)[][] = [];
  const merges: string[] = [];
  const bold: string[] = [];
  const last = String.fromCharCode(64 + width);
  let titleRow: number | undefined;
  if (table.title !== undefined) {
    rows.push([table.title, ...Array<null>(width - 1).fill(null)]);
    titleRow = rows.length;
    merges.push(`A${titleRow}:${last}${titleRow}`);
    bold.push(`A${titleRow}`);
  }
  rows.push(PROSE_COLUMNS.map((k) => headers.lookedFor[k]?.[0] ?? k));
  const headerRow = rows.length;
  for (let c = 0; c < width; c++) bold.push(`${String.fromCharCode(65 + c)}${headerRow}`);
  rows.push(PROSE_COLUMNS.map((_, c) => `(${c + 1})`));
  const numberRow = rows.length;
  const rowOf: number[] = [];
  for (const r of table.rows) {
    if (r.kind === "section") {
      rows.push([r.number, r.text, ...Array<null>(width - 2).fill(null)]);
      const n = rows.length;
      merges.push(`B${n}:${last}${n}`);
      bold.push(`A${n}`, `B${n}`);
    } else rows.push([r.number, r.content, r.lead, r.coLead, r.deliverable, r.deadline]);
    rowOf.push(rows.length);
  }
  const grid = createGrid({ sheet, rows, merges, bold });
  return {
    grid,
    layout: titleRow === undefined ? { headerRow, numberRow, rowOf } : { titleRow, headerRow, numberRow, rowOf },
  };
}
