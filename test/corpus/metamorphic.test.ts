/**
 * Metamorphic layout test: the real appendices of the corpus, laid out differently without changing what they
 * say, must give the same findings — the same rule and message on the same cells, carried through the
 * transformation. A reading that holds only for the layout it was built on fails here.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { checkGrid, defaultDirectory, type Finding, type Grid } from "../../src/core";
import { documentIssuer } from "../../src/core/agencies/issuer";
import { buildWorkbook } from "../../src/corpus/build";
import { CORPUS_DIR, readLabels } from "../../src/corpus/run";
import { parseCorpusTsv } from "../../src/corpus/tsv";
import { readWorksheetGrid } from "../../src/workbook/xlsx/read-grid";
import {
  blankRowAndColumn,
  columnNumbersRow,
  doubledTitles,
  headerLinesAndCase,
  noBold,
  notesColumn,
  reverseColumns,
  rotateColumns,
  sectionsUnmerged,
  startAtB3,
  twoRowHeader,
  withoutTitles,
  type TableShape,
  type Transformed,
} from "./layout";

interface Original {
  readonly name: string;
  readonly grid: Grid;
  readonly shape: TableShape;
  readonly findings: readonly Finding[];
  readonly tasks: number;
  /** The lead and co-operating columns, when the table has both. */
  readonly pair?: readonly [number, number];
  /** The plan period read from the title ("2025-2030"), which a user gives when the title is gone. */
  readonly titlePeriod?: string;
  /** The title names the issuing body (whose own units are then known): content that goes with the title. */
  readonly issuerInTitle: boolean;
}

let originals: Original[] = [];

beforeAll(async () => {
  originals = [];
  for (const { name, labels } of await readLabels()) {
    const text = await fs.readFile(path.join(CORPUS_DIR, "appendices", labels.file), "utf8");
    const built = buildWorkbook(parseCorpusTsv(text), labels.layout);
    const grid = readWorksheetGrid(built.workbook.getWorksheet(built.sheetName)!, false);
    const result = checkGrid(grid);
    if (!result.ok) throw new Error(`${name}: ${result.message}`);
    const table = result.analysis.table;
    const lead = table.columns.lead?.col;
    const coLead = table.columns.coLead?.col;
    const p = result.report.planPeriod;
    originals.push({
      name,
      grid,
      shape: { headerRows: table.headerRows, lastCol: table.lastCol },
      findings: result.report.findings,
      tasks: result.report.stats.tasks,
      issuerInTitle:
        documentIssuer(
          table.titleRows.map((t) => t.text),
          defaultDirectory(),
        ) !== undefined,
      pair: lead !== undefined && coLead !== undefined ? [lead, coLead] : undefined,
      titlePeriod:
        p && p.source === "title"
          ? p.from.slice(0, 4) === p.to.slice(0, 4)
            ? p.from.slice(0, 4)
            : `${p.from.slice(0, 4)}-${p.to.slice(0, 4)}`
          : undefined,
    });
  }
}, 60000);

/** A finding as a reviewer points to it: rule, message, cell, and the other rows named. */
function key(
  f: Finding,
  row: (r: number) => number | undefined = (r) => r,
  col = (c: number): number | undefined => c,
) {
  const related = (f.related ?? []).map((r) => row(r.row)).sort((a, b) => (a ?? 0) - (b ?? 0));
  return `${f.rule}/${f.messageId} @${row(f.row)}:${col(f.col)}${related.length ? ` +${related.join(",")}` : ""}`;
}

type Transformation = (o: Original) => { readonly t: Transformed; readonly planPeriod?: string } | undefined;

const TRANSFORMATIONS: ReadonlyArray<readonly [string, Transformation]> = [
  ["columns after the first in reverse order", (o) => ({ t: reverseColumns(o.grid, o.shape) })],
  ["columns after the first rotated", (o) => ({ t: rotateColumns(o.grid, o.shape) })],
  ["title rows doubled", (o) => ({ t: doubledTitles(o.grid, o.shape) })],
  [
    // (an appendix whose title names its issuer loses that with the title: left out)
    "title rows removed (the plan period given, as a user would)",
    (o) => (o.issuerInTitle ? undefined : { t: withoutTitles(o.grid, o.shape), planPeriod: o.titlePeriod }),
  ],
  [
    "a two-row header (cells merged down, a group over lead and co-operating)",
    (o) => (o.shape.headerRows.length === 1 ? { t: twoRowHeader(o.grid, o.shape, o.pair) } : undefined),
  ],
  ["a blank column and blank rows inserted", (o) => ({ t: blankRowAndColumn(o.grid, o.shape) })],
  ["an unrelated “Ghi chú” column", (o) => ({ t: notesColumn(o.grid, o.shape) })],
  ["the table starting at B3", (o) => ({ t: startAtB3(o.grid) })],
  ["header text in capitals, broken over lines", (o) => ({ t: headerLinesAndCase(o.grid, o.shape) })],
  ["a row of column numbers under the header", (o) => ({ t: columnNumbersRow(o.grid, o.shape) })],
  ["section rows not merged (bold only)", (o) => ({ t: sectionsUnmerged(o.grid, o.shape) })],
  ["no bold anywhere (merges only)", (o) => ({ t: noBold(o.grid) })],
];

describe.each(TRANSFORMATIONS)("the corpus laid out with %s", (_, transform) => {
  it("gives the same findings on the same cells, for every appendix", () => {
    expect(originals).toHaveLength(12);
    const differences: string[] = [];
    for (const o of originals) {
      const made = transform(o);
      if (!made) continue;
      const { t, planPeriod } = made;
      const same = (a: Grid, b: Grid) =>
        JSON.stringify([a.rows, a.merges, [...(a.bold ?? [])].sort()]) ===
        JSON.stringify([b.rows, b.merges, [...(b.bold ?? [])].sort()]);
      if (same(t.grid, o.grid)) differences.push(`${o.name}: the layout did not change`);
      const result = checkGrid(t.grid, planPeriod ? { planPeriod } : {});
      if (!result.ok) {
        differences.push(`${o.name}: not read (${result.message})`);
        continue;
      }
      if (result.report.stats.tasks !== o.tasks)
        differences.push(`${o.name}: ${result.report.stats.tasks} tasks, not ${o.tasks}`);
      const want = o.findings.map((f) => key(f, t.row, t.col)).sort();
      const got = result.report.findings.map((f) => key(f)).sort();
      const missing = want.filter((k) => !got.includes(k));
      const extra = got.filter((k) => !want.includes(k));
      for (const k of missing) differences.push(`${o.name}: lost ${k}`);
      for (const k of extra) differences.push(`${o.name}: new ${k}`);
    }
    expect(differences).toEqual([]);
  });
});
