/** Text output of the command line: findings sorted by row, then totals. */
import {
  type AcceptedFinding,
  type CheckResult,
  type CompletionReport,
  completionTable,
  columnIndex,
  formatRate,
  type IndicatorReport,
  formatVi,
  renderFinding,
  type ColumnKey,
  type Finding,
  type Lang,
  type Report,
} from "../core";
import { COLUMN_TERMS, SEVERITY_GROUP_TERMS, SEVERITY_TERMS, TERMS } from "../i18n/glossary";
import { cellPlace, columnPlace, placeOfRow, rowNamer, rowPlace, tablesOf, type RowPlaces } from "../i18n/places";
import { t } from "./messages";

type OkResult = Extract<CheckResult, { ok: true }>;

const SEV_ID = { error: "sev-error", warning: "sev-warning", info: "sev-info" } as const;

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

/** How a finding's place is written: a sheet's cell ("E14"), or a Word table's cell ("bảng 3, dòng 2, cột 5"). */
export function cellRef(f: Pick<Finding, "row" | "col" | "cell">, lang: Lang, places?: RowPlaces): string {
  const place = placeOfRow(places, f.row);
  return place ? cellPlace(place, f.col, lang) : f.cell;
}

/**
 * The lines of one finding. For a table read from Word (`places`), its place and the rows its message cites are
 * the Word table's rows; `width` is the width of the place column.
 */
export function formatFinding(f: Finding, lang: Lang, places?: RowPlaces, width = 7): string[] {
  const sev = t(SEV_ID[f.severity], lang);
  const task = f.task ? `${t("task", lang)} ${f.task}` : "";
  const rowName = places ? rowNamer(places, lang) : undefined;
  const { message, suggestion } = renderFinding(f, lang, rowName);
  const indent = " ".repeat(width + 22);
  const lines = [`${pad(cellRef(f, lang, places), width)} ${pad(sev, 10)} ${pad(task, 10)} ${message}  [${f.rule}]`];
  if (suggestion) lines.push(`${indent}→ ${t("suggestion", lang)}: ${suggestion}`);
  if (f.related && f.related.length > 0) {
    const rel = f.related.map(
      (r) => `${t("row", lang)} ${rowName?.(r.row) ?? r.row}${r.task ? ` (${t("task", lang)} ${r.task})` : ""}`,
    );
    lines.push(`${indent}→ ${t("related", lang)}: ${rel.join(", ")}`);
  }
  return lines;
}

/** The width of the place column: a sheet's cells fit in 7 characters, a Word table's places in their longest. */
function refWidth(findings: readonly Finding[], lang: Lang, places?: RowPlaces): number {
  return places ? Math.max(7, ...findings.map((f) => cellRef(f, lang, places).length)) : 7;
}

/** The heading and the table's line for a table read from Word: its tables, rows and columns as Word numbers them. */
function wordHeader(r: Report, file: string, lang: Lang, places: RowPlaces): string[] {
  const row = (n: number): string => {
    const p = placeOfRow(places, n);
    return `${t("row", lang)} ${p ? rowPlace(p, lang) : n}`;
  };
  const columns = Object.entries(r.table.columns)
    .map(([k, v]) => `${COLUMN_TERMS[k as ColumnKey][lang]} (${columnPlace(columnIndex(v), lang)})`)
    .join(", ");
  return [
    t("heading-docx", lang, { file, sheet: r.sheet, tables: tablesOf(places, lang) }),
    t("table-line-docx", lang, {
      header: row(r.table.headerRow),
      first: row(r.table.firstRow),
      last: row(r.table.lastRow),
      columns,
    }),
  ];
}

export function formatHeader(result: OkResult, file: string, lang: Lang, places?: RowPlaces): string[] {
  const r: Report = result.report;
  // Each column by its name in the glossary and its letter: "STT (A), Nội dung, nhiệm vụ (B)".
  const columns = Object.entries(r.table.columns)
    .map(([k, v]) => `${COLUMN_TERMS[k as ColumnKey][lang]} (${v})`)
    .join(", ");
  const lines = places
    ? wordHeader(r, file, lang, places)
    : [
        t("heading", lang, { file, sheet: r.sheet }),
        t("table-line", lang, {
          headerRow: r.table.headerRow,
          firstRow: r.table.firstRow,
          lastRow: r.table.lastRow,
          columns,
        }),
      ];
  if (r.planPeriod) {
    const source = t(`source-${r.planPeriod.source}`, lang);
    lines.push(t("period-line", lang, { from: r.planPeriod.from, to: r.planPeriod.to, source }));
  } else {
    lines.push(t("period-none", lang));
  }
  return lines;
}

