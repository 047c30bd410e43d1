/**
 * The check: detect the table, analyse its rows, resolve agencies and deadlines once per task, run every rule,
 * and build the report. Every finding and figure is computed here, once, for every surface.
 */
import { columnLetter, EMPTY, type CellRange, type Grid } from "./grid";
import type { AgencyDirectory } from "./agencies/directory";
import { defaultDirectory } from "./agencies/default";
import { parseDeadline, parseDeadlineText } from "./deadline";
import { analyzeRows, detectTable, findAppendix } from "./detect";
import {
  coreMessage,
  describeFailure,
  describeNoAppendix,
  describeOptionFailure,
  type OptionFailure,
} from "./messages";
import { parsePlanPeriodOption, resolvePlanPeriod } from "./period";
import { severityRank } from "./severity";
import { formatMessage, type Descriptor, type Rule, type RowEvent, type RuleHooks, type TaskContext } from "./rule";
import { rules as registry } from "./rules";
import { isIsoDate, yearOf } from "./dates";
import { notAName } from "./filled";
import { computeCompletion, type CompletionReport } from "./completion/compute";
import type { Report, ReportSource } from "./report";
import type {
  AgencyMention,
  Analysis,
  ClassifiedRow,
  ColumnKey,
  ColumnMapping,
  Deadline,
  DetectedTable,
  DetectionFailure,
  Finding,
  IsoDate,
  Lang,
  PlanPeriod,
  TaskCell,
  TaskRecord,
} from "./types";

export interface CheckOptions {
  /** "2024" or "2026-2030"; else from the title, else from the deadlines. */
  readonly planPeriod?: string;
  /** Date for overdue and completion figures. */
  readonly asOf?: IsoDate;
  readonly lang?: Lang;
  readonly directory?: AgencyDirectory;
  readonly mapping?: ColumnMapping;
  readonly headerRow?: number;
  /** Check only this range ("use the selected range"). */
  readonly range?: CellRange;
  /** Per-rule "off" or options. */
  readonly rules?: Readonly<Record<string, unknown>>;
  readonly file?: string;
  /** What the grid was read from: a workbook (default), a Word file's table, or a task list written as prose. */
  readonly source?: ReportSource;
  /** Clock for durationMs (injected so the core needs no globals). */
  readonly now?: () => number;
}

export type { OptionFailure } from "./messages";

export type CheckResult =
  | {
      readonly ok: true;
      readonly report: Report;
      readonly analysis: Analysis;
      readonly tasks: readonly TaskContext[];
      readonly planPeriod: PlanPeriod | null;
      readonly directory: AgencyDirectory;
    }
  | { readonly ok: false; readonly failure: DetectionFailure | OptionFailure; readonly message: string };

function defaultNow(): number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf ? perf.now() : Date.now();
}

function cellDeadline(cell: TaskCell | undefined): Deadline {
  if (!cell) return parseDeadline(EMPTY);
  if (cell.value.kind === "date" || cell.value.kind === "number") {
    return parseDeadline(cell.pieces.length > 1 ? { kind: "text", text: cell.text } : cell.value);
  }
  if (cell.value.kind === "error") return parseDeadline(EMPTY);
  return cell.text === "" ? parseDeadline(EMPTY) : parseDeadlineText(cell.text);
}

const NO_MENTIONS: readonly AgencyMention[] = Object.freeze([]);

function cellMentions(directory: AgencyDirectory, cell: TaskCell | undefined): readonly AgencyMention[] {
  // An error value, a number, a date or TRUE names no agency (missing-lead and missing-co-lead say so).
  if (!cell || cell.value.kind === "error" || cell.text === "" || notAName(cell)) return NO_MENTIONS;
  return directory.mentions(cell.original);
}

/** Resolves the agencies and the deadline of a task, once. */
export function taskContext(task: TaskRecord, directory: AgencyDirectory): TaskContext {
  return {
    task,
    lead: cellMentions(directory, task.cells.lead),
    coLead: cellMentions(directory, task.cells.coLead),
    deadline: task.cells.deadline ? cellDeadline(task.cells.deadline) : undefined,
  };
}

function taskDeadlines(tasks: readonly TaskContext[]): Deadline[] {
  const out: Deadline[] = [];
  for (const t of tasks) if (t.deadline) out.push(t.deadline);
  return out;
}

interface EnabledRule {
  readonly rule: Rule<unknown>;
  readonly options: unknown;
}

