/**
 * The report as other tools read it (`ro-viec check --json`): exactly the documented fields. Internal fields
 * (column index, message id and data, fixes, the rows behind each figure) stay out.
 */
import type { AgencyCompletion, CompletionReport } from "./completion/compute";
import type { Report } from "./report";
import type { Finding } from "./types";

export interface PublicFinding {
  readonly rule: string;
  readonly severity: Finding["severity"];
  readonly row: number;
  readonly column: string;
  readonly cell: string;
  readonly task: string;
  readonly message: string;
  readonly suggestion?: string;
  readonly related?: Finding["related"];
}

export interface PublicAgencyCompletion {
  readonly agency: string;
  readonly assigned: number;
  readonly due: number;
  readonly done: number;
  readonly onTime: number;
  readonly late: number;
  readonly overdue: number;
  readonly notYetDue: number;
  readonly ongoing: number;
  readonly conditional: number;
  readonly rate: number | null;
}

export function publicFinding(f: Finding): PublicFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    row: f.row,
    column: f.column,
    cell: f.cell,
    task: f.task,
    message: f.message,
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    ...(f.related ? { related: f.related } : {}),
  };
}

export function publicAgency(a: AgencyCompletion): PublicAgencyCompletion {
  return {
    agency: a.agency,
    assigned: a.assigned,
    due: a.due,
    done: a.done,
    onTime: a.onTime,
    late: a.late,
    overdue: a.overdue,
    notYetDue: a.notYetDue,
    ongoing: a.ongoing,
    conditional: a.conditional,
    rate: a.rate === null ? null : Math.round(a.rate * 10000) / 10000,
  };
}

export function publicCompletion(c: CompletionReport) {
  return {
    asOf: c.asOf,
    agencies: c.agencies.map(publicAgency),
    total: publicAgency(c.total),
    ...(c.indicators ? { indicators: c.indicators } : {}),
  };
}

export function publicReport(r: Report) {
  return {
    ...(r.file !== undefined ? { file: r.file } : {}),
    sheet: r.sheet,
    table: r.table,
    planPeriod: r.planPeriod,
    valid: r.valid,
    stats: r.stats,
    findings: r.findings.map(publicFinding),
    ...(r.completion ? { completion: publicCompletion(r.completion) } : {}),
  };
}
