/**
 * The very hidden sheet `_RoViec_State`: the original fill and note of every cell Rõ Việc marked, kept in the
 * workbook itself so the marks can be removed after the file was saved, closed and opened again.
 *
 * Layout: a header row, then one row per cell — sheet name (JSON), row, column, fill (the adapter's JSON), note
 * (JSON: a string or null). JSON keeps every text cell starting with `"`, `{` or `n`, so Excel never reads one as
 * a number, a date or a formula. A value longer than one cell holds continues on the rows below, whose first
 * three cells are empty.
 *
 * The sheets Rõ Việc created (findings list, summary, change log) are listed after the cell records, one row each whose first
 * cell is the JSON object `{"created": name, "role": role}`: clearing removes exactly those, and no other sheet.
 *
 * The findings the user accepted ("Chấp nhận") follow, one row each whose first cell is the JSON object
 * `{"accepted": {sheet, row, col, rule, finding, text, reason, at?}}` (see src/core/acceptance.ts). Clearing the
 * marks keeps them (docs/acceptances.md). A reader that does not know these rows skips them.
 *
 * The dropdown lists ("Tạo danh sách chọn", dropdowns.ts) come last, one row per column and up to 500 cell ranges,
 * whose first cell is `{"dropdown": {sheet, kind, list, rule, ranges}}`: the cells given a data validation, so
 * that removing the lists clears exactly those (docs/dropdowns.md).
 */
import type { Acceptance } from "../../core";
import type { PlainValue, SavedCellState, ValidationRule, WorkbookPort } from "../port";
import { asInt, asText, joinChunks, splitChunks } from "./chunks";
import { STATE_SHEET } from "./strings";

export interface StateRecord extends SavedCellState {
  readonly sheet: string;
}

/**
 * What a sheet the add-in created holds ("changelog": the fixes made, from which they are undone; "lists": the
 * entries of the dropdown lists, very hidden).
 */
export type SheetRole = "findings" | "summary" | "indicators" | "changelog" | "lists";

/** The column of an appendix a dropdown list or rule was put on. */
export type DropdownKind = "lead" | "coLead" | "status" | "completionDate";

/** Cells of one column of a sheet given a data validation by Rõ Việc, and the rule they were given. */
export interface DropdownRecord {
  readonly sheet: string;
  readonly kind: DropdownKind;
  /** Column (1-based) of the lists sheet holding the entries; 0 for a rule with no list (dates). */
  readonly list: number;
  readonly rule: ValidationRule;
  /** A1 ranges ("E5:E40"). */
  readonly ranges: readonly string[];
}

export interface CreatedSheet {
  readonly name: string;
  readonly role: SheetRole;
}

/** Everything the state sheet keeps; `present` is false when the workbook has no state sheet. */
export interface MarkingState {
  readonly records: StateRecord[];
  readonly created: CreatedSheet[];
  readonly accepted: Acceptance[];
  /** The cells given dropdown lists or a date rule (none when absent). */
  readonly dropdowns?: DropdownRecord[];
  readonly present: boolean;
}

/** The longest reason kept (a cell holds 32,767 characters; a reason is a sentence or two). */
export const MAX_REASON = 2000;

const ROLES: readonly SheetRole[] = ["findings", "summary", "indicators", "changelog", "lists"];
const KINDS: readonly DropdownKind[] = ["lead", "coLead", "status", "completionDate"];
/** Ranges per dropdown row of the state sheet (each well under a cell's 32,767 characters). */
const RANGES_PER_ROW = 500;

const HEADER: readonly PlainValue[] = ["sheet", "row", "col", "fill", "note"];

