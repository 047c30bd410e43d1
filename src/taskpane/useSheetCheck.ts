/**
 * The session's actions: read the sheet (or range) and detect the appendix, check, set the mapping, the plan
 * period and the as-of date, and select a cell. State lives in one reducer (session.ts) every view reads. The
 * check does not depend on the language: views render findings in the language shown (core's renderFinding), so
 * switching the language checks nothing again.
 */
import { useCallback, useEffect, useReducer, useRef, type MutableRefObject } from "react";
import {
  type CheckOptions,
  type CheckResult,
  type CellRange,
  type Grid,
  renderFailure,
  type ColumnKey,
  type ColumnMapping,
  type Finding,
  type IsoDate,
  type Lang,
} from "../core";
import { translate } from "../i18n";
import { settingsOptions, type CheckSuccess, type ObservablePort } from "./paneTypes";
import type { PaneRunner } from "./usePaneRunner";
import type { DirectoryInfo, PaneServices } from "./services";
import { initialSession, sessionReducer, type Session } from "./session";

/** Latest values for callbacks that outlive a render (auto-check, workbook actions). */
export interface LiveState {
  readonly session: Session;
  readonly lang: Lang;
  readonly result: CheckSuccess | undefined;
}

export interface SheetCheckOptions {
  readonly port: ObservablePort;
  readonly services: PaneServices;
  readonly lang: Lang;
  readonly runner: PaneRunner;
  /** The as-of date the progress figures start with. */
  readonly asOf: IsoDate;
  readonly onSelect?: (sheet: string, range: CellRange) => void;
  readonly onResult?: (result: CheckSuccess | undefined) => void;
}

