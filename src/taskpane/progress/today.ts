import type { IsoDate } from "../../core";

/** Today in local time, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDate {
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${m}-${d}`;
}
