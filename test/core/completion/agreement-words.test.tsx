/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * Acceptance, words as well as figures (agreement.test.ts holds the figures to the unit on the tracking sheet):
 * the same workbook — the 2024 seed example, and a corpus appendix whose tasks run over sub-rows — gives the same
 * totals, the same words for the severities and for sections, and the same figures per agency in the command
 * line's output, the task pane (rendered in jsdom over the workbook itself), the findings sheet and the summary
 * sheet written into the workbook, and the worksheet functions, in Vietnamese and in English. Each surface's text
 * is read back through the glossary's words: a surface that spells a severity, a section or a figure its own way
 * yields no count for it and fails.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fireEvent, render, screen, waitFor, cleanup } from "@testing-library/react";
import ExcelJS from "exceljs";
import { run } from "../../../src/cli/main";
import { PUBLIC_FIGURES, formatRate, type PublicFigure } from "../../../src/core/completion/labels";
import { SEVERITIES } from "../../../src/core/severity";
import type { Lang, Severity } from "../../../src/core/types";
import { buildWorkbook } from "../../../src/corpus/build";
import { readLabels, CORPUS_DIR } from "../../../src/corpus/run";
import { parseCorpusTsv } from "../../../src/corpus/tsv";
import { summary as SUMMARY } from "../../../src/functions/functions";
import {
  FIGURE_TERMS,
  SEVERITY_GROUP_TERMS,
  SEVERITY_TERMS,
  SHEET_TERMS,
  TERMS,
  capitalised,
} from "../../../src/i18n/glossary";
import { translate } from "../../../src/i18n";
import { App } from "../../../src/taskpane/App";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { rangeValues } from "./range-values";

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, "../../..");
const LANGS: readonly Lang[] = ["vi", "en"];
const TOTAL = "\u0000total";

/** Counts read from a text through the glossary's words. */
interface Counts {
  readonly tasks?: number;
  readonly sections?: number;
  readonly bySeverity: Partial<Record<Severity, number>>;
}
type Figures = Record<PublicFigure, number> & { rate: string };
/** Agency → its figures (the rate as the surface's language writes it); the total under TOTAL. */
type Table = Map<string, Figures>;

