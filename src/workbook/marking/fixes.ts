/**
 * Applying the corrections a finding offers ("Sửa"), with every change written to a change-log sheet, and
 * undoing them from that log — also after the workbook was saved and opened again.
 *
 * Change-log layout: a header row, then one row per changed cell — time, sheet, cell, old value, new value (for
 * people) and the restore data (JSON `{sheet,row,col,old}`, continued in the next columns when longer than a
 * cell holds) from which the undo works.
 *
 * The change log is a sheet Rõ Việc created, listed in the state sheet like the findings list: a sheet of the user's
 * that carries its name is never read, overwritten or removed (the log takes the next free name, "Rõ Việc – Nhật ký
 * sửa (2)"); undoing the last fix removes the log, and clearing the marks removes it with the other sheets created.
 */
import { cellAddress, rawCell, type Grid, type Fix, type Lang } from "../../core";
import { translate } from "../../i18n";
import { plainValue, type CellWrite, type PlainValue, type WorkbookPort } from "../port";
import { logChanges } from "./changelog";

export interface ApplyResult {
  /** Cells changed. */
  readonly changed: number;
  /** Fixes that no longer fit the cell (its text changed since the check, or it was fixed already), left alone. */
  readonly skipped: readonly Fix[];
  /** Fixes refused, each with the reason in the user's language (a cell would grow past Excel's limit). */
  readonly refused: readonly RefusedFix[];
}

/** A fix left undone because the cell would grow past Excel's limit: the cell ("C9") and the length it would reach. */
export interface RefusedFix {
  readonly fix: Fix;
  readonly reason: "too-long";
  readonly cell: string;
  readonly length: number;
  /** The reason in words, from the pane's catalogue, in the language asked for. */
  readonly message: string;
}

/** The most characters an Excel cell holds. */
export const MAX_CELL_CHARS = 32_767;

/** A refused fix, in words (lengths written as digits, as Excel counts them). */
function refusal(fix: Fix, cell: string, length: number, lang: Lang): RefusedFix {
  const params = { cell, length: String(length), limit: String(MAX_CELL_CHARS) };
  return { fix, reason: "too-long", cell, length, message: translate(lang, "fix.refused.tooLong", params) };
}

interface Change {
  readonly row: number;
  readonly col: number;
  readonly old: PlainValue;
  readonly value: PlainValue;
}

/** Right edge of the window read for a fix: appendix tables are far narrower. */
const MAX_COL = 256;

function textOf(v: PlainValue): string {
  return v === null ? "" : String(v);
}

type ReplaceFix = Extract<Fix, { kind: "replace-text" }>;

/**
 * Whether `to` already stands over the place of `from` (the fix was applied): applying it again changes nothing. A
 * `to` lying inside the text of `from` itself (a fix that shortens a name) is no sign of that.
 */
function alreadyThere(text: string, at: number, from: string, to: string): boolean {
  if (to === "") return false;
  const fromHere = text.startsWith(from, at);
  for (let k = Math.max(0, at - to.length + 1); k < at + Math.max(from.length, 1) && k < text.length; k++) {
    if (fromHere && k >= at && k + to.length <= at + from.length) continue;
    if (text.startsWith(to, k)) return true;
  }
  return false;
}

/**
 * A cell's text with its positioned fixes applied, each at its own place (the cell's segmented agency list, read
 * at check time), right to left so earlier places keep their offsets. A fix whose text is no longer at its place,
 * or whose result already stands there, is skipped: applying a set of fixes twice equals applying it once. Places
 * are offsets in the text as checked: a fix found already applied shifts the places after it by the length it
 * changed, so a later fix is looked for where its text now stands (not at the old offset, where another name may
 * have moved).
 */
