/** Marking the last check's findings in the workbook, removing the pane's marks, and the dropdown lists. */
import { useCallback, type MutableRefObject } from "react";
import type { Finding } from "../core";
import { COLUMN_TERMS } from "../i18n/glossary";
import type { ObservablePort } from "./paneTypes";
import type { PaneServices } from "./services";
import type { PaneRunner } from "./usePaneRunner";
import type { LiveState } from "./useSheetCheck";

export interface MarkActionsOptions {
  readonly port: ObservablePort;
  readonly services: PaneServices;
  readonly runner: PaneRunner;
  readonly live: MutableRefObject<LiveState>;
}

export function useMarkActions({ port, services, runner, live }: MarkActionsOptions) {
  const { run, write, setNotice } = runner;

  /** Marks `findings` (those shown: the accepted ones left out), by default every finding of the last check. */
  const mark = useCallback(
    (findings?: readonly Finding[]) =>
      run("mark", async () => {
        const res = live.current.result;
        if (!res) return;
        let cells = 0;
        const list = findings ?? res.report.findings;
        await write(async () => {
          cells = (await services.mark(port, res.report.sheet, list, live.current.lang)).cells;
        });
        setNotice({ intent: "success", key: "status.marked", params: { count: cells } });
      }),
    [live, run, write, setNotice, services, port],
  );

  const clearMarks = useCallback(
    () =>
      run("clear", async () => {
        let kept = 0;
        await write(async () => {
          kept = (await services.clearMarks(port)).keptAcceptances ?? 0;
        });
        if (kept > 0) setNotice({ intent: "success", key: "status.clearedKept", params: { count: kept } });
        else setNotice({ intent: "success", key: "status.cleared" });
      }),
    [run, write, setNotice, services, port],
  );

  /** "Tạo danh sách chọn" on the table last checked. */
  const dropdowns = useCallback(
    () =>
      run("dropdowns", async () => {
        const res = live.current.result;
        if (!res) return;
        const lang = live.current.lang;
        let made = { cells: 0, leftAlone: 0, kinds: [] as readonly string[] };
        await write(async () => {
          made = await services.createDropdowns(port, res, lang);
        });
        const columns = made.kinds.map((k) => COLUMN_TERMS[k as keyof typeof COLUMN_TERMS][lang]).join(", ");
        const params = { count: made.cells, left: made.leftAlone, columns };
        if (made.cells === 0) setNotice({ intent: "warning", key: "status.dropdownsNone", params });
        else if (made.leftAlone > 0) setNotice({ intent: "success", key: "status.dropdownsLeft", params });
        else setNotice({ intent: "success", key: "status.dropdowns", params });
      }),
    [live, run, write, setNotice, services, port],
  );

  const clearDropdowns = useCallback(
    () =>
      run("dropdowns", async () => {
        let removed = { cleared: 0, changed: 0 };
        await write(async () => {
          removed = await services.removeDropdowns(port);
        });
        const params = { count: removed.cleared, changed: removed.changed };
        if (removed.changed > 0) setNotice({ intent: "success", key: "status.dropdownsClearedChanged", params });
        else setNotice({ intent: "success", key: "status.dropdownsCleared", params });
      }),
    [run, write, setNotice, services, port],
  );

  return { mark, clearMarks, dropdowns, clearDropdowns };
}