interface Surfaces {
  readonly cli: { counts: Counts; severities: Severity[]; table: Table; header: string[] };
  readonly json: { stats: { tasks: number; sections: number; errors: number; warnings: number; infos: number } };
  readonly findingsSheet: { severities: Severity[]; header: string[] };
  readonly summarySheet: { table: Table; header: string[] };
  readonly functions: { table: Table; header: string[] };
  readonly pane: { counts: Counts; groups: Severity[]; table: Table; header: string[] };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "12 cảnh báo", "1 warning", "3 warnings", "Sections: 7": the number said with any of the words. */
function countBefore(text: string, words: readonly string[]): number | undefined {
  const w = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
  const m =
    new RegExp(`(\\d+)\\s+(?:${w})(?![\\p{L}])`, "iu").exec(text) ??
    new RegExp(`(?<![\\p{L}])(?:${w}):\\s*(\\d+)`, "iu").exec(text);
  return m ? Number(m[1]) : undefined;
}

function countsIn(text: string, lang: Lang): Counts {
  const bySeverity: Partial<Record<Severity, number>> = {};
  for (const s of SEVERITIES) {
    const n = countBefore(text, [SEVERITY_TERMS[s][lang], SEVERITY_GROUP_TERMS[s][lang]]);
    if (n !== undefined) bySeverity[s] = n;
  }
  return {
    tasks: countBefore(text, [TERMS.task[lang], TERMS.tasks[lang]]),
    sections: countBefore(text, [TERMS.section[lang], TERMS.sections[lang]]),
    bySeverity,
  };
}

/** The severity a word names, by the glossary; undefined for a word of its own. */
function severityOf(word: string, lang: Lang): Severity | undefined {
  const w = word.trim().toLocaleLowerCase("vi");
  return SEVERITIES.find((s) => w === SEVERITY_TERMS[s][lang] || w === SEVERITY_GROUP_TERMS[s][lang]);
}

const figureHeader = (lang: Lang): string[] => [
  FIGURE_TERMS.agency[lang],
  ...PUBLIC_FIGURES.map((f) => FIGURE_TERMS[f][lang]),
  FIGURE_TERMS.rate[lang],
];

const digits = (s: unknown): number => Number(String(s).replace(/[^\d]/g, ""));

function tableFrom(rows: readonly (readonly unknown[])[], lang: Lang, rateOf: (v: unknown) => string): Table {
  const t: Table = new Map();
  for (const r of rows) {
    const name = String(r[0]);
    const figures = {
      ...(Object.fromEntries(PUBLIC_FIGURES.map((f, i) => [f, digits(r[1 + i])])) as Record<PublicFigure, number>),
      rate: rateOf(r[1 + PUBLIC_FIGURES.length]),
    };
    t.set(name === FIGURE_TERMS.total[lang] ? TOTAL : name, figures);
  }
  return t;
}

const numberRate = (lang: Lang) => (v: unknown) =>
  formatRate(v === null || v === undefined || v === "" ? null : Number(v), lang);

/* ------------------------------------------------------------------ the surfaces */

async function viaCli(file: string, asOf: string, lang: Lang, out: string) {
  const lines: string[] = [];
  const code = await run(["check", file, "--as-of", asOf, "--lang", lang, "--out", out], {
    out: (s) => lines.push(...s.split("\n")),
    err: (s) => lines.push(s),
  });
  expect(code).not.toBe(2);
  const totalsLine = lines.find((l) => l.startsWith(lang === "vi" ? "Tổng:" : "Total:")) ?? "";
  const severities = lines
    .filter((l) => /^[A-Z]+\d+\s/.test(l))
    .map((l) => severityOf(l.slice(8, 18), lang) ?? (`?${l.slice(8, 18).trim()}` as Severity));
  const headerAt = lines.findIndex((l) => l.startsWith(FIGURE_TERMS.agency[lang]));
  const rows = lines
    .slice(headerAt + 1)
    .filter((l) => l.trim() !== "" && !l.startsWith(lang === "vi" ? "Đã ghi" : "Annotated"));
  const table = tableFrom(
    rows.map((l) => l.trim().split(/\s{2,}/)),
    lang,
    (v) => String(v),
  );
  const header = lines[headerAt]?.trim().split(/\s{2,}/) ?? [];
  const json: string[] = [];
  await run(["check", file, "--as-of", asOf, "--lang", lang, "--json"], { out: (s) => json.push(s), err: () => {} });
  return { cli: { counts: countsIn(totalsLine, lang), severities, table, header }, json: JSON.parse(json.join("\n")) };
}

async function viaSheets(out: string, lang: Lang) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const values = (name: string): unknown[][] => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };
  const findings = values(SHEET_TERMS.findings[lang]);
  const summary = values(SHEET_TERMS.summary[lang]);
  return {
    findingsSheet: {
      header: findings[0].map(String),
      severities: findings.slice(1).map((r) => severityOf(String(r[2]), lang) ?? (`?${String(r[2])}` as Severity)),
    },
    summarySheet: { header: summary[0].map(String), table: tableFrom(summary.slice(1), lang, numberRate(lang)) },
  };
}

async function viaFunctions(file: string, asOf: string, lang: Lang) {
  const g = globalThis as { Office?: unknown };
  g.Office = { context: { displayLanguage: lang === "en" ? "en-US" : "vi-VN" } };
  try {
    const table = SUMMARY(await rangeValues(file, "Phụ lục"), asOf);
    return { header: table[0].map(String), table: tableFrom(table.slice(1), lang, numberRate(lang)) };
  } finally {
    delete g.Office;
  }
}

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

/** The text of an element as a reader sees it: each piece of text apart from the next. */
function words(el: Element | null): string {
  const out: string[] = [];
  const walker = document.createTreeWalker(el ?? document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.textContent ?? "");
  return out.join(" ").replace(/\s+/g, " ").trim();
}

async function viaPane(file: string, asOf: string, lang: Lang) {
  const port = await XlsxWorkbook.fromBuffer(await fs.readFile(file));
  render(<App port={port} theme="light" lang={lang} />);
  fireEvent.click(await screen.findByTestId("check"));
  await screen.findByTestId("finding-count", {}, { timeout: 60_000 });
  const summary = document.querySelector(`section[aria-label="${translate(lang, "summary.label")}"]`);
  const counts = countsIn(words(summary), lang);
  const groups = Array.from(document.querySelectorAll("[data-severity-group] h2 span")).map(
    (el) => severityOf(text(el), lang) ?? (`?${text(el)}` as Severity),
  );
  fireEvent.click(screen.getByRole("tab", { name: lang === "vi" ? "Tiến độ" : "Progress" }));
  fireEvent.change(await screen.findByTestId("progress-as-of"), { target: { value: asOf } });
  await screen.findByTestId("progress-table", {}, { timeout: 60_000 });
  const rowOf = (r: Element) =>
    ["agency", ...PUBLIC_FIGURES, "rate"].map((f) => text(r.querySelector(`[data-figure="${f}"]`)));
  let table: Table = new Map();
  await waitFor(
    () => {
      const rows = Array.from(
        document.querySelectorAll('[data-testid="progress-row"], [data-testid="progress-total"]'),
      );
      table = tableFrom(rows.map(rowOf), lang, (v) => String(v));
      expect(table.has(TOTAL)).toBe(true);
    },
    { timeout: 30_000 },
  );
  const header = Array.from(document.querySelectorAll('[data-testid="progress-table"] th')).map((th) => text(th));
  cleanup();
  return { counts, groups, table, header };
}

