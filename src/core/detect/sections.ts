/**
 * Sections and sub-headings: which rows head a part of the table ("I. …", "A.", "I.1", "III.1.1", "5.1 Thương
 * mại", a caption "2. Các nhiệm vụ …" between tables, a text row merged across the table), how they nest, and
 * where the task numbering restarts (per section, per sub-heading, or across the sub-headings of a section).
 */
import type { Section, SectionNesting, TaskRecord } from "../types";
import {
  declaredCount,
  isUpperHeading,
  leadingInteger,
  letterLabel,
  romanLabel,
  sectionHeading,
  taskNumber,
} from "./patterns";
import type { RowBuffer } from "./rowbuffer";
import { hasContent, valueText, type SheetReader } from "./sheet";

export interface SectionFound {
  readonly label: string;
  readonly title: string;
  readonly col: number;
  readonly labelCol?: number;
}

/** "I.1", "III.1.2", "A.2", "5.1" (a trailing full stop allowed): a numbered sub-heading's label. */
const DOTTED = /^((?:[IVXLC]+|[A-ZĐ])|\d{1,2})((?:\.\d{1,2}){1,3})\.?$/u;
/** A caption or heading written with its number: "2. Các nhiệm vụ …", "5.1 Thương mại", "III.1 Nhóm …". */
const NUMBERED_HEADING = /^((?:[IVXLC]+|\d{1,2})(?:\.\d{1,2}){0,3})(?:\s*[.):]\s*|\s+)(\S.*)$/su;
/** Longest title of a sub-heading written as a number and a title alone on its row. */
const SUB_HEADING_MAX = 160;
/** Rows looked at below a possible sub-heading for the tasks under it. */
const LOOKAHEAD_ROWS = 30;

export interface SectionContext {
  readonly buf: RowBuffer;
  readonly reader: SheetReader;
  readonly left: number;
  readonly right: number;
  /** First body row. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly numberCol?: number;
  readonly contentCol?: number;
  /** Columns whose own value makes a row a task (lead, co-operation, deliverable, deadline). */
  readonly taskCols: ReadonlyArray<number | undefined>;
}

