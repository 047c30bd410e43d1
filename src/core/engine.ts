/**
 * The check: detect the table, analyse its rows, resolve agencies and deadlines once per task, run every rule,
 * and build the report. (Signature fixed; implementation in progress.)
 */
import type { CellRange, Grid } from "./grid";
import type { AgencyDirectory } from "./agencies/directory";
import type { TaskContext } from "./rule";
import type { Analysis, ColumnMapping, DetectionFailure, IsoDate, Lang, PlanPeriod, Report } from "./types";

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
}

export type CheckResult =
  | {
      readonly ok: true;
      readonly report: Report;
      readonly analysis: Analysis;
      readonly tasks: readonly TaskContext[];
      readonly planPeriod: PlanPeriod | null;
    }
  | { readonly ok: false; readonly failure: DetectionFailure; readonly message: string };

export declare function checkGrid(grid: Grid, options?: CheckOptions): CheckResult;