/* ------------------------------------------------------------------ the workbooks */

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "roviec-agreement-words-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A corpus appendix whose tasks run over sub-rows (QĐ 2530, appendix I), built as a clerk's workbook. */
async function corpusWorkbook(): Promise<string> {
  const labels = (await readLabels()).find((l) => l.name === "ttg-2530-khong-khi-pl1")!.labels;
  const tsv = await fs.readFile(path.join(CORPUS_DIR, "appendices", labels.file), "utf8");
  const file = path.join(dir, "ttg-2530-pl1.xlsx");
  await buildWorkbook(parseCorpusTsv(tsv), labels.layout).workbook.xlsx.writeFile(file);
  return file;
}

const WORKBOOKS = [
  {
    name: "the 2024 seed example",
    file: async () => path.join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx"),
    asOf: "2024-12-31",
  },
  { name: "a corpus appendix with sub-rows", file: corpusWorkbook, asOf: "2026-12-31" },
] as const;

describe.each(WORKBOOKS)("on $name", ({ file: make, asOf }) => {
  describe.each(LANGS)("in %s", (lang) => {
    let s: Surfaces;

    beforeAll(async () => {
      const file = await make();
      const out = path.join(dir, `out-${path.basename(file, ".xlsx")}-${lang}.xlsx`);
      const cli = await viaCli(file, asOf, lang, out);
      s = {
        ...cli,
        ...(await viaSheets(out, lang)),
        functions: await viaFunctions(file, asOf, lang),
        pane: await viaPane(file, asOf, lang),
      };
    });

    it("has findings of more than one severity, tasks, sections and agencies to compare", () => {
      const st = s.json.stats;
      expect(st.tasks).toBeGreaterThan(20);
      expect(st.sections).toBeGreaterThan(5);
      expect(st.errors + st.warnings + st.infos).toBeGreaterThan(2);
      expect(new Set(s.cli.severities).size).toBeGreaterThan(1);
      expect(s.cli.table.size).toBeGreaterThan(3);
    });

    it("gives the same totals and names the tasks and sections alike in the command line and the pane", () => {
      const st = s.json.stats;
      const expected: Counts = {
        tasks: st.tasks,
        sections: st.sections,
        bySeverity: { error: st.errors, warning: st.warnings, info: st.infos },
      };
      expect(s.cli.counts).toEqual(expected);
      expect(s.pane.counts).toEqual(expected);
    });

    it("names every finding's severity with the glossary's word in the command line and the findings sheet", () => {
      const tally = (list: readonly Severity[]) => {
        const by: Record<string, number> = {};
        for (const x of list) by[x] = (by[x] ?? 0) + 1;
        return by;
      };
      const st = s.json.stats;
      const expected = Object.fromEntries(
        (
          [
            ["error", st.errors],
            ["warning", st.warnings],
            ["info", st.infos],
          ] as const
        ).filter(([, n]) => n > 0),
      );
      expect(tally(s.cli.severities)).toEqual(expected);
      expect(tally(s.findingsSheet.severities)).toEqual(expected);
      // The pane's groups: one heading per severity found, each the glossary's word.
      expect(new Set(s.pane.groups)).toEqual(new Set(Object.keys(expected)));
      expect(s.findingsSheet.header[2]).toBe(capitalised(TERMS.severity[lang]));
    });

    it("heads the completion table with the glossary's words on every surface", () => {
      const header = figureHeader(lang);
      expect(s.cli.header).toEqual(header);
      expect(s.summarySheet.header).toEqual(header);
      expect(s.functions.header).toEqual(header);
      expect(s.pane.header).toEqual(header);
    });

    it("gives the same figures per agency, and the same total, on every surface", () => {
      expect(s.cli.table.has(TOTAL)).toBe(true);
      expect(s.summarySheet.table).toEqual(s.cli.table);
      expect(s.functions.table).toEqual(s.cli.table);
      expect(s.pane.table).toEqual(s.cli.table);
    });
  });
});
