#!/usr/bin/env node
/**
 * ro-viec: checks a task appendix in an .xlsx file from the command line.
 * Exit 0 when no errors, 1 when errors were found, 2 when the input cannot be checked (one clear line, no stack).
 */
import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import { defaultDirectory, checkGrid, pickSheet, publicReport, type Grid, type Lang } from "../core";
import { markFindings } from "../workbook/marking";
import { writeSummary } from "../workbook/summary";
import { WorkbookReadError, XlsxWorkbook } from "../workbook/xlsx";
import { isLegacyXls } from "../workbook/xlsx/errors";
import { readAgencyFile } from "./agency-file";
import { parseArgs, type CheckArgs } from "./args";
import { outputProblem, sameFile, WriteError, writeFileAtomic } from "./files";
import { formatText } from "./format";
import { t, type CliMessageId } from "./messages";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

class CliError extends Error {
  /** `text`: the one line the user reads; `detail`: the system's own text, shown with --verbose only. */
  constructor(
    readonly text: string,
    readonly detail?: string,
  ) {
    super(text);
  }
}

function fail(id: CliMessageId, lang: Lang, data: Record<string, string> = {}, detail?: string): never {
  throw new CliError(t(id, lang, data), detail);
}

function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

type ReadRefusals = Readonly<Record<"missing" | "folder" | "denied" | "loop" | "other", CliMessageId>>;

/** Why a file could not be read, as the catalogue says it. */
function readFailure(e: unknown, ids: ReadRefusals, file: string, lang: Lang): never {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const id =
    code === "ENOENT" || code === "ENOTDIR"
      ? ids.missing
      : code === "EISDIR"
        ? ids.folder
        : code === "EACCES" || code === "EPERM"
          ? ids.denied
          : code === "ELOOP"
            ? ids.loop
            : ids.other;
  fail(id, lang, { file }, errorText(e));
}

const INPUT_REFUSALS: ReadRefusals = {
  missing: "file-missing",
  folder: "file-is-folder",
  denied: "file-denied",
  loop: "file-link-loop",
  other: "file-unreadable",
};

const AGENCY_REFUSALS: ReadRefusals = {
  missing: "agencies-missing",
  folder: "agencies-is-folder",
  denied: "agencies-denied",
  loop: "file-link-loop",
  other: "agencies-unreadable",
};

async function readInput(file: string, lang: Lang): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    readFailure(e, INPUT_REFUSALS, file, lang);
  }
}

async function openWorkbook(file: string, lang: Lang): Promise<XlsxWorkbook> {
  const bytes = await readInput(file, lang);
  if (bytes.length === 0) fail("empty-file", lang, { file });
  try {
    return await XlsxWorkbook.fromBuffer(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      if (e.code === "encrypted") fail("encrypted", lang, { file });
      if (e.code === "empty") fail("empty-workbook", lang, { file });
      if (e.code === "damaged") fail("damaged", lang, { file }, e.detail);
      if (isLegacyXls(bytes)) fail("legacy-xls", lang, { file });
      fail("not-a-workbook", lang, { file }, e.detail);
    }
    fail("damaged", lang, { file }, errorText(e));
  }
}

async function loadDirectory(file: string | undefined, lang: Lang) {
  const base = defaultDirectory();
  if (file === undefined) return base;
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    readFailure(e, AGENCY_REFUSALS, file, lang);
  }
  const read = readAgencyFile(text, lang);
  if (!read.ok) fail(read.id, lang, { file, ...read.data }, read.detail || undefined);
  return base.extend(read.entries);
}

/** Failures that are about an option's value, not about the file. */
const OPTION_FAILURES = new Set(["bad-plan-period", "bad-as-of", "bad-rule-options", "unknown-rule"]);

/** A message about the file's content, led by the file's name. */
function inFile(file: string, message: string): string {
  return `“${path.basename(file)}”: ${message}`;
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  const lang = args.lang;
  if (args.out !== undefined) {
    if (await sameFile(args.out, args.file)) fail("out-is-input", lang, { file: args.out });
    const problem = await outputProblem(args.out);
    if (problem) fail("out-failed", lang, { file: args.out, cause: t(`cause-${problem}`, lang) });
  }
  const directory = await loadDirectory(args.agencies, lang);
  const workbook = await openWorkbook(args.file, lang);
  const sheets = await workbook.listSheets();
  if (sheets.length === 0) fail("empty-workbook", lang, { file: args.file });
  const grids: Grid[] = [];
  for (const s of sheets) grids.push(await workbook.readGrid(s.name));
  const picked = pickSheet(grids, args.sheet, lang);
  if (!picked.ok) throw new CliError(inFile(args.file, picked.message));

  const result = checkGrid(picked.grid, {
    planPeriod: args.planPeriod,
    asOf: args.asOf,
    lang,
    directory,
    file: path.basename(args.file),
  });
  if (!result.ok)
    throw new CliError(OPTION_FAILURES.has(result.failure.reason) ? result.message : inFile(args.file, result.message));

  if (args.json) io.out(JSON.stringify(publicReport(result.report), null, 2));
  else io.out(formatText(result, path.basename(args.file), lang));

  if (args.out !== undefined) {
    let bytes: Uint8Array;
    try {
      await markFindings(workbook, picked.grid.sheet, result.report.findings, lang);
      if (result.report.completion) await writeSummary(workbook, result.report.completion, lang);
      bytes = await workbook.toBuffer();
    } catch (e) {
      fail("out-failed", lang, { file: args.out, cause: t("cause-other", lang) }, errorText(e));
    }
    // Checked again just before writing: the output may have become a link to the input meanwhile.
    if (await sameFile(args.out, args.file)) fail("out-is-input", lang, { file: args.out });
    try {
      await writeFileAtomic(args.out, bytes);
    } catch (e) {
      const cause = e instanceof WriteError ? e.reason : "other";
      fail("out-failed", lang, { file: args.out, cause: t(`cause-${cause}`, lang) }, errorText(e));
    }
    if (!args.json) io.out(t("written", lang, { file: args.out }));
  }
  return result.report.valid ? 0 : 1;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(t(parsed.error, parsed.lang, parsed.data));
    return 2;
  }
  if ("help" in parsed) {
    io.out(t("usage", parsed.lang));
    return 0;
  }
  if ("version" in parsed) {
    io.out(version());
    return 0;
  }
  const { lang, verbose, file } = parsed.args;
  try {
    return await check(parsed.args, io);
  } catch (e) {
    const error = e instanceof CliError ? e : new CliError(t("check-failed", lang, { file }), errorText(e));
    io.err(verbose && error.detail ? `${error.text} [${oneLine(error.detail)}]` : error.text);
    return 2;
  }
}

/** A system text on one line, at most 300 characters. */
function oneLine(s: string): string {
  const line = s.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** The version of package.json (two folders up from src/cli and from lib/cli alike), read when asked. */
function version(): string {
  const text = readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8");
  return String((JSON.parse(text) as { version?: unknown }).version ?? "");
}

if (require.main === module) {
  run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + "\n"),
    err: (s) => process.stderr.write(s + "\n"),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // An unexpected failure still ends with one line, not a stack trace.
      process.stderr.write(`ro-viec: ${oneLine((e as Error)?.message ?? String(e))}\n`);
      process.exitCode = 2;
    },
  );
}
