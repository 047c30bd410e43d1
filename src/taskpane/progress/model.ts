/**
 * The rows of the progress table, from the core's completion report: what the pane shows, computed without React
 * so other surfaces can be compared with it. No figure is recomputed here.
 */
import {
  type AgencyCompletion,
  type CompletionReport,
  PUBLIC_FIGURES,
  type PublicFigure,
  type TaskRecord,
} from "../../core";

export type SortKey = "agency" | PublicFigure | "rate";
export type SortDirection = "ascending" | "descending";

export const PROGRESS_COLUMNS: readonly SortKey[] = ["agency", ...PUBLIC_FIGURES, "rate"];

export interface ProgressRow {
  /** Stable key: the position in the core's report ("total" for the total row). */
  readonly key: string;
  readonly agency: string;
  readonly collective: boolean;
  readonly known: boolean;
  readonly figures: Readonly<Record<PublicFigure, number>>;
  readonly rate: number | null;
  /** Sheet rows of the overdue tasks. */
  readonly overdueRows: readonly number[];
}

function toRow(key: string, a: AgencyCompletion): ProgressRow {
  const figures = Object.fromEntries(PUBLIC_FIGURES.map((f) => [f, a[f]])) as Record<PublicFigure, number>;
  return {
    key,
    agency: a.agency,
    collective: a.collective,
    known: a.known,
    figures,
    rate: a.rate,
    overdueRows: a.taskRows.overdue,
  };
}

/** One row per agency, in the report's order, and the total row (distinct tasks). */
export function progressRows(completion: CompletionReport): { rows: ProgressRow[]; total: ProgressRow } {
  return {
    rows: completion.agencies.map((a, i) => toRow(String(i), a)),
    total: toRow("total", completion.total),
  };
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

function valueOf(r: ProgressRow, key: SortKey): number | string | null {
  if (key === "agency") return r.agency;
  if (key === "rate") return r.rate;
  return r.figures[key];
}

/** Rows sorted by a column; rows without a rate go last either way; ties keep the report's order. */
export function sortRows(rows: readonly ProgressRow[], key: SortKey, direction: SortDirection): ProgressRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const va = valueOf(a.r, key);
      const vb = valueOf(b.r, key);
      if (va === null || vb === null) return va === vb ? a.i - b.i : va === null ? 1 : -1;
      const c = typeof va === "string" ? collator.compare(va, String(vb)) : va - Number(vb);
      return c * sign || a.i - b.i;
    })
    .map((x) => x.r);
}

export interface OverdueTask {
  readonly row: number;
  readonly label: string;
  readonly content: string;
  /** Column to select when jumping to the task (its content, else its number). */
  readonly col: number;
}

/** The overdue tasks behind a row, with labels and content from the analysed table. */
export function overdueTasks(
  row: ProgressRow,
  tasks: readonly TaskRecord[],
  columns: { readonly content?: number; readonly number?: number },
): OverdueTask[] {
  const byRow = new Map(tasks.map((t) => [t.row, t]));
  const col = columns.content ?? columns.number ?? 1;
  return row.overdueRows.map((r) => {
    const t = byRow.get(r);
    return { row: r, label: t?.label ?? "", content: t?.cells.content?.text ?? "", col };
  });
}
