/**
 * A Word file opened as a workbook: each appendix table (or, when it has none, the task list written as prose) as
 * a formatted appendix sheet of a new in-memory workbook, so that every place that works on a workbook — the
 * browser page's grid, check, marks and annotated download — works on a Word file the same way.
 */
import {
  defaultDirectory,
  defaultHeaderVocabulary,
  detectTable,
  defaultProseVocabulary,
  parseProse,
  proseGrid,
  type AgencyDirectory,
  type Grid,
  type LegacyEncoding,
  type ProseTable,
} from "../core";
import { DocxReadError, readDocx } from "./docx";
import { appendixWorkbook, type XlsxWorkbook } from "./xlsx";

export interface WordWorkbook {
  readonly workbook: XlsxWorkbook;
  /** The prose task list read, when the document has no appendix table. */
  readonly prose?: ProseTable;
  readonly converted: readonly LegacyEncoding[];
}

export interface WordNames {
  /** The sheet name of the n-th table ("Bảng 1"). */
  readonly table: (n: number) => string;
  /** The sheet name of an appendix made from prose ("Phụ lục"). */
  readonly prose: string;
}

export interface WordGrids {
  readonly grids: readonly Grid[];
  readonly prose?: ProseTable;
  readonly converted: readonly LegacyEncoding[];
}

/** The task list written as prose in a text, as an appendix grid; undefined when the text assigns no task. */
export function proseAppendix(
  text: string,
  sheet: string,
  directory: AgencyDirectory = defaultDirectory(),
): { grid: Grid; prose: ProseTable } | undefined {
  const headers = defaultHeaderVocabulary();
  const prose = parseProse(text, { directory, headers, vocabulary: defaultProseVocabulary() });
  return prose.taskCount === 0 ? undefined : { grid: proseGrid(prose, headers, sheet).grid, prose };
}

/**
 * The appendix grids of a Word file: its tables, or, when it has none, its task list written as prose. Throws
 * DocxReadError (code "nothing" when the document has neither).
 */
export async function wordGrids(
  bytes: Uint8Array,
  names: WordNames,
  directory: AgencyDirectory = defaultDirectory(),
): Promise<WordGrids> {
  const content = await readDocx(bytes, { tableName: names.table });
  const converted = [...content.converted.keys()];
  const tables = content.tables.map((t) => t.grid);
  // A table that holds an appendix is read; a document whose tables hold none (a letterhead, a signature block)
  // is read for a task list written as prose, and, failing that, its tables are still given to be reported on.
  if (tables.some((g) => detectTable(g).ok)) return { grids: tables, converted };
  const read = proseAppendix(content.text, names.prose, directory);
  if (read) return { grids: [read.grid], prose: read.prose, converted };
  if (tables.length > 0) return { grids: tables, converted };
  throw new DocxReadError("nothing");
}

/** A Word file as a new workbook of formatted appendix sheets. Throws DocxReadError. */
export async function openWordAsWorkbook(
  bytes: Uint8Array,
  names: WordNames,
  directory: AgencyDirectory = defaultDirectory(),
): Promise<WordWorkbook> {
  const read = await wordGrids(bytes, names, directory);
  const workbook = appendixWorkbook(read.grids);
  return read.prose
    ? { workbook, prose: read.prose, converted: read.converted }
    : { workbook, converted: read.converted };
}
