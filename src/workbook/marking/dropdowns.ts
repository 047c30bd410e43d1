/**
 * "Tạo danh sách chọn": Excel data validation on the appendix, so that names and dates are right when typed — the
 * lead and co-operating columns offer the agency directory (the built-in one, the user's, and the workbook's own
 * "Danh mục cơ quan" sheet), the status column the status vocabulary's dropdown words, completion-date cells a date
 * rule. "Xóa danh sách chọn" removes them, leaving every cell as it was. Written only against the WorkbookPort.
 *
 * - The entries go into a very hidden sheet Rõ Việc creates (listed in the state sheet like its other sheets) and
 *   each list points at its range: an inline list is capped at 255 characters, a directory is not.
 * - A cell that already holds a validation of its own is never touched; it is counted as left alone.
 * - The cells given a validation are recorded in the state sheet; removing clears exactly those, and only while
 *   they still hold Rõ Việc's rule (a rule the user put there since stays).
 *
 * Why each alert (docs/dropdowns.md): co-operating cells name several agencies, which no list entry equals, so
 * there the list is offered and never objects ("none"); a lead or a status not in the list gets a warning the
 * clerk can confirm (a body new to the directory, "Đã hoàn thành (Quyết định số 12)"); a completion date that is
 * not a date is refused ("stop"), since only a real date counts in the figures.
 */
import {
  columnLetter,
  entriesFromSheetRows,
  fold,
  parseRange,
  rangeAddress,
  SHEET_NAME,
  statusVocabulary,
  type AgencyEntry,
  type CellRange,
  type CheckResult,
  type Lang,
} from "../../core";
import { translate, type MessageKey } from "../../i18n";
import type { PlainValue, ValidationRule, ValidationSpec, ValidationWrite, WorkbookPort } from "../port";
import { cellCount, columnRuns, singleCells, subtract } from "../ranges";
import { createdSheets, planSheet } from "./own-sheets";
import { readMarkingState, writeState, type DropdownKind, type DropdownRecord } from "./state-sheet";

/** The very hidden sheet holding the lists' entries, one column per list. */
export const LISTS_SHEET = "_RoViec_Lists";

/** The dates a completion-date cell accepts: any real date of this century (a typo like 20244 or text is refused). */
export const DATE_RULE = { from: "2000-01-01", to: "2099-12-31" } as const;

export type CheckedTable = Pick<Extract<CheckResult, { ok: true }>, "analysis" | "planPeriod" | "directory">;

export interface DropdownTarget {
  readonly kind: DropdownKind;
  readonly ranges: readonly CellRange[];
}

export interface DropdownPlan {
  readonly sheet: string;
  readonly targets: readonly DropdownTarget[];
  /** The entries of each list (lead, co-operating, status). */
  readonly lists: Readonly<Partial<Record<DropdownKind, readonly string[]>>>;
}

export interface DropdownResult {
  /** Cells given a list or a rule. */
  readonly cells: number;
  /** Cells that already held a validation of their own: left as they were. */
  readonly leftAlone: number;
  /** The columns that got one, in table order. */
  readonly kinds: readonly DropdownKind[];
}

export interface RemoveResult {
  /** Cells whose validation was removed. */
  readonly cleared: number;
  /** Cells whose validation the user changed since: left as they are. */
  readonly changed: number;
}

const KINDS: readonly DropdownKind[] = ["lead", "coLead", "status", "completionDate"];
/** Rows of the body that take an entry: tasks, their continuation rows, empty rows (not sections or headers). */
const ENTRY_ROWS = new Set(["task", "continuation", "blank"]);

const ALERTS: Readonly<Record<DropdownKind, ValidationSpec["alert"]>> = {
  lead: "warning",
  coLead: "none",
  status: "warning",
  completionDate: "stop",
};

function byName(a: string, b: string): number {
  return a.localeCompare(b, "vi");
}

/** Canonical names in force during the plan period (all when it is unknown), once each, in Vietnamese order. */
function agencyNames(entries: readonly AgencyEntry[], checked: CheckedTable, collective: boolean): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of entries) {
    if (e.uncertain || (e.collective && !collective)) continue;
    if (checked.planPeriod && !checked.directory.existedDuring(e, checked.planPeriod)) continue;
    const k = fold(e.name);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e.name);
  }
  return out.sort(byName);
}

/**
 * What "Tạo danh sách chọn" would write on a checked table: the entry rows of each column it covers, and the
 * entries of each list. `ownAgencies`: the workbook's "Danh mục cơ quan" entries (added to the directory's).
 */
