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
