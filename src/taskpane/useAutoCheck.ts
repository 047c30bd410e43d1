/**
 * Re-checks after the user edits the sheet: subscribes to the port's change events (when it has them) and runs
 * `check` once edits have paused for AUTO_CHECK_DELAY_MS. Events during the pane's own writes are ignored.
 */
import { useEffect, useRef, type MutableRefObject } from "react";
import { AUTO_CHECK_DELAY_MS, type ObservablePort } from "./paneTypes";

export function useAutoCheck(
  port: ObservablePort,
  /** The sheet to watch; undefined turns watching off. */
  sheet: string | undefined,
  /** Time (ms since epoch) before which change events come from the pane itself. */
  quietUntil: MutableRefObject<number>,
  check: () => void,
): void {
  const latest = useRef(check);
  latest.current = check;
  useEffect(() => {
    if (!sheet || typeof port.onSheetChanged !== "function") return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = port.onSheetChanged(sheet, () => {
      if (Date.now() < quietUntil.current) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        latest.current();
      }, AUTO_CHECK_DELAY_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, [port, sheet, quietUntil]);
}
