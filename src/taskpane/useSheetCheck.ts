/**
 * The check state: which sheet (and range) the pane reads, the appendix detected there, the column mapping and
 * plan period the user set, the last check's result and the agency directory it used. Reads the sheet on mount and
 * selects a finding's cell. The check does not depend on the language: views render its findings in the language
 * shown (core's renderFinding), so switching the language checks nothing again.
 */
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from "react";
import type { CheckOptions, CheckResult } from "../core/engine";
import type { CellRange, Grid } from "../core/grid";
import type { ColumnKey, ColumnMapping, DetectedTable, DetectionFailure, Finding, Lang } from "../core/types";
import { renderFailure } from "../core/render";
import { translate } from "../i18n";
import { settingsOptions, type CheckSuccess, type ObservablePort, type Phase } from "./paneTypes";
import type { PaneRunner } from "./usePaneRunner";
import type { DirectoryInfo, PaneServices } from "./services";

/** Latest values for callbacks that outlive a render (auto-check, language switch, workbook actions). */
export interface LiveState {
  sheet: string | undefined;
  range: CellRange | undefined;
  mapping: ColumnMapping;
  planPeriod: string;
  lang: Lang;
  result: CheckSuccess | undefined;
}

export interface SheetCheckOptions {
  readonly port: ObservablePort;
  readonly services: PaneServices;
  readonly lang: Lang;
  readonly runner: PaneRunner;
  readonly onSelect?: (sheet: string, range: CellRange) => void;
  readonly onResult?: (result: CheckSuccess | undefined) => void;
}

export function useSheetCheck({ port, services, lang, runner, onSelect, onResult }: SheetCheckOptions) {
  const { fail, run, setNotice } = runner;
  const [phase, setPhase] = useState<Phase>("loading");
  const [sheet, setSheet] = useState<string>();
  const [range, setRange] = useState<CellRange>();
  const [table, setTable] = useState<DetectedTable>();
  const [failure, setFailure] = useState<DetectionFailure>();
  /** Whether the failure is a check's (its message is then shown), not the first detection's. */
  const [failureChecked, setFailureChecked] = useState(false);
  const [mapping, setMappingState] = useState<ColumnMapping>({});
  const [planPeriod, setPlanPeriodState] = useState("");
  const [result, setResult] = useState<CheckSuccess>();
  const [directoryInfo, setDirectoryInfo] = useState<DirectoryInfo>();
  const [headerCells, setHeaderCells] = useState<Grid>();

  const live: MutableRefObject<LiveState> = useRef({ sheet, range, mapping, planPeriod, lang, result });
  live.current = { sheet, range, mapping, planPeriod, lang, result };
  const lastGrid = useRef<Grid>();
  const callbacks = useRef({ onSelect, onResult });
  callbacks.current = { onSelect, onResult };

  /** Keeps the agency directory for the next check and shows it. */
  const setDirectory = useCallback((info: DirectoryInfo) => {
    setDirectoryInfo(info);
  }, []);

  const applyDetection = useCallback(
    (grid: Grid, m: ColumnMapping, r: CellRange | undefined) => {
      lastGrid.current = grid;
      setHeaderCells(grid);
      const detection = services.detect(grid, { mapping: hasKeys(m) ? m : undefined, range: r });
      if (detection.ok) {
        setTable(detection.table);
        setFailure(undefined);
        setPhase("ready");
      } else {
        setTable(undefined);
        setFailure(detection.failure);
        setFailureChecked(false);
        setPhase("no-table");
      }
    },
    [services],
  );

  const readGrid = useCallback(
    async (name: string, r: CellRange | undefined): Promise<Grid> => port.readGrid(name, r),
    [port],
  );

  /** Reads the active sheet (or the range in use) and detects the appendix. */
  const load = useCallback(
    async (r?: CellRange, forSheet?: string) => {
      let name = forSheet ?? (await port.activeSheet());
      if (!name) name = (await port.listSheets()).find((s) => s.visible)?.name;
      if (!name) throw new Error(translate(live.current.lang, "preview.grid.empty"));
      const grid = await readGrid(name, r);
      setSheet(name);
      setRange(r);
      setResult(undefined);
      callbacks.current.onResult?.(undefined);
      applyDetection(grid, live.current.mapping, r);
    },
    [port, readGrid, applyDetection],
  );

  const checkOptions = useCallback(
    (directory: DirectoryInfo | undefined): CheckOptions => ({
      directory: directory?.directory,
      ...settingsOptions(live.current),
    }),
    [],
  );

  const showResult = useCallback(
    (res: CheckResult) => {
      if (res.ok) {
        setResult(res);
        setTable(res.analysis.table);
        setFailure(undefined);
        setPhase("ready");
        callbacks.current.onResult?.(res);
      } else if ("lookedFor" in res.failure) {
        setResult(undefined);
        setTable(undefined);
        setFailure(res.failure);
        setFailureChecked(true);
        setPhase("no-table");
        callbacks.current.onResult?.(undefined);
      } else {
        // A bad option (plan period, rule options): the table is still there; say what is wrong.
        setNotice({
          intent: "error",
          key: "app.error",
          params: { message: renderFailure(res.failure, live.current.lang) },
        });
      }
    },
    [setNotice],
  );

  /** Re-reads the sheet and the agency directory, then checks. */
  const checkNow = useCallback(async () => {
    const name = live.current.sheet;
    if (!name) return;
    const grid = await readGrid(name, live.current.range);
    lastGrid.current = grid;
    setHeaderCells(grid);
    const directory = await services.loadDirectory(port);
    setDirectory(directory);
    showResult(services.check(grid, checkOptions(directory)));
  }, [port, services, readGrid, setDirectory, checkOptions, showResult]);

  const check = useCallback(() => run("check", checkNow), [run, checkNow]);

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
          setPhase("error");
          fail(e);
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [port, fail]);

  const reload = useCallback(() => run("check", () => load(live.current.range)), [run, load]);
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
      const next: ColumnMapping = { ...live.current.mapping };
      if (col === undefined) delete next[key];
      else next[key] = col;
      setMappingState(next);
      live.current.mapping = next;
      const grid = lastGrid.current;
      if (grid) {
        try {
          applyDetection(grid, next, live.current.range);
        } catch (e) {
          fail(e);
        }
      }
    },
    [applyDetection, fail],
  );

  const setPlanPeriod = useCallback((text: string) => {
    setPlanPeriodState(text);
    live.current.planPeriod = text;
  }, []);

  const select = useCallback(
    async (f: Finding) => {
      const name = live.current.result?.report.sheet ?? live.current.sheet;
      if (!name) return;
      const r: CellRange = { top: f.row, left: f.col, bottom: f.row, right: f.col };
      try {
        await port.select(name, r);
        callbacks.current.onSelect?.(name, r);
      } catch (e) {
        fail(e);
      }
    },
    [port, fail],
  );

  return {
    phase,
    sheet,
    range,
    table,
    failure,
    failureChecked,
    mapping,
    planPeriod,
    result,
    directoryInfo,
    headerCells,
    live,
    setDirectory,
    checkNow,
    check,
    reload,
    useWholeSheet,
    useSelection,
    setMapping,
    setPlanPeriod,
    select,
  };
}

export type SheetCheck = ReturnType<typeof useSheetCheck>;

function hasKeys(o: object): boolean {
  return Object.keys(o).length > 0;
}
