/**
 * Applying the corrections a finding offers ("Sửa"), with every change written to a change-log sheet, and
 * undoing them from that log — also after the workbook was saved and opened again.
 *
 * Change-log layout: a header row, then one row per changed cell — time, sheet, cell, old value, new value (for
 * people) and the restore data (JSON `{sheet,row,col,old}`, continued in the next columns when longer than a
 * cell holds) from which the undo works.
 */
import { cellAddress, parseAddress, rawCell, type Grid, cellText, type Fix, type Lang } from "../../core";
import type { CellWrite, PlainValue, WorkbookPort } from "../port";
import { asInt, asText, joinChunks, splitChunks } from "./chunks";
import { deleteIfPresent } from "./state-sheet";
import { CHANGE_LOG_SHEETS, STRINGS } from "./strings";

export interface ApplyResult {
  /** Cells changed. */
  readonly changed: number;
  /** Fixes that no longer fit the cell (its text changed since the check, or it was fixed already), left alone. */
  readonly skipped: readonly Fix[];
  /** Fixes refused, each with the reason in the user's language (a cell would grow past Excel's limit). */
  readonly refused: ReadonlyArray<{ readonly fix: Fix; readonly message: string }>;
}

/** The most characters an Excel cell holds. */
export const MAX_CELL_CHARS = 32_767;

const TOO_LONG = {
  vi: (cell: string, n: number) =>
    `Không sửa ô ${cell}: nội dung sau khi sửa dài ${n} ký tự, vượt giới hạn ${MAX_CELL_CHARS} ký tự của một ô Excel.`,
  en: (cell: string, n: number) =>
    `Cell ${cell} was not fixed: the fixed text would be ${n} characters long, past Excel's limit of ${MAX_CELL_CHARS} per cell.`,
};

interface Change {
  readonly row: number;
  readonly col: number;
  readonly old: PlainValue;
  readonly value: PlainValue;
}

/** Right edge of the window read for a fix: appendix tables are far narrower. */
const MAX_COL = 256;

function plainOf(grid: Grid, row: number, col: number): PlainValue {
  const v = rawCell(grid, row, col);
  switch (v.kind) {
    case "empty":
      return null;
    case "text":
      return v.text;
    case "number":
    case "boolean":
      return v.value;
    default:
      return cellText(v);
  }
}

function textOf(v: PlainValue): string {
  return v === null ? "" : String(v);
}

type ReplaceFix = Extract<Fix, { kind: "replace-text" }>;

/** Whether `to` already stands over the place of `from` (the fix was applied): applying it again changes nothing. */
function alreadyThere(text: string, at: number, from: string, to: string): boolean {
  if (to === "") return false;
  for (let k = Math.max(0, at - to.length + 1); k < at + Math.max(from.length, 1) && k < text.length; k++) {
    if (text.startsWith(to, k)) return true;
  }
  return false;
}

/**
 * A cell's text with its positioned fixes applied, each at its own place (the cell's segmented agency list, read
 * at check time), right to left so earlier places keep their offsets. A fix whose text is no longer at its place,
 * or whose result already stands there, is skipped: applying a set of fixes twice equals applying it once.
 */
