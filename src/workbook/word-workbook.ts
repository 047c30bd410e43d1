/**
 * A Word file opened as a workbook: each appendix table (or, when it has none, the task list written as prose) as
 * a formatted appendix sheet of a new in-memory workbook, so that every place that works on a workbook — the
 * browser page's grid, check, marks and annotated download — works on a Word file the same way.
 */
import { defaultDirectory, type AgencyDirectory, type Grid, type LegacyEncoding, type ProseTable } from "../core";
import { writeAppendixSheet } from "./appendix-sheet";
import { wordGrids, type WordNames } from "./word-read";
import { XlsxWorkbook } from "./xlsx";

export { proseAppendix, wordGrids, type WordGrids, type WordNames } from "./word-read";

export interface WordWorkbook {
  readonly workbook: XlsxWorkbook;
  /** The prose task list read, when the document has no appendix table. */
  readonly prose?: ProseTable;
  readonly converted: readonly LegacyEncoding[];
}

/**
 * A new workbook holding each appendix grid as a formatted sheet (its header found by the core's detection; a grid
 * without one is written with its first row as the header).
 */
export async function appendixWorkbook(grids: readonly Grid[]): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.create();
  for (const grid of grids) await writeAppendixSheet(book, grid);
  return book;
}

/** A Word file as a new workbook of formatted appendix sheets. Throws DocxReadError. */
export async function openWordAsWorkbook(
  bytes: Uint8Array,
  names: WordNames,
  directory: AgencyDirectory = defaultDirectory(),
): Promise<WordWorkbook> {
  const read = await wordGrids(bytes, names, directory);
  const workbook = await appendixWorkbook(read.grids);
  return read.prose
    ? { workbook, prose: read.prose, converted: read.converted }
    : { workbook, converted: read.converted };
}
