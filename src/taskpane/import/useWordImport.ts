/**
 * "Nhập từ Word": read a .docx (File.arrayBuffer, in the browser) or a pasted text into appendix grids, preview
 * what was read, then write the chosen grid as a new sheet through the port, switch to it and check it. A file
 * that cannot be read gives one message in the user's language; nothing is written until the user asks.
 */
import { useCallback, useRef, useState } from "react";
import { defaultDirectory, type AgencyDirectory, type LegacyEncoding, type UnplacedLine } from "../../core";
import type { MessageKey, MessageParams } from "../../i18n";
import { translate } from "../../i18n";
import type { Lang } from "../../core";
import type { WorkbookPort } from "../../workbook/port";
import type { PaneServices } from "../services";
import type { PaneRunner } from "../usePaneRunner";
import { candidateOf, firstPick, type ImportCandidate } from "./model";
import type { ImportServices } from "./services";

export interface ImportPreview {
  /** The file's name, or undefined for pasted text. */
  readonly file?: string;
  readonly candidates: readonly ImportCandidate[];
  readonly picked: number;
  /** Lines of a prose list not placed in the table: listed, never dropped. */
  readonly unplaced: readonly UnplacedLine[];
  readonly converted: readonly LegacyEncoding[];
}

export interface ImportMessage {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

const WORD_ERRORS: Readonly<Record<string, MessageKey>> = {
  "not-a-zip": "import.error.notZip",
  "not-a-docx": "import.error.notZip",
  "legacy-doc": "import.error.legacyDoc",
  encrypted: "import.error.encrypted",
  damaged: "import.error.damaged",
  nothing: "import.error.nothing",
};

export interface WordImportOptions {
  readonly port: WorkbookPort;
  readonly services: PaneServices;
  readonly importServices: ImportServices;
  readonly runner: PaneRunner;
  readonly lang: Lang;
  /** The directory the check uses (the user's agencies included), once read. */
  readonly directory?: AgencyDirectory;
  /** Makes the sheet the one in use and checks it. */
  readonly openSheet: (sheet: string) => Promise<void>;
}

export function useWordImport(o: WordImportOptions) {
  const [preview, setPreview] = useState<ImportPreview>();
  const [error, setError] = useState<ImportMessage>();
  const [reading, setReading] = useState(false);
  const live = useRef(o);
  live.current = o;

  const show = useCallback((file: string | undefined, read: Awaited<ReturnType<ImportServices["readWord"]>>) => {
    const { services, directory } = live.current;
    const options = { directory: directory ?? defaultDirectory() };
    const candidates = read.grids.map((g) => candidateOf(g, services.check, options));
    if (!candidates.some((c) => c.ok)) {
      setError({ key: "import.error.noHeader", params: { name: file ?? "" } });
      return;
    }
    setPreview({
      file,
      candidates,
      picked: firstPick(candidates),
      unplaced: read.prose?.unplaced ?? [],
      converted: read.converted,
    });
  }, []);

  const begin = () => {
    setReading(true);
    setError(undefined);
    setPreview(undefined);
  };

  const readFile = useCallback(
    async (file: File) => {
      const { importServices, lang, directory } = live.current;
      begin();
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const names = {
          table: (n: number) => translate(lang, "import.tableSheet", { n }),
          prose: translate(lang, "import.proseSheet"),
        };
        show(file.name, await importServices.readWord(bytes, names, directory ?? defaultDirectory()));
      } catch (e) {
        const code = (e as { code?: unknown } | null)?.code;
        setError({ key: WORD_ERRORS[String(code)] ?? "import.error.damaged", params: { name: file.name } });
      } finally {
        setReading(false);
      }
    },
    [show],
  );

  const readText = useCallback(
    async (text: string) => {
      const { importServices, lang, directory } = live.current;
      begin();
      try {
        const sheet = translate(lang, "import.proseSheet");
        const read = await importServices.readText(text, sheet, directory ?? defaultDirectory());
        if (read) show(undefined, read);
        else setError({ key: "import.error.textNothing" });
      } catch (e) {
        live.current.runner.fail(e);
      } finally {
        setReading(false);
      }
    },
    [show],
  );

  const pick = useCallback((i: number) => setPreview((p) => (p ? { ...p, picked: i } : p)), []);

  /** Writes the chosen grid as a new sheet, makes it the sheet in use and checks it; the new sheet's name. */
  const write = useCallback(async (): Promise<string | undefined> => {
    const chosen = preview?.candidates[preview.picked];
    if (!chosen) return undefined;
    const { runner, port, importServices, openSheet } = live.current;
    let sheet: string | undefined;
    await runner.run("import", async () => {
      let name = "";
      await runner.write(async () => {
        name = await importServices.writeAppendix(port, chosen.grid);
        await port.select(name, { top: 1, left: 1, bottom: 1, right: 1 });
      });
      await openSheet(name);
      runner.setNotice({ intent: "success", key: "import.written", params: { sheet: name } });
      sheet = name;
      setPreview(undefined);
    });
    return sheet;
  }, [preview]);

  return { preview, error, reading, readFile, readText, pick, write };
}

export type WordImport = ReturnType<typeof useWordImport>;
