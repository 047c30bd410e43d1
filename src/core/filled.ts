/**
 * Whether a cell of a task is filled in: empty, a placeholder ("-", "x", "chưa có"), an Excel error, or filled.
 * The analysis works this out once per cell for the default placeholders (while the row is at hand); rules with
 * their own placeholder list ask again.
 */
import { fold } from "./text";
import type { CellState, TaskCell } from "./types";

export type { CellState } from "./types";

/** Text that says nothing: punctuation or symbols only ("-", "…", "—", "./."). */
export function isPunctuationOnly(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false; // an ASCII letter or digit first: no
  return text.trim() !== "" && !/[\p{L}\p{N}]/u.test(text);
}

/** Placeholders that stand for "not filled in yet", compared through the fold. */
export const DEFAULT_PLACEHOLDERS: readonly string[] = ["x", "?", "n/a", "na", "chưa có", "chưa xác định", "chưa rõ"];

/**
 * Whether a task's cell is filled. A cell holding an Excel error is "error" (reported by cell-error, never as
 * missing); an absent or blank cell is "empty"; punctuation only or a placeholder word is "placeholder".
 */
export function cellState(
  cell: TaskCell | undefined,
  placeholders: readonly string[] = DEFAULT_PLACEHOLDERS,
): CellState {
  if (!cell) return "empty";
  if (placeholders === DEFAULT_PLACEHOLDERS && cell.state !== undefined) return cell.state;
  return computeCellState(cell, placeholders);
}

/** A cell's state for the default placeholders, worked out when the analysis builds the cell. */
export function defaultCellState(cell: TaskCell): CellState {
  return computeCellState(cell, DEFAULT_PLACEHOLDERS);
}

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

/** Kinds of value that are never an agency's name. */
export type NotANameKind = "number" | "date" | "boolean";

/**
 * Whether a cell that should name agencies (lead, co-operating) holds a number, a date or a logical value instead
 * (5, 01/03/2024, TRUE): such a cell names nobody. A cell re-joined with text from the rows below it is text.
 */
export function notAName(cell: TaskCell | undefined): NotANameKind | undefined {
  if (!cell || cell.pieces.length > 1) return undefined;
  const kind = cell.value.kind;
  return kind === "number" || kind === "date" || kind === "boolean" ? kind : undefined;
}
