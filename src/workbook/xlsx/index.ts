/** The exceljs adapter of the WorkbookPort. */
export { XlsxWorkbook } from "./xlsx-workbook";
export { WorkbookReadError, type WorkbookReadErrorCode } from "./errors";
export { isDateFormat, serialToIso } from "./values";
