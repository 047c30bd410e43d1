import { HEADER, runRule, TITLE_ROWS } from "./harness";
import type { LiteralCell } from "../../../src/core/grid";
import { TRACKING_MERGES, TRACKING_ROW, trackingRows } from "../../fixtures/completion";

const RULE = "status-unknown";
const STATUS_COL = 7;
const DATE_COL = 8;
const FIRST = TITLE_ROWS.length + 2;

function sheet(...body: LiteralCell[][]): LiteralCell[][] {
  return [...TITLE_ROWS, [...HEADER, "Tình trạng", "Ngày hoàn thành"], ...body];
}
function row(n: number, status: LiteralCell, completed: LiteralCell = ""): LiteralCell[] {
  return [
    n,
    `Nhiệm vụ thử số ${n} về triển khai Đề án 06`,
    "Công an tỉnh",
    "Văn phòng UBND tỉnh",
    "Báo cáo",
    "Tháng 6/2024",
    status,
    completed,
  ];
}

describe(RULE, () => {
  it("passes every status the vocabulary knows, blanks, percentages and dates", () => {
    const rows = sheet(
      row(1, "Hoàn thành"),
      row(2, "Đã hoàn thành (Quyết định số 12/QĐ-UBND)"),
      row(3, "Đang thực hiện"),
      row(4, "Chưa triển khai"),
      row(5, "60%"),
      row(6, ""),
      row(7, "✓"),
      row(8, new Date("2024-05-02T00:00:00Z")),
      row(9, "", "15/3/2024"),
      row(10, "Đã thực hiện", new Date("2024-03-15T00:00:00Z")),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("says nothing about a plan without progress columns", () => {
    const plan = [...TITLE_ROWS, HEADER, row(1, "").slice(0, 6)];
    expect(runRule(RULE, plan)).toEqual([]);
  });

  it("reports a status it does not understand, with the text", () => {
    const findings = runRule(RULE, sheet(row(1, "Hoàn thành"), row(2, "Chờ ý kiến của Bộ Y tế")));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", row: FIRST + 1, col: STATUS_COL, task: "2" });
    expect(findings[0].message).toContain("“Chờ ý kiến của Bộ Y tế”");
    expect(findings[0].message).toContain("chưa hoàn thành");
  });

  it("reports a completion date that is no date", () => {
    const [f] = runRule(RULE, sheet(row(1, "", "sắp xong")));
    expect(f).toMatchObject({ row: FIRST, col: DATE_COL, messageId: "date" });
    expect(f.message).toContain("“sắp xong”");
  });

  it("reports an error value in the status column", () => {
    const [f] = runRule(RULE, sheet(row(1, { error: "#N/A" })));
    expect(f).toMatchObject({ row: FIRST, col: STATUS_COL });
    expect(f.message).toContain("“#N/A”");
  });

  it("accepts the user's status words as an option", () => {
    const rows = sheet(row(1, "Đã nghiệm thu"));
    expect(runRule(RULE, rows)).toHaveLength(1);
    expect(runRule(RULE, rows, { options: { vocabulary: { done: ["Đã nghiệm thu"] } } })).toEqual([]);
  });

  it("speaks English", () => {
    const [f] = runRule(RULE, sheet(row(1, "Chờ ý kiến")), { lang: "en" });
    expect(f.message).toBe(
      "Task 1: the status “Chờ ý kiến” cannot be read, so the task counts as not done. Write “Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện” or a percentage.",
    );
  });

  it("reports the unknown status of the tracking fixture", () => {
    const findings = runRule(RULE, trackingRows(), { merges: TRACKING_MERGES, planPeriod: "2024" });
    expect(findings.map((f) => [f.row, f.col])).toEqual([[TRACKING_ROW[12], STATUS_COL]]);
  });
});
