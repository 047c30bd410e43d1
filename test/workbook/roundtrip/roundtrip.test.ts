/**
 * Round trips over the fixture, example and corpus workbooks and variants of them built here: mark → save →
 * reopen → clear, mark in two languages → clear, and the command line's annotated copy → clear. After clearing,
 * every sheet and every cell (value, style, note), merge, width and height is as before; a sheet of the user's
 * that carries a name Rõ Việc would use is never touched.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { checkGrid, pickSheet } from "../../../src/core/engine";
import type { Lang } from "../../../src/core/types";
import { run } from "../../../src/cli/main";
import { collectFixes } from "../../../src/taskpane/findings";
import { applyFixes, clearMarks, markFindings, undoFixes } from "../../../src/workbook/marking";
import { writeSummary } from "../../../src/workbook/summary";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { indicatorGrid } from "../../fixtures/completion";
import {
  corpusWorkbook,
  gridWorkbook,
  differences,
  readFixture,
  sheetSnapshot,
  variant,
  workbookSnapshot,
  type SheetSnapshot,
} from "./snapshot";

const AS_OF = "2025-06-30";

const BASES: [string, () => Promise<Uint8Array>][] = [
  ["plan-2024", () => readFixture("test/fixtures/xlsx/plan-2024.xlsx")],
  ["plan-2026-restart", () => readFixture("test/fixtures/xlsx/plan-2026-restart.xlsx")],
  ["two-sheets", () => readFixture("test/fixtures/xlsx/two-sheets.xlsx")],
  ["cell-errors", () => readFixture("test/fixtures/xlsx/cell-errors.xlsx")],
  ["example plan", () => readFixture("examples/ke-hoach-de-an-06-nam-2024.xlsx")],
  ["example tracking", () => readFixture("examples/theo-doi-tien-do-2024.xlsx")],
  ["corpus tasks", () => corpusWorkbook("bvhttdl-6225-nhiem-vu-cuoi-nam-2025")],
  ["indicator table", () => gridWorkbook(indicatorGrid())],
  ["corpus civil defence", () => corpusWorkbook("nghe-an-980-phong-thu-dan-su")],
];

/** Sheets of the user's named as Rõ Việc names its own (one in other letter case). */
const USER_SHEETS = ["Rõ Việc – Kết quả", "Rõ Việc – Findings", "rõ việc – tiến độ", "Rõ Việc – Chỉ tiêu"];

function addUserSheets(wb: ExcelJS.Workbook): void {
  USER_SHEETS.forEach((name, i) => {
    const ws = wb.addWorksheet(name);
    ws.getCell("A1").value = `Ghi chép riêng ${i + 1}`;
    ws.getCell("B2").value = 1000 + i;
    ws.getCell("B2").style = { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } } };
    ws.getCell("B2").note = "của tôi";
  });
}

/** The appendix sheet of a workbook, found as the command line finds it. */
async function appendixSheet(book: XlsxWorkbook): Promise<string> {
  const grids = [];
  for (const s of await book.listSheets()) grids.push(await book.readGrid(s.name));
  const picked = pickSheet(grids, undefined, "vi");
  if (!picked.ok) throw new Error(picked.message);
  return picked.grid.sheet;
}

async function check(book: XlsxWorkbook, lang: Lang) {
  const sheet = await appendixSheet(book);
  const result = checkGrid(await book.readGrid(sheet), { asOf: AS_OF, lang });
  if (!result.ok) throw new Error(result.message);
  return { sheet, report: result.report };
}

/** A fill and a note of the user's (plain and rich, alternately) on every cell a finding points at. */
async function withUserMarks(bytes: Uint8Array): Promise<Uint8Array> {
  const book = await XlsxWorkbook.fromBuffer(bytes);
  const { sheet, report } = await check(book, "vi");
  const ws = book.workbook.getWorksheet(sheet)!;
  report.findings.forEach((f, i) => {
    if (f.row < 1 || f.col < 1) return;
    const cell = ws.getCell(f.row, f.col);
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFB4C6E7" } } };
    cell.note =
      i % 2 === 0
        ? "Chị Hoa: xem lại"
        : {
            texts: [
              { font: { bold: true, size: 9 }, text: "Anh Nam:" },
              { font: { size: 9 }, text: "\nđã hỏi" },
            ],
          };
  });
  return book.toBuffer();
}

function renameAppendix(name: string) {
  return async (bytes: Uint8Array): Promise<Uint8Array> => {
    const book = await XlsxWorkbook.fromBuffer(bytes);
    const sheet = await appendixSheet(book);
    book.workbook.getWorksheet(sheet)!.name = name;
    return book.toBuffer();
  };
}