/** Finds the section a body row heads, if any. */
export function sectionFinder(ctx: SectionContext) {
  const { buf, reader, numberCol, contentCol } = ctx;
  const width = ctx.right - ctx.left + 1;

  /** Offset of the title next to a label in the number column: the content cell, else the first other. */
  const titleAt = (): number => {
    let t = contentCol !== undefined ? buf.at(contentCol) : -1;
    for (let k = 0; k < buf.ownCount && t < 0; k++) if (buf.left + buf.own[k] !== numberCol) t = buf.own[k];
    return t;
  };
  /** Merged over several columns (at least three, or half the table), or bold. */
  const across = (i: number, wide = false): boolean => {
    const m = buf.merge[i];
    const span = m ? m.right - m.left + 1 : 1;
    if (wide) return span >= Math.min(3, width) || (span > 1 && span * 2 >= width);
    return span > 1 || reader.isBold(buf.row, buf.left + i);
  };
  /** Whether the nearest text above in column `col`, in the body, is bold (false when there is none). */
  const boldAbove = (col: number): boolean => {
    for (let r = buf.row - 1; r >= ctx.firstRow && r >= buf.row - LOOKAHEAD_ROWS; r--) {
      const o = reader.own(r, col);
      if (hasContent(o.value)) return reader.isBold(o.row, col);
    }
    return false;
  };
  const onlyTitle = (): boolean => {
    for (const c of ctx.taskCols) if (buf.has(c)) return false;
    return buf.ownCount <= 2;
  };

  /** Whether tasks follow a row numbered `num`, numbered under it ("5.1.1", "1", "a)") rather than beside it. */
  const tasksUnder = (num: string): boolean => {
    if (numberCol === undefined) return false;
    const stem = num.replace(/\.$/, "");
    const end = Math.min(ctx.lastRow, buf.row + LOOKAHEAD_ROWS);
    for (let r = buf.row + 1; r <= end; r++) {
      const o = reader.own(r, numberCol);
      if (o.fromAbove) continue;
      if (hasContent(o.value)) {
        const t = valueText(o.value);
        const n = taskNumber(o.value, t).replace(/[.)]$/, "");
        if (n === "") return false;
        if (n.startsWith(`${stem}.`)) return true;
        if (/^[a-zđ]$/.test(n)) return true;
        return !n.includes(".") && leadingInteger(n) === 1 && stem !== "1";
      }
      for (let c = ctx.left; c <= ctx.right; c++) {
        const v = reader.own(r, c);
        if (!v.fromAbove && hasContent(v.value)) return ctx.taskCols.some((k) => k === c);
      }
    }
    return false;
  };

  return (numText: string, num: string, numIsText: boolean): SectionFound | undefined => {
    const labelCol = numberCol;
    // "C" and "L" alone are the letters of parts (a table never reaches 50 sections), read as letters below.
    const roman = numIsText && numText !== "" ? romanLabel(numText) : undefined;
    if (roman && roman !== "C" && roman !== "L") {
      const t = titleAt();
      return t < 0
        ? { label: roman, title: "", col: numberCol ?? ctx.left, labelCol }
        : { label: roman, title: buf.text[t], col: buf.left + t, labelCol };
    }
    // Parts lettered "A", "B" …: a heading (capitals, merged across, bold, or declaring its tasks) next to the letter.
    const letter = numIsText && numText !== "" ? letterLabel(numText) : undefined;
    if (letter) {
      const t = titleAt();
      if (t < 0 || buf.value[t].kind !== "text") return undefined;
      const title = buf.text[t];
      if (across(t) || isUpperHeading(title) || declaredCount(title) !== undefined)
        return { label: letter, title, col: buf.left + t, labelCol };
    }
    // A numbered sub-heading: "I.1", "III.1.1" (never a task number), or "5.1" with the tasks numbered under it.
    if (numText !== "" && onlyTitle()) {
      const d = DOTTED.exec(numText.trim());
      const t = titleAt();
      if (t >= 0 && buf.value[t].kind === "text" && buf.text[t].length <= SUB_HEADING_MAX) {
        const label = numText.trim().replace(/\.$/, "");
        if (d && !/^\d/.test(d[1])) return { label, title: buf.text[t], col: buf.left + t, labelCol };
        if (num !== "" && /^\d/.test(num) && tasksUnder(num))
          return { label, title: buf.text[t], col: buf.left + t, labelCol };
      }
    }
    if (buf.ownCount === 1 && num === "") {
      const i = buf.own[0];
      if (buf.value[i].kind !== "text") return undefined;
      const col = buf.left + i;
      const text = buf.text[i];
      const heading = sectionHeading(text);
      if (heading) return { label: heading.label, title: heading.title, col };
      // A caption "2. Các nhiệm vụ …" in the number column or across the row (never a task's own text there).
      if (col === numberCol || across(i)) {
        const n = NUMBERED_HEADING.exec(text);
        if (n && !/^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text)) return { label: n[1], title: n[2].trim(), col };
      }
      if (across(i) && isUpperHeading(text)) return { label: "", title: text, col };
      // A text row merged across the table ("Nhiệm vụ giao Bộ trưởng … chỉ đạo") heads the tasks under it; so does
      // the same text in bold, not merged, under a task whose text is not bold (a task's text broken over a page
      // keeps the task's formatting).
      if (across(i, true)) return { label: "", title: text, col };
      if (col === contentCol && reader.isBold(buf.row, col) && !boldAbove(col)) return { label: "", title: text, col };
      return undefined;
    }
    if (num !== "" && contentCol !== undefined && buf.ownCount === 2 && /^\d{1,3}\.?$/.test(num)) {
      const i = buf.at(contentCol);
      if (i < 0) return undefined;
      if (across(i) && isUpperHeading(buf.text[i]))
        return { label: num.replace(/\.$/, ""), title: buf.text[i], col: contentCol, labelCol };
    }
    return undefined;
  };
}

