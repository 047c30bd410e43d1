/**
 * Opening a file in the browser page: an .xlsx through the exceljs adapter, a .docx as a workbook of formatted
 * appendix sheets (its tables, or its task list written as prose), each loaded only when a file is opened; and the
 * message that says, in the user's language, why a file could not be opened.
 */
import type { MessageKey } from "../i18n";
import type { RowPlaces } from "../i18n/places";
import type { WorkbookPort } from "../workbook/port";

/** What the page needs of a workbook besides the port: the .xlsx adapter has all of it. */
export interface PreviewWorkbook extends WorkbookPort {
  toBuffer(): Promise<Uint8Array>;
  setActiveSheet(name: string): void;
}

export type OpenWorkbook = (bytes: Uint8Array) => Promise<PreviewWorkbook>;

/** Loads the exceljs adapter only when a file is opened. */
export const openXlsx: OpenWorkbook = async (bytes) => {
  const { XlsxWorkbook } = await import("../workbook/xlsx");
  return XlsxWorkbook.fromBuffer(bytes);
};

/**
 * A Word file as a workbook of formatted appendix sheets (its tables, or its task list written as prose), with where
 * the rows of each sheet read from Word tables are in the document.
 */
export async function openWord(
  bytes: Uint8Array,
  t: (k: MessageKey, p?: Record<string, string | number>) => string,
): Promise<{ workbook: PreviewWorkbook; places?: ReadonlyMap<string, RowPlaces> }> {
  const { openWordAsWorkbook } = await import("../workbook/word-workbook");
  const opened = await openWordAsWorkbook(bytes, { table: (n) => t("preview.wordTable", { n }), prose: "Phụ lục" });
  return opened.places ? { workbook: opened.workbook, places: opened.places } : { workbook: opened.workbook };
}

const WORD_ERRORS: Readonly<Record<string, MessageKey>> = {
  "legacy-doc": "preview.legacyDoc",
  encrypted: "preview.wordEncrypted",
  nothing: "preview.wordNothing",
};

/** The message for a file that could not be opened, by the reader's failure code. */
export function openErrorKey(fileName: string, code: unknown): MessageKey {
  if (/\.docx$/i.test(fileName)) return WORD_ERRORS[String(code)] ?? "preview.wordUnreadable";
  return code === "encrypted" ? "preview.encrypted" : code === "empty" ? "preview.emptyFile" : "preview.unreadable";
}
