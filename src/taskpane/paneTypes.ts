/** Shapes shared by the pane's state hook and its views, and the plan-period normaliser. */
import type { CheckResult } from "../core/engine";
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
  if (m[2] && Number(m[2]) < Number(m[1])) return undefined;
  return m[2] ? `${m[1]}-${m[2]}` : m[1];
}