function replaceAt(text: string, fixes: readonly ReplaceFix[], skipped: Fix[]): string {
  const nfcText = text.normalize("NFC");
  // The check read the cell in NFC and trimmed; place each fix on the raw text or, failing that, on its NFC form.
  const lead = nfcText.length - nfcText.trimStart().length;
  let base = text;
  const placed: Array<{ at: number; fix: ReplaceFix }> = [];
  const ordered = [...fixes].sort((a, b) => (a.at ?? -1) - (b.at ?? -1));
  let shift = 0;
  for (const f of ordered) {
    const at = (f.at ?? -1) + shift;
    const candidates = [at, at + lead];
    if (f.at !== undefined && f.at >= 0 && candidates.some((a) => a >= 0 && appliedAt(base, a, f.from, f.to))) {
      shift += f.to.length - f.from.length;
      skipped.push(f);
      continue;
    }
    let where = candidates.find((a) => a >= 0 && base.startsWith(f.from, a));
    if (where === undefined && base !== nfcText) {
      const hit = candidates.find((a) => a >= 0 && nfcText.startsWith(f.from.normalize("NFC"), a));
      if (hit !== undefined && placed.length === 0) {
        base = nfcText;
        where = hit;
      }
    }
    if (where === undefined || alreadyThere(base, where, f.from, f.to)) {
      skipped.push(f);
      continue;
    }
    placed.push({ at: where, fix: f });
  }
  placed.sort((a, b) => b.at - a.at);
  let out = base;
  let limit = Number.POSITIVE_INFINITY; // overlapping fixes: the rightmost wins, the other is skipped
  for (const { at, fix } of placed) {
    if (at + fix.from.length > limit) {
      skipped.push(fix);
      continue;
    }
    out = out.slice(0, at) + fix.to + out.slice(at + fix.from.length);
    limit = at;
  }
  return out;
}

/**
 * Whether the fix's result stands at `at`, where its text stood when checked (the fix was applied). When both its
 * text and its result stand there, one begins with the other: the longer one tells.
 */
function appliedAt(text: string, at: number, from: string, to: string): boolean {
  if (to === "" || !text.startsWith(to, at)) return false;
  return !text.startsWith(from, at) || to.length > from.length;
}

/** Replaces every occurrence of `from` (a fix with no place); compares in NFC when the raw text does not hold it. */
function replaceText(text: string, from: string, to: string): string | undefined {
  if (from === "") return undefined;
  if (text.includes(from)) return text.split(from).join(to);
  const t = text.normalize("NFC");
  const f = from.normalize("NFC");
  return t.includes(f) ? t.split(f).join(to) : undefined;
}

