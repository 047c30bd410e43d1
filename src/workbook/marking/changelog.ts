/**
 * The change log of "Sửa": a sheet Rõ Việc creates (listed in the state sheet like its other sheets, under the next
 * free name when a sheet of the user's has its name), one row per changed cell with the data to restore it; "Hoàn
 * tác" restores the old values newest first and removes the log when it is empty.
 */
import { cellAddress, parseAddress, type Lang } from "../../core";
import type { CellWrite, PlainValue, WorkbookPort } from "../port";
import { asInt, asText, joinChunks, splitChunks } from "./chunks";
import { createdSheets, planSheet } from "./own-sheets";
import { readMarkingState, writeState, type CreatedSheet, type MarkingState } from "./state-sheet";
import { CHANGE_LOG_SHEETS, STRINGS } from "./strings";

function localTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

interface ChangeLog {
  readonly name: string;
  readonly rows: PlainValue[][];
  /** The state sheet as read, and the sheets it lists as created (the log among them once it is listed). */
  readonly state: MarkingState;
  readonly created: readonly CreatedSheet[];
}

/**
 * A change log written before logs were listed in the state sheet: under one of the log's own names, with the log's
 * own header row, and every row holding restore data. Anything else under that name is the user's.
 */
function isUnlistedLog(rows: readonly (readonly PlainValue[])[]): boolean {
  const header = rows[0] ?? [];
  const ours = [STRINGS.vi.changeLogHeaders, STRINGS.en.changeLogHeaders].some(
    (h) => h.length === header.length && h.every((v, i) => v === header[i]),
  );
  return ours && rows.slice(1).every((r) => r.every((v) => v === null || v === "") || restoreData(r) !== undefined);
}

/** The change log Rõ Việc keeps in the workbook, if any: the one the state sheet lists, else an unlisted older one. */
async function existingLog(port: WorkbookPort): Promise<ChangeLog | undefined> {
  const state = await readMarkingState(port);
  const present = (await port.listSheets()).map((s) => s.name);
  const created = createdSheets(state, present);
  const presentSet = new Set(present);
  const listed = created.find((c) => c.role === "changelog" && presentSet.has(c.name));
  if (listed) {
    const rows = await port.readSheet(listed.name);
    if (rows) return { name: listed.name, rows, state, created };
  }
  for (const name of CHANGE_LOG_SHEETS) {
    if (!presentSet.has(name) || created.some((c) => c.name === name)) continue;
    const rows = await port.readSheet(name);
    if (rows && isUnlistedLog(rows)) return { name, rows, state, created: [...created, { name, role: "changelog" }] };
  }
  return undefined;
}

async function writeLog(port: WorkbookPort, name: string, lang: Lang, rows: PlainValue[][]): Promise<void> {
  const header = [...STRINGS[lang].changeLogHeaders];
  await port.writeSheet({ name, rows: [header, ...rows], header: true, columnWidths: [19, 16, 8, 50, 50, 30] });
}

/** The language a log was written in (its header row), so that rows added later keep its words. */
function logLang(rows: readonly (readonly PlainValue[])[], fallback: Lang): Lang {
  const first = rows[0]?.[0];
  if (first === STRINGS.en.changeLogHeaders[0]) return "en";
  if (first === STRINGS.vi.changeLogHeaders[0]) return "vi";
  return fallback;
}

/** Adds the changes made on `sheet` to the change log (created, and listed in the state sheet, when there is none). */
export async function logChanges(
  port: WorkbookPort,
  sheet: string,
  changes: readonly { row: number; col: number; old: PlainValue; value: PlainValue }[],
  lang: Lang,
): Promise<void> {
  const log = await existingLog(port);
  const time = localTime(new Date());
  const rows = log ? log.rows.slice(1) : [];
  for (const c of changes) {
    const data = splitChunks(JSON.stringify({ sheet, row: c.row, col: c.col, old: c.old }));
    rows.push([time, sheet, cellAddress(c.row, c.col), c.old, c.value, ...data]);
  }
  if (log) {
    // An older log not yet listed is listed now, so that clearing removes it.
    if (!log.state.created.some((c) => c.name === log.name))
      await writeState(port, log.state.records, log.created, log.state.accepted, log.state.dropdowns);
    await writeLog(port, log.name, logLang(log.rows, lang), rows);
  } else {
    // A new log, listed in the state sheet before it is written; a sheet of the user's keeps its name.
    const state = await readMarkingState(port);
    const present = (await port.listSheets()).map((s) => s.name);
    const plan = planSheet(state, present, "changelog", STRINGS[lang].changeLogSheet);
    await writeState(port, state.records, plan.created, state.accepted, state.dropdowns);
    await writeLog(port, plan.name, lang, rows);
  }
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

/** The restore data of a log row, when it holds some that can be read. */
function restoreData(r: readonly PlainValue[]): LogEntry | undefined {
  try {
    const data: unknown = JSON.parse(joinChunks(r.slice(5)));
    if (data && typeof data === "object") {
      const d = data as Record<string, unknown>;
      const row = asInt(d.row as PlainValue);
      const col = asInt(d.col as PlainValue);
      if (typeof d.sheet === "string" && row && col && isPlain(d.old)) return { sheet: d.sheet, row, col, old: d.old };
    }
  } catch {
    // no restore data
  }
  return undefined;
}

/** A log row back to its entry: from the restore data, else from the sheet, cell and old-value columns. */
export function parseLogRow(r: readonly PlainValue[]): LogEntry | undefined {
  const data = restoreData(r);
  if (data) return data;
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
  if (keep.length === 0) {
    // The last fix undone: the log goes, and the state sheet no longer lists it (nor remains for it alone).
    await port.deleteSheet(log.name);
    await writeState(
      port,
      log.state.records,
      log.created.filter((c) => c.name !== log.name),
      log.state.accepted,
      log.state.dropdowns,
    );
  } else if (restore.size > 0) await writeLog(port, log.name, logLang(log.rows, "vi"), keep);
  return { restored: restore.size };
}
