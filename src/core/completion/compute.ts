/**
 * Target versus actual per agency, as of a date — the figures of docs/completion.md, computed once for the task
 * pane, the summary sheet, the command line and the worksheet functions.
 *
 * Per task: its due date comes from the resolved deadline (`Deadline.due`, already the indicative date of a
 * conditional deadline, the milestone of a continuous one, the earliest of several milestones); its state from
 * the progress columns (state.ts). Then:
 * - a task with a due date is `due` when the date is on or before the as-of date, else `notYetDue`;
 *   a due task is `done` or `overdue`; a done due task is `onTime`, `late`, or neither (no completion date);
 *   a done task that is not yet due counts in `notYetDue` only;
 * - without a due date: recurring and continuous tasks are `ongoing`, conditional ones `conditional`;
 * - a deadline that was not understood (or is missing) counts in `assigned` only (`unscheduled`): there is
 *   nothing to measure it against, and its `deadline-unparsed` / `missing-deadline` finding says why.
 */
import type { AgencyDirectory } from "../agencies/directory";
import type { TaskContext } from "../rule";
import { foldWords } from "../text";
import type { AgencyMention, Analysis, IsoDate } from "../types";
import { yearOf } from "../dates";
import { evaluateIndicators, type IndicatorReport } from "./indicators";
import { PUBLIC_FIGURES } from "./labels";
import { taskState } from "./state";
import { statusVocabulary, type StatusVocabulary } from "./vocabulary";

/** Every figure: the public ones, and "unscheduled" (tasks with no deadline that can be read). */
export const FIGURES = [...PUBLIC_FIGURES, "unscheduled"] as const;
export type Figure = (typeof FIGURES)[number];

export type CompletionCounts = Readonly<Record<Figure, number>>;
export type CompletionRows = Readonly<Record<Figure, readonly number[]>>;

export interface AgencyCompletion extends CompletionCounts {
  /** Canonical name; the user's text for an agency the directory does not know; "Tổng cộng" for the total. */
  readonly agency: string;
  /** A collective name ("Các sở, ban, ngành"), shown as its own row. */
  readonly collective: boolean;
  /** Matched in the agency directory. */
  readonly known: boolean;
  /** done ÷ due, 0..1; null when nothing is due. */
  readonly rate: number | null;
  /** Sheet rows (task start rows) behind each figure, in table order. */
  readonly taskRows: CompletionRows;
}

export interface CompletionReport {
  readonly asOf: IsoDate;
  /** One row per agency, most tasks first, then by name (Vietnamese order). */
  readonly agencies: readonly AgencyCompletion[];
  /** Distinct tasks (a task led jointly counts once). */
  readonly total: AgencyCompletion;
  /** Rows of tasks whose lead cell names no agency (counted in the total only). */
  readonly withoutLead: readonly number[];
  /** Indicator tables (appendix I style): targets against actuals for the as-of year. */
  readonly indicators?: IndicatorReport;
}

export interface CompletionInput {
  readonly tasks: readonly TaskContext[];
  readonly analysis: Analysis;
  readonly asOf: IsoDate;
  /** Defaults to the shipped vocabulary. */
  readonly vocabulary?: StatusVocabulary;
  /** For indicator tables: tracking agencies are matched with it. */
  readonly directory?: AgencyDirectory;
  /** For indicator tables: the target year; defaults to the as-of year. */
  readonly year?: number;
}

export const TOTAL_LABEL = "Tổng cộng";

class Tally {
  readonly rows: Record<Figure, number[]> = {
    assigned: [],
    due: [],
    done: [],
    onTime: [],
    late: [],
    overdue: [],
    notYetDue: [],
    ongoing: [],
    conditional: [],
    unscheduled: [],
  };
  constructor(
    readonly agency: string,
    readonly collective: boolean,
    readonly known: boolean,
  ) {}

  add(row: number, figures: readonly Figure[]): void {
    for (const f of figures) this.rows[f].push(row);
  }

