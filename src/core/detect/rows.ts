/**
 * Row analysis: every body row of a detected table classified (task, continuation, section, repeated header,
 * column numbers, blank, footer, note), sections read with their declared counts, and every task built with its
 * cells re-joined across continuation rows. One pass over the rows, a bounded amount of work per row.
 */
import type { Grid } from "../grid";
import type { Analysis, ClassifiedRow, ColumnKey, DetectedTable, Section, TaskRecord } from "../types";
import { isNumberRow } from "./header";
import {
  declaredCount,
  endsFinished,
  isUpperHeading,
  leadingInteger,
  letterLabel,
  romanLabel,
  sectionHeading,
  startsLowerCase,
  taskNumber,
} from "./patterns";
import { FROM_ABOVE, RowBuffer } from "./rowbuffer";
import { hasContent, SheetReader, valueText } from "./sheet";
import { TaskBuilder, type MutableTask } from "./task";
import { defaultHeaderVocabulary, headerFold, MAX_HEADER_LENGTH, type HeaderVocabulary } from "./vocabulary";

const NON_CONTENT_KEYS: readonly ColumnKey[] = ["lead", "coLead", "deliverable", "deadline"];

function tableLeft(table: DetectedTable): number {
  let left = table.lastCol;
  for (const c of Object.values(table.columns)) if (c && c.col < left) left = c.col;
  for (const e of table.extraColumns) if (e.col < left) left = e.col;
  for (const t of table.targetColumns) if (t.col < left) left = t.col;
  return Math.max(1, left);
}

/** A header row's texts per column: folded, and their lengths. */
interface Signature {
  readonly folded: ReadonlyMap<number, string>;
  readonly length: ReadonlyMap<number, number>;
}

/** Folded header texts per column for each header row, to recognise the header repeated after a page break. */
function headerSignatures(reader: SheetReader, table: DetectedTable, left: number, right: number): Signature[] {
  return table.headerRows.map((hr) => {
    const folded = new Map<number, string>();
    const length = new Map<number, number>();
    for (let c = left; c <= right; c++) {
      const o = reader.own(hr, c);
      if (o.fromAbove || !hasContent(o.value)) continue;
      const text = valueText(o.value);
      const f = headerFold(text);
      if (f === "") continue;
      folded.set(c, f);
      length.set(c, text.length);
    }
    return { folded, length };
  });
}

function matchesSignature(buf: RowBuffer, sig: Signature): boolean {
  if (sig.folded.size === 0 || buf.ownCount < Math.min(2, sig.folded.size)) return false;
  let same = 0;
  let other = 0;
  for (let k = 0; k < buf.ownCount; k++) {
    const i = buf.own[k];
    const col = buf.left + i;
    const text = buf.text[i];
    const length = sig.length.get(col);
    // Folding keeps lengths close: a cell much longer or shorter than the header text is not the header.
    if (length !== undefined && Math.abs(text.length - length) <= 12 && sig.folded.get(col) === headerFold(text))
      same++;
    else if (++other > 1) return false;
  }
  return same >= Math.min(2, sig.folded.size) && same * 2 >= sig.folded.size;
}

/** A row of at least three known header names (a header repeated in another wording). */
function looksLikeHeader(buf: RowBuffer, vocab: HeaderVocabulary): boolean {
  if (buf.ownCount < 3) return false;
  for (let k = 0; k < buf.ownCount; k++) {
    const text = buf.text[buf.own[k]];
    if (text.length > MAX_HEADER_LENGTH) return false;
    if (!vocab.candidates(headerFold(text)).some((c) => c.quality >= 2)) return false;
  }
  return true;
}

function isRepeatedHeader(buf: RowBuffer, signatures: readonly Signature[], vocab: HeaderVocabulary): boolean {
  return signatures.some((sig) => matchesSignature(buf, sig)) || looksLikeHeader(buf, vocab);
}

function isFooterRow(buf: RowBuffer, vocab: HeaderVocabulary): boolean {
  for (let k = 0; k < buf.ownCount; k++) {
    const text = buf.text[buf.own[k]];
    if (text.length <= 80 && vocab.isFooter(headerFold(text))) return true;
  }
  return false;
}

interface SectionFound {
  readonly label: string;
  readonly title: string;
  readonly col: number;
}

export interface AnalyzeOptions {
  readonly vocabulary?: HeaderVocabulary;
  /**
   * Called with each task as soon as it is built (before its label is set, once numbering is known): work on a
   * task while its cells are fresh in memory costs far less than a second walk over 100,000 tasks.
   */
  readonly onTask?: (task: TaskRecord) => void;
}