export function planDropdowns(checked: CheckedTable, ownAgencies: readonly AgencyEntry[] = []): DropdownPlan {
  const { analysis } = checked;
  const table = analysis.table;
  const rows = analysis.rows
    .filter((r) => ENTRY_ROWS.has(r.kind) && r.row >= table.firstRow && r.row <= table.lastRow)
    .map((r) => r.row);
  const targets: DropdownTarget[] = [];
  for (const kind of KINDS) {
    const col = table.columns[kind]?.col;
    if (col !== undefined && rows.length > 0) targets.push({ kind, ranges: columnRuns(col, rows) });
  }
  const entries = [...ownAgencies, ...checked.directory.entries];
  const status = statusVocabulary().data.dropdown ?? [];
  return {
    sheet: analysis.grid.sheet,
    targets,
    lists: {
      lead: agencyNames(entries, checked, false),
      coLead: agencyNames(entries, checked, true),
      ...(status.length > 0 ? { status } : {}),
    },
  };
}

/** The workbook's own "Danh mục cơ quan" entries (none when it has no such sheet). */
export async function workbookAgencies(port: WorkbookPort): Promise<AgencyEntry[]> {
  const rows = await port.readSheet(SHEET_NAME);
  return rows ? entriesFromSheetRows(rows).entries : [];
}

/** "'_RoViec_Lists'!$B$1:$B$120". */
function listSource(sheet: string, col: number, length: number): string {
  const c = columnLetter(col);
  return `'${sheet.replace(/'/g, "''")}'!$${c}$1:$${c}$${length}`;
}

/** A reference compared as Excel may give it back: with or without "=", "$" and the quotes around the sheet. */
function normalRef(s: string): string {
  let t = s.trim().replace(/^=/, "").replace(/\$/g, "");
  const bang = t.lastIndexOf("!");
  if (bang > 0) {
    let sheet = t.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    t = `${sheet}!${t.slice(bang + 1)}`;
  }
  return t.normalize("NFC").toLocaleLowerCase("vi");
}

/** True when a rule read back from a cell is the one Rõ Việc wrote. */
export function sameRule(a: ValidationRule, b: ValidationRule): boolean {
  if (a.type === "list" && b.type === "list") return normalRef(a.source) === normalRef(b.source);
  if (a.type === "date" && b.type === "date")
    return a.from.slice(0, 10) === b.from.slice(0, 10) && a.to.slice(0, 10) === b.to.slice(0, 10);
  return false;
}

function spec(kind: DropdownKind, rule: ValidationRule, lang: Lang): ValidationSpec {
  const k = (part: "title" | "message"): MessageKey => `dropdowns.${kind}.${part}` as MessageKey;
  return {
    rule,
    alert: ALERTS[kind],
    title: translate(lang, k("title")).slice(0, 32),
    message: translate(lang, k("message")).slice(0, 255),
  };
}

/** The columns of the lists sheet that other sheets' lists still use, with their entries. */
function keptColumns(rows: PlainValue[][] | undefined, kept: readonly DropdownRecord[]): Map<number, PlainValue[]> {
  const out = new Map<number, PlainValue[]>();
  for (const d of kept) {
    if (d.list < 1) continue;
    out.set(
      d.list,
      (rows ?? []).map((r) => r[d.list - 1] ?? null),
    );
  }
  return out;
}

/**
 * Writes the dropdown lists and the date rule on the checked table of `sheet`. Dropdowns written earlier on that
 * sheet are removed first; cells holding a validation of the user's are left alone (and counted).
 */
