import { COL, FIRST_ROW, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES, seedRow } from "./seed-2024";

const RULE = "html-markup";

describe(RULE, () => {
  it("passes plain text, including “<” used as a sign", () => {
    expect(runRule(RULE, table(task(1), task(2, { deliverable: "Tỷ lệ hồ sơ trễ hạn < 5%" })))).toEqual([]);
  });

  it("reports HTML in a cell, as info, with the clean text as suggestion and fix", () => {
    const findings = runRule(RULE, table(task(1, { deliverable: "<p>Báo cáo <b>kết quả</b> thực hiện</p>" })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "info",
      row: FIRST_ROW,
      col: COL.deliverable,
      suggestion: "Báo cáo kết quả thực hiện",
      fix: {
        kind: "replace-text",
        row: FIRST_ROW,
        col: COL.deliverable,
        from: "<p>Báo cáo <b>kết quả</b> thực hiện</p>",
        to: "Báo cáo kết quả thực hiện",
      },
    });
  });

  it("reports entities such as &nbsp;", () => {
    const [f] = runRule(RULE, table(task(1, { lead: "Công an&nbsp;tỉnh" })));
    expect(f).toMatchObject({ col: COL.lead, suggestion: "Công an tỉnh" });
  });

  it("reports the task of the 2024 seed whose text kept <i> tags, without a fix across the page break", () => {
    const findings = runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES });
    expect(findings.map((f) => [f.task, f.row, f.col])).toEqual([["38", seedRow(38), COL.content]]);
    expect(findings[0].fix).toBeUndefined();
  });
});
