import { COL, FIRST_ROW, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES } from "./seed-2024";

const RULE = "cell-error";

describe(RULE, () => {
  it("passes tasks without error values", () => {
    expect(runRule(RULE, table(task(1), task(2)))).toEqual([]);
  });

  it("reports an error value at its cell, naming the column and the code", () => {
    const findings = runRule(RULE, table(task(1), task(2, { deliverable: { error: "#REF!" } })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", row: FIRST_ROW + 1, col: COL.deliverable, task: "2" });
    expect(findings[0].message).toContain("#REF!");
    expect(findings[0].message).toContain("“Kết quả sản phẩm”");
  });

  it("reports each error cell of a task", () => {
    const rows = table(task(1, { lead: { error: "#N/A" }, deadline: { error: "#VALUE!" } }));
    expect(runRule(RULE, rows).map((f) => [f.col, f.data.code])).toEqual([
      [COL.lead, "#N/A"],
      [COL.deadline, "#VALUE!"],
    ]);
  });

  it("finds nothing to report in the 2024 seed", () => {
    expect(runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES })).toEqual([]);
  });
});
