/** Helpers for the agency rules: one key per agency after matching, and the cells that name agencies. */
import { foldWords } from "../../text";
import type { TaskContext } from "../../rule";
import type { AgencyMention, TaskCell } from "../../types";
import { cellState } from "./task";

/** The same agency gives the same key however it is written: its directory id, else its folded words. */
export function agencyKey(m: AgencyMention): string {
  return m.agency ? `id:${m.agency.id}` : `text:${foldWords(m.text)}`;
}

export interface AgencyCell {
  readonly key: "lead" | "coLead";
  readonly cell: TaskCell;
  readonly mentions: readonly AgencyMention[];
}

/** The lead and co-operating cells of a task that hold names (placeholders and error values skipped). */
export function agencyCells(tc: TaskContext): AgencyCell[] {
  const out: AgencyCell[] = [];
  const lead = tc.task.cells.lead;
  if (lead && cellState(lead) === "filled") out.push({ key: "lead", cell: lead, mentions: tc.lead });
  const coLead = tc.task.cells.coLead;
  if (coLead && cellState(coLead) === "filled") out.push({ key: "coLead", cell: coLead, mentions: tc.coLead });
  return out;
}
