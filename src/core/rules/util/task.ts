/**
 * Small helpers shared by the rules: naming a task for people, finding a task's column, telling an empty cell
 * from a filled one, and locating a piece of text among the rows a re-joined cell came from.
 */
import { columnLetter } from "../../grid";
import { cleanText } from "../../text";
import type { ColumnKey, DetectedColumn, Localized, TaskCell, TaskRecord } from "../../types";
import type { RuleContext, RuleHooks } from "../../rule";

export { cellState, DEFAULT_PLACEHOLDERS, isPunctuationOnly, type CellState } from "../../filled";

/**
 * How a message names a task: its number as people see it ("26", "IX.3"), else its sheet row in words of both
 * languages (the words are rendered where the finding is shown).
 */
export function taskRef(task: TaskRecord): string | Localized {
  if (task.label.trim() !== "") return task.label;
  if (task.number.trim() !== "") return task.number;
  return { vi: `ở dòng ${task.row}`, en: `on row ${task.row}` };
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

/**
 * The hooks of a rule that looks at every cell of every task in a detected column (an error value, HTML left in
 * a cell): `visit` is called with the task, the cell and its column.
 */
export function eachTaskCell<O>(
  context: RuleContext<O>,
  visit: (task: TaskRecord, cell: TaskCell, column: DetectedColumn) => void,
): RuleHooks {
  const columns = context.analysis.table.columns;
  return {
    row(event) {
      const task = event.task?.task;
      if (!task) return;
      for (const key in task.cells) {
        const cell = task.cells[key as ColumnKey];
        const column = columns[key as ColumnKey];
        if (cell && column) visit(task, cell, column);
      }
    },
  };
}

/** The first column of the table, where row-level findings (repeated header, split row) are placed. */
export function firstColumn<O>(context: RuleContext<O>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const c of Object.values(context.analysis.table.columns)) if (c && c.col < min) min = c.col;
  return Number.isFinite(min) ? min : 1;
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
