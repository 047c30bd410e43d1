/**
 * Findings grouped by severity, then by rule, with counts. Each finding is a button (click or Enter selects its
 * cell); findings that carry a fix have a "Fix" button. Arrow keys move between findings.
 */
import {
  Button,
  CounterBadge,
  Field,
  Input,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  useArrowNavigationGroup,
  useId,
} from "@fluentui/react-components";
import {
  CheckmarkCircle16Regular,
  ChevronDown16Regular,
  ChevronRight16Regular,
  Wrench16Regular,
} from "@fluentui/react-icons";
import { useState } from "react";
import type { RenderedFinding, Finding } from "../../core";
import { ruleTitle, type MessageKey } from "../../i18n";
import type { SeverityGroup } from "../findings";
import { useLang } from "../i18nContext";
import { SeverityIcon } from "./SeverityIcon";

/** Findings shown per rule before "show more". */
export const PAGE = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  severity: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  severityHead: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  rule: {
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    overflow: "hidden",
  },
  ruleHead: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalS),
  },
  ruleTitle: { flexGrow: 1 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    ...shorthands.padding(0, tokens.spacingHorizontalXS, 0, 0),
  },
  main: {
    // Basis 0: the text shares its line with the fix and accept buttons; only the accept form wraps below.
    flexGrow: 1,
    flexBasis: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    textAlign: "start",
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    cursor: "pointer",
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalS),
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  meta: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  task: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  cell: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  message: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  suggestion: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  side: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-end",
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
    flexShrink: 0,
  },
  acceptForm: {
    flexBasis: "100%",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    ...shorthands.padding(0, tokens.spacingHorizontalS, tokens.spacingVerticalS),
  },
  acceptButtons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  more: { margin: tokens.spacingVerticalXS },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

export interface FindingListProps {
  readonly groups: readonly SeverityGroup[];
  readonly selected?: Finding;
  readonly busy: boolean;
  readonly onSelect: (f: Finding) => void;
  readonly onFix: (f: Finding) => void;
  /** "Chấp nhận" with a reason (kept in the workbook). */
  readonly onAccept: (f: Finding, reason: string) => void;
  /** "Bỏ qua lần này": hidden for this session only. */
  readonly onIgnore: (f: Finding) => void;
  /** What a rule checks, shown as the tooltip of its heading. */
  readonly describeRule?: (ruleId: string) => string | undefined;
  /** A finding's words in the language shown (the core's renderer by way of the pane's services). */
  readonly render: (f: Finding) => RenderedFinding;
}

export function FindingList({ groups, ...rest }: FindingListProps) {
  const s = useStyles();
  const { t } = useLang();
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  return (
    <section className={s.root} aria-label={t("finding.list")} {...arrows}>
      {groups.map((g) => (
        <SeverityBlock key={g.severity} group={g} {...rest} />
      ))}
    </section>
  );
}

function SeverityBlock({ group, ...rest }: Omit<FindingListProps, "groups"> & { group: SeverityGroup }) {
  const s = useStyles();
  const { t } = useLang();
  const headId = useId("sev");
  return (
    <div className={s.severity} role="group" aria-labelledby={headId} data-severity-group={group.severity}>
      <h3 id={headId} className={s.severityHead}>
        <SeverityIcon severity={group.severity} />
        <span>{t(`severity.${group.severity}` as MessageKey)}</span>
        <CounterBadge
          count={group.count}
          overflowCount={9999}
          size="small"
          appearance="filled"
          color={group.severity === "error" ? "danger" : group.severity === "warning" ? "important" : "informative"}
          aria-label={t("finding.groupCount", { count: group.count })}
        />
      </h3>
      {group.rules.map((r) => (
        <RuleBlock key={r.rule} rule={r.rule} findings={r.findings} {...rest} />
      ))}
    </div>
  );
}

interface RuleBlockProps extends Omit<FindingListProps, "groups"> {
  readonly rule: string;
  readonly findings: readonly Finding[];
}

