/**
 * Compares a report's findings with a reviewer's labels. An expected label is met by a finding of its rule (and
 * severity, when the label gives one) whose rows — its row and its related rows — share a row with the label's.
 * Each label is met at most once and each finding meets at most one label, so the same thing said twice is noise.
 * False findings: errors and warnings that meet no label, and any finding a forbidden label covers.
 */
import type { Finding } from "../core";
import type { ExpectedLabel, ForbiddenLabel, LabelFile } from "./labels";

export interface FileScore {
  readonly expected: number;
  readonly met: number;
  readonly missed: readonly ExpectedLabel[];
  /** Findings a reviewer would not write, each with the forbidden label that covers it (if one does). */
  readonly falseFindings: ReadonlyArray<{ readonly finding: Finding; readonly label?: ForbiddenLabel }>;
}

function findingRows(f: Finding): Set<number> {
  const rows = new Set<number>([f.row]);
  for (const r of f.related ?? []) rows.add(r.row);
  return rows;
}

function labelRows(l: ExpectedLabel): number[] {
  return [l.row, ...(l.related ?? [])];
}

function meets(f: Finding, l: ExpectedLabel): boolean {
  if (f.rule !== l.rule) return false;
  if (l.severity !== undefined && f.severity !== l.severity) return false;
  if (l.col !== undefined && f.col !== l.col) return false;
  const rows = findingRows(f);
  return labelRows(l).some((r) => rows.has(r));
}

function forbids(l: ForbiddenLabel, f: Finding): boolean {
  if (f.rule !== l.rule) return false;
  if (l.col !== undefined && f.col !== l.col) return false;
  const rows = [...(l.row !== undefined ? [l.row] : []), ...(l.rows ?? [])];
  if (rows.length === 0) return true;
  // A label naming a column speaks of those cells: a finding's related rows carry no column, so only its own
  // cell is compared.
  if (l.col !== undefined) return rows.includes(f.row);
  const fr = findingRows(f);
  return rows.some((r) => fr.has(r));
}

export function scoreFile(findings: readonly Finding[], labels: LabelFile): FileScore {
  const expected = labels.expected;
  const metBy = new Array<boolean>(expected.length).fill(false);
  const falseFindings: { finding: Finding; label?: ForbiddenLabel }[] = [];
  // Findings on the label's own row first, so that a grouped finding does not take a label meant for another.
  const order = [...findings].sort((a, b) => a.row - b.row);
  for (const f of order) {
    let k = expected.findIndex((l, i) => !metBy[i] && meets(f, l) && l.row === f.row);
    if (k < 0) k = expected.findIndex((l, i) => !metBy[i] && meets(f, l));
    if (k >= 0) {
      metBy[k] = true;
      continue;
    }
    const label = labels.forbidden.find((l) => forbids(l, f));
    if (label) falseFindings.push({ finding: f, label });
    else if (f.severity !== "info") falseFindings.push({ finding: f });
  }
  const missed = expected.filter((_, i) => !metBy[i]);
  return { expected: expected.length, met: expected.length - missed.length, missed, falseFindings };
}
