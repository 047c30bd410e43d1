/**
 * The browser page: open an .xlsx, pick a sheet, see it as a grid beside the pane, click a finding to see its
 * cell, and download a marked copy. The workbook is read and written in the browser; nothing is sent anywhere.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  FolderOpen20Regular,
  TaskListSquareLtr24Filled,
  TaskListSquareLtr48Filled,
} from "@fluentui/react-icons";
import { useCallback, useMemo, useRef, useState, type ChangeEvent } from "react";
import { applyAcceptances, type CellRange, type Grid, type Report } from "../core";
import { translate, type Lang, type MessageKey } from "../i18n";
import type { RowPlaces } from "../i18n/places";
import type { SheetInfo } from "../workbook/port";
import { App, type ThemeName } from "../taskpane/App";
import { defaultServices, type PaneServices } from "../taskpane/services";
import { loadLang } from "../taskpane/settings";
import type { CheckSuccess } from "../taskpane/usePane";
import { annotatedName, saveBytes } from "./download";
import { openErrorKey, openWord, openXlsx, type OpenWorkbook, type PreviewWorkbook } from "./open";
export type { OpenWorkbook, PreviewWorkbook } from "./open";
import { cellMarks } from "./marks";
import { SheetGrid, type CellMark } from "./SheetGrid";
import { useShownGrid } from "./useShownGrid";

export interface PreviewAppProps {
  /** Only the pane (at task-pane width), no grid. */
  readonly paneOnly?: boolean;
  readonly theme?: ThemeName;
  readonly lang?: Lang;
  readonly services?: PaneServices;
  readonly open?: OpenWorkbook;
}
/** Below this width the sheet and the pane are stacked, and the page scrolls. */
const NARROW = "@media (max-width: 899px)";

