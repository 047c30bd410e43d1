/** Marking, fixing and undoing above the WorkbookPort, shared by the Office and the .xlsx adapters. */
export { markFindings, clearMarks, cellMarks, findingsSheetSpec, sheetRef, type MarkResult } from "./mark";
export {
  applyFixes,
  MAX_CELL_CHARS,
  planFixes,
  undoFixes,
  type ApplyResult,
  type FixPlan,
  type PlannedChange,
  type RefusedFix,
} from "./fixes";
export { readState, type DropdownKind, type StateRecord } from "./state-sheet";
export {
  createDropdowns,
  removeDropdowns,
  planDropdowns,
  LISTS_SHEET,
  type CheckedTable,
  type DropdownResult,
  type RemoveResult,
} from "./dropdowns";
export { addAcceptances, readAcceptances, revokeAcceptances } from "./acceptances";
export {
  STRINGS,
  vi,
  en,
  STATE_SHEET,
  FINDINGS_SHEETS,
  CHANGE_LOG_SHEETS,
  SEVERITY_COLORS,
  type MarkingStrings,
} from "./strings";
