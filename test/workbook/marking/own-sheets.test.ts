import { clearMarks, markFindings, readState, STATE_SHEET } from "../../../src/workbook/marking";
import { createdSheets, freeName, planSheet } from "../../../src/workbook/marking/own-sheets";
import {
  decodeState,
  decodeStateSheet,
  encodeState,
  type MarkingState,
} from "../../../src/workbook/marking/state-sheet";
import { finding, openFixture, SHEET } from "./helpers";

const state = (created: MarkingState["created"], present = true): MarkingState => ({
  records: [],
  created,
  accepted: [],
  present,
});

describe("planSheet", () => {
  it("takes the fixed name when no sheet holds it, and replaces its own sheet of the same role", () => {
    expect(planSheet(state([], false), [SHEET], "findings", "Rõ Việc – Kết quả")).toEqual({
      name: "Rõ Việc – Kết quả",
      remove: [],
      created: [{ name: "Rõ Việc – Kết quả", role: "findings" }],
    });
    const ours = state([{ name: "Rõ Việc – Findings", role: "findings" }]);
    expect(planSheet(ours, [SHEET, "Rõ Việc – Findings"], "findings", "Rõ Việc – Kết quả")).toMatchObject({
      name: "Rõ Việc – Kết quả",
      remove: ["Rõ Việc – Findings"],
    });
  });

  it("never takes a name a sheet of the user's holds, whatever its letter case", () => {
    const plan = planSheet(
      state([]),
      [SHEET, "RÕ VIỆC – KẾT QUẢ", "Rõ Việc – Kết quả (2)"],
      "findings",
      "Rõ Việc – Kết quả",
    );
    expect(plan).toMatchObject({ name: "Rõ Việc – Kết quả (3)", remove: [] });
  });

  it("keeps the other roles' sheets of its own", () => {
    const ours = state([{ name: "Rõ Việc – Tiến độ", role: "summary" }]);
    expect(planSheet(ours, [SHEET, "Rõ Việc – Tiến độ"], "findings", "Rõ Việc – Kết quả").created).toEqual([
      { name: "Rõ Việc – Tiến độ", role: "summary" },
      { name: "Rõ Việc – Kết quả", role: "findings" },
    ]);
  });

  it("counts the findings sheet as its own only beside a state sheet written before sheets were listed", () => {
    const present = [SHEET, "Rõ Việc – Kết quả"];
    expect(createdSheets(state([]), present)).toEqual([{ name: "Rõ Việc – Kết quả", role: "findings" }]);
    expect(createdSheets(state([], false), present)).toEqual([]);
  });

  it("keeps a name within Excel's 31 characters", () => {
    const long = "x".repeat(31);
    expect(freeName(long, new Set([long]))).toBe(`${"x".repeat(27)} (2)`);
  });
});

describe("the state sheet's list of created sheets", () => {
  it("reads back, and a reader of cell records alone skips it", () => {
    const records = [{ sheet: SHEET, row: 3, col: 2, fill: "null", note: null }];
    const rows = encodeState(records, [{ name: "Rõ Việc – Tiến độ (2)", role: "summary" }]);
    expect(decodeStateSheet(rows)).toEqual({ records, created: [{ name: "Rõ Việc – Tiến độ (2)", role: "summary" }] });
    expect(decodeState(rows)).toEqual(records);
  });
});

describe("marking beside a sheet of the user's named like the findings sheet", () => {
  it("leaves it alone, and clearing removes only what marking created", async () => {
    const wb = await openFixture("plan-2024.xlsx");
    const mine = wb.workbook.addWorksheet("Rõ Việc – Kết quả");
    mine.getCell("A1").value = "của tôi";
    await markFindings(wb, SHEET, [finding(27, 5, "error", "Thiếu sản phẩm")], "vi");
    expect((await wb.listSheets()).map((s) => s.name)).toEqual([
      SHEET,
      "Rõ Việc – Kết quả",
      STATE_SHEET,
      "Rõ Việc – Kết quả (2)",
    ]);
    expect(await wb.readSheet("Rõ Việc – Kết quả")).toEqual([["của tôi"]]);
    expect(await readState(wb)).toHaveLength(1);
    await clearMarks(wb);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual([SHEET, "Rõ Việc – Kết quả"]);
    expect(await wb.readSheet("Rõ Việc – Kết quả")).toEqual([["của tôi"]]);
  });
});
