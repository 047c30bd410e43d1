/**
 * The one way into the core from the rest of the project (the CLI, the adapters, the pane, the browser page, the
 * worksheet functions): everything they use is exported here, and a lint rule keeps them from importing core files
 * directly.
 */
export {
  acceptFinding,
  acceptanceCell,
  acceptanceKey,
  acceptanceOf,
  applyAcceptances,
  cellFingerprint,
  findingHash,
  shortHash,
} from "./acceptance";
export type { Acceptance, AcceptanceView, AcceptedFinding } from "./acceptance";
export { defaultDirectory } from "./agencies/default";
export type { AgencyDirectory } from "./agencies/directory";
export { agencyEntrySchema, directoryFileSchema, parseDirectoryData } from "./agencies/schema";
export { SHEET_HEADERS, SHEET_NAME, entriesFromSheetRows } from "./agencies/sheet";
export type { SheetCell } from "./agencies/sheet";
export { computeCompletion, formatLateness, lateness } from "./completion";
export { statusVocabulary } from "./completion/vocabulary";
export type { Lateness } from "./completion";
export type { AgencyCompletion, CompletionReport } from "./completion/compute";
export type { IndicatorReport } from "./completion/indicators";
export { FIGURE_LABELS, PUBLIC_FIGURES, TOTAL_LABELS, completionTable, formatRate } from "./completion/labels";
export type { PublicFigure } from "./completion/labels";
export { formatVi, isIsoDate, isoFromSerial, serialFromIso } from "./dates";
export { detectTable, findAppendix } from "./detect";
export { romanNumeral } from "./detect/patterns";
export { defaultHeaderVocabulary } from "./detect/vocabulary";
export { checkGrid, completionAsOf, pickSheet } from "./engine";
export type { CheckOptions, CheckResult } from "./engine";
export {
  EMPTY,
  MergeIndex,
  boldKey,
  cellAddress,
  cellValue,
  columnIndex,
  columnLetter,
  createGrid,
  isoOfDate,
  parseAddress,
  parseRange,
  rangeAddress,
  rawCell,
} from "./grid";
export type { CellRange, CellValue, Grid, LiteralCell } from "./grid";
export { fromLegacy, legacyFont, toTcvn3 } from "./legacy-fonts";
export type { LegacyEncoding, LegacyFont } from "./legacy-fonts";
export { parsePlanPeriodOption } from "./period";
export { PROSE_COLUMNS, proseGrid } from "./prose/grid";
export type { ProseGridLayout } from "./prose/grid";
export { parseProse } from "./prose/parse";
export type { ProseOptions, ProseRow, ProseSection, ProseTable, ProseTask, UnplacedLine } from "./prose/parse";
export { compileProseVocabulary, defaultProseVocabulary, proseVocabularySchema } from "./prose/vocabulary";
export { publicFinding, publicReport } from "./public-report";
export type { PublicFinding } from "./public-report";
export { describeRule, renderFailure, renderFinding } from "./render";
export type { RenderedFinding, RowName } from "./render";
export { formatMessage } from "./rule";
export { MONTH_NAMES_EN } from "./rules/util/format";
export type { TaskContext } from "./rule";
export { SEVERITIES, worseSeverity } from "./severity";
export { cellText, fold, foldWords } from "./text";
export type {
  AgencyEntry,
  ColumnKey,
  ColumnMapping,
  DetectedTable,
  DetectionFailure,
  DetectionResult,
  Finding,
  Fix,
  IsoDate,
  Lang,
  Localized,
  Section,
  Severity,
  TaskRecord,
} from "./types";
export { MAPPABLE_COLUMNS } from "./types";
export type { Report, ReportSource } from "./report";
