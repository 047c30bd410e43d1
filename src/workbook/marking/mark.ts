/**
 * Marking findings in the workbook, and removing the marks without a trace. Written only against the
 * WorkbookPort, so Excel and .xlsx files behave the same.
 *
 * Order of work, so that an interrupted run can always be undone: restore earlier marks of the sheet, save the
 * original state of every cell about to be marked, then mark, then write the findings sheet.
 */
import { cellAddress, renderFinding, worseSeverity, type Finding, type Lang, type Severity } from "../../core";
import { ruleTitleOf } from "../../i18n/glossary";
import type { CellMark, PlainValue, SheetSpec, WorkbookPort } from "../port";
import { removeDropdowns } from "./dropdowns";
import { createdSheets, planSheet } from "./own-sheets";
import { deleteIfPresent, readMarkingState, writeState, type StateRecord } from "./state-sheet";
import { SEVERITY_COLORS, STATE_SHEET, STRINGS } from "./strings";

export interface MarkResult {
  /** Cells coloured and annotated. */
  readonly cells: number;
  /** Findings listed in the findings sheet. */
  readonly findings: number;
}

/** `'Phụ lục'!E14`: a reference to a cell of another sheet, quotes doubled. */
export function sheetRef(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${cellAddress(row, col)}`;
}

interface CellGroup {
  readonly row: number;
  readonly col: number;
  severity: Severity;
  readonly lines: string[];
}

function noteLine(f: Finding, lang: Lang): string {
  const s = STRINGS[lang];
  const { message, suggestion } = renderFinding(f, lang);
  return suggestion ? `${s.notePrefix} ${message} (${s.suggestion}: ${suggestion})` : `${s.notePrefix} ${message}`;
}

/** One mark per cell: the worst severity's colour, every message of the cell in the note. */
export function cellMarks(findings: readonly Finding[], lang: Lang): CellMark[] {
  const groups = new Map<string, CellGroup>();
  for (const f of findings) {
    if (!(f.row >= 1 && f.col >= 1)) continue;
    const key = `${f.row}:${f.col}`;
    let g = groups.get(key);
    if (!g) {
      g = { row: f.row, col: f.col, severity: f.severity, lines: [] };
      groups.set(key, g);
    }
    g.severity = worseSeverity(g.severity, f.severity);
    const line = noteLine(f, lang);
    if (!g.lines.includes(line)) g.lines.push(line);
  }
  return [...groups.values()].map((g) => ({
    row: g.row,
    col: g.col,
    color: SEVERITY_COLORS[g.severity],
    note: g.lines.join("\n"),
  }));
}

/** The findings sheet: one row per finding, the cell linked back to the checked sheet. */
export function findingsSheetSpec(sheet: string, findings: readonly Finding[], lang: Lang): SheetSpec {
  const s = STRINGS[lang];
  const rows: PlainValue[][] = [[...s.findingsHeaders]];
  const links: { row: number; col: number; target: string; text: string }[] = [];
  for (const f of findings) {
    const located = f.row >= 1 && f.col >= 1;
    const cell = located ? cellAddress(f.row, f.col) : "";
    const { message, suggestion } = renderFinding(f, lang);
    const rule = ruleTitleOf(f.rule, lang);
    rows.push([cell || null, f.task || null, s.severity[f.severity], rule, message, suggestion ?? null]);
    if (located) links.push({ row: rows.length, col: 1, target: sheetRef(sheet, f.row, f.col), text: cell });
  }
  if (findings.length === 0) rows.push([null, null, null, null, s.noFindings, null]);
  return { name: s.findingsSheet, rows, header: true, columnWidths: [9, 10, 12, 24, 70, 45], links };
}

/**
 * Colours and annotates every cell with a finding, keeping the original fill and note of each in the hidden
 * state sheet, and writes the findings sheet. Marking a sheet again first restores its earlier marks, so the
 * saved state is always the user's own.
 */
export async function markFindings(
  port: WorkbookPort,
  sheet: string,
  findings: readonly Finding[],
  lang: Lang = "vi",
): Promise<MarkResult> {
  const state = await readMarkingState(port);
  const kept: StateRecord[] = [];
  const own: StateRecord[] = [];
  for (const r of state.records) (r.sheet === sheet ? own : kept).push(r);
  if (own.length > 0) await port.restoreCellStates(sheet, own);
  const marks = cellMarks(findings, lang);
  const originals = await port.readCellStates(
    sheet,
    marks.map((m) => ({ row: m.row, col: m.col })),
  );
  const spec = findingsSheetSpec(sheet, findings, lang);
  const present = (await port.listSheets()).map((s) => s.name);
  const plan = planSheet(state, present, "findings", spec.name);
  await writeState(
    port,
    [...kept, ...originals.map((o) => ({ ...o, sheet }))],
    plan.created,
    state.accepted,
    state.dropdowns,
  );
  if (marks.length > 0) await port.writeMarks(sheet, marks);
  for (const name of plan.remove) await port.deleteSheet(name);
  await port.writeSheet({ ...spec, name: plan.name });
  return { cells: marks.length, findings: findings.length };
}

/**
 * Restores the fill and note of every marked cell exactly as saved, then removes the sheets Rõ Việc created
 * (findings list, summary) and the state sheet — no sheet of the user's. Records of sheets that no longer exist
 * are dropped. The accepted findings and the dropdown lists are the user's decisions, not marks: they stay (the state
 * sheet then holds only them, and the lists sheet stays for the lists) unless `everything` is asked, which removes
 * the dropdown lists too and every trace of Rõ Việc's state (docs/acceptances.md, docs/dropdowns.md).
 */
export async function clearMarks(
  port: WorkbookPort,
  options: { readonly everything?: boolean } = {},
): Promise<{ restored: number; keptAcceptances?: number }> {
  if (options.everything) await removeDropdowns(port);
  const state = await readMarkingState(port);
  const present = (await port.listSheets()).map((s) => s.name);
  const names = new Set(present);
  const bySheet = new Map<string, StateRecord[]>();
  for (const r of state.records) {
    if (!names.has(r.sheet)) continue;
    const list = bySheet.get(r.sheet) ?? [];
    list.push(r);
    bySheet.set(r.sheet, list);
  }
  let restored = 0;
  for (const [sheet, list] of bySheet) {
    await port.restoreCellStates(sheet, list);
    restored += list.length;
  }
  const dropdowns = (state.dropdowns ?? []).filter((d) => names.has(d.sheet));
  const ours = createdSheets(state, present);
  const keptSheets = dropdowns.length > 0 ? ours.filter((c) => c.role === "lists") : [];
  const created = ours.filter((c) => !keptSheets.includes(c)).map((c) => c.name);
  const kept = options.everything ? [] : state.accepted;
  await deleteIfPresent(port, ...created);
  if (kept.length > 0 || dropdowns.length > 0) await writeState(port, [], keptSheets, kept, dropdowns);
  else await deleteIfPresent(port, STATE_SHEET);
  return kept.length > 0 ? { restored, keptAcceptances: kept.length } : { restored };
}
