/** What the import preview shows of each grid read: tasks, sections and lead agencies, by the core's own check. */
import { findAppendix, fold, type CheckOptions, type CheckResult, type Grid } from "../../core";

export interface ImportCandidate {
  readonly grid: Grid;
  /** Whether the core finds a task appendix in it. */
  readonly ok: boolean;
  readonly tasks: number;
  readonly sections: number;
  /** Distinct lead agencies (a directory entry counts once however it is spelt). */
  readonly leads: number;
}

export function candidateOf(
  grid: Grid,
  check: (g: Grid, o: CheckOptions) => CheckResult,
  o: CheckOptions,
): ImportCandidate {
  const res = check(grid, o);
  if (!res.ok) return { grid, ok: false, tasks: 0, sections: 0, leads: 0 };
  const leads = new Set<string>();
  for (const t of res.tasks) for (const m of t.lead) leads.add(m.agency ? `#${m.agency.id}` : fold(m.text));
  const { tasks, sections } = res.report.stats;
  return { grid, ok: true, tasks, sections, leads: leads.size };
}

/** The candidate shown first: the one the command line would choose, else the first. */
export function firstPick(candidates: readonly ImportCandidate[]): number {
  const found = findAppendix(candidates.map((c) => c.grid));
  const i = found ? candidates.findIndex((c) => c.grid === found.grid) : -1;
  return i >= 0 ? i : 0;
}