const useStyles = makeStyles({
  page: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
    [NARROW]: { height: "auto", minHeight: "100vh" },
  },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { color: tokens.colorBrandForeground1 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  file: { color: tokens.colorNeutralForeground3, maxWidth: "320px", overflow: "hidden", textOverflow: "ellipsis" },
  spacer: { flexGrow: 1 },
  sheetPicker: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  hiddenInput: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  body: { flexGrow: 1, display: "flex", minHeight: 0, [NARROW]: { flexDirection: "column" } },
  gridArea: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    [NARROW]: { height: "60vh", flexGrow: 0, flexShrink: 0 },
  },
  gridLoading: { margin: "auto", padding: tokens.spacingVerticalXXL },
  paneArea: {
    width: "400px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: {
      width: "auto",
      overflowY: "visible",
      borderLeft: "none",
      borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  // At task-pane width: as wide as the window up to 360 px (a 320 px task pane shows it whole).
  paneOnly: {
    width: "100%",
    maxWidth: "360px",
    boxSizing: "border-box",
    borderLeft: "none",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: { width: "100%", borderTop: "none" },
  },
  intro: {
    margin: "auto",
    maxWidth: "520px",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXL,
    textAlign: "center",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  message: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
});

interface Loaded {
  readonly wb: PreviewWorkbook;
  readonly places?: ReadonlyMap<string, RowPlaces>; // a Word file's: where each sheet's rows are in the document
  readonly fileName: string;
  readonly sheets: readonly SheetInfo[];
  readonly seq: number;
}

/**
 * The sheet to show first: the one holding an appendix, chosen by the core as the command line chooses it (a cover
 * sheet before it is skipped); the active sheet when none holds one.
 */
async function appendixSheet(wb: PreviewWorkbook, services: PaneServices, sheets: readonly SheetInfo[]) {
  const active = await wb.activeSheet();
  const grids: Grid[] = [];
  for (const s of sheets.filter((x) => x.visible)) {
    try {
      grids.push(await wb.readGrid(s.name));
    } catch {
      // A sheet that cannot be read holds no appendix to show.
    }
  }
  return services.appendixSheet(grids) ?? active ?? sheets.find((x) => x.visible)?.name;
}

export function PreviewApp(props: PreviewAppProps) {
  const s = useStyles();
  const services = props.services ?? defaultServices;
  const open = props.open ?? openXlsx;
  const themeName: ThemeName = props.theme ?? "light";
  const [lang, setLang] = useState<Lang>(() => props.lang ?? loadLang());
  const t = useCallback((k: MessageKey, p?: Record<string, string | number>) => translate(lang, k, p), [lang]);
  const [loaded, setLoaded] = useState<Loaded>();
  const [sheet, setSheet] = useState<string>();
  const [version, setVersion] = useState(0);
  const [selection, setSelection] = useState<{ sheet: string; range: CellRange }>();
  const [result, setResult] = useState<CheckSuccess>();
  const [shown, setShown] = useState<{ report?: Report; acceptedCells: readonly string[] }>({ acceptedCells: [] });
  const onShown = useCallback(
    (report: Report | undefined, accepted: readonly { finding: { cell: string } }[]) =>
      setShown({ report, acceptedCells: accepted.map((a) => a.finding.cell) }),
    [],
  );
  const [busy, setBusy] = useState<"open" | "download">();
  const [error, setError] = useState<{ key: MessageKey; name: string }>();
  const inputRef = useRef<HTMLInputElement>(null);
  const seq = useRef(0);
  const sheetLabel = useId("sheet");

  const openFile = useCallback(
    async (file: File) => {
      setBusy("open");
      setError(undefined);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const word = /\.docx$/i.test(file.name) ? await openWord(bytes, t) : undefined;
        const wb = word ? word.workbook : await open(bytes);
        const sheets = await wb.listSheets();
        const first = await appendixSheet(wb, services, sheets);
        if (first) wb.setActiveSheet(first);
        seq.current += 1;
        setLoaded({ wb, places: word?.places, fileName: file.name, sheets, seq: seq.current });
        setSheet(first);
        setSelection(undefined);
        setResult(undefined);
      } catch (e) {
        setError({ key: openErrorKey(file.name, (e as { code?: unknown }).code), name: file.name });
        setLoaded(undefined);
        setSheet(undefined);
      } finally {
        setBusy(undefined);
      }
    },
    [open, services, t],
  );

  const grid = useShownGrid(loaded, sheet, version, busy === "open");

  const chooseSheet = (name: string) => {
    if (!loaded) return;
    loaded.wb.setActiveSheet(name);
    setSheet(name);
    setSelection(undefined);
    setResult(undefined);
  };

  const selectCell = async (row: number, col: number, extend: boolean) => {
    if (!loaded || !sheet) return;
    const anchor = extend && selection?.sheet === sheet ? selection.range : undefined;
    const range: CellRange = anchor
      ? {
          top: Math.min(anchor.top, row),
          left: Math.min(anchor.left, col),
          bottom: Math.max(anchor.top, row),
          right: Math.max(anchor.left, col),
        }
      : { top: row, left: col, bottom: row, right: col };
    setSelection({ sheet, range });
    await loaded.wb.select(sheet, range);
  };

  const download = async () => {
    if (!loaded || !result) return;
    setBusy("download");
    try {
      const copy = await open(await loaded.wb.toBuffer());
      copy.setActiveSheet(result.report.sheet);
      // The findings accepted in the file are not marked, as in the pane and the command line.
      const shown = applyAcceptances(result.report, result.analysis.grid, await services.readAcceptances(copy));
      await services.mark(copy, result.report.sheet, shown.report.findings, lang);
      saveBytes(await copy.toBuffer(), annotatedName(loaded.fileName));
    } catch (e) {
      setError({ key: "preview.downloadFailed", name: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(undefined);
    }
  };

  // The grid's marks as the pane's list: the findings shown, the accepted ones set apart.
  const marks = useMemo(() => {
    if (!result) return new Map<string, CellMark>();
    const same = shown.report?.sheet === result.report.sheet;
    return cellMarks(same && shown.report ? shown.report.findings : result.report.findings, shown.acceptedCells);
  }, [result, shown]);

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) void openFile(file);
    e.target.value = "";
  };

  const gridSelection = selection && selection.sheet === sheet ? selection.range : undefined;

  return (
    // Layout styles go on the inner div: the provider's class is also given to its portal node.
    <FluentProvider theme={themeName === "dark" ? webDarkTheme : webLightTheme} lang={lang}>
      <div
        className={s.page}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          const file = e.dataTransfer.files?.[0];
          if (file) void openFile(file);
        }}
      >
        <header className={s.bar}>
          <TaskListSquareLtr24Filled className={s.logo} aria-hidden />
          {!props.paneOnly && <h1 className={s.title}>{t("preview.title")}</h1>}
          <input
            ref={inputRef}
            id="workbook-file"
            className={s.hiddenInput}
            type="file"
            accept=".xlsx,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            data-testid="workbook-file"
            // Opened by the "Mở tệp" buttons: no Tab stop and nothing announced of its own.
            tabIndex={-1}
            aria-hidden
            onChange={onFile}
          />
          {(loaded || props.paneOnly) && (
            <Button
              icon={busy === "open" ? <Spinner size="extra-tiny" /> : <FolderOpen20Regular />}
              onClick={() => inputRef.current?.click()}
              disabled={busy !== undefined}
            >
              {t("preview.open")}
            </Button>
          )}
          {loaded && (
            <Text className={s.file} title={loaded.fileName} data-testid="file-name">
              {loaded.fileName}
            </Text>
          )}
          <span className={s.spacer} />
          {loaded && (
            <span className={s.sheetPicker}>
              <label id={sheetLabel}>{t("preview.sheet")}</label>
              <Select
                aria-labelledby={sheetLabel}
                value={sheet ?? ""}
                onChange={(_, d) => chooseSheet(d.value)}
                data-testid="sheet-picker"
              >
                {loaded.sheets
                  .filter((x) => x.visible)
                  .map((x) => (
                    <option key={x.name} value={x.name}>
                      {x.name}
                    </option>
                  ))}
              </Select>
            </span>
          )}
          {loaded && (
            <Button
              icon={busy === "download" ? <Spinner size="extra-tiny" /> : <ArrowDownload20Regular />}
              onClick={() => void download()}
              disabled={!result || busy !== undefined}
              title={result ? t("preview.download.hint") : t("preview.downloadNeedsCheck")}
              data-testid="download"
            >
              {t("preview.download")}
            </Button>
          )}
        </header>
        {error && (
          <MessageBar intent="error" className={s.message} data-testid="open-error">
            <MessageBarBody>{t(error.key, { name: error.name })}</MessageBarBody>
          </MessageBar>
        )}
        <div className={s.body}>
          {!loaded && (
            <main className={s.intro}>
              <TaskListSquareLtr48Filled className={s.logo} aria-hidden />
              <Text as="h2" block align="center" size={600} weight="semibold">
                {t("preview.introTitle")}
              </Text>
              <Text block align="center" size={400}>
                {t("preview.intro")}
              </Text>
              <Button
                appearance="primary"
                size="large"
                icon={busy === "open" ? <Spinner size="extra-tiny" /> : <FolderOpen20Regular />}
                onClick={() => inputRef.current?.click()}
                disabled={busy !== undefined}
              >
                {t("preview.open")}
              </Button>
              <Text className={s.muted}>{t("preview.drop")}</Text>
            </main>
          )}
          {loaded && sheet && !props.paneOnly && (
            <main className={s.gridArea}>
              {!grid && (
                <Spinner
                  className={s.gridLoading}
                  label={busy === "open" ? t("preview.opening") : t("app.loading")}
                  data-testid="grid-loading"
                />
              )}
              {grid && (
                <SheetGrid
                  grid={grid}
                  lang={lang}
                  selection={gridSelection}
                  marks={marks}
                  onSelectCell={(r, c, ext) => void selectCell(r, c, ext)}
                />
              )}
            </main>
          )}
          {loaded && sheet && (
            <div className={mergeClasses(s.paneArea, props.paneOnly && s.paneOnly)} data-testid="pane">
              <App
                key={`${loaded.seq}:${sheet}`}
                port={loaded.wb}
                services={services}
                theme={themeName}
                lang={lang}
                onLangChange={setLang}
                onSelect={(sh, range) => setSelection({ sheet: sh, range })}
                onResult={setResult}
                onShown={onShown}
                landmark={props.paneOnly ? "main" : "aside"}
                onWorkbookChanged={() => setVersion((v) => v + 1)}
                wordPlaces={loaded.places ? (name) => loaded.places?.get(name) : undefined}
              />
            </div>
          )}
        </div>
      </div>
    </FluentProvider>
  );
}
