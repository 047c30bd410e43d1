/**
 * How the pane runs its actions: one at a time with `busy` set, errors turned into a notice, and writes to the
 * workbook wrapped so the edit listener ignores the pane's own changes.
 */
import { useCallback, useRef, useState, type MutableRefObject } from "react";
import { OWN_WRITE_QUIET_MS, type Busy, type Notice } from "./paneTypes";

export interface PaneRunner {
  readonly busy: Busy | undefined;
  readonly notice: Notice | undefined;
  readonly setNotice: (notice: Notice | undefined) => void;
  /** Shows an error notice for `e`. */
  readonly fail: (e: unknown) => void;
  /** Runs `action` unless another is running, with `busy` set to `kind` and errors shown. */
  readonly run: (kind: Busy, action: () => Promise<void>) => Promise<void>;
  /** Writes to the workbook, keeping the edit listener quiet while the pane's own writes land. */
  readonly write: (action: () => Promise<void>) => Promise<void>;
  /** Time (ms since epoch) before which change events come from the pane itself. */
  readonly quietUntil: MutableRefObject<number>;
}

export function usePaneRunner(onWorkbookChanged: (() => void) | undefined): PaneRunner {
  const [busy, setBusy] = useState<Busy>();
  const [notice, setNotice] = useState<Notice>();
  const quietUntil = useRef(0);
  const busyRef = useRef(false);
  const changed = useRef(onWorkbookChanged);
  changed.current = onWorkbookChanged;

  const fail = useCallback((e: unknown) => {
    setNotice({ intent: "error", key: "app.error", params: { message: e instanceof Error ? e.message : String(e) } });
  }, []);

  const run = useCallback(
    async (kind: Busy, action: () => Promise<void>) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(kind);
      setNotice(undefined);
      try {
        await action();
      } catch (e) {
        fail(e);
      } finally {
        busyRef.current = false;
        setBusy(undefined);
      }
    },
    [fail],
  );

  const write = useCallback(async (action: () => Promise<void>) => {
    quietUntil.current = Number.POSITIVE_INFINITY;
    try {
      await action();
    } finally {
      quietUntil.current = Date.now() + OWN_WRITE_QUIET_MS;
      changed.current?.();
    }
  }, []);

  return { busy, notice, setNotice, fail, run, write, quietUntil };
}
