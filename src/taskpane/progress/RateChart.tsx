/**
 * A small chart of the completion rates above the progress cards: one column per agency that has a task due (in
 * the cards' order), the overall rate as a dashed line, drawn as SVG by the project (no chart library). It stretches
 * to the pane's width (320–350 px or more) and takes its colours from the theme's tokens, light or dark. Its text
 * alternative is the picture's name (every agency and its rate); a click on a column opens that agency's card, as
 * the card itself does (keyboard users have the cards). The rates are the core's, never worked out here.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { TOTAL_LABELS, formatRate, type Lang } from "../../core";
import type { Translate } from "../../i18n";
import type { ProgressRow } from "./model";

/** viewBox units: each column's step and bar width; the height is the rate scale (0–100). */
const STEP = 10;
const BAR = 6;
const SCALE = 100;
/** Fewer columns than this still take one step each (a lone column is not as wide as the pane). */
const MIN_STEPS = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  plot: { display: "flex", gap: "4px", alignItems: "stretch" },
  axis: {
    position: "relative",
    width: "30px",
    flexShrink: 0,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: "tabular-nums",
  },
  tick: { position: "absolute", right: 0, transform: "translateY(-50%)" },
  svg: { display: "block", flexGrow: 1, minWidth: 0, width: "100%", height: "84px", overflow: "visible" },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  track: {
    fill: tokens.colorNeutralStencil1,
    cursor: "pointer",
    ":hover": { fill: tokens.colorNeutralStroke1 },
  },
  bar: { fill: tokens.colorBrandBackground, cursor: "pointer", pointerEvents: "none" },
  open: { fill: tokens.colorBrandBackgroundPressed, stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5 },
  overall: { stroke: tokens.colorNeutralForeground2, strokeWidth: 1.5, strokeDasharray: "4 3" },
  caption: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    minHeight: tokens.lineHeightBase200,
  },
});

export interface RateChartProps {
  /** The agency rows in the order the cards show them. */
  readonly rows: readonly ProgressRow[];
  readonly total: ProgressRow;
  /** The key of the agency whose card is open. */
  readonly open?: string;
  readonly lang: Lang;
  readonly t: Translate;
  readonly onPick: (key: string) => void;
}

export function RateChart({ rows, total, open, lang, t, onPick }: RateChartProps) {
  const s = useStyles();
  const [hovered, setHovered] = useState<string>();
  const drawn = rows.filter((r): r is ProgressRow & { rate: number } => r.rate !== null);
  if (drawn.length === 0) return null;
  const notDue = rows.length - drawn.length;
  const width = Math.max(drawn.length, MIN_STEPS) * STEP;
  const y = (rate: number) => SCALE - rate * SCALE;
  const overall = formatRate(total.rate, lang);
  const barText = (r: ProgressRow) =>
    t("progress.chart.bar", {
      agency: r.agency,
      rate: formatRate(r.rate, lang),
      done: r.figures.done,
      due: r.figures.due,
    });
  const list = [
    ...drawn.map((r) => `${r.agency} ${formatRate(r.rate, lang)}`),
    ...(notDue > 0 ? [t("progress.chart.noneDue", { count: notDue })] : []),
  ].join("; ");
  const focus = drawn.find((r) => r.key === hovered) ?? drawn.find((r) => r.key === open);

  return (
    <figure className={s.root} style={{ margin: 0 }} data-testid="progress-chart">
      <div className={s.plot}>
        <div className={s.axis} aria-hidden>
          {[1, 0.5, 0].map((v) => (
            <span key={v} className={s.tick} style={{ top: `${(1 - v) * 100}%` }}>
              {v * 100}%
            </span>
          ))}
        </div>
        <svg
          className={s.svg}
          viewBox={`0 0 ${width} ${SCALE}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={t("progress.chart.label", { rate: overall, list })}
          onMouseLeave={() => setHovered(undefined)}
        >
          {[0, 0.5, 1].map((v) => (
            <line key={v} className={s.grid} x1={0} x2={width} y1={y(v)} y2={y(v)} vectorEffect="non-scaling-stroke" />
          ))}
          {drawn.map((r, i) => (
            <g
              key={r.key}
              data-agency={r.agency}
              data-rate={r.rate}
              onClick={() => onPick(r.key)}
              onMouseEnter={() => setHovered(r.key)}
            >
              <rect className={s.track} x={i * STEP + (STEP - BAR) / 2} y={0} width={BAR} height={SCALE} />
              <rect
                className={mergeClasses(s.bar, r.key === open && s.open)}
                x={i * STEP + (STEP - BAR) / 2}
                y={y(r.rate)}
                width={BAR}
                height={r.rate * SCALE}
                vectorEffect="non-scaling-stroke"
                data-bar
              />
              <title>{barText(r)}</title>
            </g>
          ))}
          {total.rate !== null && (
            <line
              className={s.overall}
              x1={0}
              x2={width}
              y1={y(total.rate)}
              y2={y(total.rate)}
              vectorEffect="non-scaling-stroke"
              data-overall={total.rate}
            >
              <title>{`${TOTAL_LABELS[lang]}: ${overall}`}</title>
            </line>
          )}
        </svg>
      </div>
      <figcaption className={s.caption} data-testid="progress-chart-caption">
        {focus ? barText(focus) : t("progress.chart.hint", { rate: overall })}
      </figcaption>
    </figure>
  );
}