/** "1 task", "4 tasks" … for the English totals (Vietnamese has no plural). */
function englishCounts(stats: Report["stats"]): Record<string, string> {
  const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
  return {
    tasksEn: n(stats.tasks, TERMS.task.en, TERMS.tasks.en),
    sectionsEn: n(stats.sections, TERMS.section.en, TERMS.sections.en),
    errorsEn: n(stats.errors, SEVERITY_TERMS.error.en, SEVERITY_GROUP_TERMS.error.en),
    warningsEn: n(stats.warnings, SEVERITY_TERMS.warning.en, SEVERITY_GROUP_TERMS.warning.en),
    infosEn: n(stats.infos, SEVERITY_TERMS.info.en, SEVERITY_GROUP_TERMS.info.en),
  };
}

/** The findings accepted in the file: a count, or with `show` each with its reason. */
function formatAccepted(accepted: readonly AcceptedFinding[], show: boolean, lang: Lang, places?: RowPlaces): string[] {
  if (accepted.length === 0) return [];
  if (!show) return [t("accepted-count", lang, { count: accepted.length })];
  const lines = [t("accepted-heading", lang, { count: accepted.length })];
  for (const { finding, acceptance } of accepted) {
    const width = refWidth([finding], lang, places);
    lines.push(...formatFinding(finding, lang, places, width));
    const reason = acceptance.reason === "" ? t("no-reason", lang) : `“${acceptance.reason}”`;
    lines.push(
      `${" ".repeat(width + 22)}→ ${t("reason", lang)}: ${reason}${acceptance.at ? ` (${acceptance.at})` : ""}`,
    );
  }
  return lines;
}

/**
 * The text report. `result.report` holds the findings shown (accepted ones set aside, counts recomputed);
 * `accepted` the findings set aside, counted after the totals or, with `showAccepted`, listed with their reasons.
 * `places`, for a table read from Word, names places as the Word tables' rows and columns.
 */
export function formatText(
  result: OkResult,
  file: string,
  lang: Lang,
  accepted: readonly AcceptedFinding[] = [],
  showAccepted = false,
  places?: RowPlaces,
): string {
  const r = result.report;
  const lines = [...formatHeader(result, file, lang, places), ""];
  if (r.findings.length === 0) lines.push(t("no-findings", lang));
  const width = refWidth(r.findings, lang, places);
  for (const f of r.findings) lines.push(...formatFinding(f, lang, places, width));
  lines.push("", t("totals", lang, { ...r.stats, ...englishCounts(r.stats) }));
  const acceptedLines = formatAccepted(accepted, showAccepted, lang, places);
  if (showAccepted && acceptedLines.length > 0) lines.push("");
  lines.push(...acceptedLines);
  if (r.completion) lines.push("", ...formatCompletion(r.completion, lang));
  return lines.join("\n");
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? pad(cell, widths[c]) : cell.padStart(widths[c]))).join("  "));
}

/** The per-agency completion table (figures exactly as in the JSON report and the summary sheet). */
export function formatCompletion(c: CompletionReport, lang: Lang): string[] {
  if (c.indicators) return formatIndicators(c.indicators, lang);
  const [head, ...body] = completionTable(c, lang);
  const rows = [
    head.map(String),
    ...body.map((r) => r.map((v, i) => (i === r.length - 1 ? formatRate(v as number | null, lang) : String(v)))),
  ];
  return [t("completion-heading", lang, { date: formatVi(c.asOf) }), ...table(rows)];
}

function formatIndicators(r: IndicatorReport, lang: Lang): string[] {
  const lines = [t("indicators-heading", lang, { year: r.year })];
  const rows = [
    [
      t("ind-agency", lang),
      t("ind-tracked", lang),
      t("ind-met", lang),
      t("ind-not-met", lang),
      t("ind-not-reported", lang),
    ],
  ];
  for (const a of r.byAgency)
    rows.push([a.agency, String(a.tracked), String(a.met), String(a.notMet), String(a.notReported)]);
  return [...lines, ...table(rows)];
}
