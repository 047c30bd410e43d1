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

  it("does not report a header repeated under each table's caption (a layout, not a page break)", () => {
    const caption = (text: string) => [text];
    const rows = table(
      task(1),
      task(2),
      caption("2. Các nhiệm vụ về chuyển đổi số quá hạn chưa hoàn thành"),
      HEADER,
      task(1),
      caption("3. Các nhiệm vụ về khoa học công nghệ, đổi mới sáng tạo quá hạn chưa hoàn thành"),
      HEADER,
      task(1),
    );
    const merges = [FIRST_ROW + 2, FIRST_ROW + 5].map((r) => `A${r}:F${r}`);
    expect(runRule(RULE, rows, { merges })).toEqual([]);
    // The same header after a task, with no caption above it, is a page break's.
    expect(runRule(RULE, table(task(1), task(2), HEADER, task(3))).map((f) => f.row)).toEqual([FIRST_ROW + 2]);
  });
});
