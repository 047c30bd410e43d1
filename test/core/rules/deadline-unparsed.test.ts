import { COL, FIRST_ROW, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES } from "./seed-2024";

const RULE = "deadline-unparsed";

describe(RULE, () => {
  it("passes the deadline forms used in plans", () => {
    const forms = [
      "Tháng 02/2024",
      "Quý IV/2024",
      "Trong năm 2024",
      "trước ngày 30/6/2024",
      "Ngày 22 hàng tháng",
      "Thực hiện thường xuyên",
      "Từ tháng 01/2024 và thực hiện thường xuyên",
      "Sau khi văn bản hướng dẫn được ban hành",
    ];
    const rows = table(...forms.map((deadline, i) => task(i + 1, { deadline })));
    expect(runRule(RULE, rows, { planPeriod: "2024" })).toEqual([]);
  });

  it("reports a month that does not exist, showing the text as written", () => {
    const findings = runRule(RULE, table(task(1), task(2, { deadline: "Tháng 13/2024" })), { planPeriod: "2024" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", row: FIRST_ROW + 1, col: COL.deadline, task: "2" });
    expect(findings[0].message).toContain("“Tháng 13/2024”");
  });

  it("leaves empty cells to missing-deadline and error values to cell-error", () => {
    const rows = table(task(1, { deadline: "" }), task(2, { deadline: { error: "#N/A" } }), task(3, { deadline: "…" }));
    expect(runRule(RULE, rows, { planPeriod: "2024" })).toEqual([]);
  });

  it("finds nothing to report in the 2024 seed", () => {
    expect(runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES })).toEqual([]);
  });

  it("says a month, quarter or day without its year names no year, and offers the plan's year", () => {
    const rows = table(
      task(1, { deadline: "Tháng 6" }),
      task(2, { deadline: "Quý III" }),
      task(3, { deadline: "Trước ngày 30/6." }),
    );
    const findings = runRule(RULE, rows, { planPeriod: "2026" });
    expect(findings.map((f) => [f.row, f.messageId, f.suggestion])).toEqual([
      [FIRST_ROW, "no-year", "Tháng 6/2026"],
      [FIRST_ROW + 1, "no-year", "Quý III/2026"],
      [FIRST_ROW + 2, "no-year", "Trước ngày 30/6/2026"],
    ]);
    expect(findings[0].message).toBe(
      "Nhiệm vụ 1: thời hạn “Tháng 6” không ghi năm. Hãy ghi rõ năm, ví dụ “Tháng 6/2026”.",
    );
    expect(findings[0].fix).toEqual({
      kind: "replace-text",
      row: FIRST_ROW,
      col: COL.deadline,
      from: "Tháng 6",
      to: "Tháng 6/2026",
    });
  });

  it("offers no year when the plan runs over several years", () => {
    const findings = runRule(RULE, table(task(1, { deadline: "Tháng 6" })), { planPeriod: "2026-2030" });
    expect(findings.map((f) => [f.messageId, f.suggestion, f.fix])).toEqual([["no-year", undefined, undefined]]);
    expect(findings[0].message).toContain("“Tháng 6/2026”");
  });

  it("reports the same text on several tasks once, at its first task, the others related", () => {
    const rows = table(
      task(1, { deadline: "Tháng 13/2024" }),
      task(2, { deadline: "Quý III" }),
      task(3, { deadline: "tháng 13/2024" }),
      task(4, { deadline: "Tháng 13 / 2024." }),
      task(5, { deadline: "Quý III." }),
      task(6, { deadline: "Tháng 14/2024" }),
    );
    const findings = runRule(RULE, rows, { planPeriod: "2024" });
    expect(findings.map((f) => [f.row, f.messageId, f.related?.map((r) => r.row), f.suggestion, f.fix])).toEqual([
      [FIRST_ROW, "unparsed-repeated", [FIRST_ROW + 2, FIRST_ROW + 3], undefined, undefined],
      // A fix mends one cell: none for a text written on several tasks.
      [FIRST_ROW + 1, "no-year-repeated", [FIRST_ROW + 4], "Quý III/2024", undefined],
      [FIRST_ROW + 5, "unparsed", undefined, undefined, undefined],
    ]);
    expect(findings[0].message).toContain("Các nhiệm vụ 1, 3, 4: không hiểu thời hạn “Tháng 13/2024”.");
    expect(findings[1].message).toBe(
      "Các nhiệm vụ 2, 5: thời hạn “Quý III” không ghi năm. Hãy ghi rõ năm, ví dụ “Quý III/2024”.",
    );
  });

  it("offers the year of a guessed period as a suggestion only, not as a fix", () => {
    const rows = [
      ["PHỤ LỤC"],
      ["DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM"],
      ["(Kèm theo Kế hoạch số 617/KH-UBND ngày 01/12/2025 của Ủy ban nhân dân tỉnh)"],
      ...table(task(1, { deadline: "Quý IV" }), task(2, { deadline: "Quý IV/2025" })).slice(3),
    ];
    const findings = runRule(RULE, rows);
    expect(findings.map((f) => [f.messageId, f.suggestion, f.fix])).toEqual([["no-year", "Quý IV/2025", undefined]]);
  });
});
