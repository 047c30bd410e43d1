/**
 * The agency directory and matcher. (Skeleton: the API below is the contract; the implementation is filled in
 * by the directory work.)
 */
import type { AgencyEntry, AgencyMention, PlanPeriod } from "../types";

export class AgencyDirectory {
  constructor(readonly entries: readonly AgencyEntry[]) {}

  /** Entry by canonical name (folded comparison). */
  byName(name: string): AgencyEntry | undefined {
    void name;
    return undefined;
  }

  /** Splits a cell naming several agencies and matches each piece. */
  mentions(cellText: string): AgencyMention[] {
    void cellText;
    return [];
  }

  /** Whether the agency existed at some time during the plan period. */
  existedDuring(entry: AgencyEntry, period: PlanPeriod): boolean {
    void entry;
    void period;
    return true;
  }
}
