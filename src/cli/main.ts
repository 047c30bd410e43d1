#!/usr/bin/env node
/**
 * ro-viec: checks a task appendix in an .xlsx file from the command line.
 * Exit 0 when no errors, 1 when errors were found, 2 when the input cannot be checked (one clear line, no stack).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseDirectoryData } from "../core/agencies/schema";
import { defaultDirectory } from "../core/agencies/default";
import { checkGrid, pickSheet } from "../core/engine";
import { publicReport } from "../core/public-report";
import type { Grid } from "../core/grid";
import type { Lang } from "../core/types";
import { markFindings } from "../workbook/marking";
import { writeSummary } from "../workbook/summary";
import { WorkbookReadError, XlsxWorkbook } from "../workbook/xlsx";
import { parseArgs, type CheckArgs } from "./args";
import { sameFile, WriteError, writeFileAtomic } from "./files";
import { formatText } from "./format";
import { t, type CliMessageId } from "./messages";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

class CliError extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

function fail(id: CliMessageId, lang: Lang, data: Record<string, string> = {}): never {
  throw new CliError(t(id, lang, data));
}

async function readInput(file: string, lang: Lang): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") fail("file-missing", lang, { file });
    fail("file-unreadable", lang, { file, detail: code ?? String(e) });
  }
}

async function openWorkbook(file: string, lang: Lang): Promise<XlsxWorkbook> {
  const bytes = await readInput(file, lang);
  try {
    return await XlsxWorkbook.fromBuffer(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      if (e.code === "encrypted") fail("encrypted", lang, { file });
      if (e.code === "empty") fail("empty-workbook", lang, { file });
    }
    fail("not-a-workbook", lang, { file });
  }
}

async function loadDirectory(file: string | undefined, lang: Lang) {
  const base = defaultDirectory();
  if (file === undefined) return base;
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    fail("agencies-missing", lang, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fail("agencies-bad-json", lang, { file, detail: (e as Error).message });
  }
  const parsed = parseDirectoryData(json, "user");
  if (!parsed.ok) fail("agencies-invalid", lang, { file, detail: parsed.errors.slice(0, 3).join("; ") });
  return base.extend(parsed.entries);
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  const lang = args.lang;
  if (args.out !== undefined && (await sameFile(args.out, args.file))) {
    fail("out-is-input", lang, { file: args.out });
  }
  const directory = await loadDirectory(args.agencies, lang);
  const workbook = await openWorkbook(args.file, lang);
  const sheets = await workbook.listSheets();
  if (sheets.length === 0) fail("empty-workbook", lang, { file: args.file });
  const grids: Grid[] = [];
  for (const s of sheets) grids.push(await workbook.readGrid(s.name));
  const picked = pickSheet(grids, args.sheet, lang);
  if (!picked.ok) throw new CliError(picked.message);

  const result = checkGrid(picked.grid, {
    planPeriod: args.planPeriod,
    asOf: args.asOf,
    lang,
    directory,
    file: path.basename(args.file),
  });
  if (!result.ok) throw new CliError(result.message);

  if (args.json) io.out(JSON.stringify(publicReport(result.report), null, 2));
  else io.out(formatText(result, path.basename(args.file), lang));

  if (args.out !== undefined) {
    let bytes: Uint8Array;
    try {
      await markFindings(workbook, picked.grid.sheet, result.report.findings, lang);
      if (result.report.completion) await writeSummary(workbook, result.report.completion, lang);
      bytes = await workbook.toBuffer();
    } catch (e) {
      fail("out-failed", lang, { file: args.out, cause: t("cause-other", lang), detail: (e as Error).message });
    }
    // Checked again just before writing: the output may have become a link to the input meanwhile.
    if (await sameFile(args.out, args.file)) fail("out-is-input", lang, { file: args.out });
    try {
      await writeFileAtomic(args.out, bytes);
    } catch (e) {
      const cause = e instanceof WriteError ? e.reason : "other";
      fail("out-failed", lang, { file: args.out, cause: t(`cause-${cause}`, lang), detail: (e as Error).message });
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
    io.out(VERSION);
    return 0;
  }
  try {
    return await check(parsed.args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.text);
      return 2;
    }
    throw e;
  }
}

const VERSION = "0.1.0";

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
      process.stderr.write(`ro-viec: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
