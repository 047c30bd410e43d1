/** The confirmation before a large "Sửa tất cả": how many cells change, listed by rule. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ruleTitle } from "../../i18n";
import type { RuleChanges } from "../findings";
import { useLang } from "../i18nContext";
import { PaneDialog } from "./PaneDialog";

/** Cells named per rule before "…". */
const CELLS_SHOWN = 12;

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    maxHeight: "40vh",
    overflowY: "auto",
  },
  cells: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export interface FixAllDialogProps {
  readonly count: number;
  readonly rules: readonly RuleChanges[];
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function FixAllDialog({ count, rules, onConfirm, onCancel }: FixAllDialogProps) {
  const s = useStyles();
  const { t, lang } = useLang();
  return (
    <PaneDialog
      modalType="alert"
      testId="fix-all-confirm"
      title={t("fixAll.confirm.title", { count })}
      onClose={onCancel}
      actions={
        <>
          <Button appearance="primary" onClick={onConfirm} data-testid="fix-all-apply">
            {t("fixAll.confirm.apply", { count })}
          </Button>
          <Button onClick={onCancel} data-testid="fix-all-cancel">
            {t("fixAll.confirm.cancel")}
          </Button>
        </>
      }
    >
      <Text as="p">{t("fixAll.confirm.intro", { count })}</Text>
      <ul className={s.list}>
        {rules.map((r) => (
          <li key={r.rule} data-rule={r.rule} data-count={r.cells.length}>
            <Text weight="semibold">
              {t("fixAll.confirm.rule", { rule: ruleTitle(lang, r.rule), count: r.cells.length })}
            </Text>
            <Text size={200} className={s.cells}>
              {r.cells.slice(0, CELLS_SHOWN).join(", ")}
              {r.cells.length > CELLS_SHOWN
                ? ` ${t("fixAll.confirm.more", { count: r.cells.length - CELLS_SHOWN })}`
                : ""}
            </Text>
          </li>
        ))}
      </ul>
    </PaneDialog>
  );
}
