/** The sheet where users list their own agencies, and the header the pane writes when it creates it. */
export { SHEET_NAME as AGENCY_SHEET, SHEET_HEADERS as AGENCY_SHEET_HEADER } from "../../core";
