/** Marking the last check's findings in the workbook, and removing the pane's marks. */
import { useCallback, type MutableRefObject } from "react";
import type { Finding } from "../core";
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

  return { mark, clearMarks };
}
