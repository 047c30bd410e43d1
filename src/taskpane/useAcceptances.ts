/**
 * Accepted findings in the pane: "Chấp nhận" (kept in the workbook with a reason, through the port), "Bỏ qua lần
 * này" (hidden for this session only), and revoking either. The report the views show is the last check's with
 * those findings set aside by the core (`applyAcceptances`); the acceptances are read again after every check.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  acceptFinding,
  acceptanceKey,
  applyAcceptances,
  type Acceptance,
  type AcceptedFinding,
  type Finding,
  type Report,
} from "../core";
import type { CheckSuccess, ObservablePort } from "./paneTypes";
import type { PaneServices } from "./services";
import type { PaneRunner } from "./usePaneRunner";

export interface AcceptedItem extends AcceptedFinding {
  /** Hidden for this session only ("Bỏ qua lần này"), not kept in the workbook. */
  readonly session: boolean;
}

export interface AcceptanceOptions {
  readonly port: ObservablePort;
  readonly services: PaneServices;
  readonly runner: PaneRunner;
  readonly result: CheckSuccess | undefined;
}

/** No accepted finding (one array, so the views' effects do not run again for an empty list). */
const NONE: readonly AcceptedItem[] = [];

/** Local date and time, as the change log writes it. */
function now(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function useAcceptances({ port, services, runner, result }: AcceptanceOptions) {
  const { run, write, setNotice } = runner;
  const [stored, setStored] = useState<readonly Acceptance[]>([]);
  const [ignored, setIgnored] = useState<readonly Acceptance[]>([]);

  // The workbook's acceptances, read after every check (the file may have been reopened or edited meanwhile).
  useEffect(() => {
    if (!result) return;
    let current = true;
    services.readAcceptances(port).then(
      (list) => current && setStored(list),
      () => current && setStored([]),
    );
    return () => {
      current = false;
    };
  }, [result, port, services]);

  const view = useMemo(() => {
    if (!result) return undefined;
    const v = applyAcceptances(result.report, result.analysis.grid, [...stored, ...ignored]);
    const accepted: AcceptedItem[] = v.accepted.map((a) => ({
      ...a,
      session: !stored.includes(a.acceptance),
    }));
    return { report: v.report, accepted };
  }, [result, stored, ignored]);

  const accept = useCallback(
    (f: Finding, reason: string) =>
      run("accept", async () => {
        if (!result) return;
        const a = acceptFinding(result.analysis.grid, f, reason, now());
        let list: Acceptance[] = [];
        await write(async () => {
          list = await services.addAcceptances(port, [a]);
        });
        setStored(list);
        setNotice({ intent: "success", key: "status.accepted", params: { cell: f.cell } });
      }),
    [run, write, setNotice, services, port, result],
  );

  const ignore = useCallback(
    (f: Finding) => {
      if (!result) return;
      setIgnored((cur) => [...cur, acceptFinding(result.analysis.grid, f, "")]);
      setNotice({ intent: "success", key: "status.ignored", params: { cell: f.cell } });
    },
    [result, setNotice],
  );

  const revoke = useCallback(
    (items: readonly AcceptedItem[]) =>
      run("accept", async () => {
        const keys = new Set(items.map((i) => acceptanceKey(i.acceptance)));
        setIgnored((cur) => cur.filter((a) => !keys.has(acceptanceKey(a))));
        const kept = items.filter((i) => !i.session).map((i) => i.acceptance);
        if (kept.length > 0) {
          let list: Acceptance[] = [];
          await write(async () => {
            list = await services.revokeAcceptances(port, kept);
          });
          setStored(list);
        }
        setNotice({ intent: "success", key: "status.revoked", params: { count: items.length } });
      }),
    [run, write, setNotice, services, port],
  );

  return {
    /** The last check's report without the accepted findings (counts recomputed); undefined before a check. */
    report: view?.report as Report | undefined,
    /** The findings set aside, each with its acceptance. */
    accepted: view?.accepted ?? NONE,
    accept,
    ignore,
    revoke,
  };
}
