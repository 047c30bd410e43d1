/**
 * The sheet as a paged HTML table: row numbers, column letters, merged cells spanned, cells with findings tinted
 * (a cell whose findings were all accepted in green, not flagged), the selected cell outlined and scrolled into view,
 * a date cell shown in its number format.
 * A click selects a cell, a shift-click extends the range; the table scrolls from the keyboard (a Tab stop).
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronLeft16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import {
  MergeIndex,
  cellAddress,
  cellValue,
  columnLetter,
  type CellRange,
  type Grid,
  cellText,
  type Severity,
} from "../core";
import { translate, type Lang } from "../i18n";
import { formatDateCell } from "./dateFormat";

export const PAGE_ROWS = 100;
export const MAX_COLS = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  caption: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    width: "44px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 0",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    verticalAlign: "top",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "3px 2px",
  },
  cell: {
    verticalAlign: "top",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "3px 6px",
    cursor: "cell",
    overflowWrap: "anywhere",
  },
  clamp: { display: "-webkit-box", WebkitLineClamp: 4, WebkitBoxOrient: "vertical", overflow: "hidden" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  inRange: { backgroundColor: tokens.colorBrandBackground2 },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  accepted: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    boxShadow: `inset 3px 0 0 ${tokens.colorPaletteGreenBorder2}`,
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
  },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
});

/** How a cell is marked: the worst severity of its findings shown, or "accepted" when all were accepted. */
export type CellMark = Severity | "accepted";

export interface SheetGridProps {
  readonly grid: Grid;
  readonly lang: Lang;
  readonly selection?: CellRange;
  /** The mark of each cell with findings, keyed "E14". */
  readonly marks: ReadonlyMap<string, CellMark>;
  readonly onSelectCell: (row: number, col: number, extend: boolean) => void;
}

interface Span {
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** A cell's text as the sheet shows it: a date cell in its number format (a merged area's in its first cell's). */
function shownText(grid: Grid, merges: MergeIndex, r: number, c: number): string {
  const v = cellValue(grid, merges, r, c);
  if (v.kind !== "date") return cellText(v);
  const m = merges.rangeAt(r, c);
  return formatDateCell(v.iso, grid.dateFormats?.get(m ? `${m.top}:${m.left}` : `${r}:${c}`));
}

/** Column widths in pixels from the longest text of each column in the first rows. */
function columnWidths(grid: Grid, cols: number, merges: MergeIndex): number[] {
  const widths: number[] = [];
  const rows = Math.min(grid.rowCount, 300);
  for (let c = 1; c <= cols; c++) {
    let longest = 1;
    for (let r = 1; r <= rows; r++) {
      const m = merges.rangeAt(r, c);
      if (m && m.right > m.left) continue; // spanning titles say nothing about one column
      longest = Math.max(longest, shownText(grid, merges, r, c).length);
    }
    widths.push(Math.round(Math.min(380, Math.max(44, longest * 3.2 + 20))));
  }
  return widths;
}

export function SheetGrid({ grid, lang, selection, marks, onSelectCell }: SheetGridProps) {
  const s = useStyles();
  const t = (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) => translate(lang, k, p);
  const scroller = useRef<HTMLDivElement>(null);
  const [page, setPage] = useState(0);
  const merges = useMemo(() => new MergeIndex(grid), [grid]);
  const cols = Math.min(Math.max(grid.colCount, ...grid.merges.map((m) => m.right), 0), MAX_COLS);
  const widths = useMemo(() => columnWidths(grid, cols, merges), [grid, cols, merges]);
  const pages = Math.max(1, Math.ceil(grid.rowCount / PAGE_ROWS));
  const from = page * PAGE_ROWS + 1;
  const to = Math.min(grid.rowCount, from + PAGE_ROWS - 1);

  // Show the page holding the selected cell, then scroll it into view.
  useEffect(() => {
    if (!selection) return;
    const p = Math.floor((selection.top - 1) / PAGE_ROWS);
    if (p >= 0 && p < pages) setPage(p);
  }, [selection, pages]);
  useEffect(() => {
    const el = scroller.current?.querySelector<HTMLElement>('[data-selected="true"]');
    if (el && typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "center", inline: "nearest" });
  }, [selection, page]);

