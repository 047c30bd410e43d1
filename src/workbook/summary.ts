/**
 * The summary sheet of completion per agency (and the indicator summary), written through the port so the
 * command line, the browser page and the add-in write the same sheet. Written in place: a second run replaces it;
 * a sheet of the user's is never replaced.
 */
import {
  type CompletionReport,
  FIGURE_LABELS,
  PUBLIC_FIGURES,
  TOTAL_LABELS,
  type IndicatorReport,
  type Lang,
} from "../core";
import { writeOwnSheet } from "./marking/own-sheets";
import type { PlainValue, SheetSpec, WorkbookPort } from "./port";

export const SUMMARY_SHEET: Readonly<Record<Lang, string>> = { vi: "Rõ Việc – Tiến độ", en: "Rõ Việc – Progress" };
export const INDICATOR_SHEET: Readonly<Record<Lang, string>> = { vi: "Rõ Việc – Chỉ tiêu", en: "Rõ Việc – Indicators" };

const TEXT = {
  chart: { vi: "Tỷ lệ hoàn thành theo cơ quan", en: "Completion rate per agency" },
  indicator: { vi: "Chỉ tiêu", en: "Indicator" },
  unit: { vi: "Đơn vị tính", en: "Unit" },
  target: { vi: "Mục tiêu {{year}}", en: "Target {{year}}" },
  actual: { vi: "Kết quả", en: "Actual" },
  status: { vi: "Đánh giá", en: "Status" },
  achievement: { vi: "Tỷ lệ đạt", en: "Achievement" },
  tracking: { vi: "Đơn vị theo dõi", en: "Tracking agency" },
  met: { vi: "Đạt", en: "Met" },
  "not-met": { vi: "Chưa đạt", en: "Not met" },
  "not-reported": { vi: "Chưa báo cáo", en: "Not reported" },
  "not-comparable": { vi: "Không so sánh được", en: "Not comparable" },
} as const;

/** Header row, one row per agency, then the total row; rate as a 0..1 number (shown as % with data bars). */
export function summaryRows(completion: CompletionReport, lang: Lang): PlainValue[][] {
  const header: PlainValue[] = [
    FIGURE_LABELS.agency[lang],
    ...PUBLIC_FIGURES.map((f) => FIGURE_LABELS[f][lang]),
    FIGURE_LABELS.rate[lang],
  ];
  const rows: PlainValue[][] = [header];
  for (const a of completion.agencies) rows.push([a.agency, ...PUBLIC_FIGURES.map((f) => a[f]), a.rate]);
  const t = completion.total;
  rows.push([TOTAL_LABELS[lang], ...PUBLIC_FIGURES.map((f) => t[f]), t.rate]);
  return rows;
}

export function summarySheetSpec(completion: CompletionReport, lang: Lang): SheetSpec {
  const rows = summaryRows(completion, lang);
  const rateColumn = rows[0].length;
  return {
    name: SUMMARY_SHEET[lang],
    rows,
    header: true,
    columnWidths: [44, ...PUBLIC_FIGURES.map(() => 11), 12],
    table: { name: "RoViecTienDo" },
    rateColumn,
    chart: { title: TEXT.chart[lang], labelColumn: 1, valueColumn: rateColumn, totalRow: true },
  };
}

export function indicatorSheetSpec(report: IndicatorReport, lang: Lang): SheetSpec {
  const rows: PlainValue[][] = [
    [
      "STT",
      TEXT.indicator[lang],
      TEXT.unit[lang],
      TEXT.target[lang].replace("{{year}}", String(report.year)),
      TEXT.actual[lang],
      TEXT.status[lang],
      TEXT.achievement[lang],
      TEXT.tracking[lang],
    ],
  ];
  for (const i of report.indicators) {
    rows.push([
      i.label,
      i.name,
      i.unit,
      i.target,
      i.actual,
      TEXT[i.status][lang],
      i.achievement,
      i.tracking.join("; "),
    ]);
  }
  return {
    name: INDICATOR_SHEET[lang],
    rows,
    header: true,
    columnWidths: [6, 60, 10, 12, 16, 16, 10, 40],
    table: { name: "RoViecChiTieu" },
    rateColumn: 7,
  };
}

/**
 * Writes (or replaces) the summary sheet, or the indicator summary for an indicator table, and returns its name:
 * a sheet of the user's under the same name is left alone and the next free name taken. The sheet is listed in
 * the state sheet, so clearing the marks removes it.
 */
export async function writeSummary(port: WorkbookPort, completion: CompletionReport, lang: Lang): Promise<string> {
  if (completion.indicators) {
    return writeOwnSheet(port, "indicators", indicatorSheetSpec(completion.indicators, lang));
  }
  return writeOwnSheet(port, "summary", summarySheetSpec(completion, lang));
}
