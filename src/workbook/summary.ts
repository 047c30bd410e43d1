/**
 * The summary sheet of completion per agency (and the indicator summary), written through the port so the
 * command line, the browser page and the add-in write the same sheet. Written in place: a second run replaces it;
 * a sheet of the user's is never replaced.
 */
import { type CompletionReport, PUBLIC_FIGURES, completionTable, type IndicatorReport, type Lang } from "../core";
import { COLUMN_TERMS, FIGURE_TERMS, INDICATOR_TERMS, SHEET_TERMS } from "../i18n/glossary";
import { writeOwnSheet } from "./marking/own-sheets";
import type { PlainValue, SheetSpec, WorkbookPort } from "./port";

export const SUMMARY_SHEET: Readonly<Record<Lang, string>> = SHEET_TERMS.summary;
export const INDICATOR_SHEET: Readonly<Record<Lang, string>> = SHEET_TERMS.indicators;

/** Every word of these sheets is the glossary's (test/i18n/glossary.test.ts holds this file to it). */
const TEXT = {
  ...INDICATOR_TERMS,
  unit: COLUMN_TERMS.unit,
  tracking: COLUMN_TERMS.tracking,
  number: COLUMN_TERMS.number,
};

/** Header row, one row per agency, then the total row; rate as a 0..1 number (shown as % with data bars). */
export function summaryRows(completion: CompletionReport, lang: Lang): PlainValue[][] {
  return completionTable(completion, lang);
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
    chart: { title: FIGURE_TERMS.chart[lang], labelColumn: 1, valueColumn: rateColumn, totalRow: true },
  };
}

export function indicatorSheetSpec(report: IndicatorReport, lang: Lang): SheetSpec {
  const rows: PlainValue[][] = [
    [
      TEXT.number[lang],
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
