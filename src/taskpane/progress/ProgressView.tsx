/**
 * The "Tiến độ" tab: completion per lead agency as of a date, from the core's figures (never recomputed here);
 * sortable; an agency's overdue tasks with a jump to each; and the summary sheet written through the port. Reads the
 * sheet the check tab reads, with the columns, plan period and range set there.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { FIGURE_LABELS, PUBLIC_FIGURES, TOTAL_LABELS, formatRate } from "../../core/completion/labels";
import { isIsoDate } from "../../core/dates";
import { renderFailure } from "../../core/render";
import type { CellRange, Grid } from "../../core/grid";
import type { ColumnMapping, IsoDate, Lang } from "../../core/types";
import { formatNumber, translate, type MessageKey, type MessageParams } from "../../i18n";
import type { WorkbookPort } from "../../workbook/port";
import { writeSummary } from "../../workbook/summary";
import { settingsOptions } from "../paneTypes";
import { defaultServices, type DirectoryInfo, type PaneServices } from "../services";
import {
  PROGRESS_COLUMNS,
  overdueTasks,
  progressRows,
  sortRows,
  type ProgressRow,
  type SortDirection,
  type SortKey,
} from "./model";

export type ProgressServices = Pick<PaneServices, "check" | "loadDirectory">;

export interface ProgressViewProps {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  /** Starting as-of date; today by default. */
  readonly asOf?: IsoDate;
  /** Core functions; the pane's own unless a test gives others. */
  readonly services?: ProgressServices;
  /** The sheet the check tab reads; the active sheet when not given. Read again when it changes. */
  readonly sheet?: string;
  /** The check tab's column mapping (an empty object when none). */
  readonly mapping?: ColumnMapping;
  /** The check tab's plan period as typed; left out when empty or not a year or a span. */
  readonly planPeriod?: string;
  /** The check tab's range in `sheet` ("use the selected range"). */
  readonly range?: CellRange;
}

type Phase = "loading" | "ready" | "no-table" | "error";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  bar: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  tableWrap: { overflowX: "auto" },
  table: { minWidth: "640px" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  row: { cursor: "pointer" },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: "4px" },
});

