/** The counts of a check, announced to screen readers when they change. */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled } from "@fluentui/react-icons";
import type { Report } from "../../core";
import { countFindings } from "../findings";
import { useLang } from "../i18nContext";
import { card, column } from "../styles";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: { ...column(tokens.spacingVerticalXS), ...card },
  line: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  total: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightBold },
  chips: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  chip: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  clean: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  cleanIcon: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export function Summary({ report }: { report: Report }) {
  const s = useStyles();
  const { t } = useLang();
  const c = countFindings(report.findings);
  const params = { total: c.total, errors: c.error, warnings: c.warning, infos: c.info };
  return (
    <section className={s.root} aria-label={t("summary.label")}>
      <div role="status" aria-live="polite" aria-atomic="true">
        {c.total === 0 ? (
          <div className={s.clean}>
            <CheckmarkCircle20Filled className={s.cleanIcon} aria-hidden />
            <Text weight="semibold">{t("summary.clean", { tasks: report.stats.tasks })}</Text>
            <span data-testid="finding-count" hidden>
              0
            </span>
          </div>
        ) : (
          <>
            <span className={s.srOnly}>{t("summary.announce", params)}</span>
            <div className={s.line} aria-hidden>
              <span className={s.total} data-testid="finding-count">
                {c.total}
              </span>
              <Text weight="semibold">{t("summary.findings")}</Text>
            </div>
            <div className={mergeClasses(s.chips)} aria-hidden>
              <span className={s.chip}>
                <SeverityIcon severity="error" />
                {c.error} {t("severity.error").toLowerCase()}
              </span>
              <span className={s.chip}>
                <SeverityIcon severity="warning" />
                {c.warning} {t("severity.warning").toLowerCase()}
              </span>
              <span className={s.chip}>
                <SeverityIcon severity="info" />
                {c.info} {t("severity.info").toLowerCase()}
              </span>
            </div>
          </>
        )}
      </div>
      <Text className={s.muted}>
        {t("summary.tasks", { tasks: report.stats.tasks, sections: report.stats.sections })}
      </Text>
    </section>
  );
}
