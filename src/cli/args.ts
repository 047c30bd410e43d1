/** Parses `ro-viec check FILE [options]` without dependencies; every error is a message id for the user. */
import type { Lang } from "../core";
import type { CliMessageId } from "./messages";

export interface CheckArgs {
  /** "check" a file, or "import" a Word or text file as a formatted appendix workbook (`--out` required). */
  readonly command: "check" | "import";
  readonly file: string;
  readonly sheet?: string;
  readonly planPeriod?: string;
  readonly asOf?: string;
  readonly json: boolean;
  readonly out?: string;
  readonly lang: Lang;
  readonly agencies?: string;
  /** Add the system's or the validator's own text to an error message. */
  readonly verbose?: boolean;
  /** List the findings accepted in the file (with their reasons) besides the others. */
  readonly showAccepted?: boolean;
  /** Add dropdown lists to the appendix of the `--out` copy (docs/dropdowns.md). */
  readonly dropdowns?: boolean;
}

export type ParsedArgs =
  | { readonly ok: true; readonly args: CheckArgs }
  | { readonly ok: true; readonly help: true; readonly lang: Lang }
  | { readonly ok: true; readonly version: true; readonly lang: Lang }
  | { readonly ok: false; readonly lang: Lang; readonly error: CliMessageId; readonly data: Record<string, string> };

const VALUED = new Set(["--sheet", "--plan-period", "--as-of", "--out", "--lang", "--agencies"]);

/** Reads `--lang` first so that every later error is in the user's language. */
function sniffLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a.startsWith("--lang=") ? a.slice(7) : a === "--lang" ? argv[i + 1] : undefined;
    if (v === "en") return "en";
  }
  return "vi";
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const lang = sniffLang(argv);
  const values = new Map<string, string>();
  const positional: string[] = [];
  let json = false;
  let verbose = false;
  let showAccepted = false;
  let dropdowns = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h" || a === "--help") return { ok: true, help: true, lang };
    if (a === "-v" || a === "--version") return { ok: true, version: true, lang };
    if (a === "--json") {
      json = true;
      continue;
    }
    if (a === "--verbose") {
      verbose = true;
      continue;
    }
    if (a === "--show-accepted") {
      showAccepted = true;
      continue;
    }
    if (a === "--dropdowns") {
      dropdowns = true;
      continue;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (!VALUED.has(name)) return { ok: false, lang, error: "unknown-option", data: { option: name } };
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith("--"))) {
        return { ok: false, lang, error: "missing-value", data: { option: name } };
      }
      values.set(name, value);
      continue;
    }
    if (a.startsWith("-") && a.length > 1) return { ok: false, lang, error: "unknown-option", data: { option: a } };
    positional.push(a);
  }
  const langValue = values.get("--lang");
  if (langValue !== undefined && langValue !== "vi" && langValue !== "en") {
    return { ok: false, lang, error: "bad-lang", data: { value: langValue } };
  }
  const [command, file, extra] = positional;
  if (command === undefined) return { ok: true, help: true, lang };
  if (command !== "check" && command !== "import") {
    return { ok: false, lang, error: "unknown-command", data: { command } };
  }
  if (file === undefined) return { ok: false, lang, error: "missing-file-arg", data: {} };
  if (extra !== undefined) return { ok: false, lang, error: "extra-arg", data: { value: extra } };
  if (command === "import" && values.get("--out") === undefined) {
    return { ok: false, lang, error: "import-needs-out", data: { file } };
  }
  if (dropdowns && (command !== "check" || values.get("--out") === undefined)) {
    return { ok: false, lang, error: "dropdowns-needs-out", data: { file } };
  }
  return {
    ok: true,
    args: {
      command,
      file,
      sheet: values.get("--sheet"),
      planPeriod: values.get("--plan-period"),
      asOf: values.get("--as-of"),
      json,
      out: values.get("--out"),
      lang,
      agencies: values.get("--agencies"),
      verbose,
      showAccepted,
      ...(dropdowns ? { dropdowns } : {}),
    },
  };
}
