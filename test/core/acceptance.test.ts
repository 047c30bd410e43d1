import {
  acceptFinding,
  applyAcceptances,
  cellFingerprint,
  checkGrid,
  createGrid,
  findingHash,
  type Finding,
  type Grid,
  type Report,
} from "../../src/core";
import { binhDinh2024Grid } from "../fixtures/grids";

function check(grid: Grid): Report {
  const r = checkGrid(grid, {});
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

/** The same sheet with one cell's text replaced. */
function edited(grid: Grid, row: number, col: number, text: string): Grid {
  const rows = grid.rows.map((r) => [...r]);
  while (rows[row - 1].length < col) rows[row - 1].push({ kind: "empty" });
  rows[row - 1][col - 1] = { kind: "text", text };
  return { ...grid, rows };
}

describe("accepted findings", () => {
  const grid = binhDinh2024Grid();
  const report = check(grid);
  const error = report.findings.find((f) => f.severity === "error")!;
  const warning = report.findings.find((f) => f.severity === "warning")!;

  it("sets an accepted finding aside and counts only the findings shown", () => {
    const a = acceptFinding(grid, error, "  Đã thống nhất giữ nguyên  ", "2024-07-01 09:00");
    expect(a).toMatchObject({ sheet: grid.sheet, row: error.row, col: error.col, rule: error.rule });
    expect(a.reason).toBe("Đã thống nhất giữ nguyên");
    const view = applyAcceptances(report, grid, [a]);
    expect(view.accepted.map((x) => x.finding)).toEqual([error]);
    expect(view.report.findings).toHaveLength(report.findings.length - 1);
    expect(view.report.findings).not.toContain(error);
    expect(view.report.stats.errors).toBe(report.stats.errors - 1);
    expect(view.report.stats.warnings).toBe(report.stats.warnings);
    expect(view.unmatched).toEqual([]);
  });

  it("makes the report valid once every error is accepted", () => {
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(report.valid).toBe(false);
    const view = applyAcceptances(
      report,
      grid,
      errors.map((f) => acceptFinding(grid, f, "")),
    );
    expect(view.report.valid).toBe(true);
    expect(view.report.stats.errors).toBe(0);
  });

  it("holds on a check of the same cells made again, in the other language", () => {
    const a = acceptFinding(grid, warning, "");
    const again = checkGrid(binhDinh2024Grid(), { lang: "en" });
    if (!again.ok) throw new Error(again.message);
    const view = applyAcceptances(again.report, grid, [a]);
    expect(view.accepted).toHaveLength(1);
    expect(view.accepted[0].finding.rule).toBe(warning.rule);
  });

  it("lapses when the cell's text changes, even to text giving the same finding", () => {
    const a = acceptFinding(grid, error, "");
    const changed = edited(grid, error.row, error.col, "văn bản khác");
    expect(cellFingerprint(changed, error.row, error.col)).not.toBe(a.text);
    // The same report (the same finding) over the changed cell: no longer accepted.
    const view = applyAcceptances(report, changed, [a]);
    expect(view.accepted).toEqual([]);
    expect(view.report).toBe(report);
    expect(view.unmatched).toEqual([a]);
  });

  it("is not disturbed by white space or the Unicode form of an unchanged text", () => {
    const g = createGrid({ sheet: "S", rows: [["Sở Tư pháp"]] });
    const spaced = createGrid({ sheet: "S", rows: [["  Sở  Tư pháp ".normalize("NFD")]] });
    expect(cellFingerprint(spaced, 1, 1)).toBe(cellFingerprint(g, 1, 1));
    expect(cellFingerprint(createGrid({ sheet: "S", rows: [["Sở Tư Pháp"]] }), 1, 1)).not.toBe(
      cellFingerprint(g, 1, 1),
    );
  });

  it("tells apart two findings of one rule on one cell, and ignores the as-of date's values", () => {
    const base: Finding = { ...warning, messageId: "m", data: { name: "A", days: 3, asOf: "30/06/2024" } };
    expect(findingHash({ ...base, data: { name: "B", days: 3, asOf: "30/06/2024" } })).not.toBe(findingHash(base));
    expect(findingHash({ ...base, data: { asOf: "01/07/2024", days: 4, name: "A" } })).toBe(findingHash(base));
  });

  it("applies only to its own sheet", () => {
    const a = { ...acceptFinding(grid, error, ""), sheet: "Sheet khác" };
    expect(applyAcceptances(report, grid, [a]).accepted).toEqual([]);
  });
});
