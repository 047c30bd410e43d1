import { COL, FIRST_ROW, HEADER, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES, seedRow } from "./seed-2024";

const RULE = "deadline-outside-plan";

describe(RULE, () => {
  it("passes deadlines inside the plan year, and ongoing or conditional ones", () => {
    const rows = table(
      task(1, { deadline: "Tháng 02/2024" }),
      task(2, { deadline: "Quý IV/2024" }),
      task(3, { deadline: new Date(Date.UTC(2024, 11, 31)) }),
      task(4, { deadline: "Thường xuyên" }),
      task(5, { deadline: "Theo lộ trình hướng dẫn Cục C06" }),
    );
    expect(runRule(RULE, rows, { planPeriod: "2024" })).toEqual([]);
  });

  it("reports a deadline in the year before the plan, as an error", () => {
    const findings = runRule(RULE, table(task(1), task(2, { deadline: "Tháng 6/2023" })), { planPeriod: "2024" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      messageId: "before",
      row: FIRST_ROW + 1,
      col: COL.deadline,
      task: "2",
    });
    expect(findings[0].message).toContain("“Tháng 6/2023”");
    expect(findings[0].message).toContain("30/06/2023");
  });

  it("reports a deadline after the plan period, also for a date cell", () => {
    const rows = table(task(1, { deadline: "Quý I/2025" }), task(2, { deadline: new Date(Date.UTC(2025, 2, 31)) }));
    const findings = runRule(RULE, rows, { planPeriod: "2024" });
    expect(findings.map((f) => [f.task, f.messageId])).toEqual([
      ["1", "after"],
      ["2", "after"],
    ]);
  });

  it("checks the start of a period, and the indicative date of a conditional deadline", () => {
    const rows = table(
      task(1, { deadline: "giai đoạn 2026 - 2030" }),
      task(2, { deadline: "giai đoạn 2025 - 2027" }),
      task(3, { deadline: "Sau khi Nghị định được ban hành (tháng 03/2031)" }),
    );
    const findings = runRule(RULE, rows, { planPeriod: "2026-2030" });
    expect(findings.map((f) => [f.task, f.messageId])).toEqual([
      ["2", "before"],
      ["3", "after"],
    ]);
  });

  it("reports task 10 of the 2024 seed (June 2023)", () => {
    const findings = runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES, planPeriod: "2024" });
    expect(findings.map((f) => [f.task, f.row])).toEqual([["10", seedRow(10)]]);
  });

  describe("a period the title does not name is only a guess", () => {
    /** The title rows of the Đồng Tháp appendix (KH 617/KH-UBND, 2025): no period, only the issuing date. */
    const untitled = (...body: ReturnType<typeof task>[]) => [
      ["PHỤ LỤC"],
      ["DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM"],
      ["(Kèm theo Kế hoạch số 617/KH-UBND ngày 01/12/2025 của Ủy ban nhân dân tỉnh)"],
      HEADER,
      ...body,
    ];
    /** The deadlines of a plan running from Q4/2025 to Q2/2030, most of them in 2025. */
    const rows = untitled(
      task(1, { deadline: "Quí IV-2025" }),
      task(2, { deadline: "Quý IV/2025" }),
      task(3, { deadline: "Tháng 12/2025" }),
      task(4, { deadline: "Thường xuyên" }),
      task(5, { deadline: "Quý II/2030" }),
    );

    it("says so once, as info on the first title row, and reports no deadline outside the guess", () => {
      const findings = runRule(RULE, rows);
      expect(findings.map((f) => [f.row, f.col, f.severity, f.messageId, f.suggestion])).toEqual([
        [1, COL.number, "info", "guessed", "2025"],
      ]);
      expect(findings[0].message).toBe(
        "Tiêu đề phụ lục không ghi kỳ kế hoạch; Rõ Việc tạm lấy 2025 theo thời hạn các nhiệm vụ (các thời hạn ghi " +
          "trong 2025-2030) nên không báo thời hạn nào ngoài kỳ kế hoạch. Hãy nhập kỳ kế hoạch (ô “Kỳ kế hoạch” " +
          "trong ngăn tác vụ hoặc --plan-period, ví dụ 2025) để kiểm tra thời hạn.",
      );
    });

    it("on the header row when there is no title", () => {
      const findings = runRule(RULE, rows.slice(3));
      expect(findings.map((f) => [f.row, f.messageId])).toEqual([[1, "guessed"]]);
    });

    it("once the period is given, the deadlines are checked against it", () => {
      expect(runRule(RULE, rows, { planPeriod: "2026-2030" }).map((f) => [f.task, f.messageId])).toEqual([
        ["1", "before"],
        ["2", "before"],
        ["3", "before"],
      ]);
      expect(runRule(RULE, rows, { planPeriod: "2025-2030" })).toEqual([]);
    });

    it("a period the title names is no guess", () => {
      const titled = [
        ["PHỤ LỤC"],
        ["DANH MỤC NHIỆM VỤ GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045"],
        ...rows.slice(2),
      ];
      expect(runRule(RULE, titled).map((f) => [f.task, f.messageId])).toEqual([
        ["1", "before"],
        ["2", "before"],
        ["3", "before"],
      ]);
    });
  });
});
