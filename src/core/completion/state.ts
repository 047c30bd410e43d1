/**
 * Each task's state from its progress columns (docs/completion.md, "The state of a task"):
 * - done: a status meaning finished, or a filled completion date;
 * - not done: in progress, not started, or blank;
 * - unknown: a status the vocabulary does not know; it counts as not done in the figures and gets a
 *   `status-unknown` finding.
 *
 * Order of reading: a completion date decides first (a filled date means done whatever the status says); then
 * the status column; then, only when neither says anything, a progress note ("Kết quả thực hiện"), whose free
 * text is read with the same vocabulary but never makes a task unknown.
 */
import { formatVi } from "../dates";
import { cellText } from "../text";
import type { IsoDate, TaskCell, TaskRecord } from "../types";
import { cellDay, dayInText, hasMonthInText } from "./datetext";
import { classifyStatus, statusVocabulary, type StatusClass, type StatusVocabulary } from "./vocabulary";

export type TaskStateKind = "done" | "not-done" | "unknown";
export type ProgressKind = StatusClass | "blank" | "unknown";
export type ProgressColumn = "status" | "completionDate" | "progressNote";

export interface TaskState {
  readonly state: TaskStateKind;
  /** Finer reading: done, in progress, not started, blank, unknown. */
  readonly progress: ProgressKind;
  /** Completion day, when a completion date (or a date in a done status) says it. */
  readonly completedOn?: IsoDate;
  /** The user's text of the cell that decided ("" when blank); date cells shown as dd/mm/yyyy. */
  readonly statusText: string;
  /** The cell that decided, for findings. */
  readonly cell?: { readonly key: ProgressColumn; readonly row: number; readonly col: number };
}

interface Reading {
  readonly progress: ProgressKind;
  readonly completedOn?: IsoDate;
  readonly text: string;
}

const BLANK: TaskState = { state: "not-done", progress: "blank", statusText: "" };

function shown(cell: TaskCell): string {
  if (cell.value.kind === "date") return formatVi(cell.value.iso);
  return cell.text !== "" ? cell.text : cellText(cell.value);
}

/** Whether a progress cell says anything: punctuation only ("-", "…") does not. */
function filled(cell: TaskCell | undefined): cell is TaskCell {
  if (!cell) return false;
  const kind = cell.value.kind;
  if (kind !== "empty" && kind !== "text") return true;
  return /[\p{L}\p{N}\p{S}]/u.test(cell.text);
}

/** A number in a status column: a fraction with a % format, 0..1 as a fraction, up to 100 as a percentage. */
function numberStatus(value: number, format: string | undefined): Reading | undefined {
  let p: number;
  if (format?.includes("%") || (value >= 0 && value <= 1)) p = value * 100;
  else if (value > 1 && value <= 100) p = value;
  else return undefined;
  const progress: StatusClass = p >= 100 ? "done" : p > 0 ? "in-progress" : "not-started";
  return { progress, text: `${Math.round(p * 100) / 100}%` };
}

/**
 * Readings of text cells repeat ("Hoàn thành" thousands of times): kept per vocabulary, by column (status,
 * completion date) and text. Looked up by the cell's text itself (no key is built per task).
 */
interface Readings {
  readonly status: Map<string, Reading>;
  readonly date: Map<string, Reading>;
}
const readings = new WeakMap<StatusVocabulary, Readings>();
const READING_LIMIT = 20000;

function readingsOf(vocabulary: StatusVocabulary): Readings {
  let r = readings.get(vocabulary);
  if (!r) {
    r = { status: new Map(), date: new Map() };
    readings.set(vocabulary, r);
  }
  return r;
}

function remember(cache: Map<string, Reading>, text: string, r: Reading): Reading {
  if (cache.size >= READING_LIMIT) cache.clear();
  cache.set(text, r);
  return r;
}

function readStatus(cell: TaskCell, vocabulary: StatusVocabulary): Reading {
  if (cell.value.kind === "text" || cell.value.kind === "empty") {
    const cache = readingsOf(vocabulary).status;
    return cache.get(cell.text) ?? remember(cache, cell.text, readStatusUncached(cell, vocabulary));
  }
  return readStatusUncached(cell, vocabulary);
}