const VARIANTS: [string, (b: Uint8Array) => Promise<Uint8Array>][] = [
  ["as is", async (b) => b],
  ["with sheets of the user's under Rõ Việc's names", (b) => variant(b, addUserSheets)],
  ["with the user's fills and notes on the flagged cells", withUserMarks],
  ["with the appendix sheet named “KH của Bà Hoa's”", renameAppendix("KH của Bà Hoa's")],
];

const CASES: [string, string, () => Promise<Uint8Array>][] = BASES.flatMap(([base, load]) =>
  VARIANTS.map(([v, make]): [string, string, () => Promise<Uint8Array>] => [base, v, async () => make(await load())]),
);

/** The workbook as exceljs writes it back unchanged: what clearing must return to. */
async function baseline(bytes: Uint8Array): Promise<SheetSnapshot[]> {
  return workbookSnapshot(await (await XlsxWorkbook.fromBuffer(bytes)).toBuffer());
}

async function markAndSave(bytes: Uint8Array, lang: Lang): Promise<Uint8Array> {
  const book = await XlsxWorkbook.fromBuffer(bytes);
  const { sheet, report } = await check(book, lang);
  await markFindings(book, sheet, report.findings, lang);
  if (report.completion) await writeSummary(book, report.completion, lang);
  return book.toBuffer();
}

async function clearAndSave(bytes: Uint8Array): Promise<Uint8Array> {
  const book = await XlsxWorkbook.fromBuffer(bytes);
  await clearMarks(book);
  return book.toBuffer();
}

/** The sheets of `snapshot` the workbook held before marking (the user's own). */
function userSheets(snapshot: readonly SheetSnapshot[], before: readonly SheetSnapshot[]): SheetSnapshot[] {
  return snapshot.filter((s) => before.some((b) => b.name === s.name));
}

describe("mark → save → reopen → clear", () => {
  it.each(CASES)("%s, %s: no difference, sheets included", async (_base, _variant, load) => {
    const input = await load();
    const before = await baseline(input);
    const marked = await markAndSave(input, "vi");
    const markedSnapshot = await workbookSnapshot(marked);
    expect(markedSnapshot.length).toBeGreaterThan(before.length);
    expect(userSheets(markedSnapshot, before).filter((s) => USER_SHEETS.includes(s.name))).toEqual(
      before.filter((s) => USER_SHEETS.includes(s.name)),
    );
    expect(differences(before, await workbookSnapshot(await clearAndSave(marked)))).toEqual([]);
  });
});

describe("mark in Vietnamese, then again in English → clear", () => {
  it.each(CASES.filter((_, i) => i % 4 === 1))("%s, %s", async (_base, _variant, load) => {
    const input = await load();
    const before = await baseline(input);
    const twice = await markAndSave(await markAndSave(input, "vi"), "en");
    const names = (await workbookSnapshot(twice)).map((s) => s.name);
    // The Vietnamese findings list and summary made way for the English ones; the user's sheets stayed.
    const own = names.filter((n) => !before.some((b) => b.name === n));
    expect(own.filter((n) => /Kết quả|Findings/.test(n))).toEqual([expect.stringMatching(/Findings/)]);
    expect(own.filter((n) => /Tiến độ|Progress/.test(n)).every((n) => /Progress/.test(n))).toBe(true);
    expect(differences(before, await workbookSnapshot(await clearAndSave(twice)))).toEqual([]);
  });
});

describe("the command line's annotated copy → clear", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "ro-viec-rt-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each(CASES.filter((_, i) => i % 4 < 2))("%s, %s", async (base, v, load) => {
    const input = path.join(dir, `${base}-${v.length}.xlsx`);
    const out = path.join(dir, `${base}-${v.length}.checked.xlsx`);
    await fs.writeFile(input, await load());
    const bytes = new Uint8Array(await fs.readFile(input));
    const code = await run(["check", input, "--out", out, "--as-of", AS_OF, "--json"], {
      out: () => {},
      err: () => {},
    });
    expect([0, 1]).toContain(code);
    expect(Buffer.compare(Buffer.from(bytes), await fs.readFile(input))).toBe(0);
    const copy = new Uint8Array(await fs.readFile(out));
    const before = await baseline(bytes);
    expect(userSheets(await workbookSnapshot(copy), before).filter((s) => USER_SHEETS.includes(s.name))).toEqual(
      before.filter((s) => USER_SHEETS.includes(s.name)),
    );
    expect(differences(before, await workbookSnapshot(await clearAndSave(copy)))).toEqual([]);
  });
});

