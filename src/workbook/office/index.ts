export { OfficeWorkbook, notesSupported, type OfficeWorkbookOptions } from "./office-workbook";
export type { NoteApi } from "./annotations";
export type { SavedFill } from "./marks";
