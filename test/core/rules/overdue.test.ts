import { HEADER, runRule, TITLE_ROWS, type RunOptions } from "./harness";
import type { LiteralCell } from "../../../src/core/grid";
import { TRACKING_MERGES, TRACKING_ROW, trackingRows } from "../../fixtures/completion";

const RULE = "overdue";
const AS_OF = "2024-06-30";

/** The harness's title rows and header with progress columns added; body row i on sheet row FIRST + i. */
const STATUS_COL = 7;
const FIRST = TITLE_ROWS.length + 2;
function sheet(extra: string[], ...body: LiteralCell[][]): LiteralCell[][] {
  return [...TITLE_ROWS, [...HEADER, ...extra], ...body];
}
function row(n: number, deadline: LiteralCell, status: LiteralCell = "", completed: LiteralCell = ""): LiteralCell[] {
  return [
    n,
    `Nhiệm vụ thử số ${n} về triển khai Đề án 06`,
    "Công an tỉnh",
    "Văn phòng UBND tỉnh",
    "Báo cáo",
    deadline,
    status,
    completed,
  ];
}
const TRACKED = ["Tình trạng", "Ngày hoàn thành"];

function run(rows: LiteralCell[][], asOf?: string, more: RunOptions = {}) {
  const options: RunOptions & { asOf?: string } = { ...more, asOf };
  return runRule(RULE, rows, options);
}

describe(RULE, () => {
  it("says nothing without an as-of date", () => {
    expect(run(sheet(TRACKED, row(1, "Tháng 3/2024", "Đang thực hiện")))).toEqual([]);
  });

  it("says nothing when the table tracks no progress (a plan, not a report)", () => {
    const plan = [...TITLE_ROWS, HEADER, row(1, "Tháng 3/2024").slice(0, 6)];
    expect(run(plan, AS_OF)).toEqual([]);
  });

  it("passes done tasks, tasks not yet due, ongoing and waiting tasks", () => {
    const rows = sheet(
      TRACKED,
      row(1, "Tháng 3/2024", "Hoàn thành"),
      row(2, "Quý I/2024", "", new Date("2024-04-10T00:00:00Z")),
      row(3, "Quý III/2024", "Đang thực hiện"),
      row(4, "Thường xuyên", "Đang thực hiện"),
      row(5, "Sau khi có hướng dẫn của Bộ Công an", "Chưa thực hiện"),
      row(6, "Tháng 13/2024", ""),
    );
    expect(run(rows, AS_OF)).toEqual([]);
  });

  it("reports a task due before the as-of date and not done", () => {
    const findings = run(
      sheet(TRACKED, row(1, "Tháng 3/2024", "Hoàn thành"), row(2, "Tháng 5/2024", "Đang thực hiện")),
      AS_OF,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", row: FIRST + 1, col: STATUS_COL, task: "2" });
    expect(findings[0].message).toContain("31/05/2024");
    expect(findings[0].message).toContain("30/06/2024");
    expect(findings[0].message).toContain("“Nhiệm vụ thử số 2 về triển khai Đề án 06”");
    expect(findings[0].message).toContain("“Đang thực hiện”");
    expect(findings[0].message).toContain("30 ngày");
  });

  it("counts a task due on the as-of date as due, and says it is due today (not 0 days overdue)", () => {
    const [f] = run(sheet(TRACKED, row(1, "Tháng 6/2024", "")), AS_OF);
    expect(f).toMatchObject({ row: FIRST, col: STATUS_COL, messageId: "due-today" });
    expect(f.message).toContain("trống");
    expect(f.message).toContain("đến hạn hôm nay (30/06/2024)");
    expect(f.message).not.toMatch(/quá hạn|0 ngày/);
    const [en] = run(sheet(TRACKED, row(1, "Tháng 6/2024", "")), AS_OF, { lang: "en" });
    expect(en.message).toContain("is due today (30/06/2024)");
    expect(en.message).not.toContain("0 day");
  });

  it("says one day overdue the day after", () => {
    const [f] = run(sheet(TRACKED, row(1, "Tháng 6/2024", "")), "2024-07-01");
    expect(f.messageId).toBe("overdue");
    expect(f.message).toContain("quá hạn 1 ngày");
  });

  it("uses the indicative date of a conditional deadline", () => {
    const rows = sheet(
      TRACKED,
      row(1, "Sau khi văn bản hướng dẫn của Bộ Công an được ban hành (tháng 03/2024)", "Chưa thực hiện"),
    );
    expect(run(rows, AS_OF).map((f) => f.row)).toEqual([FIRST]);
  });

  it("works with a completion-date column alone", () => {
    const rows = sheet(
      ["Ngày hoàn thành"],
      row(1, "Tháng 3/2024")
        .slice(0, 6)
        .concat([new Date("2024-03-20T00:00:00Z")]),
      row(2, "Tháng 3/2024").slice(0, 6).concat([""]),
    );
    const findings = run(rows, AS_OF);
    expect(findings.map((f) => [f.row, f.col])).toEqual([[FIRST + 1, STATUS_COL]]);
  });

  it("does not count a status below 100% or an unknown status as done", () => {
    const rows = sheet(TRACKED, row(1, "Tháng 4/2024", "60%"), row(2, "Tháng 4/2024", "Chờ ý kiến của Bộ Y tế"));
    expect(run(rows, AS_OF).map((f) => f.task)).toEqual(["1", "2"]);
  });

  it("accepts the user's status words as an option", () => {
    const rows = sheet(TRACKED, row(1, "Tháng 4/2024", "Đã nghiệm thu"));
    expect(run(rows, AS_OF)).toHaveLength(1);
    expect(run(rows, AS_OF, { options: { vocabulary: { done: ["Đã nghiệm thu"] } } })).toEqual([]);
  });

  it("speaks English", () => {
    const [f] = run(sheet(TRACKED, row(1, "Quý I/2024", "Đang thực hiện")), AS_OF, { lang: "en" });
    expect(f.message).toBe(
      "Task 1 “Nhiệm vụ thử số 1 về triển khai Đề án 06” was due on 31/03/2024 and is still not done on 30/06/2024 (status: “Đang thực hiện”; 91 day(s) overdue).",
    );
  });

  it("reports the overdue tasks of the tracking fixture", () => {
    const findings = run(trackingRows(), AS_OF, { merges: TRACKING_MERGES, planPeriod: "2024" });
    expect(findings.map((f) => f.row)).toEqual([3, 8, 12, 15, 16, 20].map((n) => TRACKING_ROW[n]));
    expect(findings.every((f) => f.col === STATUS_COL)).toBe(true);
  });
});
