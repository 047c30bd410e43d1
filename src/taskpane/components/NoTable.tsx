/**
 * No appendix in the sheet (or the check failed on it: say that instead): say why, what header names were looked for, and offer to use the selected range.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SelectAllOn20Regular } from "@fluentui/react-icons";
import type { ColumnKey, DetectionFailure } from "../../core";
import type { MessageKey } from "../../i18n";
import { useLang } from "../i18nContext";
import { column } from "../styles";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalM),
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  names: { color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground3 },
});

const LISTED: readonly ColumnKey[] = ["number", "content", "lead", "coLead", "deliverable", "deadline"];

/** Header names shown per column: the first few are enough to recognise the column. */
const SHOWN_NAMES = 4;

function names(list: readonly string[]): string {
  const shown = list.slice(0, SHOWN_NAMES).map((n) => `“${n}”`);
  return list.length > SHOWN_NAMES ? `${shown.join(", ")}, …` : shown.join(", ");
}

export interface NoTableProps {
  readonly failure: DetectionFailure;
  /** The core's message for the failure, in the user's language, when there is one. */
  readonly message?: string;
  readonly busy: boolean;
  readonly onUseSelection: () => void;
}

export function NoTable({ failure, message, busy, onUseSelection }: NoTableProps) {
  const s = useStyles();
  const { t } = useLang();
  const keys = LISTED.filter((k) => (failure.lookedFor[k]?.length ?? 0) > 0);
  if (failure.reason === "internal-error") {
    // The check itself failed on the sheet: say so, not "no appendix found".
    return (
      <section className={s.root} data-testid="check-failed" aria-labelledby="check-failed-title">
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle id="check-failed-title">{t("noTable.internalError")}</MessageBarTitle>
            {message}
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  }
  return (
    <section className={s.root} data-testid="no-table" aria-labelledby="no-table-title">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="no-table-title">{t("noTable.title")}</MessageBarTitle>
          {message ?? t("noTable.sheet", { sheet: failure.sheet })}
        </MessageBarBody>
      </MessageBar>
      {keys.length > 0 && (
        <div>
          <Text as="p" block weight="semibold">
            {t("noTable.lookedFor")}
          </Text>
          <ul className={s.list} data-testid="looked-for">
            {keys.map((k) => (
              <li key={k}>
                <Text weight="semibold">{t(`column.${k}` as MessageKey)}</Text>
                {": "}
                <Text className={s.names}>{names(failure.lookedFor[k] ?? [])}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Text as="p" block className={s.hint}>
        {t("noTable.selectionHint")}
      </Text>
      <div>
        <Button appearance="primary" icon={<SelectAllOn20Regular />} onClick={onUseSelection} disabled={busy}>
          {t("noTable.useSelection")}
        </Button>
      </div>
    </section>
  );
}
