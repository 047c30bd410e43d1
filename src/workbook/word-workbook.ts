/**
 * A Word file opened as a workbook: each appendix table (or, when it has none, the task list written as prose) as
 * a formatted appendix sheet of a new in-memory workbook, so that every place that works on a workbook — the
 * browser page's grid, check, marks and annotated download — works on a Word file the same way.
 */
import {
  defaultDirectory,
  defaultHeaderVocabulary,
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

/** Throws DocxReadError (code "nothing" when the document has neither a table nor a task list). */
export async function openWordAsWorkbook(
  bytes: Uint8Array,
  names: WordNames,
  directory: AgencyDirectory = defaultDirectory(),
): Promise<WordWorkbook> {
  const content = await readDocx(bytes, { tableName: names.table });
  const converted = [...content.converted.keys()];
  if (content.tables.length > 0) {
    return { workbook: appendixWorkbook(content.tables.map((t) => t.grid)), converted };
  }
  const headers = defaultHeaderVocabulary();
  const prose = parseProse(content.text, { directory, headers, vocabulary: defaultProseVocabulary() });
  if (prose.taskCount === 0) throw new DocxReadError("nothing");
  const grid: Grid = proseGrid(prose, headers, names.prose).grid;
  return { workbook: appendixWorkbook([grid]), prose, converted };
}
