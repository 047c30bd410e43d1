/** The severities, worst first: the one order every surface sorts, groups, colours and counts by. */
import type { Severity } from "./types";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** 0 for the worst (error); sort ascending to put the worst first. */
export function severityRank(s: Severity): number {
  return RANK[s];
}

/** The worse of two severities. */
export function worseSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}
