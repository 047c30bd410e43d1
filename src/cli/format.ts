/** Text output of the command line: findings sorted by row, then totals. */
import {
  type AcceptedFinding,
  type CheckResult,
  type CompletionReport,
  completionTable,
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
import { t } from "./messages";

type OkResult = Extract<CheckResult, { ok: true }>;

const SEV_ID = { error: "sev-error", warning: "sev-warning", info: "sev-info" } as const;

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

export function formatFinding(f: Finding, lang: Lang): string[] {
  const sev = t(SEV_ID[f.severity], lang);
  const task = f.task ? `${t("task", lang)} ${f.task}` : "";
  const { message, suggestion } = renderFinding(f, lang);
  const lines = [`${pad(f.cell, 7)} ${pad(sev, 10)} ${pad(task, 10)} ${message}  [${f.rule}]`];
  if (suggestion) lines.push(`${" ".repeat(29)}→ ${t("suggestion", lang)}: ${suggestion}`);
  if (f.related && f.related.length > 0) {
    const rel = f.related.map((r) => `${t("row", lang)} ${r.row}${r.task ? ` (${t("task", lang)} ${r.task})` : ""}`);
    lines.push(`${" ".repeat(29)}→ ${t("related", lang)}: ${rel.join(", ")}`);
  }
  return lines;
}

export function formatHeader(result: OkResult, file: string, lang: Lang): string[] {
  const r: Report = result.report;
  // Each column by its name in the glossary and its letter: "STT (A), Nội dung, nhiệm vụ (B)".
  const columns = Object.entries(r.table.columns)
    .map(([k, v]) => `${COLUMN_TERMS[k as ColumnKey][lang]} (${v})`)
    .join(", ");
  const lines = [
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
function formatAccepted(accepted: readonly AcceptedFinding[], show: boolean, lang: Lang): string[] {
  if (accepted.length === 0) return [];
  if (!show) return [t("accepted-count", lang, { count: accepted.length })];
  const lines = [t("accepted-heading", lang, { count: accepted.length })];
  for (const { finding, acceptance } of accepted) {
    lines.push(...formatFinding(finding, lang));
    const reason = acceptance.reason === "" ? t("no-reason", lang) : `“${acceptance.reason}”`;
    lines.push(`${" ".repeat(29)}→ ${t("reason", lang)}: ${reason}${acceptance.at ? ` (${acceptance.at})` : ""}`);
  }
  return lines;
}

/**
 * The text report. `result.report` holds the findings shown (accepted ones set aside, counts recomputed);
 * `accepted` the findings set aside, counted after the totals or, with `showAccepted`, listed with their reasons.
 */
export function formatText(
  result: OkResult,
  file: string,
  lang: Lang,
  accepted: readonly AcceptedFinding[] = [],
  showAccepted = false,
): string {
  const r = result.report;
  const lines = [...formatHeader(result, file, lang), ""];
  if (r.findings.length === 0) lines.push(t("no-findings", lang));
  for (const f of r.findings) lines.push(...formatFinding(f, lang));
  lines.push("", t("totals", lang, { ...r.stats, ...englishCounts(r.stats) }));
  const acceptedLines = formatAccepted(accepted, showAccepted, lang);
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
