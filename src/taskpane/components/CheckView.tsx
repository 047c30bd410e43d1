/** The "Kiểm tra" tab: the table found, the actions, the counts, the filters and the findings. */
import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Finding } from "../../core";
import {
  NO_FILTERS,
  agencyOptions,
  countFindings,
  filterFindings,
  groupFindings,
  hasFilters,
  ruleOptions,
  tasksByRow,
  type Filters,
} from "../findings";
import { useLang } from "../i18nContext";
import type { PaneModel } from "../usePane";
import { AcceptedList } from "./AcceptedList";
import { ActionBar } from "./ActionBar";
import { FilterBar } from "./FilterBar";
import { FindingList } from "./FindingList";
import { NoTable } from "./NoTable";
import { Summary } from "./Summary";
import { TableCard } from "./TableCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
  centre: { padding: tokens.spacingVerticalXXL },
});

export function CheckView({ pane }: { pane: PaneModel }) {
  const s = useStyles();
  const { t } = useLang();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selected, setSelected] = useState<Finding>();

  const result = pane.result;
  // The findings shown: the accepted ones are set aside (listed under "n đã chấp nhận").
  const report = pane.shownReport;
  const derived = useMemo(() => {
    if (!result || !report) return undefined;
    const findings = report.findings;
    const byRow = tasksByRow(result.tasks);
    const shown = filterFindings(findings, filters, byRow);
    return {
      counts: countFindings(findings),
      rules: ruleOptions(findings),
      agencies: agencyOptions(findings, byRow),
      shown,
      groups: groupFindings(shown),
    };
  }, [result, report, filters]);

  if (pane.phase === "loading") {
    return <Spinner className={s.centre} label={t("app.loading")} />;
  }

  const select = (f: Finding) => {
    setSelected(f);
    void pane.select(f);
  };

  return (
    <div className={s.root}>
      {pane.phase === "no-table" && pane.failure && (
        <NoTable
          failure={pane.failure}
          message={pane.failureMessage}
          busy={pane.busy !== undefined}
          onUseSelection={() => void pane.useSelection()}
        />
      )}
      {pane.phase === "ready" && <TableCard pane={pane} />}
      {pane.phase === "ready" && <ActionBar pane={pane} />}
      {pane.phase === "ready" && !result && <Text className={s.muted}>{t("summary.notChecked")}</Text>}
      {result && report && derived && (
        <>
          <Summary report={report} />
          {pane.accepted.length > 0 && (
            <AcceptedList
              items={pane.accepted}
              busy={pane.busy !== undefined}
              onSelect={(f) => void pane.select(f)}
              onRevoke={(items) => void pane.revoke(items)}
              render={pane.renderFinding}
            />
          )}
          {derived.counts.total > 0 && (
            <FilterBar
              filters={filters}
              counts={derived.counts}
              rules={derived.rules}
              agencies={derived.agencies}
              onChange={setFilters}
            />
          )}
          {hasFilters(filters) && (
            <Text className={s.muted} data-testid="shown-count">
              {derived.shown.length === 0
                ? t("filters.empty")
                : t("summary.shown", { shown: derived.shown.length, total: derived.counts.total })}
            </Text>
          )}
          <FindingList
            groups={derived.groups}
            selected={selected}
            busy={pane.busy !== undefined}
            onSelect={select}
            onFix={(f) => void pane.fix(f)}
            onAccept={(f, reason) => void pane.accept(f, reason)}
            onIgnore={pane.ignore}
            describeRule={pane.describeRule}
            render={pane.renderFinding}
          />
        </>
      )}
    </div>
  );
}
