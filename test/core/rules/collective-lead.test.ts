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
    // Tasks 11, 15 and 16 name the same collectives (with and without the comma): one finding, 15 and 16 related.
    const said = findings.flatMap((f) => [{ task: f.task, row: f.row }, ...(f.related ?? [])]);
    said.sort((a, b) => a.row - b.row);
    expect(said.map((s) => s.task)).toEqual(tasks.map(String));
    expect(said.map((s) => s.row)).toEqual(tasks.map(seedRow));
    expect(findings).toHaveLength(3);
  });

  it("finds a collective whose commas were once cut, and says one phrase once (Thủ tướng 2530: part O.)", () => {
    const rows = table(
      task(1, { lead: "Sở, ban, ngành có liên quan" }),
      task(2, { lead: "UBND các tỉnh/thành phố" }),
      task(3, { lead: "UBND các tỉnh/ thành phố" }),
      task(4, { lead: "Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố" }),
    );
    const findings = runRule(RULE, rows);
    expect(findings.map((f) => [f.task, f.related?.map((r) => r.task)])).toEqual([
      ["1", undefined],
      ["2", ["3"]],
    ]);
  });
});
