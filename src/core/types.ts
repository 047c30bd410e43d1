/**
 * Shared shapes of the core: detected tables, task records, agencies, deadlines, findings and the report.
 * Everything here is plain data so that the CLI, the task pane, the browser page and the custom functions
 * read the same figures.
 */
import type { CellValue, Grid } from "./grid";

export type Lang = "vi" | "en";
export type Localized = Readonly<Record<Lang, string>>;
/** A placeholder's value in a message: a value as written (a name, a number), or words in each language. */
export type MessageValue = string | number | Localized;
export type MessageData = Readonly<Record<string, MessageValue>>;
export type IsoDate = string; // YYYY-MM-DD

/* ------------------------------------------------------------------ table detection */

export const TASK_COLUMNS = ["number", "content", "lead", "coLead", "deliverable", "deadline"] as const;
export const PROGRESS_COLUMNS = ["status", "completionDate", "progressNote"] as const;
export const INDICATOR_COLUMNS = ["unit", "tracking", "actual"] as const;
export type ColumnKey =
  (typeof TASK_COLUMNS)[number] | (typeof PROGRESS_COLUMNS)[number] | (typeof INDICATOR_COLUMNS)[number];
/** Every column key, once. */
export const COLUMN_KEYS: readonly ColumnKey[] = [...TASK_COLUMNS, ...PROGRESS_COLUMNS, ...INDICATOR_COLUMNS];
/** The columns a user re-maps in the pane, in the order people read an appendix. */
export const MAPPABLE_COLUMNS: readonly ColumnKey[] = [...TASK_COLUMNS, "status", "completionDate"];

/** An explicit mapping from a logical column to a sheet column (1-based index or letter). */
export type ColumnMapping = Partial<Record<ColumnKey, number | string>>;

export interface DetectedColumn {
  readonly key: ColumnKey;
  readonly col: number; // 1-based
  readonly header: string; // the header text as written (both header rows joined for two-row headers)
  readonly source: "detected" | "mapping";
}

export interface TargetColumn {
  readonly col: number;
  readonly year: number; // "Năm 2026" under "Mục tiêu"
  readonly header: string;
}

export interface DetectedTable {
  readonly sheet: string;
  readonly kind: "tasks" | "indicators";
  /** First header row; for a two-row header, `headerRows` holds both. */
  readonly headerRow: number;
  readonly headerRows: readonly number[];
  /** The "(1) (2) (3)" row under the header, when present. */
  readonly numberRow?: number;
  /** First and last sheet rows of the table body. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Last column of the table. */
  readonly lastCol: number;
  readonly columns: Partial<Record<ColumnKey, DetectedColumn>>;
  /** Columns under the header that map to nothing (kept, ignored by the checks). */
  readonly extraColumns: ReadonlyArray<{ readonly col: number; readonly header: string }>;
  /** Indicator tables: target columns per year. */
  readonly targetColumns: readonly TargetColumn[];
  /** Text of the rows above the header (title, "PHỤ LỤC", "(Kèm theo …)"), original text. */
  readonly titleRows: ReadonlyArray<{ readonly row: number; readonly text: string }>;
}

/** Why no table was found: what was looked for, for the user. */
export interface DetectionFailure {
  readonly sheet: string;
  /** "internal-error": the check itself failed on the sheet (a defect of Rõ Việc, not of the sheet); `detail` says why. */
  readonly reason: "empty-sheet" | "no-header" | "no-task-column" | "bad-mapping" | "internal-error";
  /** Header names looked for, per column, so the message can say what was expected. */
  readonly lookedFor: Partial<Record<ColumnKey, readonly string[]>>;
  /** Best candidate header row seen, if any. */
  readonly bestRow?: number;
  readonly detail?: string;
  /** The header was searched for in this many first non-empty rows only (the message says so). */
  readonly searchedRows?: number;
}

export type DetectionResult =
  { readonly ok: true; readonly table: DetectedTable } | { readonly ok: false; readonly failure: DetectionFailure };

/* ------------------------------------------------------------------ rows, sections, tasks */

export type RowKind =
  "header" | "column-numbers" | "repeated-header" | "section" | "task" | "continuation" | "blank" | "footer" | "note"; // a row inside the table that is none of the above (a stray line of text)