export function useSheetCheck({ port, services, lang, runner, asOf, onSelect, onResult }: SheetCheckOptions) {
  const { fail, run, setNotice } = runner;
  const [session, dispatch] = useReducer(sessionReducer, asOf, initialSession);

  const live: MutableRefObject<LiveState> = useRef({ session, lang, result: session.result });
  live.current = { session, lang, result: session.result };
  const callbacks = useRef({ onSelect, onResult });
  callbacks.current = { onSelect, onResult };
  /** The session as the next action sees it (dispatches land before the next render). */
  const current = useRef(session);
  current.current = session;
  const apply = useCallback((action: Parameters<typeof sessionReducer>[1]) => {
    current.current = sessionReducer(current.current, action);
    live.current = { ...live.current, session: current.current, result: current.current.result };
    dispatch(action);
  }, []);

  const detect = useCallback(
    (grid: Grid, m: ColumnMapping, r: CellRange | undefined) =>
      apply({ type: "detected", detection: services.detect(grid, { mapping: hasKeys(m) ? m : undefined, range: r }) }),
    [services, apply],
  );

  /** Keeps the agency directory for the next check and shows it. */
  const setDirectory = useCallback((directory: DirectoryInfo) => apply({ type: "directory", directory }), [apply]);

  /** Reads the active sheet (or the range in use) and detects the appendix. */
  const load = useCallback(
    async (r?: CellRange, forSheet?: string) => {
      let name = forSheet ?? (await port.activeSheet());
      if (!name) name = (await port.listSheets()).find((s) => s.visible)?.name;
      if (!name) throw new Error(translate(live.current.lang, "preview.grid.empty"));
      const grid = await port.readGrid(name, r);
      apply({ type: "read", sheet: name, range: r, grid });
      callbacks.current.onResult?.(undefined);
      detect(grid, current.current.mapping, r);
    },
    [port, apply, detect],
  );

  const checkOptions = useCallback((directory: DirectoryInfo): CheckOptions => {
    const s = current.current;
    return { directory: directory.directory, ...settingsOptions(s) };
  }, []);

  const checked = useCallback(
    (grid: Grid, directory: DirectoryInfo, res: CheckResult) => {
      apply({ type: "checked", grid, directory, result: res });
      if (res.ok) callbacks.current.onResult?.(res);
      else if ("lookedFor" in res.failure) callbacks.current.onResult?.(undefined);
      // A bad option (plan period, rule options): the table is still there; say what is wrong.
      else setNotice({ intent: "error", key: "app.error", params: { message: renderFailure(res.failure, lang) } });
    },
    [apply, setNotice, lang],
  );

  /** Re-reads the sheet and the agency directory, then checks. */
  const checkNow = useCallback(async () => {
    const { sheet, range } = current.current;
    if (!sheet) return;
    const grid = await port.readGrid(sheet, range);
    const directory = await services.loadDirectory(port);
    checked(grid, directory, services.check(grid, checkOptions(directory)));
  }, [port, services, checkOptions, checked]);

  const check = useCallback(() => run("check", checkNow), [run, checkNow]);

  /** Checks again over the grid and directory already read (the settings changed, the cells did not). */
  const recheck = useCallback(
    () =>
      run("check", async () => {
        const { grid, directory } = current.current;
        if (!grid || !directory) return checkNow();
        checked(grid, directory, services.check(grid, checkOptions(directory)));
      }),
    [run, checkNow, checked, services, checkOptions],
  );

  // First read of the sheet (again when another port is given).
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        await loadRef.current();
      } catch (e) {
        if (!cancelled) {
          apply({ type: "failed" });
          fail(e);
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [port, fail, apply]);

  const reload = useCallback(() => run("check", () => load(current.current.range)), [run, load]);

  /**
   * Makes `sheet` (one the pane just wrote) the sheet in use, the whole of it with no column picked by hand, and
   * checks it. Runs inside the caller's action.
   */
  const openSheet = useCallback(
    async (sheet: string) => {
      apply({ type: "mapping", mapping: {} });
      await load(undefined, sheet);
      await checkNow();
    },
    [apply, load, checkNow],
  );
  const useWholeSheet = useCallback(() => run("check", () => load(undefined)), [run, load]);

  const useSelection = useCallback(
    () =>
      run("selection", async () => {
        const sel = await port.selectedRange();
        if (!sel) {
          setNotice({ intent: "info", key: "noTable.noSelection" });
          return;
        }
        await load(sel.range, sel.sheet);
      }),
    [run, setNotice, port, load],
  );

  const setMapping = useCallback(
    (key: ColumnKey, col: number | undefined) => {
      const next: ColumnMapping = { ...current.current.mapping };
      if (col === undefined) delete next[key];
      else next[key] = col;
      apply({ type: "mapping", mapping: next });
      const grid = current.current.grid;
      if (grid) {
        try {
          detect(grid, next, current.current.range);
        } catch (e) {
          fail(e);
        }
      }
    },
    [apply, detect, fail],
  );

  const setPlanPeriod = useCallback((text: string) => apply({ type: "planPeriod", text }), [apply]);
  const setAsOf = useCallback((value: string) => apply({ type: "asOf", asOf: value }), [apply]);

  /** Selects a cell of the checked sheet (a finding's, an overdue task's). */
  const selectCell = useCallback(
    async (row: number, col: number) => {
      const name = current.current.result?.report.sheet ?? current.current.sheet;
      if (!name) return;
      const r: CellRange = { top: row, left: col, bottom: row, right: col };
      try {
        await port.select(name, r);
        callbacks.current.onSelect?.(name, r);
      } catch (e) {
        fail(e);
      }
    },
    [port, fail],
  );
  const select = useCallback((f: Finding) => selectCell(f.row, f.col), [selectCell]);

  return {
    session,
    live,
    setDirectory,
    checkNow,
    check,
    recheck,
    reload,
    openSheet,
    useWholeSheet,
    useSelection,
    setMapping,
    setPlanPeriod,
    setAsOf,
    select,
    selectCell,
  };
}

export type SheetCheck = ReturnType<typeof useSheetCheck>;

function hasKeys(o: object): boolean {
  return Object.keys(o).length > 0;
}
