/**
 * One finding: a button selecting its cell (click or Enter), its task, cell, message, suggestion and related rows;
 * a "Sửa" button when it carries a fix; the accept form ("Chấp nhận" with a reason, "Bỏ qua lần này"). Listed in
 * sheet or section order, it also names its kind and has the rule's help one click away.
 */
import { Button, Field, Input, Text, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Regular, QuestionCircle16Regular, Wrench16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Finding } from "../../core";
import type { ShownFinding } from "../paneTypes";
import { ruleTitle } from "../../i18n";
import { useLang } from "../i18nContext";
import { blockButton, blockFocus } from "../styles";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
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
    ...blockButton,
    ":focus-visible": { ...blockFocus, borderRadius: tokens.borderRadiusMedium },
  },
  meta: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  kind: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
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
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

export interface FindingItemProps {
  readonly finding: Finding;
  readonly selected: boolean;
  readonly busy: boolean;
  /** Listed outside its rule's group (sheet or section order): its severity and rule are shown on it. */
  readonly showRule?: boolean;
  readonly onSelect: (f: Finding) => void;
  readonly onFix: (f: Finding) => void;
  readonly onAccept: (f: Finding, reason: string) => void;
  readonly onIgnore: (f: Finding) => void;
  /** Opens the rule's help (shown on the finding when `showRule`). */
  readonly onHelp?: (ruleId: string) => void;
  readonly render: (f: Finding) => ShownFinding;
}

export function FindingItem({
  finding: f,
  selected,
  busy,
  showRule,
  onSelect,
  onFix,
  onAccept,
  onIgnore,
  onHelp,
  render,
}: FindingItemProps) {
  const s = useStyles();
  const { t, lang } = useLang();
  const [accepting, setAccepting] = useState(false);
  const [reason, setReason] = useState("");
  const { message, suggestion, place } = render(f);
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
        {showRule && (
          <span className={s.kind}>
            <SeverityIcon severity={f.severity} />
            <span>{ruleTitle(lang, f.rule)}</span>
          </span>
        )}
        <span className={s.meta}>
          <Text className={s.task}>
            {f.task ? t("finding.task", { task: f.task }) : t("finding.noTask", { row: f.row })}
          </Text>
          <Text className={s.cell}>{t("finding.cell", { cell: f.cell })}</Text>
          {place && (
            <Text className={s.cell} data-testid="finding-place">
              {t("finding.place", { place })}
            </Text>
          )}
        </span>
        <Text className={s.message}>{message}</Text>
        {suggestion && <Text className={s.suggestion}>{t("finding.suggestion", { text: suggestion })}</Text>}
        {related && <Text className={s.suggestion}>{related}</Text>}
      </button>
      <span className={s.side}>
        {showRule && onHelp && (
          <Button
            size="small"
            appearance="subtle"
            icon={<QuestionCircle16Regular />}
            aria-label={t("help.open", { rule: ruleTitle(lang, f.rule) })}
            title={t("help.open", { rule: ruleTitle(lang, f.rule) })}
            onClick={(e) => {
              e.stopPropagation();
              onHelp(f.rule);
            }}
            data-testid="rule-help-open"
          />
        )}
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