export interface ClassifiedRow {
  readonly row: number;
  readonly kind: RowKind;
  /** For continuation rows: the sheet row of the task continued. */
  readonly continues?: number;
  /**
   * For continuation rows: the row belongs to the task by the layout, not by a page break: cells merged down from
   * the task's rows, or a sub-item row (its own content, target, deadline) that leaves empty the cells a merge
   * would cover (number, lead, co-operating agencies).
   */
  readonly viaMerge?: boolean;
  /**
   * For repeated-header rows: the header stands right under a section or caption row, each part of the appendix
   * carrying its own header (a layout choice, not a page break).
   */
  readonly underSection?: boolean;
  /** For section rows: index into `Analysis.sections`. */
  readonly section?: number;
}

export interface Section {
  readonly row: number;
  /** Roman numeral or label as written ("I", "VII"); "" when none. */
  readonly label: string;
  /** Title as written, HTML removed ("VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (08 NHIỆM VỤ)"). */
  readonly title: string;
  /** "(08 NHIỆM VỤ)" → 8. */
  readonly declaredCount?: number;
  /** Column holding the declared count text. */
  readonly col: number;
}

/** How a section sits among the others (parallel to `Analysis.sections`). */
export interface SectionNesting {
  /** Nesting depth: 0 for the outermost kind of heading ("I"), 1 for the next ("I.1", "A"), … */
  readonly level: number;
  /** Index of the enclosing section ("III" for "III.1"), if any. */
  readonly parent?: number;
  /** Column holding the label ("IV" in the number column); the title's column when the label is written in it. */
  readonly labelCol: number;
}

/** One logical cell of a task, possibly re-joined from pieces on continuation rows. */
export interface TaskCell {
  readonly col: number;
  /** Sheet row of the first non-empty piece (or the task row when empty). */
  readonly row: number;
  /** The first piece's value as read. */
  readonly value: CellValue;
  /** Original text, NFC, pieces joined (HTML fragments kept). */
  readonly original: string;
  /** Text for checking: NFC, HTML removed, whitespace collapsed. "" when empty. */
  readonly text: string;
  readonly hasHtml: boolean;
  /** Pieces by row, when the cell was re-joined from continuation rows. */
  readonly pieces: ReadonlyArray<{ readonly row: number; readonly text: string }>;
  /** The cell's value comes from a merge spanning several task rows. */
  readonly merged: boolean;
  /** Whether it is filled in, for the default placeholders (set by the analysis; see filled.ts). */
  readonly state?: CellState;
}

/** A cell of a task: "filled", "empty", a "placeholder" ("-", "x", "chưa có") or an Excel "error". */
export type CellState = "filled" | "empty" | "placeholder" | "error";

export interface TaskRecord {
  /** Sheet row where the task starts. */
  readonly row: number;
  /** Every sheet row that contributed (the task row and its continuations). */
  readonly rows: readonly number[];
  /** The number as written in the number column ("26"), "" when none. */
  readonly number: string;
  /** The number shown to people: "26", or "IX.3" when numbering restarts per section. */
  readonly label: string;
  /** Index into `Analysis.sections`, when inside a section. */
  readonly section?: number;
  /**
   * The section whose numbering the task's number continues, when numbering restarts per section: the section
   * itself, or the enclosing one when the numbers run across its sub-headings ("III" over "III.1.1", "III.1.2").
   */
  readonly scope?: number;
  /** For a sub-row with its own lead under one task: the sheet row of the task it belongs to. */
  readonly parentRow?: number;
  readonly cells: Partial<Record<ColumnKey, TaskCell>>;
}

/* ------------------------------------------------------------------ agencies */

export interface AgencyEntry {
  readonly id: string;
  /** Canonical full name, NFC. */
  readonly name: string;
  /** Accepted other names (abbreviations, official short forms): no finding. */
  readonly aliases: readonly string[];
  /** Known misspellings or outdated forms: matched, with an agency-variant finding. */
  readonly variants: readonly string[];
  /** A collective name ("Các sở, ban, ngành"): nobody accountable. */
  readonly collective: boolean;
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate;
  /** Canonical name of the successor, when the agency ended. */
  readonly successor?: string;
  /** Where parts of the work went ("bảo trợ xã hội: Sở Y tế"). */
  readonly successorNote?: Localized;
  /** Facts marked uncertain are kept as aliases only and never produce a finding. */
  readonly uncertain?: boolean;
  readonly source: "default" | "user";
}

