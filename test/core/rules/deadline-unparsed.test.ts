import { COL, FIRST_ROW, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES } from "./seed-2024";

const RULE = "deadline-unparsed";

describe(RULE, () => {
  it("passes the deadline forms used in plans", () => {
    const forms = [
      "Tháng 02/2024",
      "Quý IV/2024",
      "Trong năm 2024",
      "trước ngày 30/6/2024",
      "Ngày 22 hàng tháng",
      "Thực hiện thường xuyên",
      "Từ tháng 01/2024 và thực hiện thường xuyên",
      "Sau khi văn bản hướng dẫn được ban hành",
    ];
    const rows = table(...forms.map((deadline, i) => task(i + 1, { deadline })));
    expect(runRule(RULE, rows, { planPeriod: "2024" })).toEqual([]);
  });

  it("reports a month that does not exist, showing the text as written", () => {
    const findings = runRule(RULE, table(task(1), task(2, { deadline: "Tháng 13/2024" })), { planPeriod: "2024" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", row: FIRST_ROW + 1, col: COL.deadline, task: "2" });
    expect(findings[0].message).toContain("“Tháng 13/2024”");
  });

  it("leaves empty cells to missing-deadline and error values to cell-error", () => {
    const rows = table(task(1, { deadline: "" }), task(2, { deadline: { error: "#N/A" } }), task(3, { deadline: "…" }));
    expect(runRule(RULE, rows, { planPeriod: "2024" })).toEqual([]);
  });

  it("finds nothing to report in the 2024 seed", () => {
    expect(runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES })).toEqual([]);
  });

  it("says a month, quarter or day without its year names no year, and offers the plan's year", () => {
    const rows = table(
      task(1, { deadline: "Tháng 6" }),
      task(2, { deadline: "Quý III" }),
      task(3, { deadline: "Trước ngày 30/6." }),
    );
    const findings = runRule(RULE, rows, { planPeriod: "2026" });
    expect(findings.map((f) => [f.row, f.messageId, f.suggestion])).toEqual([
      [FIRST_ROW, "no-year", "Tháng 6/2026"],
      [FIRST_ROW + 1, "no-year", "Quý III/2026"],
      [FIRST_ROW + 2, "no-year", "Trước ngày 30/6/2026"],
    ]);
    expect(findings[0].message).toBe(
      "Nhiệm vụ 1: thời hạn “Tháng 6” không ghi năm. Hãy ghi rõ năm, ví dụ “Tháng 6/2026”.",
    );
    expect(findings[0].fix).toEqual({
      kind: "replace-text",
      row: FIRST_ROW,
      col: COL.deadline,
      from: "Tháng 6",
      to: "Tháng 6/2026",
    });
  });

  it("offers no year when the plan runs over several years", () => {
    const findings = runRule(RULE, table(task(1, { deadline: "Tháng 6" })), { planPeriod: "2026-2030" });
    expect(findings.map((f) => [f.messageId, f.suggestion, f.fix])).toEqual([["no-year", undefined, undefined]]);
    expect(findings[0].message).toContain("“Tháng 6/2026”");
  });
});