/* ------------------------------------------------------------------ nesting and numbering scopes */

const LETTERS = "ABCDĐEFGHIJKLMNOPQRSTUVWXYZ";

export interface LabelParts {
  /** "roman", "letter", "figure" or "heading", with the number of dotted parts: "roman#1" for "I.1". */
  readonly kind: string;
  /** The value of the last part: IV → 4, "B" → 3, "III.1.2" → 2. */
  readonly value: number;
  /** The label without its last part ("III.1" for "III.1.2"), "" for a plain label. */
  readonly stem: string;
}

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]] ?? 0;
    const b = v[s[i + 1]] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

/** How a section is labelled, for nesting and for checking the labels run in order. */
export function labelParts(label: string, asLetter = false): LabelParts {
  if (label === "") return { kind: "heading", value: NaN, stem: "" };
  const parts = label.split(".");
  const head = parts[0];
  // "C" and "L" alone letter parts (a table never reaches 50 sections); a lone "I", "V", "X" is Roman unless it
  // continues lettered parts (see readsAsLetter).
  const roman = /^[IVXLC]+$/.test(head) && !(parts.length === 1 && (head === "C" || head === "L"));
  const base = asLetter
    ? "letter"
    : roman
      ? "roman"
      : /^\d+$/.test(head)
        ? "figure"
        : /^[A-ZĐ]$/u.test(head)
          ? "letter"
          : "other";
  const kind = `${base}#${parts.length - 1}`;
  const last = parts[parts.length - 1];
  const value =
    parts.length > 1
      ? Number(last)
      : base === "roman"
        ? romanValue(last)
        : base === "letter"
          ? LETTERS.indexOf(last) + 1
          : Number(last);
  return { kind, value: Number.isFinite(value) ? value : NaN, stem: parts.slice(0, -1).join(".") };
}

/**
 * A single "I", "V" or "X" right after lettered parts ("H.", then "I.") continues the letters: parts A–P of a plan
 * run through "I" and "K".
 */
function readsAsLetter(
  label: string,
  previous: Pick<Section, "label"> | undefined,
  previousKind: string | undefined,
): boolean {
  if (!previous || previousKind !== "letter#0" || !/^[IVX]$/.test(label)) return false;
  return LETTERS.indexOf(label) > LETTERS.indexOf(previous.label);
}

/** The label parts of every section, a lone "I" after lettered parts read as a letter. */
export function sectionLabels(sections: readonly Pick<Section, "label">[]): LabelParts[] {
  const out: LabelParts[] = [];
  sections.forEach((s, i) => {
    const prev = i > 0 ? sections[i - 1] : undefined;
    out.push(labelParts(s.label, readsAsLetter(s.label, prev, out[i - 1]?.kind)));
  });
  return out;
}

type MutableTaskFields = { section?: number; scope?: number; number: string };
type Nest = { -readonly [K in keyof SectionNesting]: SectionNesting[K] };

/**
 * Each section's level and parent, and each task's numbering scope. Numbering restarts at the deepest level where
 * most sections start again at 1; a task numbered within that scope gets its section label as prefix.
 */
