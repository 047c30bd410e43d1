/**
 * The "Nhập từ Word" tab: choose a .docx or paste text, see what was read (tasks, sections, lead agencies, the
 * lines not placed, the legacy-encoding note, the tables to choose from), then write it as a new sheet and check it.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowUp20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import { useId, useRef, useState } from "react";
import { useLang } from "../i18nContext";
import type { PaneModel } from "../usePane";
import type { ImportPreview } from "./useWordImport";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  figure: { display: "flex", flexDirection: "column", margin: 0 },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

function Preview({ pane, preview, onWrite }: { pane: PaneModel; preview: ImportPreview; onWrite: () => void }) {
  const s = useStyles();
  const { t } = useLang();
  const busy = pane.busy !== undefined;
  const chosen = preview.candidates[preview.picked];
  const encodings = preview.converted.map((e) => t(`import.encoding.${e}`)).join(", ");
  return (
    <section className={s.card} aria-label={t("import.figures")} data-testid="import-preview">
      <Text weight="semibold">
        {preview.file ? t("import.source.file", { name: preview.file }) : t("import.source.text")}
      </Text>
      {preview.candidates.length > 1 && (
        <Field label={t("import.tables", { count: preview.candidates.length })}>
          <RadioGroup
            value={String(preview.picked)}
            onChange={(_, d) => pane.wordImport.pick(Number(d.value))}
            data-testid="import-tables"
          >
            {preview.candidates.map((c, i) => (
              <Radio
                key={i}
                value={String(i)}
                disabled={!c.ok}
                label={
                  c.ok
                    ? t("import.table.option", { name: c.grid.sheet, tasks: c.tasks })
                    : t("import.table.none", { name: c.grid.sheet })
                }
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      <dl className={s.figures}>
        {(
          [
            ["import.tasks", chosen.tasks, "tasks"],
            ["import.sections", chosen.sections, "sections"],
            ["import.leads", chosen.leads, "leads"],
          ] as const
        ).map(([label, n, id]) => (
          <div className={s.figure} key={id}>
            <dt className={s.muted}>{t(label)}</dt>
            <dd className={s.number} data-testid={`import-${id}`}>
              {n}
            </dd>
          </div>
        ))}
      </dl>
      {preview.converted.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="import-converted">
          <MessageBarBody>{t("import.converted", { encodings })}</MessageBarBody>
        </MessageBar>
      )}
      {preview.unplaced.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="import-unplaced">
          <MessageBarBody>
            {t("import.unplaced", { count: preview.unplaced.length })}
            <ul className={s.lines}>
              {preview.unplaced.map((u) => (
                <li key={u.line}>{t("import.unplaced.line", { line: u.line, text: u.text })}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          icon={pane.busy === "import" ? <Spinner size="extra-tiny" /> : <TableAdd20Regular />}
          disabled={busy || !chosen.ok}
          onClick={onWrite}
          data-testid="import-write"
        >
          {pane.busy === "import" ? t("import.writing") : t("import.write")}
        </Button>
      </div>
    </section>
  );
}

export function ImportView({ pane, onWritten }: { pane: PaneModel; onWritten?: (sheet: string) => void }) {
  const s = useStyles();
  const { t } = useLang();
  const input = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [text, setText] = useState("");
  const imp = pane.wordImport;
  const busy = pane.busy !== undefined || imp.reading;

  const write = async () => {
    const sheet = await imp.write();
    if (sheet) onWritten?.(sheet);
  };

  return (
    <div className={s.root}>
      <h2 className={s.heading}>{t("import.title")}</h2>
      <Text className={s.muted}>{t("import.intro")}</Text>
      <div className={s.row}>
        <input
          ref={input}
          id={fileId}
          className={s.hiddenInput}
          type="file"
          tabIndex={-1}
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={t("import.file")}
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void imp.readFile(file);
          }}
        />
        <Button
          icon={<DocumentArrowUp20Regular />}
          disabled={busy}
          onClick={() => input.current?.click()}
          aria-describedby={fileId}
          data-testid="import-pick"
        >
          {t("import.pick")}
        </Button>
        {imp.reading && <Spinner size="tiny" label={t("import.reading")} />}
      </div>
      <Field label={t("import.paste")}>
        <Textarea
          value={text}
          onChange={(_, d) => setText(d.value)}
          placeholder={t("import.paste.placeholder")}
          resize="vertical"
          rows={5}
          data-testid="import-text"
        />
      </Field>
      <div className={s.row}>
        <Button disabled={busy || text.trim() === ""} onClick={() => void imp.readText(text)} data-testid="import-read">
          {t("import.readText")}
        </Button>
      </div>
      {imp.error && (
        <MessageBar intent="error" layout="multiline" data-testid="import-error" role="alert">
          <MessageBarBody>{t(imp.error.key, imp.error.params)}</MessageBarBody>
        </MessageBar>
      )}
      {imp.preview && <Preview pane={pane} preview={imp.preview} onWrite={() => void write()} />}
    </div>
  );
}
