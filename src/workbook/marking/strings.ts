/**
 * Names and headers of the sheets Rõ Việc writes into a workbook, in Vietnamese and English.
 */
import type { Lang, Severity } from "../../core";
import { SEVERITY_TERMS, capitalised } from "../../i18n/glossary";

/** The glossary's severity names, as the heading of a cell: "Thông tin", "Info". */
function severityNames(lang: Lang): Readonly<Record<Severity, string>> {
  return {
    error: capitalised(SEVERITY_TERMS.error[lang]),
    warning: capitalised(SEVERITY_TERMS.warning[lang]),
    info: capitalised(SEVERITY_TERMS.info[lang]),
  };
}

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

export const vi: MarkingStrings = {
  findingsSheet: "Rõ Việc – Kết quả",
  changeLogSheet: "Rõ Việc – Nhật ký sửa",
  findingsHeaders: ["Ô", "Nhiệm vụ", "Mức độ", "Quy tắc", "Nội dung", "Gợi ý"],
  changeLogHeaders: ["Thời gian", "Trang tính", "Ô", "Giá trị cũ", "Giá trị mới", "Dữ liệu khôi phục"],
  severity: severityNames("vi"),
  notePrefix: "Rõ Việc:",
  suggestion: "Gợi ý",
  noFindings: "Không có phát hiện nào.",
};

export const en: MarkingStrings = {
  findingsSheet: "Rõ Việc – Findings",
  changeLogSheet: "Rõ Việc – Change log",
  findingsHeaders: ["Cell", "Task", "Severity", "Rule", "Message", "Suggestion"],
  changeLogHeaders: ["Time", "Sheet", "Cell", "Old value", "New value", "Restore data"],
  severity: severityNames("en"),
  notePrefix: "Rõ Việc:",
  suggestion: "Suggestion",
  noFindings: "No findings.",
};

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
