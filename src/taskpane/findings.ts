/**
 * Pure helpers of the findings view: counts, grouping by severity and rule (or by section, or in sheet order),
 * filtering and searching, and the lead agencies of each finding's task (for the agency filter).
 */
import {
  cellAddress,
  foldWords,
  type Section,
  type TaskContext,
  SEVERITIES,
  type Finding,
  type Fix,
  type Severity,
} from "../core";
import type { FixPlan } from "../workbook/marking";

export { SEVERITIES } from "../core";

export interface Counts {
  readonly total: number;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const c = { total: findings.length, error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export interface Filters {
  /** Severities shown; all when empty. */
  readonly severities: ReadonlySet<Severity>;
  /** Rule id shown; all when undefined. */
  readonly rule?: string;
  /** Lead agency (display name) shown; all when undefined. */
  readonly agency?: string;
  /** Words searched for (through the project's fold); all when empty. */
  readonly query?: string;
}

export const NO_FILTERS: Filters = { severities: new Set() };

export function hasFilters(f: Filters): boolean {
  return f.severities.size > 0 || f.rule !== undefined || f.agency !== undefined || (f.query ?? "").trim() !== "";
}

/** How the findings list is ordered: by severity then rule (grouped), by sheet row, or by section. */
export type SortKey = "severity" | "row" | "section";
export const SORT_KEYS: readonly SortKey[] = ["severity", "row", "section"];

/**
 * What a search looks in for one finding, folded once (the project's fold, punctuation as spaces): its message and
 * suggestion as shown, the flagged cell's text, the lead agencies of its task, the rule's title, its task number and
 * cell; each part on its own, so a phrase never runs from one into the next.
 */
export function searchText(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .map((p) => ` ${foldWords(p)} `)
    .join("|");
}

/**
 * Whether `query`, folded the same way, is a phrase of the `haystack` starting at a word: "so tai chinh" finds
 * "Sở Tài chính", "lao dong thuong binh" finds "Lao động – Thương binh", "inh" does not find "chính".
 */
export function matchesQuery(haystack: string, query: string): boolean {
  const q = foldWords(query);
  return q === "" || haystack.includes(` ${q}`);
}

/** Sheet row → the task covering it (its start row or any continuation row). */
export function tasksByRow(tasks: readonly TaskContext[]): Map<number, TaskContext> {
  const m = new Map<number, TaskContext>();
  for (const t of tasks) {
    m.set(t.task.row, t);
    for (const r of t.task.rows) if (!m.has(r)) m.set(r, t);
  }
  return m;
}

/** The lead agencies of a task as shown to people: the canonical name when known, else the text as written. */
export function leadNames(task: TaskContext | undefined): string[] {
  if (!task) return [];
  const names: string[] = [];
  for (const m of task.lead) {
    const name = m.agency?.name ?? m.text;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Lead agencies of the tasks that have findings, sorted the Vietnamese way, with how many findings each has. */
export function agencyOptions(
  findings: readonly Finding[],
  byRow: ReadonlyMap<number, TaskContext>,
): Array<{ name: string; count: number }> {
  const counts = new Map<string, number>();
  for (const f of findings) {
    for (const n of leadNames(byRow.get(f.row))) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

/** The findings the filters let through; `haystack` gives a finding's `searchText` when a query is set. */
export function filterFindings(
  findings: readonly Finding[],
  filters: Filters,
  byRow: ReadonlyMap<number, TaskContext>,
  haystack?: (f: Finding) => string,
): Finding[] {
  const query = (filters.query ?? "").trim();
  return findings.filter(
    (f) =>
      (filters.severities.size === 0 || filters.severities.has(f.severity)) &&
      (filters.rule === undefined || f.rule === filters.rule) &&
      (filters.agency === undefined || leadNames(byRow.get(f.row)).includes(filters.agency)) &&
      (query === "" || !haystack || matchesQuery(haystack(f), query)),
  );
}

const bySheetOrder = (a: Finding, b: Finding) => a.row - b.row || a.col - b.col || a.rule.localeCompare(b.rule);

/** The findings in sheet order (row, then column). */
export function sortByRow(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(bySheetOrder);
}

export interface SectionGroup {
  /** Index into the analysis's sections; undefined for the rows above the first section (the header). */
  readonly section?: number;
  readonly findings: readonly Finding[];
}

/**
 * Findings by the section their row is in (the last section heading at or above it), sections in sheet order,
 * findings in sheet order within each.
 */
export function groupBySection(findings: readonly Finding[], sections: readonly Section[]): SectionGroup[] {
  const order = sections.map((s, i) => ({ row: s.row, i })).sort((a, b) => a.row - b.row);
  const sectionOf = (row: number): number | undefined => {
    let lo = 0;
    let hi = order.length - 1;
    let found: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (order[mid].row <= row) {
        found = order[mid].i;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const groups = new Map<number, Finding[]>();
  for (const f of sortByRow(findings)) {
    const key = sectionOf(f.row) ?? -1;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const rowOf = (k: number) => (k < 0 ? 0 : sections[k].row);
  return [...groups]
    .sort((a, b) => rowOf(a[0]) - rowOf(b[0]))
    .map(([k, list]) => ({ section: k < 0 ? undefined : k, findings: list }));
}

export interface RuleGroup {
  readonly rule: string;
  readonly findings: readonly Finding[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly rules: readonly RuleGroup[];
}

/** Severity groups (errors first) holding rule groups (most findings first), findings in sheet order. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const byRule = new Map<string, Finding[]>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const list = byRule.get(f.rule);
      if (list) list.push(f);
      else byRule.set(f.rule, [f]);
    }
    if (byRule.size === 0) continue;
    const rules = [...byRule]
      .map(([rule, list]) => ({ rule, findings: [...list].sort((a, b) => a.row - b.row || a.col - b.col) }))
      .sort((a, b) => b.findings.length - a.findings.length || a.rule.localeCompare(b.rule));
    out.push({ severity, count: rules.reduce((n, g) => n + g.findings.length, 0), rules });
  }
  return out;
}

/** Rule ids present, with counts, for the rule filter. */
export function ruleOptions(findings: readonly Finding[]): Array<{ rule: string; count: number }> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count);
}

/**
 * The fixes carried by findings, one per target cell or row; fixes placed at their own spot in a cell (several
 * agencies of one cell) are applied together, one per spot.
 */
export function collectFixes(findings: readonly Finding[]): Fix[] {
  const seen = new Set<string>();
  const fixes: Fix[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const key =
      f.fix.kind === "replace-text"
        ? `t:${f.fix.row}:${f.fix.col}${f.fix.at === undefined ? "" : `:${f.fix.at}`}`
        : `j:${f.fix.row}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fixes.push(f.fix);
  }
  return fixes;
}

/** "Sửa tất cả" asks first when it would change more cells than this. */
export const CONFIRM_FIXES_ABOVE = 50;

export interface RuleChanges {
  readonly rule: string;
  /** The cells the rule's fixes change ("C10"), in sheet order, each once. */
  readonly cells: readonly string[];
}

/**
 * The cells a fix plan changes, by the rule of the finding whose fix changes them (most cells first): what the
 * confirmation before a large "Sửa tất cả" lists.
 */
export function changesByRule(plan: FixPlan, findings: readonly Finding[]): RuleChanges[] {
  const ruleOf = new Map<Fix, string>();
  for (const f of findings) if (f.fix && !ruleOf.has(f.fix)) ruleOf.set(f.fix, f.rule);
  const byRule = new Map<string, Map<string, { row: number; col: number }>>();
  for (const c of plan.changes) {
    const rule = ruleOf.get(c.fix) ?? "";
    let cells = byRule.get(rule);
    if (!cells) byRule.set(rule, (cells = new Map()));
    cells.set(`${c.row}:${c.col}`, { row: c.row, col: c.col });
  }
  return [...byRule]
    .map(([rule, cells]) => ({
      rule,
      cells: [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col).map((c) => cellAddress(c.row, c.col)),
    }))
    .sort((a, b) => b.cells.length - a.cells.length || a.rule.localeCompare(b.rule));
}