export async function createDropdowns(port: WorkbookPort, checked: CheckedTable, lang: Lang): Promise<DropdownResult> {
  const sheet = checked.analysis.grid.sheet;
  await removeDropdowns(port, sheet);
  const plan = planDropdowns(checked, await workbookAgencies(port));
  const all = plan.targets.flatMap((t) => t.ranges);
  const taken = all.length > 0 ? await port.validatedCells(sheet, all) : [];
  let leftAlone = 0;
  const targets: DropdownTarget[] = [];
  for (const t of plan.targets) {
    if (t.kind !== "completionDate" && (plan.lists[t.kind]?.length ?? 0) === 0) continue;
    const free = subtract(t.ranges, taken);
    leftAlone += free.removed;
    if (free.ranges.length > 0) targets.push({ kind: t.kind, ranges: free.ranges });
  }
  if (targets.length === 0) return { cells: 0, leftAlone, kinds: [] };

  const state = await readMarkingState(port);
  const present = (await port.listSheets()).map((s) => s.name);
  const kept = (state.dropdowns ?? []).filter((d) => d.sheet !== sheet && present.includes(d.sheet));
  const listsPlan = planSheet(state, present, "lists", LISTS_SHEET);
  const oldLists = createdSheets(state, present).find((c) => c.role === "lists");
  const columns = keptColumns(oldLists ? await port.readSheet(oldLists.name) : undefined, kept);

  const records: DropdownRecord[] = [];
  for (const t of targets) {
    let rule: ValidationRule;
    let list = 0;
    if (t.kind === "completionDate") rule = { type: "date", ...DATE_RULE };
    else {
      const entries = plan.lists[t.kind] ?? [];
      list = 1;
      while (columns.has(list)) list++;
      columns.set(list, [...entries]);
      rule = { type: "list", source: listSource(listsPlan.name, list, entries.length) };
    }
    records.push({ sheet, kind: t.kind, list, rule, ranges: t.ranges.map(rangeAddress) });
  }

  // Recorded first, so that an interrupted run can still be removed.
  const dropdowns = [...kept, ...records];
  await writeState(port, state.records, listsPlan.created, state.accepted, dropdowns);
  for (const name of listsPlan.remove) await port.deleteSheet(name);
  await port.writeSheet({ name: listsPlan.name, rows: listRows(columns), hidden: true });
  const writes: ValidationWrite[] = records.map((r, i) => ({
    ranges: targets[i].ranges,
    spec: spec(r.kind, r.rule, lang),
  }));
  await port.writeValidations(sheet, writes);
  return { cells: cellCount(targets.flatMap((t) => t.ranges)), leftAlone, kinds: targets.map((t) => t.kind) };
}

function listRows(columns: ReadonlyMap<number, readonly PlainValue[]>): PlainValue[][] {
  const width = Math.max(0, ...columns.keys());
  const height = Math.max(0, ...[...columns.values()].map((c) => c.length));
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => columns.get(c + 1)?.[r] ?? null),
  );
}

function ranges(record: DropdownRecord): CellRange[] {
  return record.ranges.map((a) => parseRange(a)).filter((r): r is CellRange => r !== undefined);
}

/**
 * Removes the dropdown lists and date rules Rõ Việc wrote on `sheet` (every sheet when not given): each cell gets
 * back the "no validation" it had, unless the user put a rule of their own there since. The lists sheet goes with
 * the last of them.
 */
export async function removeDropdowns(port: WorkbookPort, sheet?: string): Promise<RemoveResult> {
  const state = await readMarkingState(port);
  const dropdowns = state.dropdowns ?? [];
  if (dropdowns.length === 0) return { cleared: 0, changed: 0 };
  const present = (await port.listSheets()).map((s) => s.name);
  const gone = dropdowns.filter((d) => (sheet === undefined || d.sheet === sheet) && present.includes(d.sheet));
  const kept = dropdowns.filter((d) => present.includes(d.sheet) && !gone.includes(d));
  let cleared = 0;
  let changed = 0;
  for (const name of new Set(gone.map((d) => d.sheet))) {
    const mine = gone.filter((d) => d.sheet === name);
    const items = mine.flatMap((d) => ranges(d).map((range) => ({ range, rule: d.rule })));
    const states = await port.readValidations(
      name,
      items.map((i) => i.range),
    );
    const clear: CellRange[] = [];
    const mixed: { range: CellRange; rule: ValidationRule }[] = [];
    items.forEach((item, i) => {
      const s = states[i];
      if (s?.kind === "rule" && sameRule(s.rule, item.rule)) clear.push(item.range);
      else if (s?.kind === "mixed")
        for (const c of singleCells([item.range])) mixed.push({ range: c, rule: item.rule });
      else changed += cellCount([item.range]);
    });
    if (mixed.length > 0) {
      const cellStates = await port.readValidations(
        name,
        mixed.map((m) => m.range),
      );
      mixed.forEach((m, i) => {
        const s = cellStates[i];
        if (s?.kind === "rule" && sameRule(s.rule, m.rule)) clear.push(m.range);
        else changed++;
      });
    }
    if (clear.length > 0) await port.clearValidations(name, clear);
    cleared += cellCount(clear);
  }
  const ownLists = createdSheets(state, present).filter((c) => c.role === "lists");
  const created = kept.length > 0 ? state.created : state.created.filter((c) => c.role !== "lists");
  await writeState(port, state.records, created, state.accepted, kept);
  if (kept.length === 0) for (const c of ownLists) if (present.includes(c.name)) await port.deleteSheet(c.name);
  return { cleared, changed };
}
