import { fold } from "../../../src/core/text";
import { COL, FIRST_ROW, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES, seedRow } from "./seed-2024";

const RULE = "agency-variant";

describe(RULE, () => {
  it("passes canonical names and accepted abbreviations", () => {
    const rows = table(
      task(1, { lead: "Sở Tư pháp", coLead: "Công an tỉnh" }),
      task(2, { lead: "Sở Khoa học và Công nghệ", coLead: "Văn phòng UBND tỉnh" }),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("reports a punctuation variant with the canonical name as suggestion and a fix", () => {
    const findings = runRule(RULE, table(task(1, { lead: "Sở Lao động-Thương binh và Xã hội" })));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ severity: "warning", row: FIRST_ROW, col: COL.lead, task: "1" });
    expect(fold(f.suggestion ?? "")).toContain("so lao dong");
    expect(f.suggestion).not.toBe("Sở Lao động-Thương binh và Xã hội");
    expect(f.fix).toEqual({
      kind: "replace-text",
      row: FIRST_ROW,
      col: COL.lead,
      from: "Sở Lao động-Thương binh và Xã hội",
      to: f.suggestion,
      at: 0,
    });
    expect(f.message).toContain("“Sở Lao động-Thương binh và Xã hội”");
  });

  it("reports a difference of case only as info", () => {
    const [f] = runRule(RULE, table(task(1, { coLead: "Sở khoa học và Công nghệ" })));
    expect(f).toMatchObject({
      severity: "info",
      messageId: "minor",
      col: COL.coLead,
      suggestion: "Sở Khoa học và Công nghệ",
    });
  });

  it("reports the old tone-mark placement as info", () => {
    const [f] = runRule(RULE, table(task(1, { coLead: "Sở Văn hoá, Thể thao và Du lịch" })));
    expect(f).toMatchObject({ severity: "info", suggestion: "Sở Văn hóa, Thể thao và Du lịch" });
  });

  it("reports a dropped word as a warning", () => {
    const [f] = runRule(RULE, table(task(1, { lead: "Sở Kế hoạch đầu tư" })), { planPeriod: "2024" });
    expect(f).toMatchObject({ severity: "warning", suggestion: "Sở Kế hoạch và Đầu tư" });
  });

  it("reports each variant of a cell naming several agencies, on its own", () => {
    const findings = runRule(
      RULE,
      table(task(1, { coLead: "Công an tỉnh, Sở khoa học và Công nghệ, Sở Lao động Thương binh và Xã hội" })),
    );
    expect(findings.map((f) => f.fix && f.fix.kind === "replace-text" && f.fix.from).sort()).toEqual([
      "Sở Lao động Thương binh và Xã hội",
      "Sở khoa học và Công nghệ",
    ]);
  });

  it("reports the three spellings of one department in the 2024 seed", () => {
    const findings = runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES });
    const rows = new Set(
      findings.filter((f) => f.col === COL.lead).flatMap((f) => [f.row, ...(f.related ?? []).map((r) => r.row)]),
    );
    for (const t of [20, 26, 28, 29, 33]) expect(rows).toContain(seedRow(t));
    expect(rows).not.toContain(seedRow(1));
  });

  it("leaves a defunct agency's spelling to agency-defunct in a plan after it ended", () => {
    const rows = table(task(1, { lead: "Sở Lao động - Thương binh và Xã hội", deadline: "Tháng 6/2026" }));
    expect(runRule(RULE, rows, { planPeriod: "2026" })).toEqual([]);
    expect(runRule(RULE, rows, { planPeriod: "2024" })).toHaveLength(1);
  });

  it("says at info severity that an abbreviation should be written out, with the full name as suggestion", () => {
    const [f] = runRule(RULE, table(task(1, { lead: "Sở KH&CN", coLead: "Bộ CHQS tỉnh, UBND cấp xã" })));
    expect(f).toMatchObject({ severity: "info", messageId: "abbreviation", suggestion: "Sở Khoa học và Công nghệ" });
    const all = runRule(RULE, table(task(1, { lead: "Sở KH&CN", coLead: "Bộ CHQS tỉnh, UBND cấp xã" })));
    // "UBND" is an accepted abbreviation, and "UBND cấp xã" a collective.
    expect(all.map((x) => x.data.text)).toEqual(["Sở KH&CN", "Bộ CHQS tỉnh"]);
    expect(all[1].suggestion).toBe("Bộ Chỉ huy Quân sự tỉnh");
  });

  it("reports a name missing only a comma as a variant, not a silent match", () => {
    const [f] = runRule(RULE, table(task(1, { coLead: "Sở Văn hóa Thể thao và Du lịch" })));
    expect(f).toMatchObject({
      severity: "warning",
      messageId: "variant",
      suggestion: "Sở Văn hóa, Thể thao và Du lịch",
    });
  });

  it("keeps a region number in the suggestion (Bắc Ninh: 'Ngân hàng nhà nước khu vực XII')", () => {
    const [f] = runRule(RULE, table(task(1, { lead: "Ngân hàng nhà nước khu vực XII" })));
    expect(f).toMatchObject({ severity: "info", suggestion: "Ngân hàng Nhà nước khu vực XII" });
    expect(f.fix).toMatchObject({
      from: "Ngân hàng nhà nước khu vực XII",
      to: "Ngân hàng Nhà nước khu vực XII",
      at: 0,
    });
  });

  it("passes the spelling of a collective, which names no body", () => {
    const rows = table(task(1, { lead: "UBND các tỉnh/ thành phố", coLead: "Các Bộ, ngành; các bộ ngành liên quan" }));
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("says a spelling once per document, the other rows related (Đồng Tháp: 'Sở KH&CN' on many rows)", () => {
    const rows = table(
      task(1, { lead: "Sở KH&CN" }),
      task(2, { lead: "Sở KH&CN", coLead: "Sở KH&CN; các cơ quan, đơn vị liên quan" }),
      task(3, { lead: "Sở Nội vụ", coLead: "Sở KH&CN" }),
    );
    const findings = runRule(RULE, rows);
    expect(findings).toHaveLength(1);
    expect(findings[0].row).toBe(FIRST_ROW);
    expect(findings[0].related).toEqual([
      { row: FIRST_ROW + 1, task: "2" },
      { row: FIRST_ROW + 2, task: "3" },
    ]);
  });

  it("still reports a proper part of a collective's name written otherwise", () => {
    const [f] = runRule(RULE, table(task(1, { coLead: "Tổ công tác triển khai đề án 06 cấp xã" })));
    expect(f).toMatchObject({ severity: "info", suggestion: "Tổ công tác triển khai Đề án 06 cấp xã" });
  });
});
