/** Helpers for the agency rules: one key per agency after matching, and the cells that name agencies. */
import { foldWords } from "../../text";
import type { TaskContext } from "../../rule";
import type { AgencyEntry, AgencyMention, PlanPeriod, TaskCell } from "../../types";
import { cellState } from "./task";

/** The same agency gives the same key however it is written: its directory id, else its folded words. */
export function agencyKey(m: AgencyMention): string {
  const cache = m.agency ? idKeys : textKeys;
  const raw = m.agency ? m.agency.id : m.text;
  let key = cache.get(raw);
  if (key === undefined) {
    if (cache.size >= KEY_CACHE_SIZE) cache.clear();
    key = m.agency ? `id:${raw}` : `text:${foldWords(raw)}`;
    cache.set(raw, key);
  }
  return key;
}

/** Whether two mentions give the same `agencyKey` (without building the keys). */
export function sameAgency(a: AgencyMention, b: AgencyMention): boolean {
  if (a.agency || b.agency) return a.agency !== undefined && b.agency !== undefined && a.agency.id === b.agency.id;
  return a.text === b.text || foldWords(a.text) === foldWords(b.text);
}

/** Keys repeat on every row; they are remembered (in tables emptied when large, so memory stays bounded). */
const KEY_CACHE_SIZE = 20_000;
const idKeys = new Map<string, string>();
const textKeys = new Map<string, string>();

export interface AgencyCell {
  readonly key: "lead" | "coLead";
  readonly cell: TaskCell;
  readonly mentions: readonly AgencyMention[];
}

const NO_CELLS: readonly AgencyCell[] = Object.freeze([]);

/**
 * The lead and co-operating cells of a task that hold names (placeholders and error values skipped). Several rules
 * ask this of each task in turn as the engine walks the rows, so the last answer is kept (a task never changes).
 */
export function agencyCells(tc: TaskContext): readonly AgencyCell[] {
  if (tc === lastTask) return lastCells;
  const lead = tc.task.cells.lead;
  const coLead = tc.task.cells.coLead;
  const hasLead = lead !== undefined && cellState(lead) === "filled";
  const hasCoLead = coLead !== undefined && cellState(coLead) === "filled";
  let out: readonly AgencyCell[] = NO_CELLS;
  if (hasLead || hasCoLead) {
    const cells: AgencyCell[] = [];
    if (hasLead) cells.push({ key: "lead", cell: lead, mentions: tc.lead });
    if (hasCoLead) cells.push({ key: "coLead", cell: coLead, mentions: tc.coLead });
    out = cells;
  }
  lastTask = tc;
  lastCells = out;
  return out;
}

let lastTask: TaskContext | undefined;
let lastCells: readonly AgencyCell[] = NO_CELLS;

/**
 * Whether an agency had ceased to exist before the plan period began (what agency-defunct reports). Facts marked
 * uncertain never end an agency.
 */
export function endedBefore(agency: AgencyEntry, period: PlanPeriod | null): boolean {
  return period !== null && !agency.uncertain && agency.validUntil !== undefined && agency.validUntil < period.from;
}
