/**
 * The pane's one session state: the sheet (and range) read, its grid, the agency directory, the column mapping
 * and plan period set by the user, the as-of date of the progress figures, the appendix detected and the last
 * check's result. Every view reads it; the hooks change it only by dispatching the actions below.
 */
import type {
  CheckResult,
  CellRange,
  Grid,
  ColumnMapping,
  DetectedTable,
  DetectionFailure,
  DetectionResult,
  IsoDate,
} from "../core";
import { settingsOptions, type CheckSuccess, type Phase } from "./paneTypes";
import type { DirectoryInfo } from "./services";

export interface Session {
  readonly phase: Phase;
  readonly sheet?: string;
  readonly range?: CellRange;
  /** The grid last read (the header cells the views show, the grid the next check re-reads). */
  readonly grid?: Grid;
  readonly directory?: DirectoryInfo;
  readonly mapping: ColumnMapping;
  /** The plan period as typed ("2026 – 2030"). */
  readonly planPeriod: string;
  /** The as-of date of the progress figures, as typed (YYYY-MM-DD when valid). */
  readonly asOf: string;
  readonly table?: DetectedTable;
  readonly failure?: DetectionFailure;
  /** Whether the failure is a check's (its message is shown), not the first detection's. */
  readonly failureChecked: boolean;
  readonly result?: CheckSuccess;
  /** The settings (mapping, plan period, range) the result was checked with, as `settingsKey` writes them. */
  readonly checkedWith?: string;
}

/** The settings a check takes, as one comparable string: a result checked with other settings is out of date. */
export function settingsKey(s: Pick<Session, "mapping" | "planPeriod" | "range">): string {
  const o = settingsOptions(s);
  return JSON.stringify([o.mapping ?? {}, o.planPeriod ?? "", o.range ?? null]);
}

/** Whether the last check was made with the settings now set (false when there is none). */
export function resultIsCurrent(s: Session): boolean {
  return s.result !== undefined && s.checkedWith === settingsKey(s);
}

export type SessionAction =
  | { readonly type: "read"; readonly sheet: string; readonly range?: CellRange; readonly grid: Grid }
  | { readonly type: "detected"; readonly detection: DetectionResult }
  | { readonly type: "checked"; readonly grid: Grid; readonly directory: DirectoryInfo; readonly result: CheckResult }
  | { readonly type: "directory"; readonly directory: DirectoryInfo }
  | { readonly type: "mapping"; readonly mapping: ColumnMapping }
  | { readonly type: "planPeriod"; readonly text: string }
  | { readonly type: "asOf"; readonly asOf: string }
  | { readonly type: "failed" };

export function initialSession(asOf: IsoDate): Session {
  return { phase: "loading", mapping: {}, planPeriod: "", asOf, failureChecked: false };
}

function detected(s: Session, detection: DetectionResult, checked: boolean): Session {
  return detection.ok
    ? { ...s, phase: "ready", table: detection.table, failure: undefined, failureChecked: false }
    : { ...s, phase: "no-table", table: undefined, failure: detection.failure, failureChecked: checked };
}

export function sessionReducer(s: Session, a: SessionAction): Session {
  switch (a.type) {
    case "read":
      // A sheet (or range) read anew: the last check was of other cells.
      return { ...s, sheet: a.sheet, range: a.range, grid: a.grid, result: undefined };
    case "detected":
      return detected(s, a.detection, false);
    case "checked": {
      const base = { ...s, grid: a.grid, directory: a.directory, checkedWith: settingsKey(s) };
      const r = a.result;
      if (r.ok) return { ...detected(base, { ok: true, table: r.analysis.table }, true), result: r };
      // A bad option (a plan period the core refuses) leaves the table as it was; the hook says what is wrong.
      if (!("lookedFor" in r.failure)) return base;
      return { ...detected(base, { ok: false, failure: r.failure }, true), result: undefined };
    }
    case "directory":
      return { ...s, directory: a.directory };
    case "mapping":
      return { ...s, mapping: a.mapping };
    case "planPeriod":
      return { ...s, planPeriod: a.text };
    case "asOf":
      return { ...s, asOf: a.asOf };
    case "failed":
      return { ...s, phase: "error" };
  }
}
