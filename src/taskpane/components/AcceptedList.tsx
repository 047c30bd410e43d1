/**
 * "3 đã chấp nhận": the findings set aside — accepted with a reason (kept in the workbook) or ignored this session —
 * folded under one line; opened, each with its reason, a click to its cell and "Bỏ chấp nhận".
 */
import { Button, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Finding } from "../../core";
import type { ShownFinding } from "../paneTypes";
import { ruleTitle } from "../../i18n";
import { useLang } from "../i18nContext";
import type { AcceptedItem } from "../useAcceptances";

const useStyles = makeStyles({
  root: {
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    overflow: "hidden",
  },
  head: { width: "100%", justifyContent: "flex-start", textAlign: "start" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalS),
  },
  line: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  small: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  muted: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  actions: { display: "flex", justifyContent: "flex-end", ...shorthands.padding(tokens.spacingVerticalXS) },
});

export interface AcceptedListProps {
  readonly items: readonly AcceptedItem[];
  readonly busy: boolean;
  readonly onSelect: (f: Finding) => void;
  readonly onRevoke: (items: readonly AcceptedItem[]) => void;
  readonly render: (f: Finding) => ShownFinding;
}

export function AcceptedList({ items, busy, onSelect, onRevoke, render }: AcceptedListProps) {
  const s = useStyles();
  const { t, lang } = useLang();
  const [open, setOpen] = useState(false);
  return (
    <section className={s.root} aria-label={t("accepted.title")} data-testid="accepted">
      <Button
        className={s.head}
        appearance="subtle"
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="accepted-count"
      >
        {t("accepted.count", { count: items.length })}
      </Button>
      {open && (
        <>
          <ul className={s.list}>
            {items.map((item) => {
              const f = item.finding;
              const reason = item.acceptance.reason;
              return (
                <li
                  key={`${f.rule}:${f.row}:${f.col}:${item.acceptance.finding}`}
                  className={s.item}
                  data-rule={f.rule}
                  data-accepted-row={f.row}
                  data-session={item.session || undefined}
                >
                  <span className={s.line}>
                    <Button size="small" appearance="transparent" onClick={() => onSelect(f)}>
                      {t("finding.cell", { cell: f.cell })}
                    </Button>
                    <Text className={s.small} weight="semibold">
                      {ruleTitle(lang, f.rule)}
                    </Text>
                  </span>
                  <Text className={s.small}>{render(f).message}</Text>
                  <Text className={s.muted}>
                    {item.session
                      ? t("accepted.session")
                      : reason
                        ? t("accepted.reason", { reason })
                        : t("accepted.noReason")}
                  </Text>
                  <span className={s.line}>
                    <Button
                      size="small"
                      disabled={busy}
                      onClick={() => onRevoke([item])}
                      aria-label={t("accepted.revoke.label", { cell: f.cell })}
                      data-testid="revoke"
                    >
                      {t("accepted.revoke")}
                    </Button>
                  </span>
                </li>
              );
            })}
          </ul>
          {items.length > 1 && (
            <div className={s.actions}>
              <Button size="small" disabled={busy} onClick={() => onRevoke(items)} data-testid="revoke-all">
                {t("accepted.revokeAll")}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