/** Identical fixes are one. */
function distinct(fixes: readonly Fix[]): Fix[] {
  const seen = new Set<string>();
  return fixes.filter((f) => {
    const key = JSON.stringify(f);
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** A piece split off by a page break goes back onto the end of the task's cell. */
function joinText(into: string, piece: string): string {
  if (into.trim() === "") return piece;
  if (piece.trim() === "") return into;
  return /\s$/.test(into) || /^\s/.test(piece) ? into + piece : `${into} ${piece}`;
}

/** One change a fix plan makes to a cell, and the fix that makes it. */
export interface PlannedChange extends Change {
  readonly fix: Fix;
}

export interface FixPlan {
  /** Every change in the order made (a cell changed twice appears twice; the log keeps both). */
  readonly changes: readonly PlannedChange[];
  /** Distinct cells changed: what "Sửa tất cả (N)" announces and `applyFixes` reports as `changed`. */
  readonly cells: number;
  readonly skipped: readonly Fix[];
  readonly refused: readonly RefusedFix[];
}

/** The rows a set of fixes reads and writes (the window `applyFixes` reads). */
function rowSpan(fixes: readonly Fix[]): { top: number; bottom: number } {
  let top = Number.MAX_SAFE_INTEGER;
  let bottom = 0;
  for (const f of fixes) {
    const rows = f.kind === "replace-text" ? [f.row] : [f.row, f.into];
    for (const r of rows) {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
    }
  }
  return { top, bottom };
}

/**
 * What applying `allFixes` to the cells of `grid` changes, without writing anything: the pane counts and lists the
 * changes before "Sửa tất cả" with it, and `applyFixes` writes exactly these. A replace-text fix with a place
 * (`at`) replaces its text there only, the fixes of one cell together; without one it replaces its text wherever
 * it occurs in the cell. A join-row fix appends each cell of the split-off row to the task row above and empties
 * it. Identical fixes are one; a cell that would grow past Excel's limit is left alone and the fix refused.
 */
export function planFixes(grid: Grid, allFixes: readonly Fix[], lang: Lang = "vi"): FixPlan {
  const fixes = distinct(allFixes);
  const current = new Map<string, PlainValue>();
  const get = (row: number, col: number): PlainValue => {
    const k = `${row}:${col}`;
    return current.has(k) ? (current.get(k) ?? null) : plainValue(rawCell(grid, row, col));
  };
  const changes: PlannedChange[] = [];
  const set = (fix: Fix, row: number, col: number, value: PlainValue) => {
    const old = get(row, col);
    if (old === value) return;
    changes.push({ row, col, old, value, fix });
    current.set(`${row}:${col}`, value);
  };

  const skipped: Fix[] = [];
  const refused: RefusedFix[] = [];
  const fits = (f: Fix, row: number, col: number, next: string): boolean => {
    if (next.length <= MAX_CELL_CHARS) return true;
    refused.push(refusal(f, cellAddress(row, col), next.length, lang));
    return false;
  };
  // Positioned fixes, by cell: applied together on the cell's text as read.
  const byCell = new Map<string, ReplaceFix[]>();
  for (const f of fixes) {
    if (f.kind !== "replace-text" || f.at === undefined) continue;
    const k = `${f.row}:${f.col}`;
    const list = byCell.get(k);
    if (list) list.push(f);
    else byCell.set(k, [f]);
  }
  for (const list of byCell.values()) {
    const { row, col } = list[0];
    const before = textOf(get(row, col));
    const next = replaceAt(before, list, skipped);
    if (next === before) continue;
    if (!fits(list[0], row, col, next)) {
      const first = refused[refused.length - 1];
      for (const f of list.slice(1)) refused.push({ ...first, fix: f });
      continue;
    }
    set(list[0], row, col, next === "" ? null : next);
  }
  for (const f of fixes) {
    if (f.kind === "replace-text") {
      if (f.at !== undefined) continue;
      const next = replaceText(textOf(get(f.row, f.col)), f.from, f.to);
      if (next === undefined) skipped.push(f);
      else if (fits(f, f.row, f.col, next)) set(f, f.row, f.col, next === "" ? null : next);
      continue;
    }
    const width = Math.min(Math.max(grid.colCount, 1), MAX_COL);
    let moved = false;
    for (let c = 1; c <= width; c++) {
      const piece = textOf(get(f.row, c));
      if (piece.trim() === "") continue;
      const joined = joinText(textOf(get(f.into, c)), piece);
      if (!fits(f, f.into, c, joined)) continue;
      set(f, f.into, c, joined);
      set(f, f.row, c, null);
      moved = true;
    }
    if (!moved) skipped.push(f);
  }
  const cells = new Set(changes.map((c) => `${c.row}:${c.col}`)).size;
  return { changes, cells, skipped, refused };
}

/**
 * Applies the fixes to `sheet` (as `planFixes` plans them, on the cells read now) and logs each changed cell.
 */
export async function applyFixes(
  port: WorkbookPort,
  sheet: string,
  allFixes: readonly Fix[],
  lang: Lang = "vi",
): Promise<ApplyResult> {
  if (allFixes.length === 0) return { changed: 0, skipped: [], refused: [] };
  const { top, bottom } = rowSpan(allFixes);
  const grid = await port.readGrid(sheet, { top, left: 1, bottom, right: MAX_COL });
  const { changes, skipped, refused } = planFixes(grid, allFixes, lang);
  if (changes.length === 0) return { changed: 0, skipped, refused };

  const writes = new Map<string, CellWrite>();
  for (const c of changes) writes.set(`${c.row}:${c.col}`, { row: c.row, col: c.col, value: c.value });
  await port.writeValues(sheet, [...writes.values()]);

  await logChanges(port, sheet, changes, lang);
  return { changed: writes.size, skipped, refused };
}

export { parseLogRow, undoFixes } from "./changelog";