export function nestSections(
  sections: readonly (Section & { readonly labelCol?: number })[],
  tasks: readonly MutableTaskFields[],
): { nesting: SectionNesting[]; perSection: boolean } {
  const kinds = sectionLabels(sections).map((p) => p.kind);
  const rank = new Map<string, number>();
  for (const kind of kinds) if (!rank.has(kind)) rank.set(kind, rank.size);
  const nesting: Nest[] = sections.map((s, i) => ({ level: rank.get(kinds[i]) ?? 0, labelCol: s.labelCol ?? s.col }));
  // The parent is the nearest earlier section of a lower level: the open sections, outermost first.
  const open: number[] = [];
  nesting.forEach((n, i) => {
    while (open.length > 0 && nesting[open[open.length - 1]].level >= n.level) open.pop();
    if (open.length > 0) n.parent = open[open.length - 1];
    open.push(i);
  });
  // The first task number under each section (its sub-sections included): tasks come in order, so the first
  // numbered task met in a section is the first of the section and of every enclosing one not met yet.
  const first = new Float64Array(sections.length).fill(NaN);
  const met = new Uint8Array(sections.length);
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    const s = t.section;
    if (s === undefined || met[s] === 1) continue;
    const n = leadingInteger(t.number);
    if (Number.isNaN(n)) continue;
    for (let k: number | undefined = s; k !== undefined && met[k] === 0; k = nesting[k].parent) {
      met[k] = 1;
      first[k] = n;
    }
  }
  let chosen = -1;
  for (let level = 0; level < rank.size; level++) {
    let withTasks = 0;
    let restarts = 0;
    nesting.forEach((n, i) => {
      if (n.level !== level || met[i] === 0) return;
      withTasks++;
      if (first[i] === 1) restarts++;
    });
    if (withTasks >= 2 && restarts >= 2 && restarts * 2 > withTasks) chosen = level;
  }
  if (chosen < 0) return { nesting, perSection: false };
  // Each section's scope: itself, or the enclosing section at the level where the numbering restarts.
  const scopeOf = nesting.map((_, i) => {
    for (let k: number | undefined = i; k !== undefined; k = nesting[k].parent)
      if (nesting[k].level <= chosen) return k;
    return undefined;
  });
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    t.scope = t.section === undefined ? undefined : scopeOf[t.section];
  }
  return { nesting, perSection: true };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters naming the rows of one task that carry their own lead: "II.1a", "II.1b" … */
export function subRowLetter(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : String(i + 1);
}

/** The label people read for a task: "26", "IX.3" within its numbering scope, "III.5" across sub-headings. */
export function taskLabel(task: Pick<TaskRecord, "number" | "scope">, base: string, sections: readonly Section[]) {
  const number = task.number || base;
  // "4." and "4)" are task 4 in messages; "a)" alone keeps its bracket (it reads as a sub-item). Read without a
  // pattern: every task of the table passes here.
  const end = number.charCodeAt(number.length - 1);
  const num = end === 46 || end === 41 ? number.slice(0, -1) : number;
  if (number === "" || task.scope === undefined) return isDigit(number.charCodeAt(0)) ? num : number;
  const label = sections[task.scope]?.label ?? "";
  return label === "" ? num : `${label}.${num}`;
}

/**
 * Labels every task: its number within its numbering scope ("III.5"); the rows of one task that carry their own
 * lead "II.1a", "II.1b" …; an unnumbered task alone in a lettered part, the part's letter ("D").
 */
export function labelTasks(
  tasks: Array<{ -readonly [K in keyof TaskRecord]: TaskRecord[K] }>,
  inherited: readonly string[],
  groupOf: readonly number[],
  sections: readonly Section[],
): void {
  const groupSize = new Int32Array(tasks.length);
  for (let i = 0; i < groupOf.length; i++) groupSize[groupOf[i]]++;
  const perSection = new Int32Array(sections.length);
  for (let i = 0; i < tasks.length; i++) {
    const s = tasks[i].section;
    if (s !== undefined) perSection[s]++;
  }
  const seen = new Int32Array(tasks.length);
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    const g = groupOf[i];
    const base = taskLabel(t, inherited[i] || (g !== i ? tasks[g].number || inherited[g] : ""), sections);
    if (groupSize[g] > 1) {
      t.label = base + subRowLetter(seen[g]++);
      continue;
    }
    const alone = t.section !== undefined && perSection[t.section] === 1;
    t.label = base === "" && alone ? (sections[t.section!]?.label ?? "") : base;
  }
}
