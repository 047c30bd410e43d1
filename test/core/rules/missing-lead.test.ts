import { checkGrid } from "../../../src/core/engine";
import { createGrid } from "../../../src/core/grid";
import { renderFinding } from "../../../src/core/render";
import { COL, FIRST_ROW, runRule, table, task, TITLE_ROWS } from "./harness";
import { SEED_2024, SEED_2024_MERGES } from "./seed-2024";

const RULE = "missing-lead";

describe(RULE, () => {
  it("passes tasks with a lead agency", () => {
    expect(runRule(RULE, table(task(1), task(2, { lead: "Sở Tài chính, Sở Kế hoạch và Đầu tư" })))).toEqual([]);
  });

  it("reports a task with no lead agency at its lead cell", () => {
    const findings = runRule(RULE, table(task(1), task(2), task(3, { lead: "" })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", row: FIRST_ROW + 2, col: COL.lead, task: "3" });
    expect(findings[0].message).toBe("Nhiệm vụ 3 chưa có đơn vị chủ trì: không rõ ai chịu trách nhiệm.");
  });

  it("counts “chưa xác định” as missing, and lets options change the placeholders", () => {
    const rows = table(task(1, { lead: "Chưa xác định" }));
    expect(runRule(RULE, rows)).toHaveLength(1);
    expect(runRule(RULE, rows, { options: { placeholders: [] } })).toEqual([]);
  });

  it("reports a lead cell holding a number, a date or TRUE: once per kind of value, the other rows related", () => {
    const rows = table(
      task(1, { lead: 5 }),
      task(2),
      task(3, { lead: new Date(Date.UTC(2024, 2, 1)) }),
      task(4, { lead: 12 }),
      task(5, { lead: true }),
      task(6, { lead: 7 }),
    );
    const findings = runRule(RULE, rows);
    expect(findings.map((f) => [f.messageId, f.task, f.row, f.col, f.related?.map((r) => r.row)])).toEqual([
      ["not-a-name", "1", FIRST_ROW, COL.lead, [FIRST_ROW + 3, FIRST_ROW + 5]],
      ["not-a-name", "3", FIRST_ROW + 2, COL.lead, undefined],
      ["not-a-name", "5", FIRST_ROW + 4, COL.lead, undefined],
    ]);
    expect(findings.map((f) => f.severity)).toEqual(["error", "error", "error"]);
    expect(findings.map((f) => renderFinding(f, "vi").message)).toEqual([
      "Nhiệm vụ 1 chưa có đơn vị chủ trì: ô chủ trì ghi số “5”, không phải tên cơ quan, đơn vị.",
      "Nhiệm vụ 3 chưa có đơn vị chủ trì: ô chủ trì ghi ngày “01/03/2024”, không phải tên cơ quan, đơn vị.",
      "Nhiệm vụ 5 chưa có đơn vị chủ trì: ô chủ trì ghi giá trị đúng/sai “TRUE”, không phải tên cơ quan, đơn vị.",
    ]);
    expect(renderFinding(findings[1], "en").message).toBe(
      "Task 3 has no lead agency: the lead cell holds the date “2024-03-01”, not the name of an agency.",
    );
  });

  it("takes a number in the lead cell for no agency elsewhere too: no unknown-agency finding, no completion row", () => {
    const rows = table(task(1, { lead: true }), task(2, { lead: 5, coLead: 3 }), task(3));
    const result = checkGrid(createGrid({ rows }), {
      asOf: "2024-12-31",
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.report.findings.filter((f) => f.rule === "unknown-agency")).toEqual([]);
    expect(result.report.findings.filter((f) => f.messageId === "not-a-name").map((f) => f.rule)).toEqual([
      "missing-lead",
      "missing-lead",
      "missing-co-lead",
    ]);
    const completion = result.report.completion;
    expect(completion?.agencies.map((a) => a.agency)).toEqual(["Công an tỉnh"]);
    expect(completion?.withoutLead).toEqual([FIRST_ROW, FIRST_ROW + 1]);
  });

  it("leaves a cell holding an Excel error to cell-error", () => {
    expect(runRule(RULE, table(task(1, { lead: { error: "#N/A" } })))).toEqual([]);
  });

  it("reports once, on the header, when the table has no lead column", () => {
    const rows = [
      ...TITLE_ROWS,
      ["STT", "Nội dung, nhiệm vụ cụ thể", "Kết quả sản phẩm", "Thời gian hoàn thành"],
      [1, "Triển khai xây dựng kho dữ liệu thủ tục hành chính tỉnh", "Báo cáo", "Tháng 6/2024"],
      [2, "Đẩy mạnh triển khai số hóa dữ liệu hộ tịch", "Báo cáo", "Quý II/2024"],
    ];
    const findings = runRule(RULE, rows);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageId: "no-column", row: TITLE_ROWS.length + 1 });
  });

  it("finds nothing to report in the 2024 seed", () => {
    expect(runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES })).toEqual([]);
  });
});