export function encodeState(
  records: readonly StateRecord[],
  created: readonly CreatedSheet[] = [],
  accepted: readonly Acceptance[] = [],
  dropdowns: readonly DropdownRecord[] = [],
): PlainValue[][] {
  const rows: PlainValue[][] = [[...HEADER]];
  for (const r of records) {
    const fill = splitChunks(r.fill);
    const note = splitChunks(JSON.stringify(r.note));
    rows.push([JSON.stringify(r.sheet), r.row, r.col, fill[0], note[0]]);
    for (let i = 1; i < Math.max(fill.length, note.length); i++) {
      rows.push([null, null, null, fill[i] ?? null, note[i] ?? null]);
    }
  }
  for (const c of created) rows.push([JSON.stringify({ created: c.name, role: c.role }), null, null, null, null]);
  for (const a of accepted) {
    const kept = { ...a, reason: a.reason.slice(0, MAX_REASON) };
    rows.push([JSON.stringify({ accepted: kept }), null, null, null, null]);
  }
  for (const d of dropdowns) {
    for (let i = 0; i < d.ranges.length; i += RANGES_PER_ROW) {
      const part = { ...d, ranges: d.ranges.slice(i, i + RANGES_PER_ROW) };
      rows.push([JSON.stringify({ dropdown: part }), null, null, null, null]);
    }
  }
  return rows;
}

function validationRule(v: unknown): ValidationRule | undefined {
  if (!v || typeof v !== "object") return undefined;
  const r = v as Record<string, unknown>;
  if (r.type === "list" && typeof r.source === "string" && r.source !== "") return { type: "list", source: r.source };
  if (r.type === "date" && typeof r.from === "string" && typeof r.to === "string") {
    return { type: "date", from: r.from, to: r.to };
  }
  return undefined;
}

function dropdownRecord(json: unknown): DropdownRecord | undefined {
  if (!json || typeof json !== "object") return undefined;
  const d = (json as Record<string, unknown>).dropdown;
  if (!d || typeof d !== "object") return undefined;
  const { sheet, kind, list, rule, ranges } = d as Record<string, unknown>;
  const parsedRule = validationRule(rule);
  if (typeof sheet !== "string" || sheet === "" || !KINDS.includes(kind as DropdownKind) || !parsedRule) {
    return undefined;
  }
  if (typeof list !== "number" || !Number.isInteger(list) || list < 0) return undefined;
  if (!Array.isArray(ranges) || !ranges.every((r) => typeof r === "string" && /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(r))) {
    return undefined;
  }
  return { sheet, kind: kind as DropdownKind, list, rule: parsedRule, ranges: ranges as string[] };
}

/** The dropdown records of the state sheet, the rows of one column joined (rows that cannot be read are skipped). */
export function decodeDropdowns(rows: readonly (readonly PlainValue[])[]): DropdownRecord[] {
  const out: DropdownRecord[] = [];
  for (const row of rows) {
    const first = asText(row[0]);
    if (!first.startsWith('{"dropdown"')) continue;
    const d = dropdownRecord(parseJson(first));
    if (!d) continue;
    const same = out.find(
      (o) =>
        o.sheet === d.sheet &&
        o.kind === d.kind &&
        o.list === d.list &&
        JSON.stringify(o.rule) === JSON.stringify(d.rule),
    );
    if (same) (same.ranges as string[]).push(...d.ranges);
    else out.push({ ...d, ranges: [...d.ranges] });
  }
  return out;
}

