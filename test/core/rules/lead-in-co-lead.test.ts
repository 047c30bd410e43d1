import { COL, FIRST_ROW, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES } from "./seed-2024";

const RULE = "lead-in-co-lead";

describe(RULE, () => {
  it("passes tasks whose co-operating agencies differ from the lead", () => {
    const rows = table(task(1, { lead: "Công an tỉnh", coLead: "Văn phòng UBND tỉnh, Sở Tư pháp" }));
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("reports the lead named again among co-operating agencies, suggesting the others", () => {
    const findings = runRule(
      RULE,
      table(task(1), task(2, { lead: "Công an tỉnh", coLead: "Sở Tư pháp, Công an tỉnh" })),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", row: FIRST_ROW + 1, col: COL.coLead, task: "2" });
    expect(findings[0].suggestion).toBe("Sở Tư pháp");
    expect(findings[0].message).toContain("“Công an tỉnh”");
  });

  it("recognises the same agency written two ways", () => {
    const rows = table(
      task(1, { lead: "Sở Lao động – Thương binh và Xã hội", coLead: "Sở Lao động, Thương binh và Xã hội; Sở Y tế" }),
    );
    const [f] = runRule(RULE, rows);
    expect(f).toBeDefined();
    expect(f.data.agency).toBe("Sở Lao động, Thương binh và Xã hội");
    expect(f.data.lead).toBe("Sở Lao động – Thương binh và Xã hội");
  });

  it("does not confuse a department with a collective that contains the word “sở”", () => {
    const rows = table(task(1, { lead: "Sở Tư pháp", coLead: "Các sở, ban, ngành" }));
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("finds nothing to report in the 2024 seed", () => {
    expect(runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES })).toEqual([]);
  });

  it("leaves collectives out: 'các bộ, ngành' leading for their sectors and co-operating elsewhere", () => {
    const rows = table(
      task(1, {
        lead: "Bộ Công an, Bộ Khoa học và Công nghệ với các tiêu chuẩn áp dụng chung; các bộ, ngành với các tiêu chuẩn nội ngành",
        coLead: "Các bộ, ngành có liên quan",
      }),
    );
    expect(runRule(RULE, rows)).toEqual([]);
    const named = table(task(1, { lead: "Sở Tài chính", coLead: "Sở Tài chính và cơ quan, địa phương liên quan" }));
    expect(runRule(RULE, named)).toHaveLength(1);
  });
});
