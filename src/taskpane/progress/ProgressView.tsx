/**
 * The "Tiến độ" tab: completion per lead agency as of a date, from the core's figures (never recomputed here);
 * sortable; an agency's overdue tasks with a jump to each; and the summary sheet written through the port. Reads the
 * sheet the check tab reads, with the columns, plan period and range set there. In a task pane (narrower than
 * WIDE_PX) one card per agency (ProgressCards); from WIDE_PX, the wide table of every figure.
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
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import {
  FIGURE_LABELS,
  PUBLIC_FIGURES,
  TOTAL_LABELS,
  formatLateness,
  formatRate,
  formatVi,
  isIsoDate,
  type Lang,
} from "../../core";
import { formatNumber, translate, type MessageKey, type MessageParams } from "../../i18n";
import { resultIsCurrent, settingsKey } from "../session";
import { column } from "../styles";
import type { PaneModel } from "../usePane";
import { ProgressCards } from "./ProgressCards";
import {
  PROGRESS_COLUMNS,
  agencyTasks,
  progressRows,
  sortRows,
  type ProgressRow,
  type SortDirection,
  type SortKey,
} from "./model";

export { todayIso } from "./today";

export interface ProgressViewProps {
  /** The pane's session (sheet, range, mapping, plan period, as-of date, last check) and its actions. */
  readonly pane: PaneModel;
}

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalM),
  bar: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  date: { minWidth: 0, maxWidth: "100%" },
  tableWrap: { overflowX: "auto" },
  table: { minWidth: "640px" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  row: { cursor: "pointer" },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: "4px" },
});

function columnLabel(key: SortKey, lang: Lang): string {
  return FIGURE_LABELS[key][lang];
}

/** The width (px) from which the view has room for the wide table of every figure. */
export const WIDE_PX = 600;

/** Whether the element is at least WIDE_PX wide: the window's width until the element is measured. */
function useWide(ref: RefObject<HTMLElement>): boolean {
  const [wide, setWide] = useState(() => typeof window === "undefined" || window.innerWidth >= WIDE_PX);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0) setWide(width >= WIDE_PX);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return wide;
}

export function ProgressView({ pane }: ProgressViewProps) {
  const { lang, services, session } = pane;
  const s = useStyles();
  const t = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>();
  const [selected, setSelected] = useState<string>();
  const [status, setStatus] = useState<{ intent: "success" | "error"; text: string }>();
  const [writing, setWriting] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const wide = useWide(rootRef);

  // The figures come from the session's check: the tab checks when no check was made yet (reading the sheet), and
  // again over the cells already read when the check tab's settings changed since.
  const { phase } = session;
  const current = resultIsCurrent(session);
  const result = current ? session.result : undefined;
  const idle = pane.busy === undefined;
  const { check, recheck } = pane;
  const hasResult = session.result !== undefined;
  // Once per sheet and settings: a check that fails says so in the pane's notice and is not tried again by itself.
  const attempt = `${session.sheet ?? ""}|${settingsKey(session)}|${hasResult}`;
  const tried = useRef<string>();
  useEffect(() => {
    if (phase !== "ready" || current || !idle || tried.current === attempt) return;
    tried.current = attempt;
    void (hasResult ? recheck() : check());
  }, [phase, current, idle, hasResult, attempt, check, recheck]);
  const loading = phase === "loading" || (phase === "ready" && !result);

  const asOf = session.asOf;
  const validAsOf = isIsoDate(asOf) ? asOf : undefined;
  // Figures only: the as-of date changes the figures, never the findings; no rule runs again.
  const completion = useMemo(
    () => (result && validAsOf ? services.completion(result, validAsOf) : undefined),
    [result, validAsOf, services],
  );
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

  const jump = (row: number, col: number) => pane.selectCell(row, col);

  const write = async () => {
    if (!completion) return;
    setWriting(true);
    setStatus(undefined);
    try {
      const sheet = await pane.writeSummary(completion);
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

  const overdue = selectedRow && result ? overdueList(selectedRow) : null;
  function overdueList(r: ProgressRow) {
    if (!result) return null;
    const cols = result.analysis.table.columns;
    const columns = { content: cols.content?.col, number: cols.number?.col };
    // In the table, the overdue tasks in sheet order (the cards list them latest first).
    const list = agencyTasks(r, result.tasks, completion?.asOf ?? asOf, columns)
      .filter((x) => x.standing === "overdue")
      .sort((a, b) => a.row - b.row);
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
              {o.due && (
                <Text size={200} className={s.hint}>
                  {" "}
                  ({t("progress.card.due", { date: formatVi(o.due) })}
                  {o.lateness ? ` · ${formatLateness(o.lateness, lang)}` : ""})
                </Text>
              )}
            </li>
          ))}
        </ul>
      </section>
    );
  }

  return (
    <div className={s.root} data-testid="progress-view" data-layout={wide ? "table" : "cards"} ref={rootRef}>
      <div className={s.bar}>
        <Field className={s.date} label={t("progress.asOf")} validationState={validAsOf ? "none" : "error"}>
          <Input type="date" value={asOf} onChange={(_, d) => pane.setAsOf(d.value)} data-testid="progress-as-of" />
        </Field>
        <Button onClick={() => void check()} disabled={loading || pane.busy !== undefined}>
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
      {loading && <Spinner size="small" label={t("progress.loading")} />}
      {phase === "no-table" && (
        <MessageBar intent="warning" data-testid="progress-no-table">
          <MessageBarBody>{t("progress.noTable", { sheet: session.sheet ?? "" })}</MessageBarBody>
        </MessageBar>
      )}
      {completion?.indicators && <Text>{t("progress.indicators")}</Text>}
      {table && result && !completion?.indicators && (
        <>
          <Text className={s.hint} data-testid="progress-sheet">
            {t("progress.sheet", { sheet: result.report.sheet, tasks: completion?.total.assigned ?? 0 })}
          </Text>
          {table.rows.length === 0 && <Text>{t("progress.empty")}</Text>}
          {!wide && (
            <ProgressCards
              rows={table.rows}
              total={table.total}
              tasks={result.tasks}
              asOf={completion?.asOf ?? asOf}
              columns={{
                content: result.analysis.table.columns.content?.col,
                number: result.analysis.table.columns.number?.col,
              }}
              lang={lang}
              t={t}
              onJump={(row, col) => void jump(row, col)}
            />
          )}
          {wide && (
            <>
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
        </>
      )}
    </div>
  );
}
