/** Shapes shared by the pane's state hook and its views, the plan-period normaliser and the check settings. */
import type { CheckOptions, CheckResult } from "../core/engine";
import type { CellRange } from "../core/grid";
import type { ColumnMapping } from "../core/types";
import type { MessageKey, MessageParams } from "../i18n";
import type { WorkbookPort } from "../workbook/port";

export type CheckSuccess = Extract<CheckResult, { ok: true }>;

/** A port that can tell the pane when a sheet's cells change (Excel's onChanged); optional. */
export interface ObservablePort extends WorkbookPort {
  onSheetChanged?(sheet: string, callback: () => void): () => void;
}

export type Phase = "loading" | "ready" | "no-table" | "error";
export type Busy = "check" | "mark" | "clear" | "fix" | "undo" | "selection" | "agencies";

export interface Notice {
  readonly intent: "success" | "error" | "info";
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export const AUTO_CHECK_DELAY_MS = 1500;
/** Changes the pane makes itself (marks, fixes) are not edits to re-check for. */
export const OWN_WRITE_QUIET_MS = 2500;

const PLAN_PERIOD = /^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$/;

/** "2026 – 2030" → "2026-2030"; "" stays ""; undefined when not a year or a span of years. */
export function normalisePlanPeriod(text: string): string | undefined {
  const s = text.trim();
  if (s === "") return "";
  const m = PLAN_PERIOD.exec(s);
  if (!m) return undefined;
  // a span runs over two years at least, as the core reads it ("2024-2024" is not a span)
  if (m[2] && Number(m[2]) <= Number(m[1])) return undefined;
  return m[2] ? `${m[1]}-${m[2]}` : m[1];
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
