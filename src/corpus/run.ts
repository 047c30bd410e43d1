/**
 * The corpus measure: builds each labelled appendix as a workbook, reads it back through the exceljs adapter as
 * the command line does, checks it with the default directory, and scores the findings against the labels.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { checkGrid, type Finding, type Report } from "../core";
import { XlsxWorkbook } from "../workbook/xlsx";
import { buildWorkbook } from "./build";
import { labelFileSchema, type LabelFile } from "./labels";
import { scoreFile, type FileScore } from "./score";
import { parseCorpusTsv } from "./tsv";

/** test/corpus, from src/corpus (ts-jest) and from lib/corpus (built). */
export const CORPUS_DIR = path.resolve(__dirname, "../../test/corpus");

export interface FileResult {
  readonly name: string;
  readonly labels: LabelFile;
  /** The report; absent when the appendix could not be read (every expected label then counts as missed). */
  readonly report?: Report;
  /** Why the appendix could not be read. */
  readonly failure?: string;
  readonly score: FileScore;
}

export interface CorpusResult {
  readonly files: readonly FileResult[];
  readonly tasks: number;
  readonly expected: number;
  readonly met: number;
  readonly recall: number;
  readonly falseFindings: number;
}

export async function readLabels(dir = CORPUS_DIR): Promise<Array<{ name: string; labels: LabelFile }>> {
  const names = (await fs.readdir(path.join(dir, "labels"))).filter((n) => n.endsWith(".json")).sort();
  const out: Array<{ name: string; labels: LabelFile }> = [];
  for (const n of names) {
    const text = await fs.readFile(path.join(dir, "labels", n), "utf8");
    const parsed = labelFileSchema.safeParse(JSON.parse(text));
    if (!parsed.success)
      throw new Error(`${n}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    out.push({ name: n.replace(/\.json$/, ""), labels: parsed.data });
  }
  return out;
}

/** Builds the appendix's workbook, writes and re-reads it as a file, and checks the sheet. */
export async function checkAppendix(
  labels: LabelFile,
  dir = CORPUS_DIR,
): Promise<{ report: Report } | { failure: string }> {
  const text = await fs.readFile(path.join(dir, "appendices", labels.file), "utf8");
  const built = buildWorkbook(parseCorpusTsv(text), labels.layout);
  const bytes = new Uint8Array(await built.workbook.xlsx.writeBuffer());
  const book = await XlsxWorkbook.fromBuffer(bytes);
  const grid = await book.readGrid(built.sheetName);
  const result = checkGrid(grid, { file: labels.file });
  return result.ok ? { report: result.report } : { failure: result.message };
}

export async function runCorpus(dir = CORPUS_DIR): Promise<CorpusResult> {
  const files: FileResult[] = [];
  for (const { name, labels } of await readLabels(dir)) {
    const checked = await checkAppendix(labels, dir);
    if ("report" in checked) {
      files.push({ name, labels, report: checked.report, score: scoreFile(checked.report.findings, labels) });
    } else {
      files.push({ name, labels, failure: checked.failure, score: scoreFile([], labels) });
    }
  }
  const expected = files.reduce((n, f) => n + f.score.expected, 0);
  const met = files.reduce((n, f) => n + f.score.met, 0);
  return {
    files,
    tasks: files.reduce((n, f) => n + (f.report?.stats.tasks ?? 0), 0),
    expected,
    met,
    recall: expected === 0 ? 1 : met / expected,
    falseFindings: files.reduce((n, f) => n + f.score.falseFindings.length, 0),
  };
}

export function describeFinding(f: Finding): string {
  const related = f.related && f.related.length > 0 ? ` (+${f.related.map((r) => r.row).join(",")})` : "";
  return `${f.cell} ${f.severity} ${f.rule}${related}: ${f.message}`;
}
