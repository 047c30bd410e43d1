/**
 * The pane's state and actions: read the sheet, detect the appendix, check, mark, fix, undo, and re-check on
 * edits. Views render what this returns and call its actions; every workbook access goes through the port.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckOptions, CheckResult } from "../core/engine";
import type { CellRange, Grid } from "../core/grid";
import type { ColumnKey, ColumnMapping, DetectedTable, DetectionFailure, Finding, Lang } from "../core/types";
import { translate } from "../i18n";
import { AGENCY_SHEET } from "./agencies/sheet";
import { collectFixes } from "./findings";
import {
  OWN_WRITE_QUIET_MS,
  normalisePlanPeriod,
  type Busy,
  type CheckSuccess,
  type Notice,
  type ObservablePort,
  type Phase,
} from "./paneTypes";
import type { DirectoryInfo, PaneServices } from "./services";
import { useAutoCheck } from "./useAutoCheck";

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
  const [phase, setPhase] = useState<Phase>("loading");
  const [sheet, setSheet] = useState<string>();
  const [range, setRange] = useState<CellRange>();
  const [table, setTable] = useState<DetectedTable>();
  const [failure, setFailure] = useState<DetectionFailure>();
  const [failureMessage, setFailureMessage] = useState<string>();
  const [mapping, setMappingState] = useState<ColumnMapping>({});
  const [planPeriod, setPlanPeriodState] = useState("");
  const [result, setResult] = useState<CheckSuccess>();
  const [busy, setBusy] = useState<Busy>();
  const [notice, setNotice] = useState<Notice>();
  const [fixesApplied, setFixesApplied] = useState(0);
  const [autoCheck, setAutoCheck] = useState(false);
  const [directoryInfo, setDirectoryInfo] = useState<DirectoryInfo>();
  const [headerCells, setHeaderCells] = useState<Grid>();

  // Latest values for callbacks that outlive a render (auto-check, language switch).
  const live = useRef({ sheet, range, mapping, planPeriod, lang, result });
  live.current = { sheet, range, mapping, planPeriod, lang, result };
  const lastGrid = useRef<Grid>();
  const lastDirectory = useRef<DirectoryInfo>();
  const quietUntil = useRef(0);
  const busyRef = useRef(false);
  const callbacks = useRef({ onSelect, onResult, onWorkbookChanged });
  callbacks.current = { onSelect, onResult, onWorkbookChanged };

  const planPeriodNormalised = normalisePlanPeriod(planPeriod);

  const fail = useCallback((e: unknown) => {
    setNotice({ intent: "error", key: "app.error", params: { message: e instanceof Error ? e.message : String(e) } });
  }, []);

  /** Runs one action at a time, with `busy` set and errors shown. */
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
        setFailureMessage(undefined);
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

  const checkOptions = useCallback((directory: DirectoryInfo | undefined, l: Lang): CheckOptions => {
    const { mapping: m, planPeriod: p, range: r } = live.current;
    const period = normalisePlanPeriod(p);
    return {
      lang: l,
      directory: directory?.directory,
      mapping: hasKeys(m) ? m : undefined,
      planPeriod: period ? period : undefined,
      range: r,
    };
  }, []);

  const showResult = useCallback((res: CheckResult) => {
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
      setFailureMessage(res.message);
      setPhase("no-table");
      callbacks.current.onResult?.(undefined);
    } else {
      // A bad option (plan period, rule options): the table is still there; say what is wrong.
      setNotice({ intent: "error", key: "app.error", params: { message: res.message } });
    }
  }, []);

  /** Re-reads the sheet and the agency directory, then checks. */
  const checkNow = useCallback(async () => {
    const name = live.current.sheet;
    if (!name) return;
    const grid = await readGrid(name, live.current.range);
    lastGrid.current = grid;
    setHeaderCells(grid);
    const directory = await services.loadDirectory(port);
    lastDirectory.current = directory;
    setDirectoryInfo(directory);
    showResult(services.check(grid, checkOptions(directory, live.current.lang)));
  }, [port, services, readGrid, checkOptions, showResult]);

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

  // Messages come in the report's language: re-render the last check in the new language, without re-reading.
  const relabel = useRef(() => {});
  relabel.current = () => {
    const grid = lastGrid.current;
    if (!live.current.result || !grid) return;
    try {
      showResult(services.check(grid, checkOptions(lastDirectory.current, lang)));
    } catch (e) {
      fail(e);
    }
  };
  useEffect(() => relabel.current(), [lang]);

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
    [run, port, load],
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

  /** Writes to the workbook, keeping the edit listener quiet while the pane's own writes land. */
  const write = useCallback(async (action: () => Promise<void>) => {
    quietUntil.current = Number.POSITIVE_INFINITY;
    try {
      await action();
    } finally {
      quietUntil.current = Date.now() + OWN_WRITE_QUIET_MS;
      callbacks.current.onWorkbookChanged?.();
    }
  }, []);

  const mark = useCallback(
    () =>
      run("mark", async () => {
        const res = live.current.result;
        if (!res) return;
        let cells = 0;
        await write(async () => {
          cells = (await services.mark(port, res.report.sheet, res.report.findings, live.current.lang)).cells;
        });
        setNotice({ intent: "success", key: "status.marked", params: { count: cells } });
      }),
    [run, write, services, port],
  );

  const clearMarks = useCallback(
    () =>
      run("clear", async () => {
        await write(async () => {
          await services.clearMarks(port);
        });
        setNotice({ intent: "success", key: "status.cleared" });
      }),
    [run, write, services, port],
  );

  const applyFixList = useCallback(
    async (findings: readonly Finding[]) => {
      const res = live.current.result;
      if (!res) return;
      const fixes = collectFixes(findings);
      if (fixes.length === 0) return;
      let changed = 0;
      await write(async () => {
        changed = (await services.applyFixes(port, res.report.sheet, fixes, live.current.lang)).changed;
      });
      if (changed > 0) setFixesApplied((n) => n + changed);
      await checkNow();
      setNotice({ intent: "success", key: "status.fixed", params: { count: changed } });
    },
    [write, services, port, checkNow],
  );

  const fix = useCallback((f: Finding) => run("fix", () => applyFixList([f])), [run, applyFixList]);
  const fixAll = useCallback(
    () => run("fix", () => applyFixList(live.current.result?.report.findings ?? [])),
    [run, applyFixList],
  );

  const undo = useCallback(
    () =>
      run("undo", async () => {
        const name = live.current.result?.report.sheet ?? live.current.sheet;
        if (!name) return;
        await write(async () => {
          await services.undoFixes(port, name);
        });
        setFixesApplied(0);
        await checkNow();
        setNotice({ intent: "success", key: "status.undone" });
      }),
    [run, write, services, port, checkNow],
  );

  const reloadDirectory = useCallback(
    () =>
      run("agencies", async () => {
        const info = await services.loadDirectory(port);
        lastDirectory.current = info;
        setDirectoryInfo(info);
      }),
    [run, services, port],
  );

  const createAgencySheet = useCallback(
    () =>
      run("agencies", async () => {
        await write(() => services.createAgencySheet(port));
        const info = await services.loadDirectory(port);
        lastDirectory.current = info;
        setDirectoryInfo(info);
        setNotice({ intent: "success", key: "agencies.created", params: { sheet: AGENCY_SHEET } });
      }),
    [run, write, services, port],
  );

  // Re-check after the user edits the sheet, when the port can say so and the user asked for it.
  const autoCheckAvailable = typeof port.onSheetChanged === "function";
  useAutoCheck(port, autoCheck ? sheet : undefined, quietUntil, () => void run("check", checkNow));

  return {
    phase,
    sheet,
    range,
    table,
    failure,
    failureMessage,
    mapping,
    planPeriod,
    planPeriodValid: planPeriodNormalised !== undefined,
    result,
    busy,
    notice,
    canUndo: fixesApplied > 0,
    autoCheck,
    autoCheckAvailable,
    directoryInfo,
    grid: headerCells,
    check,
    reload,
    useSelection,
    useWholeSheet,
    setMapping,
    setPlanPeriod,
    select,
    mark,
    clearMarks,
    fix,
    fixAll,
    undo,
    setAutoCheck,
    reloadDirectory,
    createAgencySheet,
    dismissNotice: () => setNotice(undefined),
    describeRule: (ruleId: string): string | undefined => services.describeRule?.(ruleId, lang),
  };
}

export type PaneModel = ReturnType<typeof usePane>;

function hasKeys(o: object): boolean {
  return Object.keys(o).length > 0;
}
