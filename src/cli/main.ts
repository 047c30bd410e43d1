#!/usr/bin/env node
/**
 * ro-viec: checks a task appendix in an .xlsx or .docx file (or a task list written as prose) from the command line.
 * Exit 0 when no errors, 1 when errors were found, 2 when the input cannot be checked (one clear line, no stack).
 */
import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import {
  applyAcceptances,
  defaultDirectory,
  checkGrid,
  pickSheet,
  publicFinding,
  publicReport,
  type AgencyDirectory,
  type Finding,
  type Lang,
  type Report,
} from "../core";
import { createDropdowns, markFindings, readAcceptances, type CheckedTable } from "../workbook/marking";
import { writeSummary } from "../workbook/summary";
import { writeBufferOnce } from "../workbook/xlsx/lean-write";
import type { XlsxWorkbook } from "../workbook/xlsx";
import { readAgencyFile } from "./agency-file";
import { parseArgs, type CheckArgs } from "./args";
import { checkOutput, writeOutput } from "./output";
import { formatText } from "./format";
import { AGENCY_REFUSALS, CliError, errorText, fail, inFile, readFailure } from "./errors";
import { runImport } from "./import";
import { openSource, placesOf, sourceNote } from "./sources";
import type { Io } from "./io";
import { t } from "./messages";
import { wordFinding, wordTablesJson } from "./word-report";

export type { Io } from "./io";

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

/** What writing the annotated copy needs of a check: the workbook and the report, not the grids or the analysis. */
interface Checked {
  readonly workbook?: XlsxWorkbook;
  readonly sheet: string;
  /** The report less the accepted findings. */
  readonly report: Report;
  /** The completion figures of the whole check. */
  readonly completion?: Report["completion"];
  /** The checked table, kept only when dropdown lists are asked for (`--dropdowns`). */
  readonly table?: CheckedTable;
}

/**
 * Reads the file, checks the sheet holding the appendix and prints the report. Only the workbook and the report
 * leave this function: the grids and the analysis (a few hundred MB on 100,000 rows) can be freed before the
 * annotated copy is written.
 */
async function checkSource(args: CheckArgs, directory: AgencyDirectory, io: Io): Promise<Checked> {
  const lang = args.lang;
  const source = await openSource(args.file, lang, directory);
  const { workbook, grids } = source;
  if (args.out !== undefined && !workbook) fail("out-not-xlsx", lang, { file: args.file });
  const picked = pickSheet(grids, args.sheet, lang);
  if (!picked.ok) throw new CliError(inFile(args.file, picked.message));

  const result = checkGrid(picked.grid, {
    planPeriod: args.planPeriod,
    asOf: args.asOf,
    lang,
    directory,
    file: path.basename(args.file),
    source: source.kind,
  });
  if (!result.ok)
    throw new CliError(OPTION_FAILURES.has(result.failure.reason) ? result.message : inFile(args.file, result.message));

  // Findings accepted in the workbook (its state sheet) are set aside: not listed, not counted, not marked.
  const view = applyAcceptances(result.report, picked.grid, workbook ? await readAcceptances(workbook) : []);
  const report = view.report;
  // A table read from Word: places named as the document's tables, rows and columns.
  const places = placesOf(source, picked.grid);
  if (args.json) {
    const converted = source.converted.length > 0 ? { converted: source.converted } : {};
    const finding = (f: Finding) => (places ? wordFinding(f, lang, places) : publicFinding(f));
    const accepted = view.accepted.map((a) => ({ ...finding(a.finding), reason: a.acceptance.reason }));
    const extra = args.showAccepted ? { accepted } : view.accepted.length > 0 ? { acceptedCount: accepted.length } : {};
    const pub = publicReport(report);
    const json = places
      ? { ...pub, table: { ...pub.table, ...wordTablesJson(places) }, findings: report.findings.map(finding) }
      : pub;
    io.out(JSON.stringify({ ...json, ...converted, ...extra }, null, 2));
  } else {
    const file = path.basename(args.file);
    io.out(formatText({ ...result, report }, file, lang, view.accepted, args.showAccepted, places));
    const note = sourceNote(source, lang);
    if (note) io.out(note);
  }
  const table = args.dropdowns
    ? { analysis: result.analysis, planPeriod: result.planPeriod, directory: result.directory }
    : undefined;
  return { workbook, sheet: picked.grid.sheet, report, completion: result.report.completion, table };
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  const lang = args.lang;
  if (args.out !== undefined) await checkOutput(args.out, args.file, lang);
  const directory = await loadDirectory(args.agencies, lang);
  const { workbook, sheet, report, completion, table } = await checkSource(args, directory, io);

  if (args.out !== undefined && workbook) {
    let made: { cells: number; leftAlone: number } | undefined;
    await writeOutput(args.out, args.file, lang, async () => {
      await markFindings(workbook, sheet, report.findings, lang);
      if (completion) await writeSummary(workbook, completion, lang);
      if (table) made = await createDropdowns(workbook, table, lang);
      return workbook.toBuffer(writeBufferOnce);
    });
    if (!args.json) {
      io.out(t("written", lang, { file: args.out }));
      if (made) io.out(t("dropdowns-written", lang, { count: made.cells, left: made.leftAlone }));
    }
  }
  return report.valid ? 0 : 1;
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
    if (parsed.args.command === "import") {
      return await runImport(parsed.args, io, await loadDirectory(parsed.args.agencies, lang));
    }
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
