import { COL, FIRST_ROW, HEADER, runRule, section, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES } from "./seed-2024";

const RULE = "missing-content";

describe(RULE, () => {
  it("passes tasks that say what is to be done", () => {
    expect(runRule(RULE, table(section("I. VỀ CÔNG TÁC CHỈ ĐẠO"), task(1), task(2)))).toEqual([]);
  });

  it("reports a task row with an empty task cell, at that cell", () => {
    const findings = runRule(RULE, table(task(1), task(2, { content: "" }), task(3)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      row: FIRST_ROW + 1,
      col: COL.content,
      cell: `B${FIRST_ROW + 1}`,
      task: "2",
      messageId: "missing",
    });
    expect(findings[0].message).toContain("Nhiệm vụ 2");
  });

  it("counts a placeholder such as “-” as missing and shows it", () => {
    const [f] = runRule(RULE, table(task(1), task(2, { content: "-" })));
    expect(f).toMatchObject({ messageId: "placeholder", row: FIRST_ROW + 1 });
    expect(f.message).toContain("“-”");
  });

  it("counts a cell holding only HTML fragments as empty", () => {
    const [f] = runRule(RULE, table(task(1), task(2, { content: "<p></p>" })));
    expect(f).toMatchObject({ messageId: "missing", row: FIRST_ROW + 1 });
  });

  it("leaves a cell holding an Excel error to cell-error", () => {
    expect(runRule(RULE, table(task(1), task(2, { content: { error: "#REF!" } })))).toEqual([]);
  });

  it("reads the task text carried over to the row after a page break", () => {
    const rows = table(
      task(1),
      task(2, { content: "" }),
      [],
      HEADER,
      ["", "theo dõi, đôn đốc triển khai thực hiện các mô hình Đề án 06 trên địa bàn tỉnh", "", "", "", ""],
      task(3),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("writes the message in English", () => {
    const [f] = runRule(RULE, table(task(1, { content: "" })), { lang: "en" });
    expect(f.message).toBe("Task 1 has no content: the task cell is empty.");
  });

  it("finds nothing to report in the 2024 seed", () => {
    expect(runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES })).toEqual([]);
  });
});
