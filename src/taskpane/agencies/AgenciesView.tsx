/**
 * The "Cơ quan" tab: how many agencies the user's sheet lists, a button to create the sheet when it is absent,
 * and the rows that could not be read. The directory is re-read on every check as well.
 */
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular, BuildingMultiple20Regular, DocumentAdd20Regular } from "@fluentui/react-icons";
import { useEffect } from "react";
import { useLang } from "../i18nContext";
import { card, column } from "../styles";
import type { PaneModel } from "../usePane";
import { AGENCY_SHEET } from "./sheet";

const useStyles = makeStyles({
  root: { ...column(tokens.spacingVerticalM), ...card },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function AgenciesView({ pane }: { pane: PaneModel }) {
  const s = useStyles();
  const { t } = useLang();
  const info = pane.directoryInfo;
  const { reloadDirectory } = pane;

  useEffect(() => {
    if (!info) void reloadDirectory();
    // Read once when the tab opens; the button and every check read again.
  }, [info, reloadDirectory]);

  const busy = pane.busy !== undefined;
  return (
    <section className={s.root} aria-labelledby="agencies-title" data-testid="agencies-view">
      <h2 id="agencies-title" className={s.head}>
        <BuildingMultiple20Regular aria-hidden />
        <Text weight="semibold" size={400}>
          {t("agencies.title")}
        </Text>
      </h2>
      <Text className={s.muted}>{t("agencies.explain", { sheet: AGENCY_SHEET })}</Text>
      <div role="status" aria-live="polite">
        {!info ? (
          <Spinner size="tiny" label={t("status.working")} />
        ) : (
          <>
            <Text as="p" block weight="semibold" data-testid="agency-count">
              {info.sheetExists
                ? t("agencies.count", { sheet: AGENCY_SHEET, count: info.userCount })
                : t("agencies.absent", { sheet: AGENCY_SHEET })}
            </Text>
            <Text as="p" block className={s.muted}>
              {t("agencies.defaults", { count: info.defaultCount })}
            </Text>
          </>
        )}
      </div>
      {info && info.problems.length > 0 && (
        <div>
          <Text weight="semibold">{t("agencies.problems", { count: info.problems.length })}</Text>
          <ul className={s.problems}>
            {info.problems.slice(0, 20).map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className={s.actions}>
        {info && !info.sheetExists && (
          <Button
            appearance="primary"
            icon={<DocumentAdd20Regular />}
            onClick={() => void pane.createAgencySheet()}
            disabled={busy}
            data-testid="create-agency-sheet"
          >
            {t("agencies.create", { sheet: AGENCY_SHEET })}
          </Button>
        )}
        <Button icon={<ArrowSync20Regular />} onClick={() => void reloadDirectory()} disabled={busy}>
          {t("agencies.reload")}
        </Button>
      </div>
    </section>
  );
}