/** Classifies every body row of `table` and builds its sections and tasks. */
export function analyzeRows(grid: Grid, table: DetectedTable, options: AnalyzeOptions = {}): Analysis {
  const vocab = options.vocabulary ?? defaultHeaderVocabulary();
  const reader = new SheetReader(grid);
  const left = tableLeft(table);
  const right = Math.max(left, table.lastCol);
  const colOf = (k: ColumnKey) => table.columns[k]?.col;
  const numberCol = colOf("number");
  const contentCol = colOf("content");
  const leadCol = colOf("lead");
  const deadlineCol = colOf("deadline");
  const otherCols = NON_CONTENT_KEYS.map(colOf);
  const columns: Array<readonly [ColumnKey, number]> = [];
  for (const c of Object.values(table.columns)) if (c && c.col >= left && c.col <= right) columns.push([c.key, c.col]);
  /** Index into `columns` per sheet column (the first key mapped there). */
  const mappedIndex = new Map<number, number>();
  columns.forEach(([, c], i) => {
    if (!mappedIndex.has(c)) mappedIndex.set(c, i);
  });
  const signatures = headerSignatures(reader, table, left, right);
  const numberRowMin = right - left + 1 >= 3 ? 3 : 2;
  const buf = new RowBuffer(grid, reader, left, right);

  const rows: ClassifiedRow[] = [];
  const sections: Section[] = [];
  const tasks: MutableTask[] = [];
  const inherited: string[] = [];
  const builder = new TaskBuilder(columns);
  /** The task being built, while continuation rows may still join it. */
  let current: TaskBuilder | undefined;
  let sectionIndex: number | undefined;

  const onTask = options.onTask;
  const finish = () => {
    if (!current) return;
    const task = current.build();
    tasks.push(task);
    onTask?.(task);
    inherited.push(current.inheritedNumber);
    current = undefined;
  };
  const start = (r: number, num: string, inheritedNumber: string) => {
    finish();
    builder.begin(buf, num, sectionIndex, inheritedNumber);
    current = builder;
    rows.push({ row: r, kind: "task" });
  };
  const continues = (r: number, viaMerge: boolean) => {
    if (!current) return;
    current.addRow(buf, false);
    rows.push(
      viaMerge
        ? { row: r, kind: "continuation", continues: current.row, viaMerge }
        : { row: r, kind: "continuation", continues: current.row },
    );
  };

  /** Offset of the title next to a section label in the number column: the content cell, else the first other. */
  const titleAt = (): number => {
    let t = contentCol !== undefined ? buf.at(contentCol) : -1;
    for (let k = 0; k < buf.ownCount && t < 0; k++) if (buf.left + buf.own[k] !== numberCol) t = buf.own[k];
    return t;
  };

  const findSection = (numText: string, num: string, numIsText: boolean): SectionFound | undefined => {
    // "C" and "L" alone are the letters of parts (a table never reaches 50 sections), read as letters below.
    const roman = numIsText && numText !== "" ? romanLabel(numText) : undefined;
    if (roman && roman !== "C" && roman !== "L") {
      const t = titleAt();
      return t < 0
        ? { label: roman, title: "", col: numberCol ?? left }
        : { label: roman, title: buf.text[t], col: buf.left + t };
    }
    // Parts lettered "A", "B" …: a heading (capitals, merged across, bold, or declaring its tasks) next to the letter.
    const letter = numIsText && numText !== "" ? letterLabel(numText) : undefined;
    if (letter) {
      const t = titleAt();
      if (t < 0 || buf.value[t].kind !== "text") return undefined;
      const m = buf.merge[t];
      const title = buf.text[t];
      const across = (m !== undefined && m.right > m.left) || reader.isBold(buf.row, buf.left + t);
      if (across || isUpperHeading(title) || declaredCount(title) !== undefined)
        return { label: letter, title, col: buf.left + t };
    }
    if (buf.ownCount === 1 && num === "") {
      const i = buf.own[0];
      if (buf.value[i].kind !== "text") return undefined;
      const col = buf.left + i;
      const heading = sectionHeading(buf.text[i]);
      if (heading) return { label: heading.label, title: heading.title, col };
      const m = buf.merge[i];
      const across = (m !== undefined && m.right > m.left) || reader.isBold(buf.row, col);
      if (across && isUpperHeading(buf.text[i])) return { label: "", title: buf.text[i], col };
      return undefined;
    }
    if (num !== "" && contentCol !== undefined && buf.ownCount === 2 && /^\d{1,3}\.?$/.test(num)) {
      const i = buf.at(contentCol);
      if (i < 0) return undefined;
      const m = buf.merge[i];
      const across = (m !== undefined && m.right > m.left) || reader.isBold(buf.row, contentCol);
      if (across && isUpperHeading(buf.text[i]))
        return { label: num.replace(/\.$/, ""), title: buf.text[i], col: contentCol };
    }
    return undefined;
  };

  const mergedFromTask = (): boolean => {
    if (!current) return false;
    for (let i = 0; i < buf.width; i++) if (buf.kind[i] === FROM_ABOVE && current.owns(buf.source[i])) return true;
    return false;
  };

  const isContinuation = (): boolean => {
    if (!current) return false;
    for (let k = 0; k < buf.ownCount; k++) {
      const i = buf.own[k];
      if (buf.value[i].kind === "text" && startsLowerCase(buf.original[i])) return true;
    }
    const lead = buf.has(leadCol);
    // Something of its own in the number column ("C.", "*") labels the row: it does not continue a task.
    if (buf.has(numberCol)) return false;
    if (!buf.has(contentCol) && !lead) return true;
    // Without a number column every row with content is a task unless it reads as the rest of a sentence.
    if (lead || buf.has(deadlineCol) || numberCol === undefined) return false;
    let unfinished = false;
    for (let k = 0; k < buf.ownCount; k++) {
      const m = mappedIndex.get(buf.left + buf.own[k]);
      const prev = m === undefined ? undefined : current.lastPiece(m);
      if (prev === undefined) return false;
      if (!endsFinished(prev)) unfinished = true;
    }
    return unfinished;
  };

  for (let r = table.firstRow; r <= table.lastRow; r++) {
    buf.read(r);
    if (buf.ownCount === 0) {
      let covered = false;
      if (current) {
        for (let i = 0; i < buf.width && !covered; i++)
          covered = buf.kind[i] === FROM_ABOVE && current.owns(buf.source[i]);
      }
      if (covered) continues(r, true);
      else rows.push({ row: r, kind: "blank" });
      continue;
    }

    const numAt = numberCol !== undefined ? buf.at(numberCol, true) : -1;
    const numFromAbove = numAt >= 0 && buf.kind[numAt] === FROM_ABOVE;
    const numText = numAt >= 0 && !numFromAbove ? buf.text[numAt] : "";
    const numIsText = numAt >= 0 && buf.value[numAt].kind === "text";
    const num = numText !== "" ? taskNumber(buf.value[numAt], numText) : "";

    if ((num === "" || num === "1") && isNumberRow(reader, r, left, right, numberRowMin)) {
      rows.push({ row: r, kind: "column-numbers" });
      continue;
    }
    if (num === "") {
      if (isRepeatedHeader(buf, signatures, vocab)) {
        rows.push({ row: r, kind: "repeated-header" });
        continue;
      }
      if (buf.ownCount <= 3 && isFooterRow(buf, vocab)) {
        rows.push({ row: r, kind: "footer" });
        continue;
      }
    }
    const section = findSection(numText, num, numIsText);
    if (section) {
      finish();
      sectionIndex = sections.length;
      const declared = declaredCount(section.title);
      sections.push({ row: r, label: section.label, title: section.title, declaredCount: declared, col: section.col });
      rows.push({ row: r, kind: "section", section: sectionIndex });
      continue;
    }
    if (num !== "") {
      start(r, num, "");
      continue;
    }
    const leadAndDeadline = buf.has(leadCol) && buf.has(deadlineCol);
    if (numFromAbove && current && current.owns(buf.source[numAt])) {
      if (leadAndDeadline) start(r, "", taskNumber(buf.value[numAt], buf.text[numAt]));
      else continues(r, true);
      continue;
    }
    if (leadAndDeadline) {
      start(r, "", "");
      continue;
    }
    if (current && isContinuation()) {
      // A row the task's own cells are merged down over (the lead, say, spanning its sub-items) is tied to the
      // task by the layout, not split from it.
      continues(r, mergedFromTask());
      continue;
    }
    if (buf.has(contentCol) && (numberCol === undefined || otherCols.some((c) => buf.has(c)))) {
      start(r, "", "");
      continue;
    }
    rows.push({ row: r, kind: "note" });
  }
  finish();

  const numberingPerSection = restartsPerSection(tasks, sections.length);
  tasks.forEach((t, i) => {
    t.label = taskLabel(t.number || inherited[i], t.section, sections, numberingPerSection);
  });
  const records: TaskRecord[] = tasks;
  return { grid, table, rows, sections, tasks: records, numberingPerSection };
}

/** Numbering restarts at 1 in most sections (the first section always starts at 1, so it proves nothing). */
function restartsPerSection(tasks: readonly MutableTask[], sectionCount: number): boolean {
  const first = new Array<number>(sectionCount).fill(NaN);
  for (const t of tasks) {
    if (t.section === undefined || !Number.isNaN(first[t.section])) continue;
    const n = leadingInteger(t.number);
    if (!Number.isNaN(n)) first[t.section] = n;
  }
  let withTasks = 0;
  let restarts = 0;
  for (const n of first) {
    if (Number.isNaN(n)) continue;
    withTasks++;
    if (n === 1) restarts++;
  }
  return withTasks >= 2 && restarts >= 2 && restarts * 2 > withTasks;
}

function taskLabel(number: string, section: number | undefined, sections: readonly Section[], perSection: boolean) {
  // "4." and "4)" are task 4 in messages; "a)" alone keeps its bracket (it reads as a sub-item)
  const num = number.replace(/[.)]$/, "");
  if (number === "" || !perSection || section === undefined) return /^\d/.test(number) ? num : number;
  const label = sections[section]?.label ?? "";
  return label === "" ? num : `${label}.${num}`;
}
