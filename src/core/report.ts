/** The report of one check: what every surface shows (the CLI's JSON, the pane, the findings sheet). */
import type { CompletionReport } from "./completion/compute";
import type { ColumnKey, Finding, IsoDate, PlanPeriod, Stats } from "./types";

/** Where a checked table came from. */
export type ReportSource = "xlsx" | "docx" | "text";

export interface Report {
  readonly file?: string;
  readonly sheet: string;
  readonly table: {
    readonly headerRow: number;
    readonly firstRow: number;
    readonly lastRow: number;
    readonly columns: Partial<Record<ColumnKey, string>>;
    /** Set when the table was not read from a workbook: "docx" (a Word table), "text" (a task list as prose). */
    readonly source?: ReportSource;
  };
  readonly planPeriod: { readonly from: IsoDate; readonly to: IsoDate; readonly source: PlanPeriod["source"] } | null;
  readonly valid: boolean;
  readonly stats: Stats;
  readonly findings: readonly Finding[];
  /** Target versus actual, when an as-of date is given. */
  readonly completion?: CompletionReport;
}
