/**
 * `ro-viec import FILE.docx|FILE.txt --out FILE.xlsx`: the appendix of a Word file (its table, or its task list
 * written as prose) written as a formatted appendix sheet, ready to check and track. Lines of a prose list that
 * could not be placed are listed, never dropped silently. Nothing is written when reading fails.
 */
import * as path from "node:path";
import { checkGrid, pickSheet, type AgencyDirectory, type Lang } from "../core";
import { writeAppendixSheet } from "../workbook/appendix-sheet";
import { XlsxWorkbook } from "../workbook/xlsx";
import type { CheckArgs } from "./args";
import { CliError, fail, inFile } from "./errors";
import { checkOutput, writeOutput } from "./output";
import { t } from "./messages";
import { kindOf, openSource, sourceNote } from "./sources";
import type { Io } from "./io";

export async function runImport(args: CheckArgs, io: Io, directory: AgencyDirectory): Promise<number> {
  const lang: Lang = args.lang;
  const out = args.out ?? "";
  if (kindOf(args.file) === "xlsx") fail("import-not-word", lang, { file: args.file });
  if (path.extname(out).toLowerCase() !== ".xlsx") fail("import-out-not-xlsx", lang, { file: out });
  await checkOutput(out, args.file, lang);

  const source = await openSource(args.file, lang, directory);
  const picked = pickSheet(source.grids, args.sheet, lang);
  if (!picked.ok) throw new CliError(inFile(args.file, picked.message));
  const grid = picked.grid;
  const checked = checkGrid(grid, { directory, lang });
  if (!checked.ok) throw new CliError(inFile(args.file, checked.message));
  const { headerRow, numberRow } = checked.analysis.table;
  const book = XlsxWorkbook.create();
  await writeAppendixSheet(book, grid, { headerRow, ...(numberRow !== undefined ? { numberRow } : {}) });
  await writeOutput(out, args.file, lang, () => book.toBuffer());
  const { tasks, sections } = checked.report.stats;
  io.out(t("imported", lang, { file: out, tasks: String(tasks), sections: String(sections) }));
  const unplaced = source.prose?.unplaced ?? [];
  if (unplaced.length > 0) {
    io.out(t("import-unplaced", lang, { n: String(unplaced.length) }));
    for (const u of unplaced) io.out(t("import-unplaced-line", lang, { line: String(u.line), text: u.text }));
  }
  const note = sourceNote(source, lang);
  if (note) io.out(note);
  return 0;
}
