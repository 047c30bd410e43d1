import { COL, FIRST_ROW, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES, seedRow } from "./seed-2024";

const RULE = "deadline-outside-plan";

describe(RULE, () => {
  it("passes deadlines inside the plan year, and ongoing or conditional ones", () => {
    const rows = table(
      task(1, { deadline: "Tháng 02/2024" }),
      task(2, { deadline: "Quý IV/2024" }),
      task(3, { deadline: new Date(Date.UTC(2024, 11, 31)) }),
      task(4, { deadline: "Thường xuyên" }),
      task(5, { deadline: "Theo lộ trình hướng dẫn Cục C06" }),
    );
    expect(runRule(RULE, rows, { planPeriod: "2024" })).toEqual([]);
  });

  it("reports a deadline in the year before the plan, as an error", () => {
    const findings = runRule(RULE, table(task(1), task(2, { deadline: "Tháng 6/2023" })), { planPeriod: "2024" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      messageId: "before",
      row: FIRST_ROW + 1,
      col: COL.deadline,
      task: "2",
    });
    expect(findings[0].message).toContain("“Tháng 6/2023”");
    expect(findings[0].message).toContain("30/06/2023");
  });

  it("reports a deadline after the plan period, also for a date cell", () => {
    const rows = table(task(1, { deadline: "Quý I/2025" }), task(2, { deadline: new Date(Date.UTC(2025, 2, 31)) }));
    const findings = runRule(RULE, rows, { planPeriod: "2024" });
    expect(findings.map((f) => [f.task, f.messageId])).toEqual([
      ["1", "after"],
      ["2", "after"],
    ]);
  });

  it("checks the start of a period, and the indicative date of a conditional deadline", () => {
    const rows = table(
      task(1, { deadline: "giai đoạn 2026 - 2030" }),
      task(2, { deadline: "giai đoạn 2025 - 2027" }),
      task(3, { deadline: "Sau khi Nghị định được ban hành (tháng 03/2031)" }),
    );
    const findings = runRule(RULE, rows, { planPeriod: "2026-2030" });
    expect(findings.map((f) => [f.task, f.messageId])).toEqual([
      ["2", "before"],
      ["3", "after"],
    ]);
  });

  it("reports task 10 of the 2024 seed (June 2023)", () => {
    const findings = runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES, planPeriod: "2024" });
    expect(findings.map((f) => [f.task, f.row])).toEqual([["10", seedRow(10)]]);
  });
});
