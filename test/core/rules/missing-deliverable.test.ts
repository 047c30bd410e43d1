import { COL, FIRST_ROW, HEADER, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES, seedRow } from "./seed-2024";

const RULE = "missing-deliverable";

describe(RULE, () => {
  it("passes tasks with a deliverable", () => {
    expect(runRule(RULE, table(task(1), task(2, { deliverable: "Quyết định phê duyệt" })))).toEqual([]);
  });

  it("reports a task with no deliverable at its deliverable cell", () => {
    const findings = runRule(RULE, table(task(1, { deliverable: "" }), task(2)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      row: FIRST_ROW,
      col: COL.deliverable,
      cell: `E${FIRST_ROW}`,
      task: "1",
    });
    expect(findings[0].message).toContain("kết quả, sản phẩm");
  });

  it("reads a deliverable that continues on the row after a page break", () => {
    const rows = table(
      task(1, { deliverable: "" }),
      [],
      HEADER,
      ["", "", "", "", "Các sản phẩm tuyên truyền trực quan như: video, ấn phẩm, pano", ""],
      task(2),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("reports the eight tasks of the 2024 seed without deliverable, and not the split tasks 6 and 38", () => {
    const findings = runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES });
    const tasks = [14, 19, 26, 27, 28, 32, 35, 37];
    expect(findings.map((f) => f.task)).toEqual(tasks.map(String));
    expect(findings.map((f) => f.row)).toEqual(tasks.map(seedRow));
    expect(findings.every((f) => f.col === COL.deliverable)).toBe(true);
  });
});
