/** The "Kiểm tra" tab: the table found, the actions, the counts, the filters and the findings. */
import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { cellText, rawCell, type Finding } from "../../core";
import { ruleTitle } from "../../i18n";
import {
  NO_FILTERS,
  agencyOptions,
  countFindings,
  filterFindings,
  groupBySection,
  groupFindings,
  hasFilters,
  leadNames,
  ruleOptions,
  searchText,
  sortByRow,
  tasksByRow,
  type Filters,
  type SortKey,
} from "../findings";
import { RuleHelpDialog } from "../help/RuleHelpDialog";
import { useLang } from "../i18nContext";
import { column } from "../styles";
import type { PaneModel } from "../usePane";
import { AcceptedList } from "./AcceptedList";
import { ActionBar } from "./ActionBar";
import { FilterBar } from "./FilterBar";
import { FindingList, type FindingView } from "./FindingList";
import { NoTable } from "./NoTable";
import { Summary } from "./Summary";
import { TableCard } from "./TableCard";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalL),
  muted: { color: tokens.colorNeutralForeground3 },
  centre: { padding: tokens.spacingVerticalXXL },
});

export function CheckView({ pane }: { pane: PaneModel }) {
  const s = useStyles();
  const { t, lang } = useLang();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<SortKey>("severity");
  const [selected, setSelected] = useState<Finding>();
  const [help, setHelp] = useState<string>();

  const result = pane.result;
  // The findings shown: the accepted ones are set aside (listed under "n đã chấp nhận").
  const report = pane.shownReport;
  const render = pane.renderFinding;
  const byRow = useMemo(() => (result ? tasksByRow(result.tasks) : undefined), [result]);
  // What a search looks in, per finding, in the language shown (built on the first search only).
  const searching = (filters.query ?? "").trim() !== "";
  const haystacks = useMemo(() => {
    if (!searching || !result || !report || !byRow) return undefined;
    const grid = result.analysis.grid;
    const m = new Map<Finding, string>();
    for (const f of report.findings) {
      const { message, suggestion } = render(f);
      const words = [message, suggestion, cellText(rawCell(grid, f.row, f.col)), ruleTitle(lang, f.rule), f.cell];
      m.set(f, searchText([...words, ...leadNames(byRow.get(f.row)), f.task]));
    }
    return m;
  }, [searching, result, report, byRow, lang]);
  const derived = useMemo(() => {
    if (!result || !report || !byRow) return undefined;
    const findings = report.findings;
    const shown = filterFindings(findings, filters, byRow, haystacks && ((f) => haystacks.get(f) ?? ""));
    const view: FindingView =
      sort === "row"
        ? { kind: "row", findings: sortByRow(shown) }
        : sort === "section"
          ? {
              kind: "section",
              groups: groupBySection(shown, result.analysis.sections),
              sections: result.analysis.sections,
            }
          : { kind: "severity", groups: groupFindings(shown) };
    return {
      counts: countFindings(findings),
      rules: ruleOptions(findings),
      agencies: agencyOptions(findings, byRow),
      shown,
      view,
    };
  }, [result, report, byRow, filters, haystacks, sort]);

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
              sort={sort}
              onSort={setSort}
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
            view={derived.view}
            selected={selected}
            busy={pane.busy !== undefined}
            onSelect={select}
            onFix={(f) => void pane.fix(f)}
            onAccept={(f, reason) => void pane.accept(f, reason)}
            onIgnore={pane.ignore}
            onHelp={pane.loadRuleDoc ? setHelp : undefined}
            describeRule={pane.describeRule}
            render={pane.renderFinding}
          />
        </>
      )}
      {pane.loadRuleDoc && <RuleHelpDialog ruleId={help} load={pane.loadRuleDoc} onClose={() => setHelp(undefined)} />}
    </div>
  );
}
