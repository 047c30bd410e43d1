import { renderFinding } from "../../../src/core/render";
import { COL, FIRST_ROW, HEADER, runRule, table, task, TITLE_ROWS } from "./harness";
import { SEED_2024, SEED_2024_MERGES, seedRow } from "./seed-2024";

const RULE = "missing-co-lead";

describe(RULE, () => {
  it("passes tasks naming co-operating agencies", () => {
    expect(runRule(RULE, table(task(1), task(2, { coLead: "Các sở, ban, ngành" })))).toEqual([]);
  });

  it("reports a task without co-operating agency, as a warning, at its cell", () => {
    const findings = runRule(RULE, table(task(1), task(2, { coLead: null })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", row: FIRST_ROW + 1, col: COL.coLead, task: "2" });
  });

  it("reports co-operating cells holding numbers as one warning, the other rows related", () => {
    const findings = runRule(RULE, table(task(1, { coLead: 3 }), task(2), task(3, { coLead: 4 })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      messageId: "not-a-name",
      severity: "warning",
      row: FIRST_ROW,
      col: COL.coLead,
      related: [{ row: FIRST_ROW + 2, task: "3" }],
    });
    expect(renderFinding(findings[0], "en").message).toBe(
      "Task 1 names no co-operating agency: the cell holds the number “3”, not the name of an agency.",
    );
  });

  it("reads the co-operating cell re-joined from a row split by a page break", () => {
    const rows = table(
      task(1, { coLead: "" }),
      [],
      HEADER,
      ["", "", "", "Văn phòng UBND tỉnh, các sở, ban, ngành", "", ""],
      task(2),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("reports only task 12 in the 2024 seed (task 6 continues after a page break)", () => {
    const findings = runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES });
    expect(findings.map((f) => [f.task, f.row, f.col])).toEqual([["12", seedRow(12), COL.coLead]]);
  });

  it("says nothing when the table has no co-operating column (a tracking list, an assignment list)", () => {
    const rows = [
      ...TITLE_ROWS,
      ["STT", "Nội dung, nhiệm vụ cụ thể", "Đơn vị chủ trì", "Thời gian hoàn thành"],
      [1, "Triển khai xây dựng kho dữ liệu thủ tục hành chính tỉnh", "Công an tỉnh", "Tháng 6/2024"],
      [2, "Đẩy mạnh triển khai số hóa dữ liệu hộ tịch", "Sở Tư pháp", "Quý II/2024"],
    ];
    expect(runRule(RULE, rows)).toEqual([]);
    expect(runRule("missing-lead", table(task(1, { lead: "" })))).toHaveLength(1);
  });
});
