/** Helpers for the agency rules: one key per agency after matching, and the cells that name agencies. */
import { foldWords } from "../../text";
import type { Descriptor, RuleHooks, TaskContext } from "../../rule";
import type { AgencyEntry, AgencyMention, Fix, PlanPeriod, TaskCell, TaskRecord } from "../../types";
import { cellState, rowOfText } from "./task";

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

/**
 * Findings said once per document: the first occurrence of a key is the finding, later rows become its `related`
 * rows (a row is listed once). Rules collect in their row hook and report in their end hook.
 */
export class OncePerDocument {
  private readonly groups = new Map<
    string,
    { descriptor: Descriptor; rows: Set<number>; related: Array<{ row: number; task: string }> }
  >();

  /**
   * When `key` already has its finding, records `row` among its related rows (once) and returns true: the caller
   * then need not build a descriptor that would be dropped. `task` is the task on that row.
   */
  repeat(key: string, row: number, task: TaskRecord): boolean {
    const g = this.groups.get(key);
    if (!g) return false;
    if (!g.rows.has(row)) {
      g.rows.add(row);
      g.related.push({ row, task: task.label || task.number || "" });
    }
    return true;
  }

  add(key: string, descriptor: Descriptor): void {
    const g = this.groups.get(key);
    if (!g) {
      this.groups.set(key, { descriptor, rows: new Set([descriptor.row]), related: [] });
      return;
    }
    if (g.rows.has(descriptor.row)) return;
    g.rows.add(descriptor.row);
    g.related.push({ row: descriptor.row, task: descriptor.task?.label || descriptor.task?.number || "" });
  }

  flush(report: (d: Descriptor) => void): void {
    for (const g of this.groups.values()) {
      report(g.related.length > 0 ? { ...g.descriptor, related: g.related } : g.descriptor);
    }
    this.groups.clear();
  }
}

/** What a rule about agency names says of each name in the lead and co-operating cells (see `oncePerName`). */
export interface NameCheck {
  /** The key the same finding on other rows shares, or undefined when the name is fine. */
  key(m: AgencyMention): string | undefined;
  /**
   * The finding of the key's first name (its row, column and task are added): `fixTo(name)` is the fix that writes
   * `name` in place of this one, at its place in the cell.
   */
  finding(
    m: AgencyMention,
    task: TaskRecord,
    fixTo: (name: string) => Fix | undefined,
  ): Omit<Descriptor, "row" | "col" | "task">;
}

/**
 * The hooks of a rule about agency names: every name of every task is checked, and each key is one finding per
 * document, on the row of its first name, the other rows related (`OncePerDocument`), reported at the end.
 */
/**
 * The fix writing a name in place of mention `i` of a cell. Made outside the loops over the names: a function
 * made inside them would hold their variables, and every turn of the loops would then allocate (three rules,
 * every name of 100,000 tasks).
 */
function fixer(cell: TaskCell, mentions: readonly AgencyMention[], i: number): (name: string) => Fix | undefined {
  return (name) => agencyFix(cell, mentions, i, name);
}

export function oncePerName(report: (d: Descriptor) => void, check: NameCheck): RuleHooks {
  const once = new OncePerDocument();
  return {
    row(event) {
      const tc = event.task;
      if (!tc) return;
      const cells = agencyCells(tc);
      for (let c = 0; c < cells.length; c++) {
        const { cell, mentions } = cells[c];
        for (let i = 0; i < mentions.length; i++) {
          const m = mentions[i];
          const key = check.key(m);
          if (key === undefined) continue;
          const row = rowOfText(cell, m.text) ?? cell.row;
          if (once.repeat(key, row, tc.task)) continue;
          once.add(key, { ...check.finding(m, tc.task, fixer(cell, mentions, i)), row, col: cell.col, task: tc.task });
        }
      }
    },
    end() {
      once.flush(report);
    },
  };
}

/** Where each mention stands in the cell's original text (−1 when it cannot be found verbatim), searched in order. */
export function mentionOffsets(original: string, mentions: readonly AgencyMention[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (const m of mentions) {
    let at = m.text === "" ? -1 : original.indexOf(m.text, from);
    if (at < 0 && m.text !== "") {
      // The piece was read with its spaces collapsed: find it with any white space between its words.
      const re = new RegExp(m.text.split(" ").map(escapeRegExp).join("\\s+"), "gu");
      re.lastIndex = from;
      const hit = re.exec(original);
      if (hit && hit[0] === m.text) at = hit.index;
    }
    out.push(at);
    if (at >= 0) from = at + m.text.length;
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The correction of one agency of a cell, placed on the cell's segmented list: the `index`-th mention, at its own
 * place, becomes `to` (another mention with the same text is left alone). Undefined when the mention cannot be
 * placed in the cell as written.
 */
export function agencyFix(
  cell: TaskCell,
  mentions: readonly AgencyMention[],
  index: number,
  to: string,
): Fix | undefined {
  const m = mentions[index];
  if (!m || m.text === to) return undefined;
  const at = mentionOffsets(cell.original, mentions)[index];
  if (at === undefined || at < 0) return undefined;
  if (cell.pieces.length <= 1) return { kind: "replace-text", row: cell.row, col: cell.col, from: m.text, to, at };
  // A re-joined cell: its pieces were joined with one space.
  let start = 0;
  for (const p of cell.pieces) {
    const end = start + p.text.length;
    if (at >= start && at + m.text.length <= end) {
      return { kind: "replace-text", row: p.row, col: cell.col, from: m.text, to, at: at - start };
    }
    start = end + 1;
  }
  return undefined;
}
