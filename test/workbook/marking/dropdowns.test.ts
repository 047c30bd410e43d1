/**
 * "Tạo danh sách chọn" through the exceljs adapter, on the two example workbooks given validations of the user's own
 * and a "Danh mục cơ quan" sheet: the lists are written on the entry rows of the lead, co-operating, status and
 * completion-date columns, a cell with its own validation is left alone, and removing them — after a save and a
 * reopen — leaves every sheet, cell, style and data validation exactly as before.
 */
import ExcelJS from "exceljs";
import { statusVocabulary } from "../../../src/core/completion/vocabulary";
import { checkGrid, pickSheet } from "../../../src/core/engine";
import { cellAddress, parseRange } from "../../../src/core/grid";
import {
  clearMarks,
  createDropdowns,
  LISTS_SHEET,
  markFindings,
  planDropdowns,
  removeDropdowns,
  STATE_SHEET,
} from "../../../src/workbook/marking";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { differences, readFixture, variant, workbookSnapshot } from "../roundtrip/snapshot";

type Model = Record<string, ExcelJS.DataValidation | undefined>;
const modelOf = (ws: ExcelJS.Worksheet): Model =>
  (ws as unknown as { dataValidations: { model: Model } }).dataValidations.model;

async function checked(book: XlsxWorkbook) {
  const grids = [];
  for (const s of await book.listSheets()) grids.push(await book.readGrid(s.name));
  const picked = pickSheet(grids, undefined, "vi");
  if (!picked.ok) throw new Error(picked.message);
  const result = checkGrid(picked.grid);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const reopen = async (book: XlsxWorkbook) => XlsxWorkbook.fromBuffer(await book.toBuffer());

/** A local body that is in no built-in directory. */
const LOCAL = "Ban Quản lý Khu kinh tế tỉnh";

/**
 * The example given what a clerk's workbook has: a list of their own on two lead cells and on a cell outside the
 * table, a whole-number rule on the number column, and a "Danh mục cơ quan" sheet naming a local body.
 */
async function clerkWorkbook(file: string): Promise<{ bytes: Uint8Array; own: string[] }> {
  const book = await XlsxWorkbook.fromBuffer(await readFixture(file));
  const r = await checked(book);
  const table = r.analysis.table;
  const tasks = r.analysis.rows.filter((x) => x.kind === "task").map((x) => x.row);
  const lead = table.columns.lead!.col;
  const number = table.columns.number!.col;
  const own = [cellAddress(tasks[1], lead), cellAddress(tasks[4], lead)];
  const bytes = await variant(await book.toBuffer(), (wb) => {
    const ws = wb.getWorksheet(r.report.sheet)!;
    for (const a of own) {
      ws.getCell(a).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: ['"Công an tỉnh,Sở Tư pháp"'],
        showErrorMessage: true,
        errorStyle: "stop",
      };
    }
    ws.getCell(cellAddress(tasks[2], number)).dataValidation = {
      type: "whole",
      operator: "greaterThan",
      formulae: [0],
      showErrorMessage: true,
    };
    ws.getCell(cellAddress(table.lastRow + 3, 2)).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"Có,Không"'],
    };
    const agencies = wb.addWorksheet("Danh mục cơ quan");
    agencies.addRow(["Tên cơ quan", "Tên khác, viết tắt (cách nhau bởi ;)"]);
    agencies.addRow([LOCAL, "BQL KKT"]);
  });
  return { bytes, own: [...own, cellAddress(tasks[2], number)] };
}

