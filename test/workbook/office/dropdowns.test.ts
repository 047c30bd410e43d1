/**
 * "Tạo danh sách chọn" through the Office.js adapter on the fake Excel: the same lists as the exceljs adapter, a
 * cell holding the user's validation left alone, removing restores every cell's validation, and the round trips of
 * each step do not grow with the rows of the table (50 rows and 20,000 rows take the same number of syncs).
 */
import { checkGrid } from "../../../src/core/engine";
import { createDropdowns, LISTS_SHEET, removeDropdowns, STATE_SHEET } from "../../../src/workbook/marking";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { largeAppendix, smallAppendix } from "./appendix";
import { FakeWorkbook, installExcel, key, type FakeSheet, type FakeValidation } from "./fake-excel";

const SHEET = "Phụ lục 1";
/** Lead (C) and co-operating (D) columns of the appendices. */
const LEAD = 3;
const CO = 4;

const USER_RULE: FakeValidation = {
  rule: { list: { inCellDropDown: true, source: "Công an tỉnh,Sở Tư pháp" } },
  errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
};

function setup(build: (s: FakeSheet) => void) {
  const book = new FakeWorkbook();
  const sheet = book.add(SHEET);
  build(sheet);
  // The user's own list on two lead cells of tasks.
  sheet.validations.set(key(9, LEAD), USER_RULE);
  sheet.validations.set(key(10, LEAD), USER_RULE);
  const { context } = installExcel(book);
  const sync = jest.spyOn(context, "sync");
  return { book, sheet, sync, port: new OfficeWorkbook({ noteApi: "note" }) };
}

async function check(port: OfficeWorkbook) {
  const r = checkGrid(await port.readGrid(SHEET));
  if (!r.ok) throw new Error(r.message);
  return r;
}

const snapshot = (sheet: FakeSheet) => JSON.stringify([...sheet.validations.entries()].sort((a, b) => a[0] - b[0]));

async function roundTrip(build: (s: FakeSheet) => void) {
  const { book, sheet, sync, port } = setup(build);
  const before = snapshot(sheet);
  const r = await check(port);
  sync.mockClear();
  const made = await createDropdowns(port, r, "vi");
  const createSyncs = sync.mock.calls.length;
  const written = new Map(sheet.validations);
  const listsSheet = book.sheet(LISTS_SHEET);
  const lists = listsSheet && {
    visibility: listsSheet.visibility,
    names: [...listsSheet.cells.entries()].filter(([k]) => k % 20000 === 1).map(([, c]) => c.value),
  };
  sync.mockClear();
  const removed = await removeDropdowns(port);
  const removeSyncs = sync.mock.calls.length;
  return { book, sheet, r, made, removed, createSyncs, removeSyncs, before, written, lists };
}

describe("dropdown lists through Office.js", () => {
  test("a 50-row appendix: lists on the entry rows, the user's cells left alone, removed without a trace", async () => {
    const { book, sheet, r, made, removed, before, written, lists } = await roundTrip(smallAppendix);
    expect(made.leftAlone).toBe(2);
    expect(made.kinds).toEqual(["lead", "coLead"]);
    const entryRows = r.analysis.rows
      .filter((x) => ["task", "continuation", "blank"].includes(x.kind))
      .map((x) => x.row);
    expect(made.cells).toBe(entryRows.length * 2 - 2);
    const lead = written.get(key(8, LEAD))!;
    expect(lead.rule.list?.source).toMatch(/^='_RoViec_Lists'!\$A\$1:\$A\$\d+$/);
    expect(lead.errorAlert).toMatchObject({ showAlert: true, style: "Warning", title: "Đơn vị chủ trì" });
    expect(lead.ignoreBlanks).toBe(true);
    expect(written.get(key(8, CO))!.errorAlert?.showAlert).toBe(false);
    // Section rows and the repeated header get nothing; the user's cells keep their own rule.
    for (const row of [7, 16, 18]) expect(written.has(key(row, LEAD))).toBe(false);
    expect(written.get(key(9, LEAD))).toBe(USER_RULE);
    // The lists sheet is very hidden and names the directory's agencies.
    expect(lists?.visibility).toBe("VeryHidden");
    expect(lists?.names).toContain("Công an tỉnh");
    expect(lists?.names.length).toBe(Number(/\$(\d+)$/.exec(lead.rule.list!.source)![1]));

    expect(removed).toEqual({ cleared: made.cells, changed: 0 });
    expect(snapshot(sheet)).toBe(before);
    expect(book.sheet(LISTS_SHEET)).toBeUndefined();
    expect(book.sheet(STATE_SHEET)).toBeUndefined();
  });

  test("20,000 rows take the same round trips as 50, and each adapter step one sync", async () => {
    const small = await roundTrip(smallAppendix);
    const large = await roundTrip(largeAppendix);
    expect(large.made.cells).toBeGreaterThan(30000);
    expect(large.createSyncs).toBe(small.createSyncs);
    expect(large.removeSyncs).toBe(small.removeSyncs);
    expect(large.createSyncs).toBeLessThanOrEqual(20);
    expect(snapshot(large.sheet)).toBe(large.before);

    // Each port step alone: one sync.
    const { sync, port } = setup(largeAppendix);
    const column = [{ top: 8, left: LEAD, bottom: 20000, right: LEAD }];
    sync.mockClear();
    expect(await port.validatedCells(SHEET, column)).toEqual([{ top: 9, left: LEAD, bottom: 10, right: LEAD }]);
    expect(sync.mock.calls.length).toBe(1);
    sync.mockClear();
    expect(await port.readValidations(SHEET, [...column, { top: 9, left: LEAD, bottom: 10, right: LEAD }])).toEqual([
      { kind: "mixed" },
      { kind: "rule", rule: { type: "list", source: "Công an tỉnh,Sở Tư pháp" } },
    ]);
    expect(sync.mock.calls.length).toBe(1);
  });

  test("a rule the user put on one of its cells since stays, and is counted", async () => {
    const { sheet, port } = setup(smallAppendix);
    const r = await check(port);
    await createDropdowns(port, r, "en");
    sheet.validations.set(key(8, CO), USER_RULE);
    const removed = await removeDropdowns(port);
    expect(removed.changed).toBe(1);
    expect(sheet.validations.get(key(8, CO))).toBe(USER_RULE);
    expect(sheet.validations.has(key(8, LEAD))).toBe(false);
  });
});
