/**
 * The appendix grids of a Word file or of a pasted text: the document's tables, or its task list written as prose.
 * No workbook library here (the task pane loads this without exceljs); `word-workbook.ts` makes a workbook of them.
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
import type { RowPlaces } from "../i18n/places";
import { DocxReadError, readDocx } from "./docx";

export interface WordNames {
  /** The sheet name of the table that begins with the n-th Word table of the document ("Bảng 1"). */
  readonly table: (n: number) => string;
  /** The sheet name of an appendix made from prose ("Phụ lục"). */
  readonly prose: string;
}

export interface WordGrids {
  readonly grids: readonly Grid[];
  /** For each grid read from Word tables, where its rows are in the document (none for a prose task list). */
  readonly places?: readonly (RowPlaces | undefined)[];
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
  const content = await readDocx(bytes, { tableName: (_, table) => names.table(table) });
  const converted = [...content.converted.keys()];
  const tables = content.tables.map((t) => t.grid);
  const places = content.tables.map((t) => t.places);
  // A table that holds an appendix is read; a document whose tables hold none (a letterhead, a signature block)
  // is read for a task list written as prose, and, failing that, its tables are still given to be reported on.
  if (tables.some((g) => detectTable(g).ok)) return { grids: tables, places, converted };
  const read = proseAppendix(content.text, names.prose, directory);
  if (read) return { grids: [read.grid], places: [undefined], prose: read.prose, converted };
  if (tables.length > 0) return { grids: tables, places, converted };
  throw new DocxReadError("nothing");
}