function readStatusUncached(cell: TaskCell, vocabulary: StatusVocabulary): Reading {
  const text = shown(cell);
  const v = cell.value;
  switch (v.kind) {
    case "date":
      return { progress: "done", completedOn: v.iso, text };
    case "boolean":
      return { progress: v.value ? "done" : "not-started", text };
    case "error":
      return { progress: "unknown", text };
    case "number": {
      const day = cellDay(v, text);
      if (day && v.value > 100) return { progress: "done", completedOn: day, text: formatVi(day) };
      return numberStatus(v.value, v.format) ?? { progress: "unknown", text };
    }
    default: {
      const cls = classifyStatus(cell.text, vocabulary);
      const day = dayInText(cell.text);
      if (cls === "done") return { progress: "done", completedOn: day, text };
      if (cls) return { progress: cls, text };
      // A bare date written as text in the status column ("15/3/2024") says when it was done.
      if (day) return { progress: "done", completedOn: day, text };
      return { progress: "unknown", text };
    }
  }
}

function readCompletionDate(cell: TaskCell, vocabulary: StatusVocabulary): Reading {
  if (cell.value.kind === "text" || cell.value.kind === "empty") {
    const cache = readingsOf(vocabulary).date;
    return cache.get(cell.text) ?? remember(cache, cell.text, readCompletionDateUncached(cell, vocabulary));
  }
  return readCompletionDateUncached(cell, vocabulary);
}

function readCompletionDateUncached(cell: TaskCell, vocabulary: StatusVocabulary): Reading {
  const text = shown(cell);
  const v = cell.value;
  if (v.kind === "boolean") return { progress: v.value ? "done" : "not-started", text };
  if (v.kind === "error") return { progress: "unknown", text };
  const day = cellDay(v, cell.text);
  if (day) return { progress: "done", completedOn: day, text: v.kind === "text" ? text : formatVi(day) };
  if (v.kind === "number") return { progress: "unknown", text };
  const cls = classifyStatus(cell.text, vocabulary);
  if (cls) return { progress: cls, text };
  // "Tháng 3/2024": filled, so done, but the day (and so the timeliness) is not known.
  if (hasMonthInText(cell.text)) return { progress: "done", text };
  return { progress: "unknown", text };
}

function stateOf(r: Reading): TaskStateKind {
  return r.progress === "done" ? "done" : r.progress === "unknown" ? "unknown" : "not-done";
}

function result(r: Reading, key: ProgressColumn, cell: TaskCell, completedOn = r.completedOn): TaskState {
  const s: TaskState = {
    state: stateOf(r),
    progress: r.progress,
    statusText: r.text,
    cell: { key, row: cell.row, col: cell.col },
  };
  return completedOn ? { ...s, completedOn } : s;
}

/**
 * The state of one task from its progress cells (`status`, `completionDate`, `progressNote`). A table without
 * any progress column gives every task "not-done" with progress "blank".
 */
export function taskState(task: TaskRecord, vocabulary: StatusVocabulary = statusVocabulary()): TaskState {
  const statusCell = task.cells.status;
  const dateCell = task.cells.completionDate;
  const status = filled(statusCell) ? readStatus(statusCell, vocabulary) : undefined;
  const date = filled(dateCell) ? readCompletionDate(dateCell, vocabulary) : undefined;

  if (date && dateCell && date.progress === "done") {
    return result(date, "completionDate", dateCell, date.completedOn ?? status?.completedOn);
  }
  if (status && statusCell) return result(status, "status", statusCell);
  if (date && dateCell) return result(date, "completionDate", dateCell);

  const noteCell = task.cells.progressNote;
  if (filled(noteCell) && noteCell.value.kind === "text") {
    const cls = classifyStatus(noteCell.text, vocabulary);
    if (cls) {
      const completedOn = cls === "done" ? dayInText(noteCell.text) : undefined;
      return result({ progress: cls, text: shown(noteCell) }, "progressNote", noteCell, completedOn);
    }
  }
  return BLANK;
}
