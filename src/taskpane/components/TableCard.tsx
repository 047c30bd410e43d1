/**
 * What was found in the sheet: the sheet, the header row, the rows of the table, the recognised columns with a
 * dropdown each to correct the mapping, and the plan period.
 */
import { Button, Field, Input, Text, Tooltip, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowSync20Regular, ChevronDown20Regular, ChevronRight20Regular, Table20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import {
  cellValue,
  columnLetter,
  MergeIndex,
  rangeAddress,
  type Grid,
  cellText,
  type DetectedTable,
  MAPPABLE_COLUMNS,
} from "../../core";
import type { MessageKey } from "../../i18n";
import { useLang } from "../i18nContext";
import { card, column } from "../styles";
import type { PaneModel } from "../usePane";
import { LabelledDropdown } from "./LabelledDropdown";

const useStyles = makeStyles({
  card: { ...column(tokens.spacingVerticalS), ...card },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  toggle: { justifyContent: "flex-start", paddingLeft: 0, minWidth: 0 },
  columns: {
    display: "grid",
    gridTemplateColumns: "minmax(90px, 38%) 1fr",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  colLabel: { fontSize: tokens.fontSizeBase200 },
  dropdown: { minWidth: 0, width: "100%" },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Header text of a column at the table's header rows (both rows of a two-row header). */
export function headerText(grid: Grid | undefined, table: DetectedTable, col: number): string {
  if (!grid) return "";
  const merges = new MergeIndex(grid);
  const parts: string[] = [];
  for (const row of table.headerRows.length > 0 ? table.headerRows : [table.headerRow]) {
    const s = cellText(cellValue(grid, merges, row, col)).trim();
    if (s && !parts.includes(s)) parts.push(s);
  }
  return parts.join(" / ");
}

export function TableCard({ pane }: { pane: PaneModel }) {
  const s = useStyles();
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const ids = { columns: useId("columns"), period: useId("period") };
  const table = pane.table;
  if (!table) return null;

  const lastCol = Math.max(table.lastCol, pane.grid?.colCount ?? 0);
  const headers = new Map<number, string>();
  for (let c = 1; c <= lastCol; c++) headers.set(c, headerText(pane.grid, table, c));
  const optionText = (col: number) => {
    const header = headers.get(col) ?? "";
    return header
      ? t("table.column.option", { letter: columnLetter(col), header })
      : t("table.column.optionEmpty", { letter: columnLetter(col) });
  };
  const detected = MAPPABLE_COLUMNS.filter((k) => table.columns[k]).length;
  const period = pane.result?.planPeriod;

  return (
    <section className={s.card} aria-label={t(table.kind === "tasks" ? "table.kind.tasks" : "table.kind.indicators")}>
      <div className={s.head}>
        <Table20Regular aria-hidden />
        <Text className={s.title}>{t(table.kind === "tasks" ? "table.kind.tasks" : "table.kind.indicators")}</Text>
        <Tooltip content={t("table.reload")} relationship="label">
          <Button
            appearance="subtle"
            size="small"
            icon={<ArrowSync20Regular />}
            onClick={() => void pane.reload()}
            disabled={pane.busy !== undefined}
          />
        </Tooltip>
      </div>
      <dl className={s.facts}>
        <dt className={s.term}>{t("table.sheet")}</dt>
        <dd className={s.value} data-testid="table-sheet">
          {table.sheet || pane.sheet}
          {pane.range ? ` · ${t("table.range", { range: rangeAddress(pane.range) })}` : ""}
        </dd>
        <dt className={s.term}>{t("table.headerRow")}</dt>
        <dd className={s.value} data-testid="table-header-row">
          {table.headerRow} · {t("table.body", { first: table.firstRow, last: table.lastRow })}
        </dd>
      </dl>
      {pane.range && (
        <Button appearance="transparent" size="small" className={s.toggle} onClick={() => void pane.useWholeSheet()}>
          {t("table.wholeSheet")}
        </Button>
      )}
      <Button
        appearance="transparent"
        size="small"
        className={s.toggle}
        icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
        aria-expanded={open}
        aria-controls={ids.columns}
        onClick={() => setOpen(!open)}
      >
        {t("table.columns")} · {t("table.columns.detected", { count: detected })}
      </Button>
      {open && (
        <div id={ids.columns} role="group" aria-label={t("table.columns")}>
          <Text as="p" block className={s.hint}>
            {t("table.columns.hint")}
          </Text>
          <div className={s.columns}>
            {MAPPABLE_COLUMNS.map((key) => {
              const col = table.columns[key]?.col;
              return (
                <LabelledDropdown
                  key={key}
                  label={t(`column.${key}` as MessageKey)}
                  idBase={`col-${key}`}
                  data={{ "data-column": key }}
                  labelClassName={s.colLabel}
                  className={s.dropdown}
                  noneText={t("table.column.none")}
                  value={col === undefined ? undefined : String(col)}
                  textOf={(c) => optionText(Number(c))}
                  choices={Array.from({ length: lastCol }, (_, i) => ({ value: String(i + 1) }))}
                  onSelect={(c) => pane.setMapping(key, c === undefined ? undefined : Number(c))}
                  disabled={pane.busy !== undefined}
                />
              );
            })}
          </div>
        </div>
      )}
      <Field
        label={t("table.planPeriod")}
        validationState={pane.planPeriodValid ? "none" : "error"}
        validationMessage={
          pane.planPeriodValid
            ? period && period.source !== "option"
              ? t("table.planPeriod.detected", {
                  label: period.label,
                  source: t(`table.planPeriod.source.${period.source}` as MessageKey),
                })
              : undefined
            : t("table.planPeriod.invalid")
        }
        validationMessageIcon={pane.planPeriodValid ? null : undefined}
      >
        <Input
          id={ids.period}
          value={pane.planPeriod}
          placeholder={t("table.planPeriod.placeholder")}
          onChange={(_, d) => pane.setPlanPeriod(d.value)}
          inputMode="numeric"
          data-testid="plan-period"
        />
      </Field>
    </section>
  );
}
