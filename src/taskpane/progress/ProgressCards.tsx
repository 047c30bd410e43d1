/**
 * The "Tiến độ" tab in a task pane (320–350 px): one card per agency — its name on a line of its own, a completion
 * bar, done of due, the overdue count — sortable by rate or by overdue, under a small chart of the rates (RateChart);
 * a click on a card or on its column opens the agency's tasks (overdue
 * ones with their deadline and days late), each one click from its cell. The figures are the core's.
 */
import { Button, Text, ToggleButton, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import {
  FIGURE_LABELS,
  TOTAL_LABELS,
  formatLateness,
  formatRate,
  formatVi,
  type IsoDate,
  type TaskContext,
} from "../../core";
import type { MessageKey, MessageParams } from "../../i18n";
import { blockButton } from "../styles";
import { RateChart } from "./RateChart";
import { agencyTasks, sortRows, type AgencyTask, type ProgressRow, type SortKey } from "./model";

const useStyles = makeStyles({
  sortBar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  card: {
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    overflow: "hidden",
  },
  total: { backgroundColor: tokens.colorNeutralBackground3 },
  head: {
    width: "100%",
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: "4px",
    ...blockButton,
  },
  name: {
    display: "flex",
    gap: "4px",
    alignItems: "flex-start",
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  track: { height: "6px", borderRadius: "3px", backgroundColor: tokens.colorNeutralBackground5, overflow: "hidden" },
  fill: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  figures: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  tasks: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  task: { borderTop: `1px solid ${tokens.colorNeutralStroke3}`, ":first-child": { borderTop: "none" } },
  taskButton: {
    width: "100%",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: "2px",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    ...shorthands.padding(tokens.spacingVerticalXS, tokens.spacingHorizontalS),
  },
  taskText: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  taskMeta: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
});

type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface ProgressCardsProps {
  readonly rows: readonly ProgressRow[];
  readonly total: ProgressRow;
  readonly tasks: readonly TaskContext[];
  readonly asOf: IsoDate;
  readonly columns: { readonly content?: number; readonly number?: number };
  readonly lang: "vi" | "en";
  readonly t: Translate;
  readonly onJump: (row: number, col: number) => void;
}

type CardSort = "rate" | "overdue" | "agency";
const SORTS: readonly CardSort[] = ["rate", "overdue", "agency"];
/** Lowest rate first (those behind come first), most overdue first, names in Vietnamese order. */
const DIRECTION: Readonly<Record<CardSort, "ascending" | "descending">> = {
  rate: "ascending",
  overdue: "descending",
  agency: "ascending",
};

export function ProgressCards({ rows, total, tasks, asOf, columns, lang, t, onJump }: ProgressCardsProps) {
  const s = useStyles();
  const [sort, setSort] = useState<CardSort>();
  const [open, setOpen] = useState<string>();
  const shown = sort ? sortRows(rows, sort as SortKey, DIRECTION[sort]) : rows;
  const listRef = useRef<HTMLUListElement>(null);
  // A column of the chart opens its agency's card and brings it into view, with the focus on its heading.
  const pick = (key: string) => {
    setOpen(key);
    const head = Array.from(listRef.current?.children ?? [])
      .find((li) => (li as HTMLElement).dataset.key === key)
      ?.querySelector("button");
    head?.focus();
  };

  const taskLine = (task: AgencyTask) => {
    const parts = [task.due ? t("progress.card.due", { date: formatVi(task.due) }) : undefined];
    if (task.lateness) parts.push(formatLateness(task.lateness, lang));
    else
      parts.push(task.standing === "unscheduled" ? t("progress.card.unscheduled") : FIGURE_LABELS[task.standing][lang]);
    return parts.filter((p) => p !== undefined).join(" · ");
  };

  const card = (r: ProgressRow, isTotal: boolean) => {
    const name = isTotal ? TOTAL_LABELS[lang] : r.agency;
    const expanded = open === r.key;
    const due = r.figures.due;
    const pct = r.rate === null ? 0 : Math.round(r.rate * 100);
    const list = expanded ? agencyTasks(r, tasks, asOf, columns) : [];
    return (
      <li
        key={r.key}
        className={mergeClasses(s.card, isTotal && s.total)}
        data-testid={isTotal ? "progress-card-total" : "progress-card"}
        data-agency={r.agency}
        data-key={r.key}
      >
        <button
          type="button"
          className={s.head}
          aria-expanded={expanded}
          onClick={() => setOpen(expanded ? undefined : r.key)}
        >
          <span className={s.name}>
            {expanded ? <ChevronDown16Regular aria-hidden /> : <ChevronRight16Regular aria-hidden />}
            <span>{name}</span>
          </span>
          <span className={s.track} aria-hidden>
            <span className={s.fill} style={{ display: "block", width: `${pct}%` }} data-rate-bar={pct} />
          </span>
          <span className={s.figures}>
            <span data-figure="done-of-due">
              {due === 0
                ? t("progress.card.noneDue")
                : t("progress.card.done", { done: r.figures.done, due, rate: formatRate(r.rate, lang) })}
            </span>
            <span className={r.figures.overdue > 0 ? s.overdue : s.muted} data-figure="overdue">
              {t("progress.card.overdue", { count: r.figures.overdue })}
            </span>
          </span>
        </button>
        {expanded && (
          <ul
            className={s.tasks}
            aria-label={t("progress.card.tasks", { agency: name, count: list.length })}
            data-testid="progress-tasks"
          >
            {list.map((task) => (
              <li key={task.row} className={s.task} data-row={task.row} data-standing={task.standing}>
                <Button
                  appearance="subtle"
                  className={s.taskButton}
                  onClick={() => onJump(task.row, task.col)}
                  title={t("progress.jump", { row: task.row })}
                >
                  <span className={s.taskText}>
                    {task.label ? `${t("progress.task", { label: task.label })}: ` : ""}
                    {task.content}
                  </span>
                  <span className={mergeClasses(s.taskMeta, task.standing === "overdue" && s.overdue)}>
                    {taskLine(task)}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </li>
    );
  };

  return (
    <>
      <div className={s.sortBar} role="group" aria-label={t("progress.card.sort")}>
        <Text size={200} className={s.muted}>
          {t("progress.card.sort")}
        </Text>
        {SORTS.map((k) => (
          <ToggleButton
            key={k}
            size="small"
            checked={sort === k}
            onClick={() => setSort(sort === k ? undefined : k)}
            data-sort={k}
          >
            {FIGURE_LABELS[k === "agency" ? "agency" : k][lang]}
          </ToggleButton>
        ))}
      </div>
      <RateChart rows={shown} total={total} open={open} lang={lang} t={t} onPick={pick} />
      <ul className={s.list} aria-label={t("progress.label")} data-testid="progress-cards" ref={listRef}>
        {shown.map((r) => card(r, false))}
        {card(total, true)}
      </ul>
    </>
  );
}
