/** The agency directory: reading it again from the workbook, and adding the agency sheet users can extend. */
import { useCallback } from "react";
import { AGENCY_SHEET } from "./agencies/sheet";
import type { ObservablePort } from "./paneTypes";
import type { DirectoryInfo, PaneServices } from "./services";
import type { PaneRunner } from "./usePaneRunner";

export interface AgencyActionsOptions {
  readonly port: ObservablePort;
  readonly services: PaneServices;
  readonly runner: PaneRunner;
  /** Keeps the directory for the next check and shows it. */
  readonly setDirectory: (info: DirectoryInfo) => void;
}

export function useAgencyActions({ port, services, runner, setDirectory }: AgencyActionsOptions) {
  const { run, write, setNotice } = runner;

  const reloadDirectory = useCallback(
    () =>
      run("agencies", async () => {
        setDirectory(await services.loadDirectory(port));
      }),
    [run, setDirectory, services, port],
  );

  const createAgencySheet = useCallback(
    () =>
      run("agencies", async () => {
        await write(() => services.createAgencySheet(port));
        setDirectory(await services.loadDirectory(port));
        setNotice({ intent: "success", key: "agencies.created", params: { sheet: AGENCY_SHEET } });
      }),
    [run, write, setNotice, setDirectory, services, port],
  );

  return { reloadDirectory, createAgencySheet };
}