describe("dropdown lists on a clerk's workbook (exceljs)", () => {
  it.each([
    ["examples/ke-hoach-de-an-06-nam-2024.xlsx", ["lead", "coLead"]],
    ["examples/theo-doi-tien-do-2024.xlsx", ["lead", "coLead", "status", "completionDate"]],
  ])(
    "writes the lists on %s, leaves the user's validations alone, and removing them after a reopen restores every cell",
    async (file, kinds) => {
      const { bytes, own } = await clerkWorkbook(file);
      const before = await workbookSnapshot(bytes);
      const book = await XlsxWorkbook.fromBuffer(bytes);
      const r = await checked(book);
      const sheet = r.report.sheet;
      const ownBefore = own.map((a) => JSON.stringify(book.workbook.getWorksheet(sheet)!.getCell(a).dataValidation));

      const res = await createDropdowns(book, r, "vi");
      const table = r.analysis.table;
      expect(res.leftAlone).toBe(2); // the two lead cells; the number column gets no list
      expect(res.kinds).toEqual(kinds);

      // Saved, closed and opened again: the lists are in the file.
      const saved = await reopen(book);
      const ws = saved.workbook.getWorksheet(sheet)!;
      const lists = saved.workbook.getWorksheet(LISTS_SHEET)!;
      expect(lists.state).toBe("veryHidden");
      const m = modelOf(ws);
      const entryRows = r.analysis.rows.filter((x) => ["task", "continuation", "blank"].includes(x.kind));
      const leadCol = table.columns.lead!.col;
      let listed = 0;
      for (const row of entryRows) {
        const a = cellAddress(row.row, leadCol);
        const dv = m[a];
        if (own.includes(a)) continue;
        expect(dv?.type).toBe("list");
        expect(dv?.errorStyle).toBe("warning");
        listed++;
      }
      expect(listed).toBe(entryRows.length - 2);
      // No list on a section or header row.
      for (const row of r.analysis.rows.filter((x) => x.kind === "section" || x.kind === "header")) {
        expect(m[cellAddress(row.row, leadCol)]).toBeUndefined();
      }
      // The lead list names the workbook's own body and the directory's, from a range of the lists sheet.
      const source = String(m[cellAddress(entryRows[0].row, leadCol)]!.formulae[0]);
      expect(source).toMatch(/^'_RoViec_Lists'!\$A\$1:\$A\$\d+$/);
      const range = parseRange(source.split("!")[1].replace(/\$/g, ""))!;
      const names: string[] = [];
      for (let i = range.top; i <= range.bottom; i++) names.push(String(lists.getCell(i, range.left).value));
      expect(names).toContain(LOCAL);
      expect(names).toContain("Công an tỉnh");
      expect(names.join("\n").length).toBeGreaterThan(255); // more than an inline list could hold
      expect(names.some((n) => /^Các sở/.test(n))).toBe(false); // a collective never leads
      // Co-operating cells: the list is offered, no entry refused.
      const coLead = m[cellAddress(entryRows[0].row, table.columns.coLead!.col)]!;
      expect(coLead.type).toBe("list");
      expect(coLead.showErrorMessage).toBeFalsy(); // absent in the file: Excel shows no alert
      if (table.columns.completionDate) {
        const d = m[cellAddress(entryRows[0].row, table.columns.completionDate.col)]!;
        expect(d.type).toBe("date");
        expect(d.errorStyle).toBe("stop");
      }
      if (table.columns.status) {
        const s = m[cellAddress(entryRows[0].row, table.columns.status.col)]!;
        expect(s.type).toBe("list");
      }
      // The user's own validations are exactly as they were.
      expect(own.map((a) => JSON.stringify(ws.getCell(a).dataValidation))).toEqual(ownBefore);

      const removed = await removeDropdowns(saved);
      expect(removed).toEqual({ cleared: res.cells, changed: 0 });
      const after = await workbookSnapshot(await saved.toBuffer());
      expect(differences(before, after)).toEqual([]);
    },
  );

  it("keeps a rule the user put on one of its cells since, and says so", async () => {
    const { bytes } = await clerkWorkbook("examples/ke-hoach-de-an-06-nam-2024.xlsx");
    const book = await XlsxWorkbook.fromBuffer(bytes);
    const r = await checked(book);
    await createDropdowns(book, r, "en");
    const saved = await reopen(book);
    const ws = saved.workbook.getWorksheet(r.report.sheet)!;
    const task = r.analysis.rows.find((x) => x.kind === "task")!.row;
    const cell = ws.getCell(task, r.analysis.table.columns.coLead!.col);
    const mine: ExcelJS.DataValidation = { type: "textLength", operator: "lessThan", formulae: [200] };
    cell.dataValidation = mine;
    const removed = await removeDropdowns(saved);
    expect(removed.changed).toBe(1);
    expect(cell.dataValidation).toEqual(mine);
    expect(await saved.readSheet(LISTS_SHEET)).toBeUndefined();
  });

  it("creating again replaces its own lists, never counting them as the user's", async () => {
    const { bytes } = await clerkWorkbook("examples/theo-doi-tien-do-2024.xlsx");
    const before = await workbookSnapshot(bytes);
    const book = await XlsxWorkbook.fromBuffer(bytes);
    const r = await checked(book);
    const first = await createDropdowns(book, r, "vi");
    const again = await createDropdowns(await reopen(book), r, "vi");
    expect(again).toEqual(first);
    const twice = await XlsxWorkbook.fromBuffer(await (await reopen(book)).toBuffer());
    await createDropdowns(twice, r, "vi");
    await removeDropdowns(twice);
    expect(differences(before, await workbookSnapshot(await twice.toBuffer()))).toEqual([]);
  });

  it("stays through clearing the marks, and goes with clearing everything", async () => {
    const { bytes } = await clerkWorkbook("examples/ke-hoach-de-an-06-nam-2024.xlsx");
    const before = await workbookSnapshot(bytes);
    const book = await XlsxWorkbook.fromBuffer(bytes);
    const r = await checked(book);
    await markFindings(book, r.report.sheet, r.report.findings, "vi");
    const made = await createDropdowns(book, r, "vi");
    const saved = await reopen(book);
    await clearMarks(saved);
    const afterMarks = await reopen(saved);
    expect(await afterMarks.readSheet(LISTS_SHEET)).toBeDefined();
    expect(await afterMarks.readSheet(STATE_SHEET)).toBeDefined();
    const ws = afterMarks.workbook.getWorksheet(r.report.sheet)!;
    const task = r.analysis.rows.find((x) => x.kind === "task")!.row;
    expect(ws.getCell(task, r.analysis.table.columns.coLead!.col).dataValidation?.type).toBe("list");
    expect(made.cells).toBeGreaterThan(0);
    await clearMarks(afterMarks, { everything: true });
    expect(differences(before, await workbookSnapshot(await afterMarks.toBuffer()))).toEqual([]);
  });
});

describe("the lists offered", () => {
  it("name the agencies in force during the plan period: a body dissolved before a 2026 plan is not offered", async () => {
    const names = async (file: string) => {
      const book = await XlsxWorkbook.fromBuffer(await readFixture(file));
      const r = await checked(book);
      return planDropdowns(r).lists.lead ?? [];
    };
    const y2024 = await names("examples/ke-hoach-de-an-06-nam-2024.xlsx");
    const y2026 = await names("test/fixtures/xlsx/plan-2026-restart.xlsx");
    expect(y2024).toContain("Sở Kế hoạch và Đầu tư");
    expect(y2026).not.toContain("Sở Kế hoạch và Đầu tư");
    expect(y2026).toContain("Sở Tài chính");
  });

  it("offer the status vocabulary's dropdown words, each read by the vocabulary", async () => {
    const book = await XlsxWorkbook.fromBuffer(await readFixture("examples/theo-doi-tien-do-2024.xlsx"));
    const status = planDropdowns(await checked(book)).lists.status ?? [];
    expect(status.length).toBeGreaterThanOrEqual(3);
    const classes = status.map((w) => statusVocabulary().lookup(w));
    expect(new Set(classes)).toEqual(new Set(["done", "in-progress", "not-started"]));
  });
});