function enabledRules(config: Readonly<Record<string, unknown>> | undefined): EnabledRule[] | OptionFailure {
  const known = new Set(registry.map((r) => r.meta.id));
  for (const id of Object.keys(config ?? {})) {
    if (!known.has(id)) return { reason: "unknown-rule", detail: id };
  }
  const out: EnabledRule[] = [];
  for (const rule of registry) {
    const setting = config?.[rule.meta.id];
    if (setting === "off" || setting === false) continue;
    const parsed = rule.meta.schema.safeParse(setting === "on" || setting === true ? undefined : setting);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "options"}: ${i.message}`).join("; ");
      return { reason: "bad-rule-options", detail: `${rule.meta.id}|${detail}` };
    }
    out.push({ rule, options: parsed.data });
  }
  return out;
}

function optionFailure(f: OptionFailure, lang: Lang): CheckResult {
  return { ok: false, failure: f, message: describeOptionFailure(f, lang) };
}

/** Checks one sheet. Never throws on any grid; a sheet that cannot be checked gives `ok: false` and a message. */
export function checkGrid(grid: Grid, options: CheckOptions = {}): CheckResult {
  const now = options.now ?? defaultNow;
  const started = now();
  const lang: Lang = options.lang ?? "vi";

  if (options.planPeriod !== undefined && !parsePlanPeriodOption(options.planPeriod)) {
    return optionFailure({ reason: "bad-plan-period", detail: options.planPeriod }, lang);
  }
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    return optionFailure({ reason: "bad-as-of", detail: options.asOf }, lang);
  }
  const enabled = enabledRules(options.rules);
  if (!Array.isArray(enabled)) return optionFailure(enabled, lang);

  const detection = detectTable(grid, { mapping: options.mapping, headerRow: options.headerRow, range: options.range });
  if (!detection.ok) {
    return { ok: false, failure: detection.failure, message: describeFailure(detection.failure, lang) };
  }
  try {
    return checkTable({ grid, table: detection.table, enabled, options, lang }, started, now);
  } catch (e) {
    // A defect met on this sheet: one clear failure naming the sheet and the cause, never a crash.
    const failure: DetectionFailure = {
      sheet: grid.sheet,
      reason: "internal-error",
      lookedFor: {},
      detail: causeOf(e),
    };
    return { ok: false, failure, message: describeFailure(failure, lang) };
  }
}

function causeOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

interface TableCheck {
  readonly grid: Grid;
  readonly table: DetectedTable;
  readonly enabled: readonly EnabledRule[];
  readonly options: CheckOptions;
  readonly lang: Lang;
}

/** The check of a table detected: rows, tasks, plan period, rules, figures, report. */
function checkTable(
  { grid, table, enabled, options, lang }: TableCheck,
  started: number,
  now: () => number,
): CheckResult {
  const directory = options.directory ?? defaultDirectory();
  // Each task's agencies and deadline are resolved as the analysis builds it.
  const tasks: TaskContext[] = [];
  const analysis = analyzeRows(grid, table, { onTask: (task) => tasks.push(taskContext(task, directory)) });
  const planPeriod = resolvePlanPeriod({
    option: options.planPeriod,
    titles: table.titleRows.map((t) => t.text),
    deadlines: taskDeadlines(tasks),
  });

  const findings = runRules(enabled, { analysis, tasks, directory, planPeriod, asOf: options.asOf }, lang);
  const completion =
    options.asOf !== undefined ? completionAsOf({ tasks, analysis, directory }, options.asOf) : undefined;
  const report = buildReport({
    grid,
    analysis,
    planPeriod,
    findings,
    file: options.file,
    source: options.source,
    ms: now() - started,
  });
  if (completion) return { ok: true, report: { ...report, completion }, analysis, tasks, planPeriod, directory };
  return { ok: true, report, analysis, tasks, planPeriod, directory };
}

/**
 * The completion figures as of a date, from a check already made: no detection and no rule runs again (the
 * progress view and the worksheet functions change the date without checking again). The same figures as a check
 * given that as-of date.
 */
export function completionAsOf(
  checked: { readonly tasks: readonly TaskContext[]; readonly analysis: Analysis; readonly directory: AgencyDirectory },
  asOf: IsoDate,
): CompletionReport {
  const { tasks, analysis, directory } = checked;
  return computeCompletion({ tasks, analysis, asOf, directory, year: yearOf(asOf) });
}

interface RunInput {
  readonly analysis: Analysis;
  readonly tasks: readonly TaskContext[];
  readonly directory: AgencyDirectory;
  readonly planPeriod: PlanPeriod | null;
  readonly asOf?: IsoDate;
}

/**
 * Calls `visit` with each classified row and the task starting on it. One event object serves every row (a hook
 * reads it and does not keep it): 100,000 rows then cost no allocation here. The analysis lists tasks in the order
 * of their task rows, so one walk pairs them; should a task not be found there, a table by row does.
 */
function forEachRow(analysis: Analysis, tasks: readonly TaskContext[], visit: (e: RowEvent) => void): void {
  const event: { row: ClassifiedRow; task: TaskContext | undefined } = { row: analysis.rows[0], task: undefined };
  let byRow: Map<number, TaskContext> | undefined;
  let k = 0;
  for (let i = 0; i < analysis.rows.length; i++) {
    const row = analysis.rows[i];
    let task: TaskContext | undefined;
    if (row.kind === "task") {
      if (!byRow && k < tasks.length && tasks[k].task.row === row.row) task = tasks[k++];
      else {
        byRow ??= new Map(tasks.map((t) => [t.task.row, t]));
        task = byRow.get(row.row);
      }
    }
    event.row = row;
    event.task = task;
    visit(event);
  }
}

/** Runs the rules; `lang` is only the language of each finding's rendered `message`, which the rules never see. */
function runRules(enabled: readonly EnabledRule[], input: RunInput, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  const active: RuleHooks[] = [];
  // A reviewer writes a thing once: a finding identical to one already made on the same cell (a cell naming the
  // same misspelt agency 2,000 times) is not made again.
  const seen = new Set<string>();

  for (const { rule, options } of enabled) {
    const meta = rule.meta;
    const report = (d: Descriptor): void => {
      const template = meta.messages[d.messageId];
      const data = d.data ?? {};
      const column = columnLetter(d.col);
      const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
        rule: meta.id,
        severity: d.severity ?? meta.severity,
        row: d.row,
        col: d.col,
        column,
        cell: column + String(d.row),
        task: d.task?.label ?? "",
        messageId: d.messageId,
        data,
        message: template ? formatMessage(template[lang], data, lang) : d.messageId,
      };
      if (typeof d.suggestion === "string") finding.suggestion = d.suggestion;
      else if (d.suggestion !== undefined) {
        finding.suggestion = formatMessage(d.suggestion[lang], data, lang); // words may cite the data too
        finding.suggestionWords = d.suggestion;
      }
      if (d.related && d.related.length > 0) finding.related = d.related;
      if (d.fix) finding.fix = d.fix;
      const key = `${finding.rule}\u0000${finding.row}\u0000${finding.col}\u0000${finding.severity}\u0000${finding.message}\u0000${finding.suggestion ?? ""}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(finding);
    };
    active.push(rule.create({ ...input, options, report }));
  }
  // Rules are independent: every rule sees each row while its data is at hand (one pass over the rows, not one
  // per rule). A rule's findings keep their order, and the sort below orders findings of different rules.
  for (const hooks of active) hooks.start?.();
  const rowHooks = active.filter((hooks) => hooks.row !== undefined);
  forEachRow(input.analysis, input.tasks, (e) => {
    for (let i = 0; i < rowHooks.length; i++) rowHooks[i].row!(e);
  });
  for (const hooks of active) hooks.end?.();
  findings.sort(
    (a, b) =>
      a.row - b.row ||
      a.col - b.col ||
      severityRank(a.severity) - severityRank(b.severity) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return findings;
}