function RuleBlock({ rule, findings, selected, describeRule, ...item }: RuleBlockProps) {
  const s = useStyles();
  const { t, lang } = useLang();
  const [open, setOpen] = useState(true);
  const [limit, setLimit] = useState(PAGE);
  const listId = useId("rule");
  const title = ruleTitle(lang, rule);
  const shown = findings.slice(0, limit);
  return (
    <div className={s.rule} data-rule-group={rule}>
      <Button
        className={s.ruleHead}
        appearance="subtle"
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        aria-controls={listId}
        title={describeRule?.(rule)}
        onClick={() => setOpen(!open)}
      >
        <span className={s.ruleTitle}>{title}</span>
        <CounterBadge
          count={findings.length}
          overflowCount={9999}
          size="small"
          appearance="ghost"
          color="informative"
        />
      </Button>
      {open && (
        <ul id={listId} className={s.list} aria-label={`${title} (${findings.length})`}>
          {shown.map((f) => (
            <FindingItem
              key={`${f.rule}:${f.row}:${f.col}:${f.messageId}`}
              finding={f}
              selected={selected === f}
              {...item}
            />
          ))}
          {findings.length > limit && (
            <li>
              <Button className={s.more} size="small" appearance="transparent" onClick={() => setLimit(limit + PAGE)}>
                {t("finding.showMore", { count: Math.min(PAGE, findings.length - limit) })}
              </Button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

interface FindingItemProps {
  readonly finding: Finding;
  readonly selected: boolean;
  readonly busy: boolean;
  readonly onSelect: (f: Finding) => void;
  readonly onFix: (f: Finding) => void;
  readonly onAccept: (f: Finding, reason: string) => void;
  readonly onIgnore: (f: Finding) => void;
  readonly render: (f: Finding) => RenderedFinding;
}

function FindingItem({ finding: f, selected, busy, onSelect, onFix, onAccept, onIgnore, render }: FindingItemProps) {
  const s = useStyles();
  const { t } = useLang();
  const [accepting, setAccepting] = useState(false);
  const [reason, setReason] = useState("");
  const { message, suggestion } = render(f);
  const related =
    f.related && f.related.length > 0
      ? t("finding.related", {
          list: f.related.map((r) => t("finding.relatedItem", { task: r.task, row: r.row })).join(", "),
        })
      : undefined;
  return (
    <li
      className={mergeClasses(s.item, selected && s.selected)}
      data-rule={f.rule}
      data-row={f.row}
      data-cell={f.cell}
      data-severity={f.severity}
      onClick={() => onSelect(f)}
    >
      <button
        type="button"
        className={s.main}
        title={t("finding.select", { cell: f.cell })}
        aria-current={selected}
        onKeyDown={(e) => {
          // Enter selects the cell (the native click it would fire is replaced, so it runs once).
          if (e.key === "Enter") {
            e.preventDefault();
            onSelect(f);
          }
        }}
      >
        <span className={s.meta}>
          <Text className={s.task}>
            {f.task ? t("finding.task", { task: f.task }) : t("finding.noTask", { row: f.row })}
          </Text>
          <Text className={s.cell}>{t("finding.cell", { cell: f.cell })}</Text>
        </span>
        <Text className={s.message}>{message}</Text>
        {suggestion && <Text className={s.suggestion}>{t("finding.suggestion", { text: suggestion })}</Text>}
        {related && <Text className={s.suggestion}>{related}</Text>}
      </button>
      <span className={s.side}>
        {f.fix && (
          <Button
            size="small"
            icon={<Wrench16Regular />}
            aria-label={t("finding.fix.label", { cell: f.cell })}
            disabled={busy}
            onClick={(e) => {
              e.stopPropagation();
              onFix(f);
            }}
            data-testid="fix"
          >
            {t("finding.fix")}
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          icon={<CheckmarkCircle16Regular />}
          aria-label={t("accept.open", { cell: f.cell })}
          title={t("accept.open", { cell: f.cell })}
          aria-expanded={accepting}
          disabled={busy}
          onClick={(e) => {
            e.stopPropagation();
            setAccepting(!accepting);
          }}
          data-testid="accept-open"
        />
      </span>
      {accepting && (
        <div className={s.acceptForm} onClick={(e) => e.stopPropagation()} data-testid="accept-form">
          <Field label={t("accept.reason")}>
            <Input
              value={reason}
              placeholder={t("accept.reasonPlaceholder")}
              onChange={(_, d) => setReason(d.value)}
              data-testid="accept-reason"
            />
          </Field>
          <Text className={s.hint}>{t("accept.hint")}</Text>
          <span className={s.acceptButtons}>
            <Button
              size="small"
              appearance="primary"
              disabled={busy}
              onClick={() => {
                setAccepting(false);
                onAccept(f, reason);
              }}
              data-testid="accept"
            >
              {t("accept.accept")}
            </Button>
            <Button
              size="small"
              disabled={busy}
              onClick={() => {
                setAccepting(false);
                onIgnore(f);
              }}
              data-testid="ignore"
            >
              {t("accept.ignore")}
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setAccepting(false)}>
              {t("accept.cancel")}
            </Button>
          </span>
        </div>
      )}
    </li>
  );
}
