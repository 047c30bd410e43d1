/**
 * Row analysis: every body row of a detected table classified (task, continuation, section, repeated header,
 * column numbers, blank, footer, note), sections read with their declared counts, and every task built with its
 * cells re-joined across continuation rows. One pass over the rows, a bounded amount of work per row.
 */
import type { Grid } from "../grid";
import type { Analysis, ClassifiedRow, ColumnKey, DetectedTable, Section, TaskRecord } from "../types";
import { isNumberRow } from "./header";
import { declaredCount, endsFinished, startsLowerCase, taskNumber } from "./patterns";
import { FROM_ABOVE, RowBuffer } from "./rowbuffer";
import { labelTasks, nestSections, sectionFinder } from "./sections";
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
  const sections: Array<Section & { labelCol?: number }> = [];
  const tasks: MutableTask[] = [];
  const inherited: string[] = [];
  /** For each task: index of the task its sub-row belongs to (itself for an ordinary task). */
  const groupOf: number[] = [];
  /** Indexes in `rows` of the headers repeated right under a section row. */
  const underSection: number[] = [];
  /** Index of the task the current one is a sub-row of, while building a sub-row. */
  let parentIndex = -1;
  const builder = new TaskBuilder(columns);
  /** The task being built, while continuation rows may still join it. */
  let current: TaskBuilder | undefined;
  let sectionIndex: number | undefined;

  const onTask = options.onTask;
  const finish = () => {
    if (!current) return;
    const task = current.build();
    if (parentIndex >= 0) {
      // A sub-row whose task text was not merged down over it reads the text of the task it belongs to.
      const parent = tasks[parentIndex];
      task.parentRow = parent.row;
      if (task.cells.content?.state === "empty" && parent.cells.content) task.cells.content = parent.cells.content;
    }
    groupOf.push(parentIndex >= 0 ? parentIndex : tasks.length);
    tasks.push(task);
    onTask?.(task);
    inherited.push(current.inheritedNumber);
    current = undefined;
    parentIndex = -1;
  };
  const start = (r: number, num: string, inheritedNumber: string) => {
    finish();
    builder.begin(buf, num, sectionIndex, inheritedNumber);
    current = builder;
    rows.push({ row: r, kind: "task" });
  };
  /** A row with its own lead under the task being built (the task's text merged down over it): a task of its own. */
  const startSubRow = (r: number) => {
    if (!current) return;
    const base = current.number || current.inheritedNumber;
    finish();
    parentIndex = groupOf[groupOf.length - 1];
    builder.begin(buf, "", sectionIndex, base);
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

  const findSection = sectionFinder({
    buf,
    reader,
    left,
    right,
    firstRow: table.firstRow,
    lastRow: table.lastRow,
    numberCol,
    contentCol,
    taskCols: otherCols,
  });

  const leadIndex = columns.findIndex(([k]) => k === "lead");

  /** The last row read before this one, blanks aside, headed a section: a header under it belongs to that part. */
  const afterSection = (): boolean => {
    for (let k = rows.length - 1; k >= 0; k--) {
      const kind = rows[k].kind;
      if (kind === "blank") continue;
      return kind === "section";
    }
    return false;
  };

  /**
   * A row with its own lead but no task text of its own belongs to the task above as a sub-row when the task's
   * text is merged down over it, or when it fills more than the lead (its own deadline, deliverable, status …):
   * a lead cell split by a page break carries nothing else.
   */
  const subRowOf = (): boolean => {
    if (!current) return false;
    const c = contentCol !== undefined ? buf.at(contentCol, true) : -1;
    if (c >= 0 && buf.kind[c] === FROM_ABOVE && current.owns(buf.source[c])) return true;
    for (let k = 0; k < buf.ownCount; k++) {
      const col = buf.left + buf.own[k];
      if (col !== leadCol && col !== numberCol && mappedIndex.has(col)) return true;
    }
    return false;
  };

  const mergedFromTask = (): boolean => {
    if (!current) return false;
    for (let i = 0; i < buf.width; i++) if (buf.kind[i] === FROM_ABOVE && current.owns(buf.source[i])) return true;
    return false;
  };

  /**
   * A sub-item of the task being built, laid out as a merge would leave it: its own content with a target or a
   * deadline, while the number, lead and co-operating cells stay empty for the task above to fill.
   */
  const isSubItem = (): boolean => {
    if (!current || numberCol === undefined || leadCol === undefined || !buf.has(contentCol)) return false;
    if (buf.has(leadCol) || buf.has(numberCol) || !current.hasCell(leadIndex)) return false;
    let more = false;
    for (let k = 0; k < buf.ownCount; k++) {
      const i = buf.own[k];
      // A piece starting lower case is the rest of a sentence split by a page break, not a sub-item.
      if (buf.value[i].kind === "text" && startsLowerCase(buf.original[i])) return false;
      if (buf.left + i !== contentCol) more = true;
    }
    return more;
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
        if (afterSection()) underSection.push(rows.length);
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
      sections.push({
        row: r,
        label: section.label,
        title: section.title,
        declaredCount: declared,
        col: section.col,
        labelCol: section.labelCol,
      });
      rows.push({ row: r, kind: "section", section: sectionIndex });
      continue;
    }
    if (num !== "") {
      start(r, num, "");
      continue;
    }
    const ownLead = buf.has(leadCol);
    const leadAndDeadline = ownLead && buf.has(deadlineCol);
    if (numFromAbove && current && current.owns(buf.source[numAt])) {
      // Under a task whose number is merged down, a row with its own lead is a task of its own ("II.1b").
      if (ownLead) startSubRow(r);
      else continues(r, true);
      continue;
    }
    if (current && ownLead && !buf.has(contentCol) && !startsLowerCase(buf.original[buf.at(leadCol!)]) && subRowOf()) {
      startSubRow(r);
      continue;
    }
    if (isSubItem()) {
      continues(r, true);
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

  // Every part carrying its header under its caption is the layout of several tables; a header under one
  // section only is a page break that fell there.
  if (underSection.length > 0 && underSection.length === sections.length) {
    for (const i of underSection) rows[i] = { row: rows[i].row, kind: "repeated-header", underSection: true };
  }
  const { nesting, perSection: numberingPerSection } = nestSections(sections, tasks);
  const plain: Section[] = sections.map(({ labelCol: _, ...s }) => s);
  labelTasks(tasks, inherited, groupOf, plain);
  const records: TaskRecord[] = tasks;
  return { grid, table, rows, sections: plain, tasks: records, numberingPerSection, nesting };
}