function acceptance(json: unknown): Acceptance | undefined {
  if (!json || typeof json !== "object") return undefined;
  const a = (json as Record<string, unknown>).accepted;
  if (!a || typeof a !== "object") return undefined;
  const { sheet, row, col, rule, finding, text, reason, at } = a as Record<string, unknown>;
  const str = (v: unknown): v is string => typeof v === "string";
  const pos = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1;
  if (!str(sheet) || sheet === "" || !pos(row) || !pos(col) || !str(rule) || !str(finding) || !str(text)) {
    return undefined;
  }
  return { sheet, row, col, rule, finding, text, reason: str(reason) ? reason : "", ...(str(at) ? { at } : {}) };
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

function createdSheet(json: unknown): CreatedSheet | undefined {
  if (!json || typeof json !== "object") return undefined;
  const { created, role } = json as Record<string, unknown>;
  if (typeof created !== "string" || created === "") return undefined;
  return ROLES.includes(role as SheetRole) ? { name: created, role: role as SheetRole } : undefined;
}

/** Records of the state sheet; rows that cannot be read are skipped (never restored wrongly). */
export function decodeState(rows: readonly (readonly PlainValue[])[]): StateRecord[] {
  return decodeStateSheet(rows).records;
}

/** Cell records and created sheets of the state sheet. */
export function decodeStateSheet(rows: readonly (readonly PlainValue[])[]): Omit<MarkingState, "present" | "accepted"> {
  const out: StateRecord[] = [];
  const created: CreatedSheet[] = [];
  let i = rows.length > 0 && asText(rows[0][0]) === "sheet" ? 1 : 0;
  while (i < rows.length) {
    const first = rows[i];
    const fillPieces: PlainValue[] = [first[3] ?? null];
    const notePieces: PlainValue[] = [first[4] ?? null];
    i++;
    while (i < rows.length && asText(rows[i][0]) === "" && asText(rows[i][1]) === "") {
      fillPieces.push(rows[i][3] ?? null);
      notePieces.push(rows[i][4] ?? null);
      i++;
    }
    const sheetJson = parseJson(asText(first[0]));
    const own = createdSheet(sheetJson);
    if (own) {
      if (!created.some((c) => c.name === own.name)) created.push(own);
      continue;
    }
    if (acceptance(sheetJson) || dropdownRecord(sheetJson)) continue;
    const sheet = typeof sheetJson === "string" ? sheetJson : asText(first[0]);
    const row = asInt(first[1]);
    const col = asInt(first[2]);
    const fill = joinChunks(fillPieces);
    const note = parseJson(joinChunks(notePieces));
    if (sheet === "" || row === undefined || col === undefined) continue;
    if (fill === "" || parseJson(fill) === undefined) continue;
    if (note !== null && typeof note !== "string") continue;
    out.push({ sheet, row, col, fill, note });
  }
  return { records: out, created };
}

/** The acceptances of the state sheet (rows that cannot be read are skipped). */
export function decodeAccepted(rows: readonly (readonly PlainValue[])[]): Acceptance[] {
  const out: Acceptance[] = [];
  for (const row of rows) {
    const first = asText(row[0]);
    if (!first.startsWith('{"accepted"')) continue;
    const a = acceptance(parseJson(first));
    if (a) out.push(a);
  }
  return out;
}

export async function readState(port: WorkbookPort): Promise<StateRecord[]> {
  return (await readMarkingState(port)).records;
}

export async function readMarkingState(port: WorkbookPort): Promise<MarkingState> {
  const rows = await port.readSheet(STATE_SHEET);
  return rows
    ? { ...decodeStateSheet(rows), accepted: decodeAccepted(rows), dropdowns: decodeDropdowns(rows), present: true }
    : { records: [], created: [], accepted: [], dropdowns: [], present: false };
}

/**
 * Writes the state sheet (very hidden); removes it when there is nothing to keep. `accepted` and `dropdowns`: the
 * acceptances and dropdown records to keep — every caller passes them on, so marking and clearing never drop one
 * by the way.
 */
export async function writeState(
  port: WorkbookPort,
  records: readonly StateRecord[],
  created: readonly CreatedSheet[],
  accepted: readonly Acceptance[],
  dropdowns: readonly DropdownRecord[] | undefined,
): Promise<void> {
  const lists = dropdowns ?? [];
  if (records.length === 0 && created.length === 0 && accepted.length === 0 && lists.length === 0) {
    await deleteIfPresent(port, STATE_SHEET);
    return;
  }
  await port.writeSheet({ name: STATE_SHEET, rows: encodeState(records, created, accepted, lists), hidden: true });
}

export async function deleteIfPresent(port: WorkbookPort, ...names: readonly string[]): Promise<void> {
  const present = new Set((await port.listSheets()).map((s) => s.name));
  for (const name of names) if (present.has(name)) await port.deleteSheet(name);
}
