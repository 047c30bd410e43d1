/**
 * A Word file opened as a workbook: each appendix table (or, when it has none, the task list written as prose) as
 * a formatted appendix sheet of a new in-memory workbook, so that every place that works on a workbook — the
 * browser page's grid, check, marks and annotated download — works on a Word file the same way.
 */
import { defaultDirectory, type AgencyDirectory, type Grid, type LegacyEncoding, type ProseTable } from "../core";
import type { RowPlaces } from "../i18n/places";
import { writeAppendixSheet } from "./appendix-sheet";
import { wordGrids, type WordNames } from "./word-read";
import { XlsxWorkbook } from "./xlsx";

export { proseAppendix, wordGrids, type WordGrids, type WordNames } from "./word-read";

export interface WordWorkbook {
  readonly workbook: XlsxWorkbook;
  /** Where the rows of each sheet read from Word tables are in the document, by sheet name. */
  readonly places?: ReadonlyMap<string, RowPlaces>;
  /** The prose task list read, when the document has no appendix table. */
  readonly prose?: ProseTable;
  readonly converted: readonly LegacyEncoding[];
}

/**
 * A new workbook holding each appendix grid as a formatted sheet (its header found by the core's detection; a grid
 * without one is written with its first row as the header).
 */
export async function appendixWorkbook(grids: readonly Grid[]): Promise<XlsxWorkbook> {
  return (await appendixSheets(grids)).book;
}

/** The workbook of `appendixWorkbook`, and the name each grid's sheet was given, in the grids' order. */
async function appendixSheets(grids: readonly Grid[]): Promise<{ book: XlsxWorkbook; names: string[] }> {
  const book = XlsxWorkbook.create();
  const names: string[] = [];
  for (const grid of grids) names.push(await writeAppendixSheet(book, grid));
  return { book, names };
}

/** A Word file as a new workbook of formatted appendix sheets. Throws DocxReadError. */
export async function openWordAsWorkbook(
  bytes: Uint8Array,
  names: WordNames,
  directory: AgencyDirectory = defaultDirectory(),
): Promise<WordWorkbook> {
  const read = await wordGrids(bytes, names, directory);
  const { book: workbook, names: sheets } = await appendixSheets(read.grids);
  const places = new Map<string, RowPlaces>();
  sheets.forEach((sheet, i) => {
    const p = read.places?.[i];
    if (p) places.set(sheet, p);
  });
  return read.prose
    ? { workbook, places, prose: read.prose, converted: read.converted }
    : { workbook, places, converted: read.converted };
}
