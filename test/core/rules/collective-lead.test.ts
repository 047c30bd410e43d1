import { COL, FIRST_ROW, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES, seedRow } from "./seed-2024";

const RULE = "collective-lead";

describe(RULE, () => {
  it("passes a named lead, also when a collective joins it", () => {
    const rows = table(
      task(1, { lead: "Công an tỉnh" }),
      task(2, { lead: "Công an tỉnh, UBND các huyện, thị xã, thành phố" }),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("reports a lead that is only “Các sở, ban, ngành”", () => {
    const findings = runRule(RULE, table(task(1), task(2, { lead: "Các sở, ban, ngành" })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", row: FIRST_ROW + 1, col: COL.lead, task: "2" });
    expect(findings[0].message).toContain("“Các sở, ban, ngành”");
  });

  it("reports a lead made of several collectives", () => {
    const [f] = runRule(RULE, table(task(1, { lead: "UBND các xã, phường" }), task(2)));
    expect(f).toMatchObject({ row: FIRST_ROW, task: "1" });
  });

  it("says nothing about an empty lead (missing-lead does)", () => {
    expect(runRule(RULE, table(task(1, { lead: "" })))).toEqual([]);
  });

  it("reports the seed tasks led only by collectives", () => {
    const findings = runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES });
    const tasks = [8, 11, 15, 16, 36];
    expect(findings.map((f) => f.task)).toEqual(tasks.map(String));
    expect(findings.map((f) => f.row)).toEqual(tasks.map(seedRow));
  });
});