function buildReport(input: {
  grid: Grid;
  analysis: Analysis;
  planPeriod: PlanPeriod | null;
  findings: Finding[];
  file?: string;
  source?: ReportSource;
  ms: number;
}): Report {
  const { analysis, findings } = input;
  const table = analysis.table;
  const columns: Partial<Record<ColumnKey, string>> = {};
  for (const [key, c] of Object.entries(table.columns)) if (c) columns[key as ColumnKey] = columnLetter(c.col);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return {
    ...(input.file !== undefined ? { file: input.file } : {}),
    sheet: input.grid.sheet,
    table: {
      headerRow: table.headerRow,
      firstRow: table.firstRow,
      lastRow: table.lastRow,
      columns,
      ...(input.source !== undefined && input.source !== "xlsx" ? { source: input.source } : {}),
    },
    planPeriod: input.planPeriod
      ? { from: input.planPeriod.from, to: input.planPeriod.to, source: input.planPeriod.source }
      : null,
    valid: errors === 0,
    stats: {
      tasks: analysis.tasks.length,
      sections: analysis.sections.length,
      errors,
      warnings,
      infos,
      durationMs: Math.round(input.ms * 10) / 10,
    },
    findings,
  };
}

/** Picks the sheet to check: the named one, else the one holding an appendix. */
export function pickSheet(
  grids: readonly Grid[],
  sheet: string | undefined,
  lang: Lang,
): { ok: true; grid: Grid } | { ok: false; reason: "unknown-sheet" | "no-appendix-in-workbook"; message: string } {
  const names = grids.map((g) => `“${g.sheet}”`).join(", ");
  if (sheet !== undefined) {
    const grid =
      grids.find((g) => g.sheet === sheet) ?? grids.find((g) => g.sheet.normalize("NFC") === sheet.normalize("NFC"));
    if (!grid)
      return {
        ok: false,
        reason: "unknown-sheet",
        message: coreMessage("unknown-sheet", lang, { sheet, sheets: names }),
      };
    return { ok: true, grid };
  }
  const found = findAppendix(grids);
  if (found) return { ok: true, grid: found.grid };
  // A sheet on which detection itself failed is not a sheet without an appendix: the check of it says so.
  const broken = grids.find((g) => {
    const d = detectTable(g);
    return !d.ok && d.failure.reason === "internal-error";
  });
  if (broken) return { ok: true, grid: broken };
  return {
    ok: false,
    reason: "no-appendix-in-workbook",
    message: describeNoAppendix(names, lang),
  };
}
