import { correctedTitle } from "../../../src/core/rules/section-count-mismatch";
import { FIRST_ROW, runRule, section, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES, seedRow } from "./seed-2024";

const RULE = "section-count-mismatch";

describe(RULE, () => {
  it("passes sections holding the tasks they declare", () => {
    const rows = table(
      section("I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (02 NHIỆM VỤ)"),
      task(1),
      task(2),
      section("II. VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN (01 NHIỆM VỤ)"),
      task(3),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("reports a section declaring more tasks than it holds, at its heading", () => {
    const rows = table(
      section("I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (03 NHIỆM VỤ)"),
      task(1),
      task(2),
      section("II. VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN (01 NHIỆM VỤ)"),
      task(3),
    );
    const findings = runRule(RULE, rows);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      row: FIRST_ROW,
      col: 1,
      task: "",
      data: { declared: 3, actual: 2 },
      suggestion: "I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (02 NHIỆM VỤ)",
    });
    expect(findings[0].message).toBe(
      "Mục I ghi 3 nhiệm vụ nhưng có 2 nhiệm vụ (“I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (03 NHIỆM VỤ)”).",
    );
  });

  it("ignores sections that declare no count", () => {
    expect(runRule(RULE, table(section("I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"), task(1), task(2)))).toEqual([]);
  });

  it("finds every section of the 2024 seed in step (tasks 6 and 38 counted once)", () => {
    expect(runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES })).toEqual([]);
  });

  it("reports the section of the seed that loses a task", () => {
    const rows = SEED_2024.filter((_, i) => i + 1 !== seedRow(31));
    const findings = runRule(RULE, rows, { merges: SEED_2024_MERGES });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ data: { section: "V", declared: 6, actual: 5 } });
    expect(findings[0].suggestion).toBe("V. XÂY DỰNG HỆ SINH THÁI DỮ LIỆU DÙNG CHUNG (05 NHIỆM VỤ)");
  });

  it("corrects the declared count in the heading, keeping its padding", () => {
    expect(correctedTitle("IV. VỀ PHÁT TRIỂN CÔNG DÂN SỐ (08 NHIỆM VỤ)", 8, 10)).toBe(
      "IV. VỀ PHÁT TRIỂN CÔNG DÂN SỐ (10 NHIỆM VỤ)",
    );
    expect(correctedTitle("Mục 2 (5 nhiệm vụ)", 5, 4)).toBe("Mục 2 (4 nhiệm vụ)");
    expect(correctedTitle("Mục 2", 5, 4)).toBeUndefined();
  });

  it("counts the tasks of the parts inside a section (I holding A and B)", () => {
    const rows = table(
      section("I. NHIỆM VỤ TRỌNG TÂM (04 NHIỆM VỤ)"),
      ["A", "VỀ THỂ CHẾ (02 nhiệm vụ)"],
      task(1),
      task(2),
      ["B", "VỀ HẠ TẦNG SỐ"],
      task(3),
      task(4),
      section("II. NHIỆM VỤ KHÁC (03 NHIỆM VỤ)"),
      task(5),
      task(6),
    );
    const findings = runRule(RULE, rows);
    expect(findings.map((f) => [f.row, f.data])).toEqual([
      [FIRST_ROW + 7, { section: "II", declared: 3, actual: 2, title: "II. NHIỆM VỤ KHÁC (03 NHIỆM VỤ)" }],
    ]);
  });

  it("reports a lettered part that declares more tasks than it holds", () => {
    const rows = table(
      ["A", "NHIỆM VỤ TRỌNG TÂM (03 nhiệm vụ)"],
      task(1),
      task(2),
      ["B", "NHIỆM VỤ THƯỜNG XUYÊN"],
      task(3),
    );
    expect(runRule(RULE, rows).map((f) => [f.row, f.data.section, f.data.actual])).toEqual([[FIRST_ROW, "A", 2]]);
  });
});