  // Merged areas clipped to the page: the top-left visible cell spans, the others are skipped.
  const spans = new Map<string, Span>();
  const covered = new Set<string>();
  for (const m of grid.merges) {
    const top = Math.max(m.top, from);
    const bottom = Math.min(m.bottom, to);
    const left = m.left;
    const right = Math.min(m.right, cols);
    if (top > bottom || left > cols) continue;
    spans.set(`${top}:${left}`, { rowSpan: bottom - top + 1, colSpan: right - left + 1 });
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${r}:${c}`);
  }

  if (grid.rowCount === 0 || cols === 0) {
    return <Text className={s.empty}>{t("preview.grid.empty")}</Text>;
  }

  const within = (r: number, c: number, span: Span | undefined, range: CellRange | undefined) =>
    range !== undefined &&
    range.top <= r + (span?.rowSpan ?? 1) - 1 &&
    r <= range.bottom &&
    range.left <= c + (span?.colSpan ?? 1) - 1 &&
    c <= range.right;

  const rows = [];
  for (let r = from; r <= to; r++) {
    const cells = [];
    for (let c = 1; c <= cols; c++) {
      const key = `${r}:${c}`;
      if (covered.has(key)) continue;
      const span = spans.get(key);
      const address = cellAddress(r, c);
      const text = shownText(grid, merges, r, c);
      const mark = marks.get(address);
      const isSelected =
        selection !== undefined && within(r, c, span, { ...selection, bottom: selection.top, right: selection.left });
      const inRange = !isSelected && within(r, c, span, selection);
      cells.push(
        <td
          key={key}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          className={mergeClasses(
            s.cell,
            grid.bold?.has(key) && s.bold,
            mark && s[mark],
            inRange && s.inRange,
            isSelected && s.selected,
          )}
          data-cell={address}
          data-mark={mark}
          data-selected={isSelected ? "true" : undefined}
          aria-current={isSelected ? "true" : undefined}
          title={mark === "accepted" ? t("preview.grid.accepted") : undefined}
          onClick={(e) => onSelectCell(r, c, e.shiftKey)}
        >
          <div className={s.clamp}>{text}</div>
        </td>,
      );
    }
    rows.push(
      <tr key={r}>
        <th scope="row" className={s.rowHead}>
          {r}
        </th>
        {cells}
      </tr>,
    );
  }

  return (
    <div className={s.root}>
      <div className={s.bar}>
        <Text className={s.caption}>{t("preview.grid", { sheet: grid.sheet })}</Text>
        <Text size={200}>{t("preview.grid.rows", { from, to, total: grid.rowCount })}</Text>
        <Button
          size="small"
          appearance="subtle"
          icon={<ChevronLeft16Regular />}
          aria-label={t("preview.grid.prev")}
          disabled={page === 0}
          onClick={() => setPage(page - 1)}
        />
        <Button
          size="small"
          appearance="subtle"
          icon={<ChevronRight16Regular />}
          aria-label={t("preview.grid.next")}
          disabled={page >= pages - 1}
          onClick={() => setPage(page + 1)}
        />
      </div>
      <div
        className={s.scroller}
        ref={scroller}
        data-testid="sheet-grid"
        tabIndex={0}
        role="region"
        aria-label={t("preview.grid", { sheet: grid.sheet })}
      >
        <table className={s.table} aria-label={t("preview.grid", { sheet: grid.sheet })}>
          <colgroup>
            <col style={{ width: 44 }} />
            {widths.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className={s.corner} />
              {widths.map((_, i) => (
                <th key={i} scope="col" className={s.colHead}>
                  {columnLetter(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      </div>
    </div>
  );
}
