/**
 * The pane's state and actions: read the sheet, detect the appendix, check, mark, fix, undo, and re-check on
 * edits. Views render what this returns and call its actions; every workbook access goes through the port.
 *
 * Composed of: usePaneRunner (busy, notices, quiet writes), useSheetCheck (sheet, appendix, options, result),
 * useMarkActions, useFixActions, useAgencyActions, and useAutoCheck (re-check after edits).
 */
import { useState } from "react";
import { todayIso } from "./progress/today";
import { type CellRange, type CompletionReport, renderFailure, type Finding, type IsoDate, type Lang } from "../core";
import { cellPlace, placeOfRow, type RowPlaces } from "../i18n/places";
import { normalisePlanPeriod, type CheckSuccess, type ObservablePort, type ShownFinding } from "./paneTypes";
import type { PaneServices } from "./services";
import { useAcceptances } from "./useAcceptances";
import { useAgencyActions } from "./useAgencyActions";
import { useAutoCheck } from "./useAutoCheck";
import { useFixActions } from "./useFixActions";
import { defaultImportServices, type ImportServices } from "./import/services";
import { useWordImport } from "./import/useWordImport";
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
  type ShownFinding,
} from "./paneTypes";

export interface PaneOptions {
  readonly port: ObservablePort;
  readonly services: PaneServices;
  /** The Word reader and the appendix sheet writer of "Nhập từ Word"; the real ones by default. */
  readonly importServices?: ImportServices;
  readonly lang: Lang;
  /** The as-of date the progress figures start with; today when not given. */
  readonly asOf?: IsoDate;
  /** Told after a finding's cell was selected (the browser page scrolls its grid there). */
  readonly onSelect?: (sheet: string, range: CellRange) => void;
  /** Told after each check (undefined when the sheet holds no appendix). */
  readonly onResult?: (result: CheckSuccess | undefined) => void;
  /** Told after the pane wrote to the workbook (marks, fixes, a new sheet). */
  readonly onWorkbookChanged?: () => void;
  /** Where the rows of a sheet read from Word tables are in the Word file (the browser page's .docx). */
  readonly wordPlaces?: (sheet: string) => RowPlaces | undefined;
}

export function usePane({
  port,
  services,
  importServices = defaultImportServices,
  lang,
  asOf,
  onSelect,
  onResult,
  onWorkbookChanged,
  wordPlaces,
}: PaneOptions) {
  const runner = usePaneRunner(onWorkbookChanged);
  const { busy, notice, setNotice, run, quietUntil } = runner;
  const [startAsOf] = useState(() => asOf ?? todayIso());
  const state = useSheetCheck({ port, services, lang, runner, asOf: startAsOf, onSelect, onResult });
  const session = state.session;
  const { live, checkNow, setDirectory } = state;
  const marks = useMarkActions({ port, services, runner, live });
  const fixes = useFixActions({ port, services, runner, live, checkNow });
  const agencies = useAgencyActions({ port, services, runner, setDirectory });
  const acceptances = useAcceptances({ port, services, runner, result: session.result });
  const wordImport = useWordImport({
    port,
    services,
    importServices,
    runner,
    lang,
    directory: session.directory?.directory,
    openSheet: state.openSheet,
  });
  const shown = acceptances.report?.findings;
  const [autoCheck, setAutoCheck] = useState(false);

  // Re-check after the user edits the sheet, when the port can say so and the user asked for it.
  const autoCheckAvailable = typeof port.onSheetChanged === "function";
  useAutoCheck(port, autoCheck ? session.sheet : undefined, quietUntil, () => void run("check", checkNow));

  return {
    /** The one session state every view reads. */
    session,
    lang,
    phase: session.phase,
    sheet: session.sheet,
    range: session.range,
    table: session.table,
    failure: session.failure,
    /** The core's message for a check that found no table (or failed on the sheet), in the language shown. */
    failureMessage:
      session.failure && (session.failureChecked || session.failure.reason === "internal-error")
        ? renderFailure(session.failure, lang)
        : undefined,
    mapping: session.mapping,
    planPeriod: session.planPeriod,
    planPeriodValid: normalisePlanPeriod(session.planPeriod) !== undefined,
    result: session.result,
    /** The last check's report without the accepted findings: what the check tab lists and counts. */
    shownReport: acceptances.report,
    /** The findings accepted (kept in the workbook) or ignored this session, each with its acceptance. */
    accepted: acceptances.accepted,
    accept: acceptances.accept,
    ignore: acceptances.ignore,
    revoke: acceptances.revoke,
    busy,
    notice,
    canUndo: fixes.canUndo,
    autoCheck,
    autoCheckAvailable,
    directoryInfo: session.directory,
    grid: session.grid,
    check: state.check,
    recheck: state.recheck,
    reload: state.reload,
    useSelection: state.useSelection,
    useWholeSheet: state.useWholeSheet,
    setMapping: state.setMapping,
    setPlanPeriod: state.setPlanPeriod,
    select: state.select,
    selectCell: state.selectCell,
    setAsOf: state.setAsOf,
    /** Marks the findings shown (accepted ones are not marked). */
    mark: () => marks.mark(shown),
    clearMarks: marks.clearMarks,
    /** "Tạo danh sách chọn" / "Xóa danh sách chọn" (docs/dropdowns.md). */
    createDropdowns: marks.dropdowns,
    clearDropdowns: marks.clearDropdowns,
    fix: fixes.fix,
    /** Applies the fixes of the findings shown (an accepted finding is left as it is). */
    fixAll: () => fixes.fixAll(shown),
    undo: fixes.undo,
    setAutoCheck,
    /** "Nhập từ Word": read a .docx or pasted text, preview, write as a new sheet and check it. */
    wordImport,
    reloadDirectory: agencies.reloadDirectory,
    createAgencySheet: agencies.createAgencySheet,
    dismissNotice: () => setNotice(undefined),
    describeRule: (ruleId: string): string | undefined => services.describeRule?.(ruleId, lang),
    /** A rule's help page (docs/rules/<id>.md as shipped), when the services can load one. */
    loadRuleDoc: services.loadRuleDoc,
    /** A finding's words in the language shown: rendered again on a language switch, never checked again. */
    renderFinding: (f: Finding): ShownFinding => {
      const rendered = services.renderFinding(f, lang);
      const sheet = session.result?.report.sheet;
      const place = sheet === undefined ? undefined : placeOfRow(wordPlaces?.(sheet), f.row);
      return place ? { ...rendered, place: cellPlace(place, f.col, lang) } : rendered;
    },
    /** Writes the summary sheet through the services (the edit listener ignores it). */
    writeSummary: async (completion: CompletionReport): Promise<string> => {
      let sheet = "";
      await runner.write(async () => {
        sheet = await services.writeSummary(port, completion, lang);
      });
      return sheet;
    },
    services,
  };
}

export type PaneModel = ReturnType<typeof usePane>;
