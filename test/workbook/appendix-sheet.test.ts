/**
 * The appendix sheet is laid out once (src/workbook/appendix-sheet.ts) and written through the port: the exceljs
 * adapter writes exactly what `ro-viec import` writes, and the Office adapter (on the fake Excel) the same cells,
 * merges and formats, in the same few round trips whatever the number of rows.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { createGrid, findAppendix, type Grid } from "../../src/core";
import { appendixSheetPlan, writeAppendixSheet } from "../../src/workbook/appendix-sheet";
import { OfficeWorkbook } from "../../src/workbook/office";
import { wordGrids } from "../../src/workbook/word-read";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { cli } from "../cli/run-cli";
import { binhDinh2024Task, TASK_HEADER } from "../fixtures/grids";
import { FakeWorkbook, installExcel, parseRect, type FakeSheet } from "./office/fake-excel";

const ROOT = path.resolve(__dirname, "../..");
const PLAN_2024 = path.join(ROOT, "test/fixtures/docx/plan-2024.docx");
const names = { table: (n: number) => `Bảng ${n}`, prose: "Phụ lục" };

async function plan2024Grid(): Promise<Grid> {
  const read = await wordGrids(new Uint8Array(await fs.readFile(PLAN_2024)), names);
  const found = findAppendix(read.grids);
  if (!found) throw new Error("no appendix in the fixture");
  return found.grid;
}

interface Look {
  value: unknown;
  bold: boolean;
  italic: boolean;
  size?: number;
  font?: string;
  horizontal?: string;
  vertical?: string;
  wrap: boolean;
  border: boolean;
}

/** Every cell that is not hidden under a merge, as exceljs reads it back from a file. */
function xlsxLooks(ws: ExcelJS.Worksheet, rows: number, cols: number): Map<string, Look> {
  const out = new Map<string, Look>();
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      if (cell.isMerged && cell.master.address !== cell.address) continue;
      out.set(`${r}:${c}`, {
        value: cell.value ?? "",
        bold: cell.font?.bold === true,
        italic: cell.font?.italic === true,
        size: cell.font?.size,
        font: cell.font?.name,
        horizontal: cell.alignment?.horizontal,
        vertical: cell.alignment?.vertical,
        wrap: cell.alignment?.wrapText === true,
        border: cell.border?.top?.style === "thin" && cell.border?.left?.style === "thin",
      });
    }
  }
  return out;
}

const ALIGN: Record<string, string> = { Left: "left", Center: "center", Right: "right", Top: "top" };

/** The same from the fake Excel (Office's "Center" vertical alignment is exceljs's "middle"). */
function officeLooks(sheet: FakeSheet, rows: number, cols: number): Map<string, Look> {
  const bordered = new Set<string>();
  const edges = new Map<string, Set<string>>();
  for (const b of sheet.borders) edges.set(b.address, (edges.get(b.address) ?? new Set()).add(b.edge));
  for (const [address, set] of edges) {
    if (set.size < 6) continue;
    const rect = parseRect(address);
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) bordered.add(`${r}:${c}`);
  }
  const hidden = (r: number, c: number) =>
    sheet.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r > m.top || c > m.left));
  const out = new Map<string, Look>();
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      if (hidden(r, c)) continue;
      const cell = sheet.cell(r, c);
      out.set(`${r}:${c}`, {
        value: sheet.value(r, c),
        bold: cell?.bold === true,
        italic: cell?.italic === true,
        size: cell?.size,
        font: cell?.font,
        horizontal: cell?.horizontal ? ALIGN[cell.horizontal] : undefined,
        vertical: cell?.vertical === "Center" ? "middle" : cell?.vertical ? ALIGN[cell.vertical] : undefined,
        wrap: cell?.wrap === true,
        border: bordered.has(`${r}:${c}`),
      });
    }
  }
  return out;
}

