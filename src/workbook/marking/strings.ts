/**
 * Names and headers of the sheets Rõ Việc writes into a workbook, in Vietnamese and English.
 */
import type { Lang, Severity } from "../../core";
import { SEVERITY_TERMS, SHEET_TERMS, TERMS, capitalised } from "../../i18n/glossary";

export interface MarkingStrings {
  readonly findingsSheet: string;
  readonly changeLogSheet: string;
  readonly findingsHeaders: readonly [string, string, string, string, string, string];
  readonly changeLogHeaders: readonly [string, string, string, string, string, string];
  readonly severity: Readonly<Record<Severity, string>>;
  /** Each line of a cell note starts with this. */
  readonly notePrefix: string;
  readonly suggestion: string;
  readonly noFindings: string;
}

/** The words of the sheets and notes Rõ Việc writes, every one the glossary's. */
function strings(lang: Lang): MarkingStrings {
  const w = SHEET_TERMS;
  return {
    findingsSheet: w.findings[lang],
    changeLogSheet: w.changeLog[lang],
    findingsHeaders: [
      w.cell[lang],
      capitalised(TERMS.task[lang]),
      capitalised(TERMS.severity[lang]),
      capitalised(TERMS.rule[lang]),
      w.message[lang],
      w.suggestion[lang],
    ],
    changeLogHeaders: [
      w.time[lang],
      w.sheet[lang],
      w.cell[lang],
      w.oldValue[lang],
      w.newValue[lang],
      w.restoreData[lang],
    ],
    severity: {
      error: capitalised(SEVERITY_TERMS.error[lang]),
      warning: capitalised(SEVERITY_TERMS.warning[lang]),
      info: capitalised(SEVERITY_TERMS.info[lang]),
    },
    notePrefix: w.notePrefix[lang],
    suggestion: w.suggestion[lang],
    noFindings: w.noFindings[lang],
  };
}

export const vi: MarkingStrings = strings("vi");
export const en: MarkingStrings = strings("en");

export const STRINGS: Readonly<Record<Lang, MarkingStrings>> = { vi, en };

/** The hidden sheet holding the original fill and note of every marked cell. */
export const STATE_SHEET = "_RoViec_State";

/** Every name the findings sheet may have (it is removed whatever language wrote it). */
export const FINDINGS_SHEETS: readonly string[] = [vi.findingsSheet, en.findingsSheet];
export const CHANGE_LOG_SHEETS: readonly string[] = [vi.changeLogSheet, en.changeLogSheet];

/** Fill colours (ARGB) by severity; the worst severity of a cell wins. */
export const SEVERITY_COLORS: Readonly<Record<Severity, string>> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};
