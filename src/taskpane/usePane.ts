/**
 * The pane's state and actions: read the sheet, detect the appendix, check, mark, fix, undo, and re-check on
 * edits. Views render what this returns and call its actions; every workbook access goes through the port.
 *
 * Composed of: usePaneRunner (busy, notices, quiet writes), useSheetCheck (sheet, appendix, options, result),
 * useMarkActions, useFixActions, useAgencyActions, and useAutoCheck (re-check after edits).
 */
import { useState } from "react";
import type { CellRange } from "../core/grid";
import { renderFailure, type RenderedFinding } from "../core/render";
import type { Finding, Lang } from "../core/types";
import { normalisePlanPeriod, type CheckSuccess, type ObservablePort } from "./paneTypes";
import type { PaneServices } from "./services";
import { useAgencyActions } from "./useAgencyActions";
import { useAutoCheck } from "./useAutoCheck";
import { useFixActions } from "./useFixActions";
import { useMarkActions } from "./useMarkActions";
import { usePaneRunner } from "./usePaneRunner";
import { useSheetCheck } from "./useSheetCheck";

export {
  AUTO_CHECK_DELAY_MS,
  normalisePlanPeriod,
  type Busy,
  type CheckSuccess,
  type Notice,
  type ObservablePort,
  type Phase,
} from "./paneTypes";

export interface PaneOptions {
  readonly port: ObservablePort;
  readonly services: PaneServices;
  readonly lang: Lang;
  /** Told after a finding's cell was selected (the browser page scrolls its grid there). */
  readonly onSelect?: (sheet: string, range: CellRange) => void;
  /** Told after each check (undefined when the sheet holds no appendix). */
  readonly onResult?: (result: CheckSuccess | undefined) => void;
  /** Told after the pane wrote to the workbook (marks, fixes, a new sheet). */
  readonly onWorkbookChanged?: () => void;
}

export function usePane({ port, services, lang, onSelect, onResult, onWorkbookChanged }: PaneOptions) {
  const runner = usePaneRunner(onWorkbookChanged);
  const { busy, notice, setNotice, run, quietUntil } = runner;
  const state = useSheetCheck({ port, services, lang, runner, onSelect, onResult });
  const { live, checkNow, setDirectory } = state;
  const marks = useMarkActions({ port, services, runner, live });
  const fixes = useFixActions({ port, services, runner, live, checkNow });
  const agencies = useAgencyActions({ port, services, runner, setDirectory });
  const [autoCheck, setAutoCheck] = useState(false);

  // Re-check after the user edits the sheet, when the port can say so and the user asked for it.
  const autoCheckAvailable = typeof port.onSheetChanged === "function";
  useAutoCheck(port, autoCheck ? state.sheet : undefined, quietUntil, () => void run("check", checkNow));

  return {
    phase: state.phase,
    sheet: state.sheet,
    range: state.range,
    table: state.table,
    failure: state.failure,
    /** The core's message for a check that found no table, in the language shown. */
    failureMessage: state.failure && state.failureChecked ? renderFailure(state.failure, lang) : undefined,
    mapping: state.mapping,
    planPeriod: state.planPeriod,
    planPeriodValid: normalisePlanPeriod(state.planPeriod) !== undefined,
    result: state.result,
    busy,
    notice,
    canUndo: fixes.canUndo,
    autoCheck,
    autoCheckAvailable,
    directoryInfo: state.directoryInfo,
    grid: state.headerCells,
    check: state.check,
    reload: state.reload,
    useSelection: state.useSelection,
    useWholeSheet: state.useWholeSheet,
    setMapping: state.setMapping,
    setPlanPeriod: state.setPlanPeriod,
    select: state.select,
    mark: marks.mark,
    clearMarks: marks.clearMarks,
    fix: fixes.fix,
    fixAll: fixes.fixAll,
    undo: fixes.undo,
    setAutoCheck,
    reloadDirectory: agencies.reloadDirectory,
    createAgencySheet: agencies.createAgencySheet,
    dismissNotice: () => setNotice(undefined),
    describeRule: (ruleId: string): string | undefined => services.describeRule?.(ruleId, lang),
    /** A finding's words in the language shown: rendered again on a language switch, never checked again. */
    renderFinding: (f: Finding): RenderedFinding => services.renderFinding(f, lang),
  };
}

export type PaneModel = ReturnType<typeof usePane>;