const mergesOf = (ws: ExcelJS.Worksheet): string[] => [...((ws.model as { merges?: string[] }).merges ?? [])].sort();

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "rv-appendix-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("one layout for every adapter", () => {
  it("the exceljs adapter, written through the port, gives the sheet `ro-viec import` writes", async () => {
    const out = path.join(dir, "plan-2024.xlsx");
    expect((await cli(["import", PLAN_2024, "--out", out])).code).toBe(0);
    const imported = new ExcelJS.Workbook();
    await imported.xlsx.readFile(out);

    const grid = await plan2024Grid();
    const book = XlsxWorkbook.create();
    expect(await writeAppendixSheet(book, grid)).toBe(grid.sheet);
    const written = new ExcelJS.Workbook();
    await written.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);

    const a = imported.worksheets[0];
    const b = written.worksheets[0];
    expect(b.name).toBe(a.name);
    expect(a.rowCount).toBe(grid.rowCount);
    expect(xlsxLooks(b, grid.rowCount, grid.colCount)).toEqual(xlsxLooks(a, grid.rowCount, grid.colCount));
    expect(mergesOf(b)).toEqual(mergesOf(a));
    expect(mergesOf(a).length).toBe(grid.merges.length);
    expect(b.columns.map((c) => c.width)).toEqual(a.columns.map((c) => c.width));
    expect(b.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });
    expect(b.pageSetup.printTitlesRow).toBe(a.pageSetup.printTitlesRow);
  });

  it("the Office adapter writes the same cells, merges and formats as the exceljs adapter", async () => {
    const grid = await plan2024Grid();
    const plan = appendixSheetPlan(grid);

    const xlsx = XlsxWorkbook.create();
    await writeAppendixSheet(xlsx, grid);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await xlsx.toBuffer()) as unknown as ArrayBuffer);
    const expected = xlsxLooks(reread.worksheets[0], grid.rowCount, grid.colCount);

    const fake = new FakeWorkbook();
    fake.add("Sheet1");
    installExcel(fake);
    const name = await writeAppendixSheet(new OfficeWorkbook({ noteApi: "note" }), grid);
    const sheet = fake.sheet(name)!;
    expect(officeLooks(sheet, grid.rowCount, grid.colCount)).toEqual(expected);
    expect(sheet.merges.map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`).sort()).toEqual(
      grid.merges.map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`).sort(),
    );
    // The header (and the column numbers row) frozen and printed on every page; A4 landscape, one page wide.
    const last = plan.layout.freezeRows!;
    expect(sheet.frozenRows).toBe(last);
    expect(sheet.page).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 0.4 * 72,
      printTitleRows: `$${plan.layout.page!.titleRows!.first}:$${last}`,
    });
    plan.layout.columnWidths!.forEach((w, i) => expect(sheet.columnWidths.get(i + 1)).toBeCloseTo((w * 7 + 5) * 0.75));
  });
});

/** A seed-like appendix of `n` tasks under a title, in sections of ten, each section row merged and bold. */
function appendix(n: number): Grid {
  const rows: (string | number | null)[][] = [["KẾ HOẠCH THỰC HIỆN NĂM 2024"], [...TASK_HEADER]];
  const merges = ["A1:F1"];
  const bold: string[] = [];
  for (let i = 1; i <= n; i++) {
    if (i % 10 === 1) {
      rows.push([`Mục ${Math.ceil(i / 10)}`]);
      merges.push(`A${rows.length}:F${rows.length}`);
      bold.push(`A${rows.length}`);
    }
    rows.push([i, ...binhDinh2024Task(((i - 1) % 20) + 1).slice(1)]);
  }
  return createGrid({ sheet: "Phụ lục", rows, merges, bold });
}

describe("the Office adapter writes an appendix in a handful of round trips", () => {
  async function syncsFor(n: number): Promise<{ syncs: number; sheet: FakeSheet; grid: Grid }> {
    const fake = new FakeWorkbook();
    fake.add("Phụ lục");
    const { context } = installExcel(fake);
    const sync = jest.spyOn(context, "sync");
    const grid = appendix(n);
    const name = await writeAppendixSheet(new OfficeWorkbook({ noteApi: "note" }), grid);
    expect(name).toBe("Phụ lục (2)");
    return { syncs: sync.mock.calls.length, sheet: fake.sheet(name)!, grid };
  }

  it("as many for 2,000 tasks as for 50, and every row written", async () => {
    const small = await syncsFor(50);
    const large = await syncsFor(2000);
    expect(small.syncs).toBeLessThanOrEqual(6);
    expect(large.syncs).toBe(small.syncs);
    const { sheet, grid } = large;
    expect(sheet.value(grid.rowCount, 1)).toBe(2000);
    expect(sheet.value(2, 2)).toBe(TASK_HEADER[1]);
    expect(sheet.merges.length).toBe(1 + 200);
    expect(sheet.cell(3, 1)?.bold).toBe(true);
    expect(sheet.cell(4, 2)?.bold).toBeFalsy();
  });
});

describe("the new sheet never takes the name of another", () => {
  it("writes beside a sheet of the same name (any case) under the next free name, leaving it as it was", async () => {
    const book = XlsxWorkbook.create();
    book.workbook.addWorksheet("PHỤ LỤC").getCell("A1").value = "của người dùng";
    book.workbook.addWorksheet("Phụ lục (2)");
    const name = await writeAppendixSheet(book, appendix(3));
    expect(name).toBe("Phụ lục (3)");
    expect(book.workbook.getWorksheet("PHỤ LỤC")!.getCell("A1").value).toBe("của người dùng");
    expect(book.workbook.getWorksheet("PHỤ LỤC")!.getCell("A2").value).toBeNull();
    await expect(book.addSheet("phụ lục")).rejects.toThrow();
  });
});
