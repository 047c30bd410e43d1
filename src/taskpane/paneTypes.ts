/** Shapes shared by the pane's state hook and its views, the plan-period normaliser and the check settings. */
import {
  type CheckOptions,
  type CheckResult,
  parsePlanPeriodOption,
  type CellRange,
  type ColumnMapping,
  type RenderedFinding,
} from "../core";
import type { MessageKey, MessageParams } from "../i18n";
import type { WorkbookPort } from "../workbook/port";

export type CheckSuccess = Extract<CheckResult, { ok: true }>;

/** A port that can tell the pane when a sheet's cells change (Excel's onChanged); optional. */
export interface ObservablePort extends WorkbookPort {
  onSheetChanged?(sheet: string, callback: () => void): () => void;
}

export type Phase = "loading" | "ready" | "no-table" | "error";
export type Busy =
  "check" | "mark" | "clear" | "fix" | "undo" | "selection" | "agencies" | "accept" | "import" | "dropdowns";

export interface Notice {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export const AUTO_CHECK_DELAY_MS = 1500;
/** Changes the pane makes itself (marks, fixes) are not edits to re-check for. */
export const OWN_WRITE_QUIET_MS = 2500;

/**
 * "2026 – 2030" → "2026-2030"; "" stays ""; undefined when the core would refuse it (not a year or a span of
 * years, or years it does not take). Read by the core's own parser, so the pane and the check agree.
 */
export function normalisePlanPeriod(text: string): string | undefined {
  if (text.trim() === "") return "";
  return parsePlanPeriodOption(text)?.label;
}

/** What the user set on the check tab that every check of the sheet takes. */
export interface CheckSettings {
  /** Columns picked by hand; an empty object when none. */
  readonly mapping?: ColumnMapping;
  /** The plan period as typed ("2026 – 2030"). */
  readonly planPeriod?: string;
  /** "Use the selected range". */
  readonly range?: CellRange;
}

/**
 * The check options those settings give: the mapping only when it names a column, the plan period normalised
 * (left out when empty or not a year or a span), the range as it is.
 */
export function settingsOptions(settings: CheckSettings): Pick<CheckOptions, "mapping" | "planPeriod" | "range"> {
  const { mapping, planPeriod, range } = settings;
  const period = normalisePlanPeriod(planPeriod ?? "");
  return {
    mapping: mapping && Object.keys(mapping).length > 0 ? mapping : undefined,
    planPeriod: period ? period : undefined,
    range,
  };
}

/** A finding's words as a view shows them; `place`, for a sheet read from Word tables, where it is in the Word file. */
export interface ShownFinding extends RenderedFinding {
  readonly place?: string;
}
