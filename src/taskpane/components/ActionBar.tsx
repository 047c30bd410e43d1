/**
 * Check, check again, mark, clear marks, fix all, undo, create and remove the dropdown lists, and the auto-check
 * switch. "Sửa tất cả (N)" announces the
 * cells it will change (planned on the cells checked); above CONFIRM_FIXES_ABOVE it lists them by rule and asks.
 */
import { useMemo, useState } from "react";
import { Button, Spinner, Switch, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowUndo20Regular,
  Eraser20Regular,
  Highlight20Regular,
  TaskListLtr20Regular,
  TextBulletListAdd20Regular,
  TextBulletListDismiss20Regular,
  Wrench20Regular,
} from "@fluentui/react-icons";
import { CONFIRM_FIXES_ABOVE, changesByRule, collectFixes } from "../findings";
import { useLang } from "../i18nContext";
import { column } from "../styles";
import type { PaneModel } from "../usePane";
import { FixAllDialog } from "./FixAllDialog";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  check: { flexGrow: 1, maxWidth: "100%" },
});

export function ActionBar({ pane }: { pane: PaneModel }) {
  const s = useStyles();
  const { t, lang } = useLang();
  const busy = pane.busy !== undefined;
  const checked = pane.result !== undefined;
  const [confirming, setConfirming] = useState(false);
  const result = pane.result;
  // The findings shown: an accepted finding is neither marked nor fixed.
  const shown = pane.shownReport?.findings;
  const { planFixes } = pane.services;
  const plan = useMemo(
    () => (result && shown ? planFixes(result.analysis.grid, collectFixes(shown), lang) : undefined),
    [result, shown, planFixes, lang],
  );
  const fixes = plan?.cells ?? 0;
  const fixAll = () => {
    if (fixes > CONFIRM_FIXES_ABOVE) setConfirming(true);
    else void pane.fixAll();
  };
  return (
    <div className={s.root} role="toolbar" aria-label={t("actions.label")}>
      <div className={s.row}>
        <Button
          className={s.check}
          appearance="primary"
          icon={pane.busy === "check" ? <Spinner size="extra-tiny" /> : <TaskListLtr20Regular />}
          onClick={() => void pane.check()}
          disabled={busy || !pane.planPeriodValid}
          data-testid="check"
        >
          {checked ? t("actions.recheck") : t("actions.check")}
        </Button>
      </div>
      <div className={s.row}>
        <Tooltip content={t("actions.mark.hint")} relationship="description">
          <Button
            icon={<Highlight20Regular />}
            onClick={() => void pane.mark()}
            disabled={busy || !checked || shown?.length === 0}
            data-testid="mark"
          >
            {t("actions.mark")}
          </Button>
        </Tooltip>
        <Tooltip content={t("actions.clearMarks.hint")} relationship="description">
          <Button
            icon={<Eraser20Regular />}
            onClick={() => void pane.clearMarks()}
            disabled={busy}
            data-testid="clear-marks"
          >
            {t("actions.clearMarks")}
          </Button>
        </Tooltip>
        {fixes > 0 && (
          <Button icon={<Wrench20Regular />} onClick={fixAll} disabled={busy} data-testid="fix-all">
            {t("actions.fixAll", { count: fixes })}
          </Button>
        )}
        {confirming && plan && result && (
          <FixAllDialog
            count={fixes}
            rules={changesByRule(plan, shown ?? [])}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              void pane.fixAll();
            }}
          />
        )}
        <Tooltip content={t("actions.dropdowns.hint")} relationship="description">
          <Button
            icon={<TextBulletListAdd20Regular />}
            onClick={() => void pane.createDropdowns()}
            disabled={busy || !checked}
            data-testid="dropdowns"
          >
            {t("actions.dropdowns")}
          </Button>
        </Tooltip>
        <Tooltip content={t("actions.clearDropdowns.hint")} relationship="description">
          <Button
            icon={<TextBulletListDismiss20Regular />}
            onClick={() => void pane.clearDropdowns()}
            disabled={busy}
            data-testid="clear-dropdowns"
          >
            {t("actions.clearDropdowns")}
          </Button>
        </Tooltip>
        {pane.canUndo && (
          <Tooltip content={t("actions.undo.hint")} relationship="description">
            <Button icon={<ArrowUndo20Regular />} onClick={() => void pane.undo()} disabled={busy} data-testid="undo">
              {t("actions.undo")}
            </Button>
          </Tooltip>
        )}
      </div>
      {pane.autoCheckAvailable && (
        <Switch
          checked={pane.autoCheck}
          onChange={(_, d) => pane.setAutoCheck(d.checked)}
          label={t("actions.autoCheck")}
          data-testid="auto-check"
        />
      )}
    </div>
  );
}
