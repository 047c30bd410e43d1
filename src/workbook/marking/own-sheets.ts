/**
 * The sheets Rõ Việc creates (findings list, summary) and only those: a sheet of the user's that happens to carry
 * the name Rõ Việc would use is never replaced, renamed or removed — Rõ Việc takes the next free name instead
 * ("Rõ Việc – Kết quả (2)") — and every sheet it created is listed in the state sheet, so clearing removes it.
 */
import type { SheetSpec, WorkbookPort } from "../port";
import { readMarkingState, writeState, type CreatedSheet, type MarkingState, type SheetRole } from "./state-sheet";
import { FINDINGS_SHEETS } from "./strings";

/** Excel's limit on a sheet name's length. */
const MAX_NAME = 31;

/** Excel compares sheet names without regard to case. */
const key = (name: string): string => name.normalize("NFC").toLocaleLowerCase("vi");

/**
 * The sheets the state says Rõ Việc created. A state sheet written before created sheets were listed (it holds
 * cell records only) came with the findings list under its fixed name, so that one counts as created then.
 */
export function createdSheets(state: MarkingState, present: readonly string[]): CreatedSheet[] {
  if (!state.present || state.created.length > 0) return state.created;
  return present.filter((n) => FINDINGS_SHEETS.includes(n)).map((name) => ({ name, role: "findings" as const }));
}

/** `preferred`, or `preferred (2)`, `(3)`… — the first name no sheet outside `ours` holds. */
export function freeName(preferred: string, taken: ReadonlySet<string>): string {
  if (!taken.has(key(preferred))) return preferred;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = preferred.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!taken.has(key(name))) return name;
  }
}

export interface SheetPlan {
  /** Name to write the sheet under. */
  readonly name: string;
  /** Sheets Rõ Việc created earlier in the same role under another name: removed before writing. */
  readonly remove: readonly string[];
  /** The created sheets to keep in the state sheet, this one included. */
  readonly created: readonly CreatedSheet[];
}

/** Where a sheet of `role` goes: its own earlier sheet is replaced, a sheet of the user's is never touched. */
export function planSheet(
  state: MarkingState,
  present: readonly string[],
  role: SheetRole,
  preferred: string,
): SheetPlan {
  const ours = createdSheets(state, present);
  const presentKeys = new Set(present.map(key));
  const existing = ours.filter((c) => presentKeys.has(key(c.name)));
  const oursKeys = new Set(existing.map((c) => key(c.name)));
  const taken = new Set(present.map(key).filter((k) => !oursKeys.has(k)));
  // Another role's sheet of ours keeps its name too.
  for (const c of existing) if (c.role !== role) taken.add(key(c.name));
  const name = freeName(preferred, taken);
  const remove = existing.filter((c) => c.role === role && key(c.name) !== key(name)).map((c) => c.name);
  const created = [...existing.filter((c) => c.role !== role), { name, role }];
  return { name, remove, created };
}

/**
 * Writes a sheet of `role` through the port (under `spec.name`, or the next free name when a sheet of the user's
 * holds it), recording it in the state sheet first so that an interrupted run can still be cleared. Returns
 * the name written.
 */
export async function writeOwnSheet(port: WorkbookPort, role: SheetRole, spec: SheetSpec): Promise<string> {
  const state = await readMarkingState(port);
  const present = (await port.listSheets()).map((s) => s.name);
  const plan = planSheet(state, present, role, spec.name);
  await writeState(port, state.records, plan.created, state.accepted, state.dropdowns);
  for (const name of plan.remove) await port.deleteSheet(name);
  await port.writeSheet({ ...spec, name: plan.name });
  return plan.name;
}
