/**
 * Indicator targets against actuals (appendix I style: unit, a target per year column, tracking agency, and,
 * when tracked, an actual value). docs/completion.md, "Indicator tables":
 * - met when the actual reaches the target for the year, for "≥" and plain targets alike ("Trên" must be
 *   exceeded, "Tối đa"/"Dưới" must not be); fractions compare as percentages when the target is a percentage,
 *   by their numerator otherwise; yes/no targets ("Đảm bảo") are met by a yes ("Đảm bảo", "Có", "Đạt");
 * - achievement = actual ÷ target (null for yes/no targets and a target of 0).
 *
 * The target for a year is its own column; when that cell is empty (or the table has no column for the year),
 * the latest earlier year's target stays in force ("100" in 2026 with 2030 left blank means 100 in 2030 too).
 * An indicator with no target for the year is listed as not comparable and is not counted as tracked. An
 * empty actual, or one that says there is no figure yet ("Chưa có số liệu", "-"), is not reported.
 */
import type { AgencyDirectory } from "../agencies/directory";
import { cellValue, MergeIndex, type CellValue } from "../grid";
import { cleanText, fold, foldWords } from "../text";
import type { Analysis, ColumnKey, TaskRecord } from "../types";
import { cellVValue, type VQuantity, type VValue } from "./vnumber";

export type IndicatorStatus = "met" | "not-met" | "not-reported" | "not-comparable";
export type NotComparableReason = "no-target" | "target-unreadable" | "actual-unreadable" | "different-measures";

export interface IndicatorResult {
  readonly row: number;
  /** The number people see ("III.2" when numbering restarts per section, else the number as written). */
  readonly label: string;
  /** The number as written in the number column. */
  readonly number: string;
  readonly name: string;
  readonly unit: string;
  /** Target for the year as written ("" when none). */
  readonly target: string;
  /** Year of the target column used (an earlier year when the target was carried forward). */
  readonly targetYear?: number;
  /** Actual as written ("" when not reported). */
  readonly actual: string;
  readonly status: IndicatorStatus;
  /** actual ÷ target (1 = exactly reached); null when not computable. */
  readonly achievement: number | null;
  /** Tracking agencies (canonical names, else as written). */
  readonly tracking: readonly string[];
  readonly reason?: NotComparableReason;
}

export interface IndicatorAgency {
  readonly agency: string;
  /** Indicators the agency tracks that have a target for the year. */
  readonly tracked: number;
  readonly met: number;
  readonly notMet: number;
  readonly notReported: number;
}

export interface IndicatorReport {
  readonly year: number;
  readonly indicators: readonly IndicatorResult[];
  readonly byAgency: readonly IndicatorAgency[];
}

const EPS = 1e-9;

/** Actuals that say "no figure yet" (folded words, matched at the start): not reported, not unreadable. */
const NO_DATA = [
  "chua co so lieu",
  "chua co",
  "chua thong ke",
  "chua bao cao",
  "chua danh gia",
  "khong co so lieu",
  "dang thong ke",
  "dang tong hop",
  "dang cap nhat",
  "n a",
  "na",
];

function saysNoData(text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return true; // "-", "…"
  const w = foldWords(text);
  return NO_DATA.some((e) => w === e || w.startsWith(`${e} `));
}

function isPercentUnit(unit: string): boolean {
  const f = fold(unit);
  return f.includes("%") || f.includes("phan tram") || f === "ty le";
}

/** A cell's value as people read it: text as written, numbers plainly, "%" formats as percentages. */
function shownValue(v: CellValue): string {
  switch (v.kind) {
    case "text":
      return cleanText(v.text);
    case "number":
      return v.format?.includes("%") ? `${Math.round(v.value * 1e6) / 1e4}%` : String(v.value);
    case "date":
      return v.iso;
    case "boolean":
      return v.value ? "TRUE" : "FALSE";
    case "error":
      return v.code;
    case "empty":
      return "";
  }
}

function reaches(actual: number, target: number, bound: VQuantity["bound"]): boolean {
  switch (bound) {
    case "plain":
    case "at-least":
      return actual >= target - EPS;
    case "more-than":
      return actual > target + EPS;
    case "at-most":
      return actual <= target + EPS;
    case "less-than":
      return actual < target - EPS;
  }
}

type Comparison =
  | { readonly status: "met" | "not-met"; readonly achievement: number | null }
  | { readonly status: "not-comparable"; readonly reason: NotComparableReason };

/** Compares an actual with a target (both read); `percentUnit` when the unit column says "%". */
export function compareIndicator(target: VValue, actual: VValue, percentUnit: boolean): Comparison {
  if (target.kind === "yes-no") {
    if (actual.kind !== "yes-no") return { status: "not-comparable", reason: "different-measures" };
    return { status: actual.value === target.value ? "met" : "not-met", achievement: null };
  }
  if (actual.kind === "yes-no") return { status: "not-comparable", reason: "different-measures" };
  const asPercent = percentUnit || target.percent;
  let t: number;
  let a: number;
  if (asPercent) {
    t = target.value;
    a = actual.value; // a fraction is already its percentage; a plain number under a "%" target is a percentage
  } else {
    t = target.fraction ? target.fraction.numerator : target.value;
    if (actual.fraction) a = actual.fraction.numerator;
    else if (actual.percent) return { status: "not-comparable", reason: "different-measures" };
    else a = actual.value;
  }
  return {
    status: reaches(a, t, target.bound) ? "met" : "not-met",
    achievement: Math.abs(t) < EPS ? null : a / t,
  };
}

