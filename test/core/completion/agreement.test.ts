/**
 * Acceptance: the completion figures agree to the unit between the command line, the summary sheet it writes,
 * the task pane's table and the worksheet functions, on the same workbook (the tracking sheet fixture: joint and
 * collective leads, spelling variants and aliases, date cells, indicative and milestone deadlines, unknown
 * statuses). Any surface that diverges on any agency or figure fails this test. The words (severities, sections,
 * the figures' names) and the totals are held to agree in agreement-words.test.tsx, on the 2024 seed example and a
 * corpus appendix with sub-rows.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../../src/cli/main";
import { PUBLIC_FIGURES, TOTAL_LABELS, type PublicFigure } from "../../../src/core/completion/labels";
import { completion as COMPLETION, summary as SUMMARY } from "../../../src/functions/functions";
import { FunctionError } from "../../../src/functions/completion";
import { progressRows } from "../../../src/taskpane/progress/model";
import { defaultServices } from "../../../src/taskpane/services";
import { rangeValues } from "./range-values";
import { SUMMARY_SHEET } from "../../../src/workbook/summary";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { TRACKING_AS_OF, TRACKING_MERGES, trackingRows } from "../../fixtures/completion";

const SHEET = "Theo dõi";
const DATES = [TRACKING_AS_OF, "2024-04-30", "2024-12-31"];

type Figures = Record<PublicFigure, number> & { rate: number | null };
/** Agency → figures; the total under TOTAL. */
type Surface = Map<string, Figures>;
const TOTAL = "\u0000total";

const round4 = (r: number | null): number | null => (r === null ? null : Math.round(r * 10000) / 10000);

function figures(get: (f: PublicFigure) => unknown, rate: unknown): Figures {
  const out = Object.fromEntries(PUBLIC_FIGURES.map((f) => [f, Number(get(f))])) as Record<PublicFigure, number>;
  return { ...out, rate: rate === null || rate === undefined || rate === "" ? null : round4(Number(rate)) };
}

let dir: string;
let input: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "roviec-agreement-"));
  input = path.join(dir, "theo-doi.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  trackingRows().forEach((r, i) => {
    r.forEach((v, j) => {
      if (v === undefined || v === null || v === "") return;
      const c = ws.getCell(i + 1, j + 1);
      c.value = v as ExcelJS.CellValue;
      if (v instanceof Date) c.numFmt = "dd/mm/yyyy";
    });
  });
  for (const m of TRACKING_MERGES) ws.mergeCells(m);
  await wb.xlsx.writeFile(input);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface CliAgency extends Record<PublicFigure, number> {
  agency: string;
  rate: number | null;
}

/** (a) The command line: `check --as-of D --json --out out.xlsx`. */
async function viaCli(asOf: string, out: string): Promise<Surface> {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await run(["check", input, "--as-of", asOf, "--json", "--out", out], {
    out: (s) => lines.push(s),
    err: (s) => errors.push(s),
  });
  expect(errors).toEqual([]);
  expect(code).not.toBe(2);
  const json = JSON.parse(lines.join("\n")) as { completion: { agencies: CliAgency[]; total: CliAgency } };
  const s: Surface = new Map();
  for (const a of json.completion.agencies)
    s.set(
      a.agency,
      figures((f) => a[f], a.rate),
    );
  s.set(
    TOTAL,
    figures((f) => json.completion.total[f], json.completion.total.rate),
  );
  return s;
}

/** (b) The summary sheet the command line wrote. */
async function viaSheet(out: string): Promise<Surface> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(SUMMARY_SHEET.vi);
  if (!ws) throw new Error("no summary sheet");
  const s: Surface = new Map();
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const name = String(row.getCell(1).value ?? "");
    if (name === "") continue;
    const f = figures(
      (fig) => row.getCell(2 + PUBLIC_FIGURES.indexOf(fig)).value,
      row.getCell(2 + PUBLIC_FIGURES.length).value,
    );
    s.set(name === TOTAL_LABELS.vi ? TOTAL : name, f);
  }
  return s;
}

/** (c) The task pane: what ProgressView renders, from the same port read and services it uses. */
async function viaPane(asOf: string): Promise<Surface> {
  const port = await XlsxWorkbook.fromBuffer(await fs.readFile(input));
  const sheet = await port.activeSheet();
  const grid = await port.readGrid(sheet ?? SHEET);
  const info = await defaultServices.loadDirectory(port);
  const result = defaultServices.check(grid, { asOf, lang: "vi", directory: info.directory });
  if (!result.ok || !result.report.completion) throw new Error("pane: no completion");
  const { rows, total } = progressRows(result.report.completion);
  const s: Surface = new Map();
  for (const r of rows)
    s.set(
      r.agency,
      figures((f) => r.figures[f], r.rate),
    );
  s.set(
    TOTAL,
    figures((f) => total.figures[f], total.rate),
  );
  return s;
}

/** (d) ROVIEC.SUMMARY over the range. */
function viaSummary(values: unknown[][], asOf: string): Surface {
  const table = SUMMARY(values, asOf);
  const s: Surface = new Map();
  for (const row of table.slice(1)) {
    const name = String(row[0]);
    s.set(
      name === TOTAL_LABELS.vi ? TOTAL : name,
      figures((f) => row[1 + PUBLIC_FIGURES.indexOf(f)], row[1 + PUBLIC_FIGURES.length]),
    );
  }
  return s;
}

/** (d) ROVIEC.COMPLETION per agency: the rate, or #N/A exactly when nothing is due. */
function completionRates(values: unknown[][], asOf: string, agencies: readonly string[]): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const a of agencies) {
    try {
      out.set(a, round4(COMPLETION(values, a, asOf)));
    } catch (e) {
      if (!(e instanceof FunctionError) || e.code !== "#N/A") throw e;
      out.set(a, null);
    }
  }
  return out;
}

describe.each(DATES)("as of %s, every surface gives the same figures", (asOf) => {
  let cli: Surface;
  let values: unknown[][];

  beforeAll(async () => {
    const out = path.join(dir, `out-${asOf}.xlsx`);
    cli = await viaCli(asOf, out);
    values = await rangeValues(input, SHEET);
  });

  it("the command line's figures are the fixture's (a meaningful comparison)", () => {
    const total = cli.get(TOTAL)!;
    expect(total.assigned).toBe(22);
    expect(cli.size).toBeGreaterThan(10);
    expect([...cli.values()].filter((f) => f.rate !== null).length).toBeGreaterThan(3);
  });

  it("the summary sheet agrees with the command line", async () => {
    expect(await viaSheet(path.join(dir, `out-${asOf}.xlsx`))).toEqual(cli);
  });

  it("the task pane agrees with the command line", async () => {
    expect(await viaPane(asOf)).toEqual(cli);
  });

  it("ROVIEC.SUMMARY agrees with the command line", () => {
    expect(viaSummary(values, asOf)).toEqual(cli);
  });

  it("ROVIEC.COMPLETION gives every agency's rate to 4 decimals, #N/A when nothing is due", () => {
    const agencies = [...cli.keys()].filter((k) => k !== TOTAL);
    const rates = completionRates(values, asOf, agencies);
    expect(Object.fromEntries(rates)).toEqual(Object.fromEntries(agencies.map((a) => [a, cli.get(a)!.rate])));
  });
});