function replaceAt(text: string, fixes: readonly ReplaceFix[], skipped: Fix[]): string {
  const nfcText = text.normalize("NFC");
  // The check read the cell in NFC and trimmed; place each fix on the raw text or, failing that, on its NFC form.
  const lead = nfcText.length - nfcText.trimStart().length;
  let base = text;
  const placed: Array<{ at: number; fix: ReplaceFix }> = [];
  for (const f of fixes) {
    const at = f.at ?? -1;
    const candidates = [at, at + lead];
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

function localTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

async function existingLog(port: WorkbookPort): Promise<{ name: string; rows: PlainValue[][] } | undefined> {
  const present = new Set((await port.listSheets()).map((s) => s.name));
  for (const name of CHANGE_LOG_SHEETS) {
    if (!present.has(name)) continue;
    const rows = await port.readSheet(name);
    if (rows) return { name, rows };
  }
  return undefined;
}

async function writeLog(port: WorkbookPort, name: string, rows: PlainValue[][]): Promise<void> {
  const header = [...STRINGS[name === STRINGS.en.changeLogSheet ? "en" : "vi"].changeLogHeaders];
  await port.writeSheet({ name, rows: [header, ...rows], header: true, columnWidths: [19, 16, 8, 50, 50, 30] });
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
  readonly refused: ReadonlyArray<{ readonly fix: Fix; readonly message: string }>;
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
    return current.has(k) ? (current.get(k) ?? null) : plainOf(grid, row, col);
  };
  const changes: PlannedChange[] = [];
  const set = (fix: Fix, row: number, col: number, value: PlainValue) => {
    const old = get(row, col);
    if (old === value) return;
    changes.push({ row, col, old, value, fix });
    current.set(`${row}:${col}`, value);
  };

  const skipped: Fix[] = [];
  const refused: Array<{ fix: Fix; message: string }> = [];
  const fits = (f: Fix, row: number, col: number, next: string): boolean => {
    if (next.length <= MAX_CELL_CHARS) return true;
    refused.push({ fix: f, message: TOO_LONG[lang](cellAddress(row, col), next.length) });
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
      for (const f of list.slice(1)) refused.push({ fix: f, message: refused[refused.length - 1].message });
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

  const log = await existingLog(port);
  const time = localTime(new Date());
  const rows = log ? log.rows.slice(1) : [];
  for (const c of changes) {
    const data = splitChunks(JSON.stringify({ sheet, row: c.row, col: c.col, old: c.old }));
    rows.push([time, sheet, cellAddress(c.row, c.col), c.old, c.value, ...data]);
  }
  await writeLog(port, log?.name ?? STRINGS[lang].changeLogSheet, rows);
  return { changed: writes.size, skipped, refused };
}

interface LogEntry {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly old: PlainValue;
}

function isPlain(v: unknown): v is PlainValue {
  return v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

/** A log row back to its entry: from the restore data, else from the sheet, cell and old-value columns. */
export function parseLogRow(r: readonly PlainValue[]): LogEntry | undefined {
  try {
    const data: unknown = JSON.parse(joinChunks(r.slice(5)));
    if (data && typeof data === "object") {
      const d = data as Record<string, unknown>;
      const row = asInt(d.row as PlainValue);
      const col = asInt(d.col as PlainValue);
      if (typeof d.sheet === "string" && row && col && isPlain(d.old)) return { sheet: d.sheet, row, col, old: d.old };
    }
  } catch {
    // fall back to the readable columns
  }
  const at = parseAddress(asText(r[2]));
  const sheet = asText(r[1]);
  if (!at || sheet === "") return undefined;
  return { sheet, row: at.row, col: at.col, old: r[3] ?? null };
}

/**
 * Restores the old values of every change logged for `sheet`, newest first (so a cell changed twice gets its
 * first value back), and removes those rows from the change log (the log sheet goes when it is empty).
 */
export async function undoFixes(port: WorkbookPort, sheet: string): Promise<{ restored: number }> {
  const log = await existingLog(port);
  if (!log) return { restored: 0 };
  const body = log.rows.slice(1);
  const keep: PlainValue[][] = [];
  const restore = new Map<string, CellWrite>();
  for (let i = body.length - 1; i >= 0; i--) {
    if (body[i].every((v) => v === null || v === "")) continue;
    const e = parseLogRow(body[i]);
    if (!e || e.sheet !== sheet) {
      keep.unshift(body[i]);
      continue;
    }
    restore.set(`${e.row}:${e.col}`, { row: e.row, col: e.col, value: e.old });
  }
  if (restore.size > 0) await port.writeValues(sheet, [...restore.values()]);
  if (keep.length === 0) await deleteIfPresent(port, log.name);
  else if (restore.size > 0) await writeLog(port, log.name, keep);
  return { restored: restore.size };
}
