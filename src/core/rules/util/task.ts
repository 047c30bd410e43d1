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

/** The first column of the table, where row-level findings (repeated header, split row) are placed. */
export function firstColumn<O>(context: RuleContext<O>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const c of Object.values(context.analysis.table.columns)) if (c && c.col < min) min = c.col;
  return Number.isFinite(min) ? min : 1;
}

/** Text that says nothing: punctuation or symbols only ("-", "…", "—", "./."). */
export function isPunctuationOnly(text: string): boolean {
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
  if (cell.value.kind === "error") return "error";
  const text = cell.text.trim();
  if (text === "") return "empty";
  if (isPunctuationOnly(text)) return "placeholder";
  // Placeholders are short words: long text is filled without folding it (this runs for every cell of every row).
  if (text.length > PLACEHOLDER_MAX_LENGTH) return "filled";
  return foldedPlaceholders(placeholders).has(fold(text)) ? "placeholder" : "filled";
}

const PLACEHOLDER_MAX_LENGTH = 40;
const placeholderSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function foldedPlaceholders(placeholders: readonly string[]): ReadonlySet<string> {
  let set = placeholderSets.get(placeholders);
  if (!set) {
    set = new Set(placeholders.map(fold));
    placeholderSets.set(placeholders, set);
  }
  return set;
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
