/**
 * The Rõ Việc task pane: the appendix found in the sheet, the check and its findings, progress per agency (over
 * the same sheet, columns, plan period and range as the check), and the user's agencies. Renders and dispatches
 * only: the workbook comes in as a port, the logic from the core.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { Dismiss16Regular, TaskListSquareLtr24Filled } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { CellRange, Report } from "../core";
import { LANGS, translate, type Lang } from "../i18n";
import type { RowPlaces } from "../i18n/places";
import { AgenciesView } from "./agencies/AgenciesView";
import { CheckView } from "./components/CheckView";
import { Tab, TabList } from "./components/Tabs";
import { ImportView } from "./import/ImportView";
import { LangProvider } from "./i18nContext";
import { ProgressView } from "./progress/ProgressView";
import type { ImportServices } from "./import/services";
import { defaultServices, type PaneServices } from "./services";
import { loadLang, officeTheme, saveLang } from "./settings";
import type { AcceptedItem } from "./useAcceptances";
import { usePane, type CheckSuccess, type ObservablePort } from "./usePane";

export type ThemeName = "light" | "dark";
export type TabName = "check" | "progress" | "agencies" | "import";

export interface AppProps {
  readonly port: ObservablePort;
  /** Core and marking functions; the real ones unless a test gives others. */
  readonly services?: PaneServices;
  /** The Word reader and appendix sheet writer of "Nhập từ Word"; the real ones unless a test gives others. */
  readonly importServices?: ImportServices;
  /** Light or dark; by default follows Office's theme. */
  readonly theme?: ThemeName;
  /** Starting language; by default the one chosen last time, else Vietnamese. */
  readonly lang?: Lang;
  readonly onSelect?: (sheet: string, range: CellRange) => void;
  readonly onResult?: (result: CheckSuccess | undefined) => void;
  /** Told when the findings shown change: the report without the accepted ones, and the accepted ones. */
  readonly onShown?: (report: Report | undefined, accepted: readonly AcceptedItem[]) => void;
  readonly onWorkbookChanged?: () => void;
  /** The pane's landmark: the page's main content (the task pane), or a complementary part beside the sheet. */
  readonly landmark?: "main" | "aside";
  /** Called when the user switches language (the browser page follows). */
  readonly onLangChange?: (lang: Lang) => void;
  /** Where the rows of a sheet read from Word tables are in the Word file (the browser page's .docx). */
  readonly wordPlaces?: (sheet: string) => RowPlaces | undefined;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  logo: { color: tokens.colorBrandForeground1, flexShrink: 0 },
  brand: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightBold, lineHeight: "1.2" },
  tagline: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  langs: { display: "flex", gap: "2px" },
  langButton: { minWidth: "36px", paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  tabs: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
  },
  main: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

export function App(props: AppProps) {
  const [lang, setLangState] = useState<Lang>(() => props.lang ?? loadLang());
  const [tab, setTab] = useState<TabName>("check");
  const theme = (props.theme ?? officeTheme()) === "dark" ? webDarkTheme : webLightTheme;
  const s = useStyles();

  const setLang = (l: Lang) => {
    setLangState(l);
    saveLang(l);
    props.onLangChange?.(l);
  };

  const pane = usePane({
    port: props.port,
    services: props.services ?? defaultServices,
    importServices: props.importServices,
    lang,
    onSelect: props.onSelect,
    onResult: props.onResult,
    onWorkbookChanged: props.onWorkbookChanged,
    wordPlaces: props.wordPlaces,
  });
  const t = (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) => translate(lang, k, p);
  const { onShown } = props;
  const Root = props.landmark ?? "main";
  useEffect(() => onShown?.(pane.shownReport, pane.accepted), [onShown, pane.shownReport, pane.accepted]);

  return (
    // Layout styles go on the inner div: the provider's class is also given to its portal node (popups, tooltips).
    <FluentProvider theme={theme} lang={lang} data-theme={props.theme ?? officeTheme()}>
      <LangProvider lang={lang}>
        <Root className={s.root} aria-label={t("app.title")}>
          <header className={s.header}>
            <TaskListSquareLtr24Filled className={s.logo} aria-hidden />
            <div className={s.brand}>
              <h1 className={s.title}>{t("app.title")}</h1>
              <Text className={s.tagline}>{t("app.tagline")}</Text>
            </div>
            <div className={s.langs} role="group" aria-label={t("app.language")}>
              {LANGS.map((l) => (
                <ToggleButton
                  key={l}
                  size="small"
                  className={s.langButton}
                  appearance={l === lang ? "primary" : "subtle"}
                  checked={l === lang}
                  onClick={() => setLang(l)}
                  // Named by what it shows ("VI", "EN"); the language's own name is its tooltip.
                  title={l === "vi" ? "Tiếng Việt" : "English"}
                  lang={l}
                  data-lang={l}
                >
                  {l.toUpperCase()}
                </ToggleButton>
              ))}
            </div>
          </header>
          <TabList
            className={s.tabs}
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabName)}
            aria-label={t("tabs.label")}
            size="small"
          >
            <Tab value="check">{t("tabs.check")}</Tab>
            <Tab value="progress">{t("tabs.progress")}</Tab>
            <Tab value="agencies">{t("tabs.agencies")}</Tab>
            <Tab value="import">{t("tabs.import")}</Tab>
          </TabList>
          <div className={s.main} role="tabpanel" aria-label={t(`tabs.${tab}`)}>
            {pane.notice && (
              <MessageBar intent={pane.notice.intent} data-testid="notice" layout="multiline">
                <MessageBarBody>{t(pane.notice.key, pane.notice.params)}</MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button
                      appearance="transparent"
                      size="small"
                      icon={<Dismiss16Regular />}
                      aria-label={t("app.dismiss")}
                      onClick={pane.dismissNotice}
                    />
                  }
                />
              </MessageBar>
            )}
            {tab === "check" && <CheckView pane={pane} />}
            {tab === "progress" && <ProgressView pane={pane} />}
            {tab === "agencies" && <AgenciesView pane={pane} />}
            {tab === "import" && <ImportView pane={pane} onWritten={() => setTab("check")} />}
          </div>
        </Root>
      </LangProvider>
    </FluentProvider>
  );
}
