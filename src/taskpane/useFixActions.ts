/**
 * Fixing findings in the workbook (one, or all that carry a fix) and undoing the fixes; each re-checks afterwards.
 * `canUndo` is true once a fix changed a cell and until the fixes are undone.
 */
import { useCallback, useState, type MutableRefObject } from "react";
import type { Finding } from "../core";
import { collectFixes } from "./findings";
import { MAX_CELL_CHARS, type RefusedFix } from "../workbook/marking";
import type { Notice, ObservablePort } from "./paneTypes";
import type { PaneServices } from "./services";
import type { PaneRunner } from "./usePaneRunner";
import type { LiveState } from "./useSheetCheck";

export interface FixActionsOptions {
  readonly port: ObservablePort;
  readonly services: PaneServices;
  readonly runner: PaneRunner;
  readonly live: MutableRefObject<LiveState>;
  /** Re-reads the sheet and checks again. */
  readonly checkNow: () => Promise<void>;
}

/** Cells named in a notice; more are counted, not named. */
const NAMED_CELLS = 5;

/**
 * What the user is told when some fixes were refused: how many cells were fixed, which were not and why, in words
 * of the catalogue (rendered in the pane's language whenever it is shown).
 */
export function refusedNotice(changed: number, refused: readonly RefusedFix[]): Notice {
  const cells = [...new Set(refused.map((r) => r.cell))];
  const named = cells.slice(0, NAMED_CELLS).join(", ") + (cells.length > NAMED_CELLS ? ", …" : "");
  return {
    intent: "warning",
    key: "status.fixedRefused",
    params: { count: changed, refused: cells.length, cells: named, limit: MAX_CELL_CHARS },
  };
}

export function useFixActions({ port, services, runner, live, checkNow }: FixActionsOptions) {
  const { run, write, setNotice } = runner;
  const [fixesApplied, setFixesApplied] = useState(0);

  const applyFixList = useCallback(
    async (findings: readonly Finding[]) => {
      const res = live.current.result;
      if (!res) return;
      const fixes = collectFixes(findings);
      if (fixes.length === 0) return;
      let changed = 0;
      let refused: readonly RefusedFix[] = [];
      await write(async () => {
        const result = await services.applyFixes(port, res.report.sheet, fixes, live.current.lang);
        changed = result.changed;
        refused = result.refused ?? [];
      });
      if (changed > 0) setFixesApplied((n) => n + changed);
      await checkNow();
      setNotice(
        refused.length > 0
          ? refusedNotice(changed, refused)
          : { intent: "success", key: "status.fixed", params: { count: changed } },
      );
    },
    [live, write, setNotice, services, port, checkNow],
  );

  const fix = useCallback((f: Finding) => run("fix", () => applyFixList([f])), [run, applyFixList]);
  /** Applies the fixes of `findings` (those shown), by default of every finding of the last check. */
  const fixAll = useCallback(
    (findings?: readonly Finding[]) =>
      run("fix", () => applyFixList(findings ?? live.current.result?.report.findings ?? [])),
    [live, run, applyFixList],
  );

  const undo = useCallback(
    () =>
      run("undo", async () => {
        const name = live.current.result?.report.sheet ?? live.current.session.sheet;
        if (!name) return;
        await write(async () => {
          await services.undoFixes(port, name);
        });
        setFixesApplied(0);
        await checkNow();
        setNotice({ intent: "success", key: "status.undone" });
      }),
    [live, run, write, setNotice, services, port, checkNow],
  );

  return { canUndo: fixesApplied > 0, fix, fixAll, undo };
}