  result(): AgencyCompletion {
    const r = this.rows;
    const due = r.due.length;
    return {
      agency: this.agency,
      collective: this.collective,
      known: this.known,
      assigned: r.assigned.length,
      due,
      done: r.done.length,
      onTime: r.onTime.length,
      late: r.late.length,
      overdue: r.overdue.length,
      notYetDue: r.notYetDue.length,
      ongoing: r.ongoing.length,
      conditional: r.conditional.length,
      unscheduled: r.unscheduled.length,
      rate: due === 0 ? null : r.done.length / due,
      taskRows: r,
    };
  }
}

/** The figures one task counts in, as of `asOf`. */
export function taskFigures(tc: TaskContext, asOf: IsoDate, vocabulary: StatusVocabulary): Figure[] {
  const figures: Figure[] = ["assigned"];
  const d = tc.deadline;
  if (d?.due !== undefined) {
    if (d.due > asOf) {
      figures.push("notYetDue");
      return figures;
    }
    figures.push("due");
    const s = taskState(tc.task, vocabulary);
    if (s.state !== "done") {
      figures.push("overdue");
      return figures;
    }
    figures.push("done");
    if (s.completedOn !== undefined) figures.push(s.completedOn <= d.due ? "onTime" : "late");
    return figures;
  }
  if (d?.kind === "recurring" || d?.kind === "continuous") figures.push("ongoing");
  else if (d?.kind === "conditional") figures.push("conditional");
  // unparsed, empty or absent: nothing to measure against (assigned only).
  else figures.push("unscheduled");
  return figures;
}

/** One key per agency however it is written: the canonical name, else the folded words of the text. */
function keyOf(m: AgencyMention, cache: Map<string, string>): string {
  const raw = m.agency ? `a:${m.agency.name}` : `t:${m.text}`;
  let key = cache.get(raw);
  if (key === undefined) {
    key = m.agency ? `a:${foldWords(m.agency.name)}` : `t:${foldWords(m.text)}`;
    cache.set(raw, key);
  }
  return key;
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

function byAssignedThenName(a: AgencyCompletion, b: AgencyCompletion): number {
  return b.assigned - a.assigned || collator.compare(a.agency, b.agency);
}

const EMPTY_TOTAL = (): Tally => new Tally(TOTAL_LABEL, false, true);

/** Completion per agency and in total, as of a date (and indicator results for indicator tables). */
export function computeCompletion(input: CompletionInput): CompletionReport {
  const { asOf } = input;
  if (input.analysis.table.kind === "indicators") {
    const year = input.year ?? yearOf(asOf);
    return {
      asOf,
      agencies: [],
      total: EMPTY_TOTAL().result(),
      withoutLead: [],
      indicators: evaluateIndicators(input.analysis, year, input.directory),
    };
  }
  const vocabulary = input.vocabulary ?? statusVocabulary();
  const total = EMPTY_TOTAL();
  const tallies = new Map<string, Tally>();
  const withoutLead: number[] = [];
  const seen = new Set<string>();
  const keys = new Map<string, string>();

  for (const tc of input.tasks) {
    const row = tc.task.row;
    const figures = taskFigures(tc, asOf, vocabulary);
    total.add(row, figures);
    seen.clear();
    for (const m of tc.lead) {
      if (m.text.trim() === "" && !m.agency) continue;
      const key = keyOf(m, keys);
      if (seen.has(key)) continue; // the same agency named twice in one cell counts once
      seen.add(key);
      let t = tallies.get(key);
      if (!t) {
        t = new Tally(m.agency?.name ?? m.text.trim(), m.collective || !!m.agency?.collective, !!m.agency);
        tallies.set(key, t);
      }
      t.add(row, figures);
    }
    if (seen.size === 0) withoutLead.push(row);
  }

  const agencies = [...tallies.values()].map((t) => t.result()).sort(byAssignedThenName);
  return { asOf, agencies, total: total.result(), withoutLead };
}
