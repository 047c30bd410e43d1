/**
 * The file a command reads, whatever it is: an Excel workbook (its sheets), a Word document (its appendix tables,
 * or its task list written as prose when it has no table) or a text file (a task list written as prose). Every
 * failure is one line in the user's language naming the file and the real cause.
 */
import * as path from "node:path";
import {
  type AgencyDirectory,
  type Grid,
  type Lang,
  type LegacyEncoding,
  type ProseTable,
  type ReportSource,
} from "../core";
import type { RowPlaces } from "../i18n/places";
import { DocxReadError } from "../workbook/docx";
import { proseAppendix, wordGrids } from "../workbook/word-read";
import { WorkbookReadError, XlsxWorkbook } from "../workbook/xlsx";
import { isLegacyXls } from "../workbook/xlsx/errors";
import { errorText, fail, readInput } from "./errors";
import { t } from "./messages";

export interface Source {
  readonly kind: ReportSource;
  readonly grids: readonly Grid[];
  /** For each grid read from Word tables, where its rows are in the document. */
  readonly places?: readonly (RowPlaces | undefined)[];
  /** The workbook, when the file is one (only a workbook gets an annotated copy). */
  readonly workbook?: XlsxWorkbook;
  /** The task list read from prose, when the grid was made from one. */
  readonly prose?: ProseTable;
  /** Legacy font encodings converted to Unicode while reading. */
  readonly converted: readonly LegacyEncoding[];
}

/** The kind of input by its name: .docx is Word, .txt is text, anything else is tried as a workbook. */
export function kindOf(file: string): ReportSource {
  const ext = path.extname(file).toLowerCase();
  return ext === ".docx" || ext === ".docm" ? "docx" : ext === ".txt" ? "text" : "xlsx";
}

async function openWorkbook(file: string, bytes: Uint8Array, lang: Lang): Promise<XlsxWorkbook> {
  try {
    return await XlsxWorkbook.fromBuffer(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      if (e.code === "encrypted") fail("encrypted", lang, { file });
      if (e.code === "empty") fail("empty-workbook", lang, { file });
      if (e.code === "damaged") fail("damaged", lang, { file }, e.detail);
      if (isLegacyXls(bytes)) fail("legacy-xls", lang, { file });
      fail("not-a-workbook", lang, { file }, e.detail);
    }
    fail("damaged", lang, { file }, errorText(e));
  }
}

async function openWord(file: string, bytes: Uint8Array, lang: Lang, directory: AgencyDirectory): Promise<Source> {
  try {
    const names = { table: (n: number) => t("docx-table", lang, { n: String(n) }), prose: t("prose-sheet", lang) };
    const read = await wordGrids(bytes, names, directory);
    const source = { kind: "docx", grids: read.grids, places: read.places, converted: read.converted } as const;
    return read.prose ? { ...source, prose: read.prose } : source;
  } catch (e) {
    if (!(e instanceof DocxReadError)) throw e;
    if (e.code === "legacy-doc") fail("legacy-doc", lang, { file });
    if (e.code === "encrypted") fail("word-encrypted", lang, { file });
    if (e.code === "damaged") fail("word-damaged", lang, { file }, e.detail);
    if (e.code === "nothing") fail("word-nothing", lang, { file });
    fail("not-a-word-file", lang, { file }, e.detail);
  }
}

/** Opens the file for checking or importing (the caller has checked nothing else about it). */
export async function openSource(file: string, lang: Lang, directory: AgencyDirectory): Promise<Source> {
  const bytes = await readInput(file, lang);
  if (bytes.length === 0) fail("empty-file", lang, { file });
  const kind = kindOf(file);
  if (kind === "docx") return openWord(file, bytes, lang, directory);
  if (kind === "text") {
    const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
    const read = proseAppendix(text, t("prose-sheet", lang), directory);
    if (!read) fail("text-nothing", lang, { file });
    return { kind: "text", grids: [read.grid], prose: read.prose, converted: [] };
  }
  const workbook = await openWorkbook(file, bytes, lang);
  const sheets = await workbook.listSheets();
  if (sheets.length === 0) fail("empty-workbook", lang, { file });
  const grids: Grid[] = [];
  for (const s of sheets) grids.push(await workbook.readGrid(s.name));
  return { kind: "xlsx", grids, workbook, converted: [] };
}

/** Where the rows of `grid` are in the document, when it was read from Word tables. */
export function placesOf(source: Source, grid: Grid): RowPlaces | undefined {
  return source.places?.[source.grids.indexOf(grid)];
}

/** The line saying what reading the file changed, if anything (legacy fonts converted). */
export function sourceNote(source: Source, lang: Lang): string | undefined {
  if (source.converted.length === 0) return undefined;
  return t("converted", lang, { encodings: source.converted.map((e) => t(`encoding-${e}`, lang)).join(", ") });
}
