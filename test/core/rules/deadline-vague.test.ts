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

  it("reports the same phrase on several tasks once, at its first task, the others related (Nghệ An KH 980/2025)", () => {
    const rows = table(
      task(1, { deadline: "Sau khi có Quy chế của TW" }),
      task(2, { deadline: "Sau khi có Quy chế của TW" }),
      task(3, { deadline: "Theo Kế hoạch riêng" }),
      task(4, { deadline: "Thường xuyên" }),
      task(5, { deadline: "theo kế hoạch riêng." }),
      task(6, { deadline: "Theo kế hoạch" }),
    );
    const findings = runRule(RULE, rows, { planPeriod: "2025" });
    expect(findings.map((f) => [f.row, f.task, f.messageId, f.related?.map((r) => r.row)])).toEqual([
      [FIRST_ROW, "1", "vague-repeated", [FIRST_ROW + 1]],
      [FIRST_ROW + 2, "3", "vague-repeated", [FIRST_ROW + 4]],
      [FIRST_ROW + 5, "6", "vague", undefined],
    ]);
    expect(findings[1].message).toBe(
      "Các nhiệm vụ 3, 5: thời hạn “Theo Kế hoạch riêng” phụ thuộc một sự kiện và không có mốc thời gian, nên không " +
        "tính được tiến độ. Nên ghi thêm mốc dự kiến, ví dụ “(tháng 03/2027)”.",
    );
  });
});