/** Today in local time, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDate {
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${m}-${d}`;
}

function columnLabel(key: SortKey, lang: Lang): string {
  return FIGURE_LABELS[key][lang];
}

export function ProgressView(props: ProgressViewProps) {
  const { port, lang, asOf: initialAsOf, services: given, sheet: sheetToRead, mapping, planPeriod, range } = props;
  const s = useStyles();
  const t = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const [phase, setPhase] = useState<Phase>("loading");
  const [sheet, setSheet] = useState<string>();
  const [grid, setGrid] = useState<Grid>();
  const [directory, setDirectory] = useState<DirectoryInfo>();
  const [asOf, setAsOf] = useState<string>(() => initialAsOf ?? todayIso());
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>();
  const [selected, setSelected] = useState<string>();
  const [status, setStatus] = useState<{ intent: "success" | "error"; text: string }>();
  const [writing, setWriting] = useState(false);

  // Only the latest read shows (the sheet may change while one is under way).
  const reads = useRef(0);
  const load = useCallback(async () => {
    const services = given ?? defaultServices;
    const read = ++reads.current;
    setPhase("loading");
    setStatus(undefined);
    try {
      let name = sheetToRead ?? (await port.activeSheet());
      if (!name) name = (await port.listSheets()).find((x) => x.visible)?.name;
      if (!name) throw new Error(translate(lang, "preview.grid.empty"));
      const g = await port.readGrid(name);
      const dir = await services.loadDirectory(port);
      if (read !== reads.current) return;
      setSheet(name);
      setGrid(g);
      setDirectory(dir);
      setPhase("ready");
    } catch (e) {
      if (read !== reads.current) return;
      setPhase("error");
      setStatus({ intent: "error", text: translate(lang, "app.error", { message: (e as Error).message }) });
    }
    // The language only labels messages: reading again on a language switch is not needed.
  }, [port, given, sheetToRead]);

  useEffect(() => {
    void load();
  }, [load]);

  const validAsOf = isIsoDate(asOf) ? asOf : undefined;
  const result = useMemo(() => {
    if (!grid || !validAsOf) return undefined;
    const options = { asOf: validAsOf, directory: directory?.directory };
    return (given ?? defaultServices).check(grid, { ...options, ...settingsOptions({ mapping, planPeriod, range }) });
  }, [grid, validAsOf, directory, given, mapping, planPeriod, range]);
  // A detection failure means no appendix; any other (a plan period the core refuses) is said as it is.
  const noTable = result && !result.ok && "lookedFor" in result.failure;
  const badOption = result && !result.ok && !noTable ? renderFailure(result.failure, lang) : undefined;

  const completion = result?.ok ? result.report.completion : undefined;
  const table = useMemo(() => (completion ? progressRows(completion) : undefined), [completion]);
  const rows = useMemo(
    () => (table ? (sort ? sortRows(table.rows, sort.key, sort.direction) : table.rows) : []),
    [table, sort],
  );
  const selectedRow = selected === "total" ? table?.total : table?.rows.find((r) => r.key === selected);

  const toggleSort = (key: SortKey) =>
    setSort((cur) =>
      cur?.key === key
        ? { key, direction: cur.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: key === "agency" ? "ascending" : "descending" },
    );

  const choose = (r: ProgressRow) => setSelected((cur) => (cur === r.key ? undefined : r.key));
  const onRowKey = (e: KeyboardEvent, r: ProgressRow) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      choose(r);
    }
  };

  const jump = async (row: number, col: number) => {
    if (!result?.ok) return;
    try {
      await port.select(result.report.sheet, { top: row, left: col, bottom: row, right: col });
    } catch (e) {
      setStatus({ intent: "error", text: t("app.error", { message: (e as Error).message }) });
    }
  };

  const write = async () => {
    if (!completion) return;
    setWriting(true);
    setStatus(undefined);
    try {
      const sheet = await writeSummary(port, completion, lang);
      setStatus({ intent: "success", text: t("progress.written", { sheet }) });
    } catch (e) {
      setStatus({ intent: "error", text: t("app.error", { message: (e as Error).message }) });
    } finally {
      setWriting(false);
    }
  };

  const cells = (r: ProgressRow) => (
    <>
      <TableCell data-figure="agency">{r.key === "total" ? TOTAL_LABELS[lang] : r.agency}</TableCell>
      {PUBLIC_FIGURES.map((f) => (
        <TableCell key={f} className={s.num} data-figure={f}>
          {formatNumber(lang, r.figures[f])}
        </TableCell>
      ))}
      <TableCell className={s.num} data-figure="rate">
        {formatRate(r.rate, lang)}
      </TableCell>
    </>
  );

  const bodyRow = (r: ProgressRow, total = false) => (
    <TableRow
      key={r.key}
      data-testid={total ? "progress-total" : "progress-row"}
      data-agency={r.agency}
      className={total ? mergeClasses(s.row, s.total) : s.row}
      tabIndex={0}
      aria-selected={selected === r.key}
      onClick={() => choose(r)}
      onKeyDown={(e) => onRowKey(e, r)}
    >
      {cells(r)}
    </TableRow>
  );

  const overdue = selectedRow && result?.ok ? overdueList(selectedRow) : null;
  function overdueList(r: ProgressRow) {
    if (!result?.ok) return null;
    const cols = result.analysis.table.columns;
    const list = overdueTasks(r, result.analysis.tasks, { content: cols.content?.col, number: cols.number?.col });
    const name = r.key === "total" ? TOTAL_LABELS[lang] : r.agency;
    if (list.length === 0)
      return <Text data-testid="progress-overdue-none">{t("progress.noOverdue", { agency: name })}</Text>;
    return (
      <section
        data-testid="progress-overdue"
        aria-label={t("progress.overdueTitle", { agency: name, count: list.length })}
      >
        <Text weight="semibold">{t("progress.overdueTitle", { agency: name, count: list.length })}</Text>
        <ul className={s.list}>
          {list.map((o) => (
            <li key={o.row} data-row={o.row}>
              <Button
                size="small"
                appearance="transparent"
                onClick={() => void jump(o.row, o.col)}
                title={t("progress.jump", { row: o.row })}
              >
                {o.label ? `${t("progress.task", { label: o.label })}: ` : ""}
                {o.content}
              </Button>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  return (
    <div className={s.root} data-testid="progress-view">
      <div className={s.bar}>
        <Field label={t("progress.asOf")} validationState={validAsOf ? "none" : "error"}>
          <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} data-testid="progress-as-of" />
        </Field>
        <Button onClick={() => void load()} disabled={phase === "loading"}>
          {t("progress.reload")}
        </Button>
        <Button
          appearance="primary"
          onClick={() => void write()}
          disabled={!completion || writing}
          data-testid="progress-write"
        >
          {writing ? t("progress.writing") : t("progress.write")}
        </Button>
      </div>
      {status && (
        <MessageBar intent={status.intent} data-testid="progress-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {phase === "loading" && <Spinner size="small" label={t("progress.loading")} />}
      {phase === "ready" && noTable && (
        <MessageBar intent="warning" data-testid="progress-no-table">
          <MessageBarBody>{t("progress.noTable", { sheet: sheet ?? "" })}</MessageBarBody>
        </MessageBar>
      )}
      {phase === "ready" && badOption && (
        <MessageBar intent="error" data-testid="progress-bad-option">
          <MessageBarBody>{t("app.error", { message: badOption })}</MessageBarBody>
        </MessageBar>
      )}
      {completion?.indicators && <Text>{t("progress.indicators")}</Text>}
      {table && result?.ok && !completion?.indicators && (
        <>
          <Text className={s.hint} data-testid="progress-sheet">
            {t("progress.sheet", { sheet: result.report.sheet, tasks: completion?.total.assigned ?? 0 })}
          </Text>
          {table.rows.length === 0 && <Text>{t("progress.empty")}</Text>}
          <div className={s.tableWrap}>
            <Table className={s.table} size="small" aria-label={t("progress.label")} data-testid="progress-table">
              <TableHeader>
                <TableRow>
                  {PROGRESS_COLUMNS.map((key) => (
                    <TableHeaderCell
                      key={key}
                      data-column={key}
                      sortable
                      sortDirection={sort?.key === key ? sort.direction : undefined}
                      onClick={() => toggleSort(key)}
                      button={{ "aria-label": t("progress.sortBy", { column: columnLabel(key, lang) }) }}
                    >
                      {columnLabel(key, lang)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((r) => bodyRow(r))}
                {bodyRow(table.total, true)}
              </TableBody>
            </Table>
          </div>
          <Text className={s.hint} size={200}>
            {t("progress.rowHint")}
          </Text>
          {overdue}
        </>
      )}
    </div>
  );
}
