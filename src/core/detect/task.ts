/**
 * Building one task from its rows: the task row and any continuation rows, each mapped column re-joined from
 * its pieces ("Sở Thông tin và Truyền" + "thông, các sở, ban, ngành" → one name). Cells are built as the rows are
 * read, so a plain task costs its output objects and nothing more.
 */
import { EMPTY, type CellRange } from "../grid";
import { defaultCellState } from "../filled";
import { cleanText, hasHtml } from "../text";
import type { ColumnKey, TaskCell, TaskRecord } from "../types";
import { FROM_ABOVE, NONE, type RowBuffer } from "./rowbuffer";

/** The mapped columns of a table, in a fixed order: [key, sheet column]. */
export type MappedColumns = ReadonlyArray<readonly [ColumnKey, number]>;

export type MutableTask = { -readonly [K in keyof TaskRecord]: TaskRecord[K] };
type Piece = { readonly row: number; readonly text: string };
type MutableCell = { -readonly [K in keyof TaskCell]: TaskCell[K] };

const NO_PIECES: TaskCell["pieces"] = Object.freeze([]);

function markup(s: string): boolean {
  return (s.includes("<") || s.includes("&")) && hasHtml(s);
}

/** Stores a cell under a literal property name: every record then shares one shape (fast to build and read). */
function setCell(cells: Partial<Record<ColumnKey, TaskCell>>, key: ColumnKey, cell: TaskCell): void {
  switch (key) {
    case "number":
      cells.number = cell;
      break;
    case "content":
      cells.content = cell;
      break;
    case "lead":
      cells.lead = cell;
      break;
    case "coLead":
      cells.coLead = cell;
      break;
    case "deliverable":
      cells.deliverable = cell;
      break;
    case "deadline":
      cells.deadline = cell;
      break;
    case "status":
      cells.status = cell;
      break;
    case "completionDate":
      cells.completionDate = cell;
      break;
    case "progressNote":
      cells.progressNote = cell;
      break;
    case "unit":
      cells.unit = cell;
      break;
    case "tracking":
      cells.tracking = cell;
      break;
    case "actual":
      cells.actual = cell;
      break;
  }
}

/**
 * Builds the tasks of a table one after the other: `begin` a task on its row, `addRow` its continuation rows,
 * `build` the record. One builder serves the whole table.
 */
export class TaskBuilder {
  row = 0;
  number = "";
  section: number | undefined;
  /** Label base when the number cell is merged down from an earlier task ("4" for a sub-row of task 4). */
  inheritedNumber = "";
  rows: number[] = [];
  private readonly cells: Array<MutableCell | undefined>;
  /** Multi-row merges the cells' values came from: [column index, range]. */
  private merges?: Array<[number, CellRange]>;

  constructor(private readonly columns: MappedColumns) {
    this.cells = new Array<MutableCell | undefined>(columns.length).fill(undefined);
  }

  /** Starts a task on the row held in `buf`. */
  begin(buf: RowBuffer, number: string, section: number | undefined, inheritedNumber: string): void {
    this.row = buf.row;
    this.number = number;
    this.section = section;
    this.inheritedNumber = inheritedNumber;
    this.rows = [buf.row];
    this.cells.fill(undefined);
    this.merges = undefined;
    this.addRow(buf, true);
  }

  /** Last sheet row of the task so far. */
  get lastRow(): number {
    return this.rows[this.rows.length - 1];
  }

  /** Whether a row lies within the task's rows so far. */
  owns(row: number): boolean {
    return row >= this.row && row <= this.lastRow;
  }

  /** Whether mapped column `i` holds a value so far. */
  hasCell(i: number): boolean {
    return i >= 0 && this.cells[i] !== undefined;
  }

  /** Original text of the last piece of mapped column `i` so far, or undefined when the cell is still empty. */
  lastPiece(i: number): string | undefined {
    const cell = this.cells[i];
    if (!cell) return undefined;
    return cell.pieces.length > 0 ? cell.pieces[cell.pieces.length - 1].text : cell.original;
  }

  /**
   * Adds the row held in `buf`. On the task's own row (`first`), values merged down from earlier rows count too;
   * on continuation rows only the row's own values do.
   */
  addRow(buf: RowBuffer, first: boolean): void {
    if (!first) this.rows.push(buf.row);
    const columns = this.columns;
    for (let i = 0; i < columns.length; i++) {
      const off = columns[i][1] - buf.left;
      if (off < 0 || off >= buf.width) continue;
      const kind = buf.kind[off];
      if (kind === NONE || (kind === FROM_ABOVE && !first)) continue;
      const row = buf.source[off];
      const m = buf.merge[off];
      if (m && m.bottom > m.top) (this.merges ??= []).push([i, m]);
      const cell = this.cells[i];
      if (!cell) {
        const original = buf.original[off];
        this.cells[i] = {
          col: columns[i][1],
          row,
          value: buf.value[off],
          original,
          text: buf.text[off],
          hasHtml: buf.plain[off] === 0 && markup(original),
          pieces: NO_PIECES,
          merged: false,
          state: undefined,
        };
      } else {
        // A second piece: the cell is re-joined, and its pieces are listed.
        const piece: Piece = { row, text: buf.original[off] };
        cell.pieces =
          cell.pieces.length > 0 ? [...cell.pieces, piece] : [{ row: cell.row, text: cell.original }, piece];
        cell.original = `${cell.original} ${piece.text}`;
        cell.text = cleanText(cell.original);
        cell.hasHtml = markup(cell.original);
      }
    }
  }

  /** The task record; its label is set once the numbering of the whole table is known. */
  build(): MutableTask {
    const first = this.row;
    const last = this.lastRow;
    if (this.merges) {
      for (const [i, m] of this.merges) {
        const cell = this.cells[i];
        if (cell && (m.top < first || m.bottom > last)) cell.merged = true;
      }
    }
    const cells: Partial<Record<ColumnKey, TaskCell>> = {};
    for (let i = 0; i < this.columns.length; i++) {
      const [key, col] = this.columns[i];
      const cell = this.cells[i];
      if (cell) cell.state = defaultCellState(cell);
      setCell(
        cells,
        key,
        cell ?? {
          col,
          row: first,
          value: EMPTY,
          original: "",
          text: "",
          hasHtml: false,
          pieces: NO_PIECES,
          merged: false,
          state: "empty",
        },
      );
    }
    return { row: first, rows: this.rows, number: this.number, label: "", section: this.section, cells };
  }
}
