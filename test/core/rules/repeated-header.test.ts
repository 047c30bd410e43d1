import { FIRST_ROW, HEADER, HEADER_ROW, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES } from "./seed-2024";

const RULE = "repeated-header";

describe(RULE, () => {
  it("passes a table with one header", () => {
    expect(runRule(RULE, table(task(1), task(2)))).toEqual([]);
  });

  it("reports the header repeated inside the table, as info", () => {
    const findings = runRule(RULE, table(task(1), HEADER, task(2)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", row: FIRST_ROW + 1, col: 1, task: "" });
    expect(findings[0].message).toContain(`dòng ${HEADER_ROW}`);
  });

  it("reports a repeated header written in bold HTML", () => {
    const bold = HEADER.map((h) => `<b>${String(h)}</b>`);
    expect(runRule(RULE, table(task(1), bold, task(2))).map((f) => f.row)).toEqual([FIRST_ROW + 1]);
  });

  it("reports the six page-break headers of the 2024 seed", () => {
    const findings = runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES });
    expect(findings.map((f) => f.row)).toEqual([14, 24, 32, 41, 52, 63]);
  });
});
