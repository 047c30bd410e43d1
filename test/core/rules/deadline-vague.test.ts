import { COL, FIRST_ROW, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES, seedRow } from "./seed-2024";

const RULE = "deadline-vague";

describe(RULE, () => {
  it("passes dated, ongoing and conditional deadlines carrying an indicative date", () => {
    const rows = table(
      task(1, { deadline: "Tháng 6/2024" }),
      task(2, { deadline: "Hàng tháng" }),
      task(3, { deadline: "Sau khi văn bản hướng dẫn được ban hành (tháng 09/2024)" }),
    );
    expect(runRule(RULE, rows, { planPeriod: "2024" })).toEqual([]);
  });

  it("reports a deadline that only waits on an event, as info", () => {
    const findings = runRule(RULE, table(task(1, { deadline: "Sau khi văn bản hướng dẫn được ban hành" })), {
      planPeriod: "2024",
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", row: FIRST_ROW, col: COL.deadline, task: "1" });
    expect(findings[0].message).toContain("“Sau khi văn bản hướng dẫn được ban hành”");
  });

  it("reports tasks 19 and 27 of the 2024 seed", () => {
    const findings = runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES });
    expect(findings.map((f) => [f.task, f.row])).toEqual([
      ["19", seedRow(19)],
      ["27", seedRow(27)],
    ]);
  });
});
