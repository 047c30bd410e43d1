/**
 * Small helpers shared by the rules: naming a task for people, finding a task's column, telling an empty cell
 * from a filled one, and locating a piece of text among the rows a re-joined cell came from.
 */
import { columnLetter } from "../../grid";
import { cleanText, fold } from "../../text";
import type { ColumnKey, DetectedColumn, Lang, TaskCell, TaskRecord } from "../../types";
import type { RuleContext } from "../../rule";

/** How a message names a task: its number as people see it ("26", "IX.3"), else its sheet row. */
export function taskRef(task: TaskRecord, lang: Lang): string {
  if (task.label.trim() !== "") return task.label;
  if (task.number.trim() !== "") return task.number;
  return lang === "vi" ? `ở dòng ${task.row}` : `on row ${task.row}`;
}

/** The detected column for a logical key, if the table has one. */
export function columnOf<O>(context: RuleContext<O>, key: ColumnKey): DetectedColumn | undefined {
  return context.analysis.table.columns[key];
}

type Cells = TaskRecord["cells"];

/**
 * A reader of one logical cell of a task: `cellReader("lead")(task.cells)`. Each key has its own small function,
 * so a rule reading a column chosen at set-up reads a fixed property on every row (a computed key shared by
 * several rules is much slower to look up).
 */
export function cellReader(key: ColumnKey): (cells: Cells) => TaskCell | undefined {
  switch (key) {
    case "number":
      return (c) => c.number;
    case "content":
      return (c) => c.content;
    case "lead":
      return (c) => c.lead;
    case "coLead":
      return (c) => c.coLead;
    case "deliverable":
      return (c) => c.deliverable;
    case "deadline":
      return (c) => c.deadline;
    default:
      return (c) => c[key];
  }
}

/** The first column of the table, where row-level findings (repeated header, split row) are placed. */
export function firstColumn<O>(context: RuleContext<O>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const c of Object.values(context.analysis.table.columns)) if (c && c.col < min) min = c.col;
  return Number.isFinite(min) ? min : 1;
}

/** Text that says nothing: punctuation or symbols only ("-", "…", "—", "./."). */
export function isPunctuationOnly(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false; // an ASCII letter or digit first: no
  return text.trim() !== "" && !/[\p{L}\p{N}]/u.test(text);
}

/** Placeholders that stand for "not filled in yet", compared through the fold. */
export const DEFAULT_PLACEHOLDERS: readonly string[] = ["x", "?", "n/a", "na", "chưa có", "chưa xác định", "chưa rõ"];

export type CellState = "filled" | "empty" | "placeholder" | "error";

/**
 * Whether a task's cell is filled. A cell holding an Excel error is "error" (reported by cell-error, never as
 * missing); an absent or blank cell is "empty"; punctuation only or a placeholder word is "placeholder".
 */
export function cellState(
  cell: TaskCell | undefined,
  placeholders: readonly string[] = DEFAULT_PLACEHOLDERS,
): CellState {
  if (!cell) return "empty";
  // Several rules ask about the same cells of a row in turn: the last answer per column is kept.
  const slot = cell.col & (MEMO_SLOTS - 1);
  if (memoCell[slot] === cell && memoList[slot] === placeholders) return memoState[slot];
  const state = computeCellState(cell, placeholders);
  memoCell[slot] = cell;
  memoList[slot] = placeholders;
  memoState[slot] = state;
  return state;
}

const MEMO_SLOTS = 16;
const memoCell = new Array<TaskCell | undefined>(MEMO_SLOTS).fill(undefined);
const memoList = new Array<readonly string[] | undefined>(MEMO_SLOTS).fill(undefined);
const memoState = new Array<CellState>(MEMO_SLOTS).fill("empty");

function computeCellState(cell: TaskCell, placeholders: readonly string[]): CellState {
  if (cell.value.kind === "error") return "error";
  const raw = cell.text;
  // Cell texts are mostly trimmed already: trim only when an end may be white space.
  const text =
    raw.length > 0 && !maybeSpace(raw.charCodeAt(0)) && !maybeSpace(raw.charCodeAt(raw.length - 1)) ? raw : raw.trim();
  if (text === "") return "empty";
  if (isPunctuationOnly(text)) return "placeholder";
  // Placeholders are short words: long text is filled without folding it (this runs for every cell of every row).
  if (text.length > PLACEHOLDER_MAX_LENGTH) return "filled";
  const known = placeholderTexts(placeholders);
  // An ASCII letter or digit folds to itself (lower case): text starting with one no placeholder starts with is
  // filled, without looking the text up (hashing every short cell of 100,000 rows is not free).
  const first = text.charCodeAt(0);
  if (isAsciiAlnum(first) && !known.firsts.has(first >= 65 ? first | 32 : first)) return "filled";
  let placeholder = known.texts.get(text);
  if (placeholder === undefined) {
    if (known.texts.size >= PLACEHOLDER_MEMO_SIZE) known.texts.clear();
    placeholder = known.folded.has(fold(text));
    known.texts.set(text, placeholder);
  }
  return placeholder ? "placeholder" : "filled";
}

/** Whether a character may be white space for `trim` (all such characters are ≤ 32, U+00A0, or above U+167F). */
function maybeSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c >= 0x1680;
}

const PLACEHOLDER_MAX_LENGTH = 40;
const PLACEHOLDER_MEMO_SIZE = 20_000;

/** A list's folded placeholders, and whether each short text seen so far is one (short texts repeat). */
interface PlaceholderTexts {
  readonly folded: ReadonlySet<string>;
  /** The first characters of the folded placeholders. */
  readonly firsts: ReadonlySet<number>;
  readonly texts: Map<string, boolean>;
}

const placeholderSets = new WeakMap<readonly string[], PlaceholderTexts>();
let defaultTexts: PlaceholderTexts | undefined;
let lastList: readonly string[] | undefined;
let lastTexts: PlaceholderTexts | undefined;

function placeholderTexts(placeholders: readonly string[]): PlaceholderTexts {
  if (placeholders === DEFAULT_PLACEHOLDERS) return (defaultTexts ??= placeholderTextsOf(placeholders));
  if (placeholders === lastList && lastTexts) return lastTexts;
  let known = placeholderSets.get(placeholders);
  if (!known) {
    known = placeholderTextsOf(placeholders);
    placeholderSets.set(placeholders, known);
  }
  lastList = placeholders;
  lastTexts = known;
  return known;
}

function placeholderTextsOf(placeholders: readonly string[]): PlaceholderTexts {
  const folded = new Set(placeholders.map(fold));
  const firsts = new Set<number>();
  for (const f of folded) if (f !== "") firsts.add(f.charCodeAt(0));
  return { folded, firsts, texts: new Map() };
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The sheet row holding `text` inside a cell that may have been re-joined from several rows; undefined when the
 * text spans pieces or cannot be found verbatim (then no fix is offered).
 */
export function rowOfText(cell: TaskCell, text: string): number | undefined {
  if (text === "") return undefined;
  if (cell.pieces.length <= 1) return cell.original.includes(text) || cell.text.includes(text) ? cell.row : undefined;
  for (const p of cell.pieces) if (p.text.includes(text)) return p.row;
  return undefined;
}

/** Keeps message data short: the first `max` characters of a long text, with an ellipsis. */
export function excerpt(text: string, max = 80): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** A column as people know it: its header as written (HTML removed), else its letter. */
export function columnName(column: DetectedColumn): string {
  return cleanText(column.header) || columnLetter(column.col);
}
