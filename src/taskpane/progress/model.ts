/**
 * The rows of the progress table, from the core's completion report: what the pane shows, computed without React
 * so other surfaces can be compared with it. No figure is recomputed here.
 */
import {
  type AgencyCompletion,
  type CompletionReport,
  type IsoDate,
  lateness,
  type Lateness,
  PUBLIC_FIGURES,
  type PublicFigure,
  type TaskContext,
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
  /** Sheet rows behind each figure (the core's). */
  readonly taskRows: AgencyCompletion["taskRows"];
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
    taskRows: a.taskRows,
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

/** Where a task stands as of the date, as the core counted it (docs/completion.md). */
export type TaskStanding = "overdue" | "done" | "notYetDue" | "ongoing" | "conditional" | "unscheduled";

/** The order an agency's tasks are listed in: what needs doing first. */
const STANDINGS: readonly TaskStanding[] = ["overdue", "notYetDue", "done", "ongoing", "conditional", "unscheduled"];

export interface AgencyTask extends OverdueTask {
  readonly standing: TaskStanding;
  /** The due date (docs/completion.md), when the task has one. */
  readonly due?: IsoDate;
  /** For an overdue task: due today, or how many days late. */
  readonly lateness?: Lateness;
}

/**
 * Every task behind a row (an agency, or the total), with where it stands, its due date and, when overdue, how late
 * it is as of `asOf`: overdue first (latest first), then not yet due (soonest first), done, ongoing, waiting, and
 * those without a readable deadline. The standings are the core's figures, never worked out again here.
 */
export function agencyTasks(
  row: ProgressRow,
  tasks: readonly TaskContext[],
  asOf: IsoDate,
  columns: { readonly content?: number; readonly number?: number },
): AgencyTask[] {
  const byRow = new Map(tasks.map((t) => [t.task.row, t]));
  const col = columns.content ?? columns.number ?? 1;
  const out: AgencyTask[] = [];
  for (const standing of STANDINGS) {
    const list: AgencyTask[] = [];
    for (const r of row.taskRows[standing]) {
      const tc = byRow.get(r);
      const due = tc?.deadline?.due;
      list.push({
        row: r,
        label: tc?.task.label ?? "",
        content: tc?.task.cells.content?.text ?? "",
        col,
        standing,
        ...(due !== undefined ? { due } : {}),
        ...(standing === "overdue" && due !== undefined ? { lateness: lateness(due, asOf) } : {}),
      });
    }
    if (standing === "overdue" || standing === "notYetDue") {
      list.sort((a, b) => (a.due ?? "").localeCompare(b.due ?? "") || a.row - b.row);
    }
    out.push(...list);
  }
  return out;
}
