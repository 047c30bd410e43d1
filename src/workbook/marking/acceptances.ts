/**
 * The findings the user accepted ("Chấp nhận"), kept in the workbook's state sheet beside the marks, read and
 * written through the WorkbookPort only — so Excel and an .xlsx file read by the command line honour the same
 * acceptances. Which finding an acceptance hides, and when it lapses, is the core's (src/core/acceptance.ts).
 */
import { acceptanceKey, type Acceptance } from "../../core";
import type { WorkbookPort } from "../port";
import { readMarkingState, writeState } from "./state-sheet";

/** The acceptances stored in the workbook (none when it has no state sheet). */
export async function readAcceptances(port: WorkbookPort): Promise<Acceptance[]> {
  return (await readMarkingState(port)).accepted;
}

/**
 * Replaces the stored acceptances by `next(stored)`, keeping the marks' records and the created sheets as they are;
 * one acceptance per finding (a later one replaces an earlier one of the same finding).
 */
async function updateAcceptances(
  port: WorkbookPort,
  next: (stored: readonly Acceptance[]) => readonly Acceptance[],
): Promise<Acceptance[]> {
  const state = await readMarkingState(port);
  const byKey = new Map<string, Acceptance>();
  for (const a of next(state.accepted)) byKey.set(acceptanceKey(a), a);
  const accepted = [...byKey.values()];
  await writeState(port, state.records, state.created, accepted, state.dropdowns);
  return accepted;
}

/** Stores acceptances (made by the core's `acceptFinding`); returns every acceptance now stored. */
export function addAcceptances(port: WorkbookPort, added: readonly Acceptance[]): Promise<Acceptance[]> {
  return updateAcceptances(port, (stored) => [...stored, ...added]);
}

/** Removes acceptances ("Bỏ chấp nhận"); returns every acceptance still stored. */
export function revokeAcceptances(port: WorkbookPort, revoked: readonly Acceptance[]): Promise<Acceptance[]> {
  const gone = new Set(revoked.map(acceptanceKey));
  return updateAcceptances(port, (stored) => stored.filter((a) => !gone.has(acceptanceKey(a))));
}