interface Reader {
  value(task: TaskRecord, key: ColumnKey): CellValue;
  text(task: TaskRecord, key: ColumnKey): string;
  at(row: number, col: number): CellValue;
}

function reader(analysis: Analysis): Reader {
  const merges = new MergeIndex(analysis.grid);
  const at = (row: number, col: number): CellValue => cellValue(analysis.grid, merges, row, col);
  const value = (task: TaskRecord, key: ColumnKey): CellValue => {
    const cell = task.cells[key];
    if (cell) return cell.value.kind === "empty" && cell.text !== "" ? { kind: "text", text: cell.text } : cell.value;
    const col = analysis.table.columns[key]?.col;
    return col === undefined ? { kind: "empty" } : at(task.row, col);
  };
  const text = (task: TaskRecord, key: ColumnKey): string => {
    const cell = task.cells[key];
    return cell ? cell.text : shownValue(value(task, key));
  };
  return { value, text, at };
}

function trackingAgencies(text: string, directory: AgencyDirectory | undefined): string[] {
  if (text.trim() === "") return [];
  const names: string[] = [];
  const seen = new Set<string>();
  const mentions = directory?.mentions(text) ?? [];
  const found = mentions.length > 0 ? mentions.map((m) => m.agency?.name ?? m.text.trim()) : [text.trim()];
  for (const n of found) {
    const k = foldWords(n);
    if (k === "" || seen.has(k)) continue;
    seen.add(k);
    names.push(n);
  }
  return names;
}

/** Targets against actuals for `year`, per indicator and per tracking agency. */
export function evaluateIndicators(analysis: Analysis, year: number, directory?: AgencyDirectory): IndicatorReport {
  const read = reader(analysis);
  const targets = [...analysis.table.targetColumns].sort((a, b) => b.year - a.year);
  // In an indicator table a progress column ("Kết quả thực hiện năm 2026") holds the actuals, whatever key the
  // detection gave it.
  const cols = analysis.table.columns;
  const actualKey: ColumnKey = cols.actual
    ? "actual"
    : cols.progressNote
      ? "progressNote"
      : cols.status
        ? "status"
        : "actual";
  const indicators: IndicatorResult[] = [];
  for (const task of analysis.tasks) {
    const unit = read.text(task, "unit");
    const percentUnit = isPercentUnit(unit);
    let targetValue: CellValue = { kind: "empty" };
    let targetYear: number | undefined;
    for (const tc of targets) {
      if (tc.year > year) continue;
      const v = read.at(task.row, tc.col);
      if (shownValue(v) === "") continue;
      targetValue = v;
      targetYear = tc.year;
      break;
    }
    const actualValue = read.value(task, actualKey);
    const target = shownValue(targetValue);
    const actual = shownValue(actualValue);
    const base = {
      row: task.row,
      label: task.label !== "" ? task.label : task.number,
      number: task.number,
      name: read.text(task, "content"),
      unit,
      target,
      actual,
      tracking: trackingAgencies(read.text(task, "tracking"), directory),
      ...(targetYear !== undefined ? { targetYear } : {}),
    };
    const t = cellVValue(targetValue);
    const a = cellVValue(actualValue);
    let result: IndicatorResult;
    if (target === "") result = { ...base, status: "not-comparable", achievement: null, reason: "no-target" };
    else if (!t) result = { ...base, status: "not-comparable", achievement: null, reason: "target-unreadable" };
    else if (actual === "" || saysNoData(actual)) result = { ...base, status: "not-reported", achievement: null };
    else if (!a) result = { ...base, status: "not-comparable", achievement: null, reason: "actual-unreadable" };
    else {
      const c = compareIndicator(t, a, percentUnit);
      result =
        c.status === "not-comparable"
          ? { ...base, status: c.status, achievement: null, reason: c.reason }
          : { ...base, status: c.status, achievement: c.achievement };
    }
    indicators.push(result);
  }
  return { year, indicators, byAgency: byAgency(indicators) };
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

function byAgency(indicators: readonly IndicatorResult[]): IndicatorAgency[] {
  const map = new Map<string, { agency: string; tracked: number; met: number; notMet: number; notReported: number }>();
  for (const ind of indicators) {
    if (ind.reason === "no-target") continue;
    for (const name of ind.tracking) {
      const key = foldWords(name);
      let a = map.get(key);
      if (!a) {
        a = { agency: name, tracked: 0, met: 0, notMet: 0, notReported: 0 };
        map.set(key, a);
      }
      a.tracked++;
      if (ind.status === "met") a.met++;
      else if (ind.status === "not-met") a.notMet++;
      else if (ind.status === "not-reported") a.notReported++;
    }
  }
  return [...map.values()].sort((x, y) => y.tracked - x.tracked || collator.compare(x.agency, y.agency));
}
