/**
 * Core messages that are not rule findings: why a sheet could not be checked, option errors.
 * Every message names the sheet (and the cell, where there is one) in the user's language.
 */
import type { ColumnKey, DetectionFailure, Lang, Localized } from "./types";
import { COLUMN_TERMS } from "../i18n/glossary";
import { SCAN_NON_EMPTY_ROWS } from "./detect/header";
import { formatMessage } from "./template";

/** The columns' names, from the glossary every surface uses. */
export const COLUMN_NAMES: Readonly<Record<ColumnKey, Localized>> = COLUMN_TERMS;

const CATALOGUE = {
  "empty-sheet": {
    vi: "Trang tính “{{sheet}}” trống: không có gì để kiểm tra.",
    en: "Sheet “{{sheet}}” is empty: there is nothing to check.",
  },
  "no-header": {
    vi: "Trang tính “{{sheet}}” không có phụ lục nhiệm vụ: không thấy dòng tiêu đề nào có các cột {{lookedFor}}{{within}}.",
    en: "Sheet “{{sheet}}” holds no task appendix: no header row with the columns {{lookedFor}} was found{{within}}.",
  },
  /** The bound of the header search, said aloud in the messages that no header was found ({{within}}). */
  "header-search-bound": {
    vi: " trong {{rows}} dòng có dữ liệu đầu tiên",
    en: " in the first {{rows}} non-empty rows",
  },
  "no-task-column": {
    vi: "Trang tính “{{sheet}}”, dòng {{row}}: có dòng tiêu đề nhưng thiếu cột nội dung nhiệm vụ (tìm: {{lookedFor}}).",
    en: "Sheet “{{sheet}}”, row {{row}}: a header row was found but no task column (looked for: {{lookedFor}}).",
  },
  "bad-mapping": {
    vi: "Trang tính “{{sheet}}”: ánh xạ cột không hợp lệ ({{detail}}).",
    en: "Sheet “{{sheet}}”: the column mapping is not valid ({{detail}}).",
  },
  "internal-error": {
    vi: "Không kiểm tra được trang tính “{{sheet}}” do một lỗi bên trong Rõ Việc ({{detail}}). Lỗi không nằm ở bảng tính: hãy báo cho người quản trị kèm tệp này.",
    en: "Could not check sheet “{{sheet}}” because of an internal error in Rõ Việc ({{detail}}). The workbook is not at fault: please report it with this file.",
  },
  "bad-plan-period": {
    vi: "Kỳ kế hoạch “{{value}}” không hợp lệ: hãy ghi một năm (2024) hoặc một giai đoạn (2026-2030).",
    en: "Plan period “{{value}}” is not valid: give a year (2024) or a span (2026-2030).",
  },
  "bad-as-of": {
    vi: "Ngày tính “{{value}}” không hợp lệ: hãy ghi theo dạng YYYY-MM-DD (ví dụ 2024-06-30).",
    en: "As-of date “{{value}}” is not valid: use YYYY-MM-DD (for example 2024-06-30).",
  },
  "bad-rule-options": {
    vi: "Tùy chọn của quy tắc “{{rule}}” không hợp lệ: {{detail}}",
    en: "Options of rule “{{rule}}” are not valid: {{detail}}",
  },
  "unknown-rule": {
    vi: "Không có quy tắc “{{rule}}”.",
    en: "There is no rule “{{rule}}”.",
  },
  "no-appendix-in-workbook": {
    vi: "Không trang tính nào trong tệp có phụ lục nhiệm vụ (đã xem: {{sheets}}). Cần một dòng tiêu đề có các cột {{lookedFor}}{{within}} của trang tính.",
    en: "No sheet of the workbook holds a task appendix (looked at: {{sheets}}). A header row with the columns {{lookedFor}} is needed{{within}} of a sheet.",
  },
  "unknown-sheet": {
    vi: "Không có trang tính “{{sheet}}” trong tệp (các trang tính: {{sheets}}).",
    en: "The workbook has no sheet “{{sheet}}” (its sheets: {{sheets}}).",
  },
} as const satisfies Record<string, Localized>;

export type CoreMessageId = keyof typeof CATALOGUE;

export function coreMessage(
  id: CoreMessageId,
  lang: Lang,
  data: Readonly<Record<string, string | number>> = {},
): string {
  return formatMessage(CATALOGUE[id][lang], data, lang);
}

/** "STT / TT / Số TT; Nội dung, nhiệm vụ cụ thể / Nhiệm vụ / …" — what a header row should hold. */
export function describeLookedFor(lookedFor: DetectionFailure["lookedFor"], lang: Lang): string {
  const keys: ColumnKey[] = ["number", "content", "lead", "deadline"];
  const parts: string[] = [];
  for (const k of keys) {
    const names = lookedFor[k];
    const label = COLUMN_NAMES[k][lang];
    parts.push(names && names.length > 0 ? `“${names.slice(0, 3).join("”, “")}”` : `“${label}”`);
  }
  return parts.join(", ");
}

/** An option the check refuses (a plan period, an as-of date, a rule's options); detail "rule|what" for rules. */
export type OptionFailure = {
  readonly reason: "bad-plan-period" | "bad-as-of" | "bad-rule-options" | "unknown-rule";
  readonly detail: string;
};

export function describeOptionFailure(f: OptionFailure, lang: Lang): string {
  const [rule, detail] = f.reason === "bad-rule-options" ? f.detail.split("|") : [f.detail, f.detail];
  return coreMessage(f.reason, lang, { value: f.detail, rule, detail });
}

/** " trong 40 dòng có dữ liệu đầu tiên": the bound of the header search, for the messages that say none was found. */
export function headerSearchBound(lang: Lang, rows: number = SCAN_NON_EMPTY_ROWS): string {
  return coreMessage("header-search-bound", lang, { rows });
}

/** No sheet of a workbook holds an appendix: the sheets looked at, the header needed and where it was looked for. */
export function describeNoAppendix(sheets: string, lang: Lang): string {
  const data = { sheets, lookedFor: describeLookedFor({}, lang), within: headerSearchBound(lang) };
  return coreMessage("no-appendix-in-workbook", lang, data);
}

export function describeFailure(failure: DetectionFailure, lang: Lang): string {
  const lookedFor = describeLookedFor(failure.lookedFor, lang);
  const data = {
    sheet: failure.sheet,
    lookedFor,
    row: failure.bestRow ?? 0,
    detail: failure.detail ?? "",
    within: failure.searchedRows ? headerSearchBound(lang, failure.searchedRows) : "",
  };
  return coreMessage(failure.reason, lang, data);
}