export type AgencyMatchKind =
  | "canonical" // written exactly as the canonical name
  | "alias" // an accepted alias or abbreviation
  | "variant-minor" // only case, tone-mark placement or Unicode form differ
  | "variant" // a known variant, or punctuation/abbreviation differences
  | "fuzzy" // close to a known name (dropped word, typo)
  | "unknown";

export interface AgencyMention {
  /** The piece of the cell naming one agency, original text (trimmed). */
  readonly text: string;
  readonly kind: AgencyMatchKind;
  readonly agency?: AgencyEntry;
  /** Similarity for fuzzy matches, 0..1. */
  readonly score?: number;
  /** True for collective names, known or recognised by pattern ("… có liên quan"). */
  readonly collective: boolean;
  /** What follows the agency's name, as written: a sub-unit, a region number, the province (" (Trung tâm …)"). */
  readonly suffix?: string;
}

/* ------------------------------------------------------------------ deadlines and plan period */

export type DeadlineKind = "dated" | "recurring" | "continuous" | "conditional" | "milestones" | "unparsed" | "empty";

export interface Deadline {
  readonly kind: DeadlineKind;
  /** The due date defined in docs/completion.md; absent for ongoing, waiting and not-understood tasks. */
  readonly due?: IsoDate;
  /** Start of the period named ("Từ tháng 01/2024 …", "giai đoạn 2026 - 2030"). */
  readonly start?: IsoDate;
  /** All milestone dates, earliest first. */
  readonly milestones?: readonly IsoDate[];
  /** Conditional deadline carrying an indicative date in brackets. */
  readonly indicative?: boolean;
  /** Not understood because a month, quarter or day is written without its year ("Tháng 6", "Quý III"). */
  readonly missingYear?: boolean;
  /** The text as written (or the ISO date of a date cell). */
  readonly text: string;
}

export interface PlanPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly source: "option" | "title" | "deadlines";
  /** "2024" or "2026-2030". */
  readonly label: string;
}

/* ------------------------------------------------------------------ findings and report */

export type Severity = "error" | "warning" | "info";

/** A correction the add-in can apply ("Sửa") and undo. */
export type Fix =
  | {
      readonly kind: "replace-text";
      readonly row: number;
      readonly col: number;
      readonly from: string;
      readonly to: string;
      /**
       * Where `from` stands in the cell's text (0-based): only that occurrence is replaced. Without it every
       * occurrence is.
       */
      readonly at?: number;
    }
  | { readonly kind: "join-row"; readonly row: number; readonly into: number };

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly row: number;
  /** 1-based column index. */
  readonly col: number;
  /** Column letter, as in the report. */
  readonly column: string;
  /** "E14". */
  readonly cell: string;
  /** The task number as people see it ("26", "IX.3"); "" for rows that are not tasks. */
  readonly task: string;
  readonly messageId: string;
  /** The values of the message's placeholders; words are given in both languages (see render.ts). */
  readonly data: MessageData;
  /** Rendered in the report's language (`renderFinding` renders it in any language). */
  readonly message: string;
  /** A value to write (an agency's name, a corrected text), or words rendered in the report's language. */
  readonly suggestion?: string;
  /** Set when the suggestion is words rather than a value: the suggestion in each language. */
  readonly suggestionWords?: Localized;
  readonly related?: ReadonlyArray<{ readonly row: number; readonly task: string }>;
  readonly fix?: Fix;
}

export interface Stats {
  readonly tasks: number;
  readonly sections: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly durationMs: number;
}

/** Grid with the results of detection and row analysis, shared by every rule and by completion. */
export interface Analysis {
  readonly grid: Grid;
  readonly table: DetectedTable;
  readonly rows: readonly ClassifiedRow[];
  readonly sections: readonly Section[];
  readonly tasks: readonly TaskRecord[];
  /** Numbering restarts in each section ("IX.3" labels). */
  readonly numberingPerSection: boolean;
  /** Level, parent and label column of each section, in the order of `sections`. */
  readonly nesting?: readonly SectionNesting[];
}
