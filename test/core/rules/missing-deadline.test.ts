import { COL, FIRST_ROW, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES } from "./seed-2024";

const RULE = "missing-deadline";

describe(RULE, () => {
  it("passes tasks with a deadline, written or as a date cell", () => {
    const rows = table(
      task(1),
      task(2, { deadline: "Thường xuyên" }),
      task(3, { deadline: new Date(Date.UTC(2024, 5, 30)) }),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("reports a task with no deadline at its deadline cell", () => {
    const findings = runRule(RULE, table(task(1), task(2, { deadline: "  " })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", row: FIRST_ROW + 1, col: COL.deadline, task: "2" });
    expect(findings[0].message).toContain("thời gian hoàn thành");
  });

  it("counts a deadline “chưa xác định” as missing", () => {
    const [f] = runRule(RULE, table(task(1, { deadline: "Chưa xác định" })));
    expect(f).toMatchObject({ messageId: "placeholder" });
    expect(f.message).toContain("“Chưa xác định”");
  });

  it("leaves a cell holding an Excel error to cell-error", () => {
    expect(runRule(RULE, table(task(1, { deadline: { error: "#VALUE!" } })))).toEqual([]);
  });

  it("finds nothing to report in the 2024 seed", () => {
    expect(runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES })).toEqual([]);
  });
});
