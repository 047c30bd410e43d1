/** Target versus actual: task states, completion per agency, indicator targets. */
export {
  computeCompletion,
  taskFigures,
  FIGURES,
  TOTAL_LABEL,
  type AgencyCompletion,
  type CompletionCounts,
  type CompletionInput,
  type CompletionReport,
  type CompletionRows,
  type Figure,
} from "./compute";
export { taskState, type ProgressColumn, type ProgressKind, type TaskState, type TaskStateKind } from "./state";
export {
  classifyStatus,
  parseStatusVocabulary,
  percentIn,
  statusVocabulary,
  statusVocabularySchema,
  type ParsedVocabulary,
  type StatusClass,
  type StatusVocabulary,
  type StatusVocabularyData,
  type StatusVocabularyInput,
} from "./vocabulary";
export {
  compareIndicator,
  evaluateIndicators,
  type IndicatorAgency,
  type IndicatorReport,
  type IndicatorResult,
  type IndicatorStatus,
  type NotComparableReason,
} from "./indicators";
export {
  cellVValue,
  parseVNumber,
  parseVValue,
  parseYesNo,
  type Bound,
  type VQuantity,
  type VValue,
  type VYesNo,
} from "./vnumber";
export { dayInText, hasMonthInText } from "./datetext";
export { daysBetween, formatLateness, lateness, LATENESS_LABELS, type Lateness } from "./lateness";
