/** Table detection and row analysis: the public entry points. */
export { detectTable, findAppendix, type DetectOptions } from "./detect";
export { analyzeRows, type AnalyzeOptions } from "./rows";
export {
  createHeaderVocabulary,
  defaultHeaderVocabulary,
  extendHeaderVocabulary,
  headerVocabularySchema,
  mergeHeaderVocabulary,
  parseHeaderVocabulary,
  type HeaderVocabulary,
  type HeaderVocabularyData,
  type HeaderVocabularyInput,
  type ParsedHeaderVocabulary,
} from "./vocabulary";