describe("sheets of the user's", () => {
  it("are never replaced: Rõ Việc writes its own under the next free name and clearing removes only that", async () => {
    const input = await variant(await readFixture("examples/theo-doi-tien-do-2024.xlsx"), addUserSheets);
    const book = await XlsxWorkbook.fromBuffer(await markAndSave(input, "vi"));
    const names = (await book.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Rõ Việc – Kết quả (2)", "Rõ Việc – Tiến độ (2)", ...USER_SHEETS]));
    const user = book.workbook.getWorksheet("Rõ Việc – Kết quả")!;
    expect(sheetSnapshot(user).cells).toEqual(
      sheetSnapshot((await XlsxWorkbook.fromBuffer(input)).workbook.getWorksheet("Rõ Việc – Kết quả")!).cells,
    );
    await clearMarks(book);
    expect((await book.listSheets()).map((s) => s.name)).not.toContain("Rõ Việc – Kết quả (2)");
    expect((await book.listSheets()).map((s) => s.name)).toEqual(expect.arrayContaining(USER_SHEETS));
  });
});

describe("fixes beside a sheet of the user's named as the change log", () => {
  /** Sheets of the user's under both names of the change log, with a header like the log's (but the user's rows). */
  function addLogNamedSheets(wb: ExcelJS.Workbook): void {
    ["Rõ Việc – Nhật ký sửa", "Rõ Việc – Change log"].forEach((name, i) => {
      const ws = wb.addWorksheet(name);
      ws.getRow(1).values = ["Thời gian", "Trang tính", "Ô", "Giá trị cũ", "Giá trị mới", "Ghi chú"];
      ws.getRow(2).values = ["2025-01-02 08:00:00", "Phụ lục", "C9", "Sở Y tế", "Sở Tài chính", `ghi tay ${i + 1}`];
      ws.getCell("B2").note = "của tôi";
    });
  }

  /** The bases whose check offers fixes (split rows, agency spellings, ended bodies). */
  const FIXABLE = BASES.filter(([name]) =>
    ["plan-2024", "plan-2026-restart", "example plan", "two-sheets"].includes(name),
  );

  async function fixAll(bytes: Uint8Array, lang: Lang): Promise<{ bytes: Uint8Array; sheet: string; changed: number }> {
    const book = await XlsxWorkbook.fromBuffer(bytes);
    const { sheet, report } = await check(book, lang);
    await markFindings(book, sheet, report.findings, lang);
    const fixes = collectFixes(report.findings);
    const result = await applyFixes(book, sheet, fixes, lang);
    return { bytes: await book.toBuffer(), sheet, changed: result.changed };
  }

  it.each(FIXABLE.flatMap(([name, load]) => (["vi", "en"] as const).map((lang) => [name, lang, load] as const)))(
    "%s (%s): mark → fix → save → reopen → undo → clear gives the workbook back, the user's sheets untouched",
    async (_name, lang, load) => {
      const input = await variant(await load(), addLogNamedSheets);
      const before = await baseline(input);
      const fixed = await fixAll(input, lang);
      expect(fixed.changed).toBeGreaterThan(0);
      const afterFix = await workbookSnapshot(fixed.bytes);
      // The user's sheets named as the log are as they were; the log took the next free name.
      const userNamed = (s: readonly SheetSnapshot[]) =>
        s.filter((x) => /^Rõ Việc – (Nhật ký sửa|Change log)$/.test(x.name));
      expect(userNamed(afterFix)).toEqual(userNamed(before));
      const log = lang === "vi" ? "Rõ Việc – Nhật ký sửa (2)" : "Rõ Việc – Change log (2)";
      expect(afterFix.map((s) => s.name)).toContain(log);

      const reopened = await XlsxWorkbook.fromBuffer(fixed.bytes);
      expect((await undoFixes(reopened, fixed.sheet)).restored).toBe(fixed.changed);
      expect((await reopened.listSheets()).map((s) => s.name)).not.toContain(log);
      expect(differences(before, await workbookSnapshot(await clearAndSave(await reopened.toBuffer())))).toEqual([]);
    },
  );

  it.each(FIXABLE)(
    "%s: fix → save → reopen → clear removes the log Rõ Việc created, and only it; the fixed cells keep their fixes",
    async (_name, load) => {
      const input = await variant(await load(), addLogNamedSheets);
      const before = await baseline(input);
      const book = await XlsxWorkbook.fromBuffer(input);
      const { sheet, report } = await check(book, "vi");
      const result = await applyFixes(book, sheet, collectFixes(report.findings), "vi");
      expect(result.changed).toBeGreaterThan(0);
      const log = (await book.readSheet("Rõ Việc – Nhật ký sửa (2)"))!;
      const fixedCells = new Set(log.slice(1).map((r) => `${sheet}!${String(r[2])}`));
      expect(fixedCells.size).toBe(result.changed);
      const cleared = await workbookSnapshot(await clearAndSave(await book.toBuffer()));
      // Cell by cell: the only differences are the cells fixed; every sheet is as it was, no sheet added or removed.
      const diffs = differences(before, cleared);
      expect(diffs.filter((d) => !fixedCells.has(d.slice(0, d.indexOf(":"))))).toEqual([]);
      expect(new Set(diffs.map((d) => d.slice(0, d.indexOf(":"))))).toEqual(fixedCells);
    },
  );
});
