/**
 * The findings, in the order the user chose: grouped by severity, then by rule, with counts (the rule's help next to
 * its heading); in sheet order; or by section. Each finding is a button (click or Enter selects its cell); Tab goes
 * through every control, and the up and down arrow keys move between them too.
 */
import { Button, CounterBadge, makeStyles, shorthands, tokens, useId } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular, QuestionCircle16Regular } from "@fluentui/react-icons";
import { useState, type KeyboardEvent } from "react";
import type { Finding, Section } from "../../core";
import type { ShownFinding } from "../paneTypes";
import { ruleTitle, type MessageKey } from "../../i18n";
import type { SectionGroup, SeverityGroup } from "../findings";
import { useLang } from "../i18nContext";
import { column } from "../styles";
import { FindingItem } from "./FindingItem";
import { SeverityIcon } from "./SeverityIcon";

/** Findings shown per rule (or per section, or in sheet order) before "show more". */
export const PAGE = 50;

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalM),
  severity: column(tokens.spacingVerticalXS),
  severityHead: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  sectionHead: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  rule: {
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    overflow: "hidden",
  },
  ruleHeadRow: { display: "flex", alignItems: "center" },
  ruleHead: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalS),
  },
  ruleTitle: { flexGrow: 1 },
  help: { flexShrink: 0, marginRight: tokens.spacingHorizontalXS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  more: { margin: tokens.spacingVerticalXS },
});

/** The findings as the list shows them, by the order chosen. */
export type FindingView =
  | { readonly kind: "severity"; readonly groups: readonly SeverityGroup[] }
  | { readonly kind: "row"; readonly findings: readonly Finding[] }
  | { readonly kind: "section"; readonly groups: readonly SectionGroup[]; readonly sections: readonly Section[] };

export interface FindingListProps {
  readonly view: FindingView;
  readonly selected?: Finding;
  readonly busy: boolean;
  readonly onSelect: (f: Finding) => void;
  readonly onFix: (f: Finding) => void;
  /** "Chấp nhận" with a reason (kept in the workbook). */
  readonly onAccept: (f: Finding, reason: string) => void;
  /** "Bỏ qua lần này": hidden for this session only. */
  readonly onIgnore: (f: Finding) => void;
  /** Opens a rule's help page in the pane; no help buttons when not given. */
  readonly onHelp?: (ruleId: string) => void;
  /** What a rule checks, shown as the tooltip of its heading. */
  readonly describeRule?: (ruleId: string) => string | undefined;
  /** A finding's words in the language shown (the core's renderer by way of the pane's services). */
  readonly render: (f: Finding) => ShownFinding;
}

type ItemProps = Omit<FindingListProps, "view">;

export function FindingList({ view, ...rest }: FindingListProps) {
  const s = useStyles();
  const { t } = useLang();
  return (
    <section className={s.root} aria-label={t("finding.list")} onKeyDown={arrowKeys} data-order={view.kind}>
      {view.kind === "severity" && view.groups.map((g) => <SeverityBlock key={g.severity} group={g} {...rest} />)}
      {view.kind === "row" && (
        <div className={s.rule}>
          <PagedList label={t("finding.list")} findings={view.findings} showRule {...rest} />
        </div>
      )}
      {view.kind === "section" &&
        view.groups.map((g) => (
          <SectionBlock
            key={g.section ?? -1}
            group={g}
            section={g.section === undefined ? undefined : view.sections[g.section]}
            {...rest}
          />
        ))}
    </section>
  );
}

const FOCUSABLE = "button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex='0']";

/** Up and down arrows: the previous or next control of the list (not inside a text field). */
function arrowKeys(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const target = e.target as HTMLElement;
  if (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA") return;
  const all = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length);
  const at = all.indexOf(target);
  const next = all[e.key === "ArrowDown" ? at + 1 : at - 1];
  if (at < 0 || !next) return;
  e.preventDefault();
  next.focus();
}

function SeverityBlock({ group, ...rest }: ItemProps & { group: SeverityGroup }) {
  const s = useStyles();
  const { t } = useLang();
  const headId = useId("sev");
  return (
    <div className={s.severity} role="group" aria-labelledby={headId} data-severity-group={group.severity}>
      <h2 id={headId} className={s.severityHead}>
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
      </h2>
      {group.rules.map((r) => (
        <RuleBlock key={r.rule} rule={r.rule} findings={r.findings} {...rest} />
      ))}
    </div>
  );
}

function SectionBlock({ group, section, ...rest }: ItemProps & { group: SectionGroup; section?: Section }) {
  const s = useStyles();
  const { t } = useLang();
  const headId = useId("section");
  const title = section
    ? [section.label && t("sort.section.heading", { label: section.label }), section.title].filter(Boolean).join(" — ")
    : t("sort.noSection");
  return (
    <div className={s.severity} role="group" aria-labelledby={headId} data-section-group={section?.row ?? 0}>
      <h2 id={headId} className={s.sectionHead}>
        {title} ({group.findings.length})
      </h2>
      <div className={s.rule}>
        <PagedList label={title} findings={group.findings} showRule {...rest} />
      </div>
    </div>
  );
}

interface RuleBlockProps extends ItemProps {
  readonly rule: string;
  readonly findings: readonly Finding[];
}

function RuleBlock({ rule, findings, describeRule, onHelp, ...item }: RuleBlockProps) {
  const s = useStyles();
  const { t, lang } = useLang();
  const [open, setOpen] = useState(true);
  const listId = useId("rule");
  const title = ruleTitle(lang, rule);
  return (
    <div className={s.rule} data-rule-group={rule}>
      <div className={s.ruleHeadRow}>
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
        {onHelp && (
          <Button
            className={s.help}
            size="small"
            appearance="subtle"
            icon={<QuestionCircle16Regular />}
            aria-label={t("help.open", { rule: title })}
            title={t("help.open", { rule: title })}
            onClick={() => onHelp(rule)}
            data-testid="rule-help-open"
          />
        )}
      </div>
      {open && <PagedList id={listId} label={`${title} (${findings.length})`} findings={findings} {...item} />}
    </div>
  );
}

interface PagedListProps extends Omit<ItemProps, "describeRule"> {
  readonly id?: string;
  readonly label: string;
  readonly findings: readonly Finding[];
  readonly showRule?: boolean;
}

function PagedList({ id, label, findings, selected, ...item }: PagedListProps) {
  const s = useStyles();
  const { t } = useLang();
  const [limit, setLimit] = useState(PAGE);
  return (
    <ul id={id} className={s.list} aria-label={label}>
      {findings.slice(0, limit).map((f) => (
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
  );
}
