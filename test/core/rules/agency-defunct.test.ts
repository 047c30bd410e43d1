import { COL, FIRST_ROW, runRule, table, task } from "./harness";

const RULE = "agency-defunct";

describe(RULE, () => {
  it("accepts a 2024 plan naming departments merged in 2025", () => {
    const rows = table(task(1, { lead: "Sở Kế hoạch và Đầu tư", coLead: "Sở Thông tin và Truyền thông" }));
    expect(runRule(RULE, rows, { planPeriod: "2024" })).toEqual([]);
  });

  it("accepts a 2025 plan: the department still existed in part of the period", () => {
    expect(runRule(RULE, table(task(1, { lead: "Sở Kế hoạch và Đầu tư" })), { planPeriod: "2025" })).toEqual([]);
  });

  it("reports a 2026 plan giving work to a merged department, with its successor", () => {
    const findings = runRule(RULE, table(task(1, { lead: "Sở Kế hoạch và Đầu tư" })), { planPeriod: "2026" });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ severity: "warning", row: FIRST_ROW, col: COL.lead, suggestion: "Sở Tài chính" });
    expect(f.message).toContain("không còn tồn tại từ 01/03/2025; công việc chuyển cho Sở Tài chính");
  });

  it("words the finding in English", () => {
    const [f] = runRule(RULE, table(task(1, { lead: "Sở Kế hoạch và Đầu tư" })), { planPeriod: "2026", lang: "en" });
    expect(f.message).toContain("no longer exists since 1 March 2025; its work passed to Sở Tài chính");
  });

  it("adds where parts of the work went", () => {
    const [f] = runRule(RULE, table(task(1, { coLead: "Sở Lao động – Thương binh và Xã hội" })), {
      planPeriod: "2026-2030",
    });
    expect(f.col).toBe(COL.coLead);
    // The suggestion (what "Sửa" writes into the cell) is the successor's name; the note stays in the message.
    expect(f.suggestion).toBe("Sở Nội vụ");
    expect(f.message).toContain("Sở Nội vụ (");
    expect(f.fix).toEqual({
      kind: "replace-text",
      row: f.row,
      col: COL.coLead,
      from: "Sở Lao động – Thương binh và Xã hội",
      to: "Sở Nội vụ",
      at: 0,
    });
  });

  it("reports district-level bodies after 1 July 2025", () => {
    const [f] = runRule(RULE, table(task(1, { coLead: "UBND các huyện, thị xã, thành phố" })), { planPeriod: "2026" });
    expect(f.message).toContain("01/07/2025");
    expect(f.suggestion).toContain("UBND các xã, phường");
  });

  it("reports district police and the regional tax offices of spring 2025 in a 2026 plan, with their successors", () => {
    const rows = table(
      task(1, { coLead: "Công an các huyện, thành phố" }),
      task(2, { lead: "Chi cục Thuế khu vực", coLead: "Sở Tài chính" }),
    );
    const findings = runRule(RULE, rows, { planPeriod: "2026" });
    expect(findings.map((f) => [f.row, f.suggestion])).toEqual([
      [FIRST_ROW, "Công an các xã, phường"],
      [FIRST_ROW + 1, "Thuế tỉnh"],
    ]);
    expect(runRule(RULE, rows, { planPeriod: "2024" })).toEqual([]);
  });

  it("never reports facts marked uncertain", () => {
    const rows = table(task(1, { coLead: "Đài Phát thanh và Truyền hình tỉnh, Bảo hiểm xã hội tỉnh" }));
    expect(runRule(RULE, rows, { planPeriod: "2026" })).toEqual([]);
  });

  it("accepts the agencies that exist today", () => {
    const rows = table(
      task(1, { lead: "Sở Tài chính", coLead: "Sở Nông nghiệp và Môi trường, Sở Nội vụ, Công an tỉnh" }),
    );
    expect(runRule(RULE, rows, { planPeriod: "2026" })).toEqual([]);
  });

  it("says a defunct name once per document, and its fix replaces only that name where it stands", () => {
    const rows = table(
      task(1, { coLead: "UBND các huyện, thị xã, thành phố; Sở Tài chính; UBND các huyện", deadline: "Tháng 6/2026" }),
      task(2, { coLead: "UBND các huyện, thị xã, thành phố", deadline: "Tháng 6/2026" }),
    );
    const findings = runRule(RULE, rows, { planPeriod: "2026" });
    expect(findings.map((f) => f.data.agency)).toEqual(["UBND các huyện, thị xã, thành phố", "UBND các huyện"]);
    expect(findings[0].related).toEqual([{ row: FIRST_ROW + 1, task: "2" }]);
    expect(findings[1].fix).toMatchObject({ from: "UBND các huyện", to: "UBND các xã, phường", at: 49 });
  });
});
