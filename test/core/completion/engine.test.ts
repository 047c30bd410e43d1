/**
 * Completion end to end: the fixture sheets through checkGrid (detection, row analysis, agency matching with the
 * default directory, deadline parsing), then computeCompletion. The figures must equal the hand-computed ones
 * of compute.test.ts and indicators.test.ts.
 */
import { computeCompletion, type AgencyCompletion } from "../../../src/core/completion";
import { checkGrid, completionAsOf } from "../../../src/core/engine";
import { fold } from "../../../src/core/text";
import {
  INDICATOR_ROW,
  indicatorGrid,
  TRACKING_AS_OF,
  TRACKING_ROW,
  TRACKING_TASKS,
  TRACKING_TOTAL,
  trackingGrid,
} from "../../fixtures/completion";

function checked(grid: ReturnType<typeof trackingGrid>, asOf?: string) {
  const result = checkGrid(grid, { asOf, planPeriod: grid.sheet === "Theo dõi" ? "2024" : "2026-2030" });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("the tracking sheet through checkGrid", () => {
  const result = checked(trackingGrid(), TRACKING_AS_OF);
  const report = computeCompletion({ tasks: result.tasks, analysis: result.analysis, asOf: TRACKING_AS_OF });
  const find = (name: string): AgencyCompletion => {
    const a = report.agencies.find((x) => fold(x.agency) === fold(name));
    if (!a) throw new Error(`no row for ${name}; rows: ${report.agencies.map((x) => x.agency).join(" | ")}`);
    return a;
  };
  const rowsOf = (...tasks: number[]) => tasks.map((n) => TRACKING_ROW[n]);

  it("finds the 22 tasks with their progress columns", () => {
    expect(result.analysis.table.kind).toBe("tasks");
    expect(result.tasks.map((t) => t.task.row)).toEqual(TRACKING_TASKS.map((t) => TRACKING_ROW[t.n]));
    expect(result.analysis.table.columns.status?.col).toBe(7);
    expect(result.analysis.table.columns.completionDate?.col).toBe(8);
  });

  it("gives the hand-computed total", () => {
    expect(report.total).toMatchObject(TRACKING_TOTAL);
    expect(report.total.taskRows.overdue).toEqual(rowsOf(3, 8, 12, 15, 16, 20));
  });

  it("gives the hand-computed agency rows", () => {
    expect(find("Công an tỉnh")).toMatchObject({
      assigned: 5,
      due: 4,
      done: 3,
      onTime: 2,
      late: 1,
      overdue: 1,
      ongoing: 1,
    });
    expect(find("Sở Tư pháp")).toMatchObject({ assigned: 4, due: 4, done: 0, overdue: 4 });
    expect(find("Sở Y tế")).toMatchObject({ assigned: 3, due: 1, overdue: 1, notYetDue: 2 });
    expect(find("Sở Nội vụ")).toMatchObject({ assigned: 2, due: 2, done: 2, onTime: 1 });
    expect(find("Sở Tài chính")).toMatchObject({ assigned: 1, conditional: 1 });
  });

  it("puts the spelling variants and the alias of one agency on one row", () => {
    const ldtbxh = report.agencies.find((a) => a.taskRows.assigned.includes(TRACKING_ROW[4]));
    expect(ldtbxh?.taskRows.assigned).toEqual(rowsOf(4, 5));
    const khcn = report.agencies.find((a) => a.taskRows.assigned.includes(TRACKING_ROW[14]));
    expect(khcn?.taskRows.assigned).toEqual(rowsOf(14, 15));
  });

  it("keeps collective leads as their own rows", () => {
    const sbn = report.agencies.find((a) => a.taskRows.assigned.includes(TRACKING_ROW[6]));
    expect(sbn).toMatchObject({ collective: true, assigned: 1, ongoing: 1 });
    const huyen = report.agencies.filter((a) => a.taskRows.assigned.includes(TRACKING_ROW[13]));
    expect(huyen).toHaveLength(2);
    expect(huyen.some((a) => a.collective)).toBe(true);
  });

  it("reports overdue and unknown statuses among the findings", () => {
    const rows = (rule: string) => result.report.findings.filter((f) => f.rule === rule).map((f) => f.row);
    expect(rows("overdue")).toEqual(rowsOf(3, 8, 12, 15, 16, 20));
    expect(rows("status-unknown")).toEqual(rowsOf(12));
  });
});

describe("the indicator table through checkGrid", () => {
  const result = checked(indicatorGrid());
  const report = computeCompletion({
    tasks: result.tasks,
    analysis: result.analysis,
    asOf: "2026-12-31",
    directory: result.directory,
  });

  it("is read as an indicator table with targets for 2026 and 2030", () => {
    expect(result.analysis.table.kind).toBe("indicators");
    expect(result.analysis.table.targetColumns.map((t) => [t.col, t.year])).toEqual([
      [4, 2026],
      [5, 2030],
    ]);
  });

  it("gives each indicator its hand-computed status", () => {
    const status = Object.fromEntries((report.indicators?.indicators ?? []).map((i) => [i.row, i.status]));
    const at = (label: string) => status[INDICATOR_ROW[label]];
    expect(Object.keys(status)).toHaveLength(26);
    expect(["I.1", "I.2", "I.5", "I.6", "I.8", "II.3", "III.1", "III.2", "III.4", "IV.3", "IV.4"].map(at)).toEqual(
      Array(11).fill("met"),
    );
    expect(["I.3", "II.1", "II.2", "III.3", "V.1"].map(at)).toEqual(Array(5).fill("not-met"));
    expect(["I.7", "II.6"].map(at)).toEqual(["not-comparable", "not-comparable"]);
  });

  it("counts Công an tỉnh's indicators", () => {
    const ca = report.indicators?.byAgency.find((a) => fold(a.agency) === fold("Công an tỉnh"));
    expect(ca).toEqual({ agency: ca?.agency, tracked: 12, met: 6, notMet: 3, notReported: 3 });
  });
});

describe("completionAsOf", () => {
  it("gives, from one check without a date, the figures a check as of each date gives", () => {
    const once = checkGrid(trackingGrid());
    if (!once.ok) throw new Error(once.message);
    expect(once.report.completion).toBeUndefined();
    for (const asOf of [TRACKING_AS_OF, "2024-03-31", "2024-12-31"]) {
      const full = checkGrid(trackingGrid(), { asOf });
      if (!full.ok) throw new Error(full.message);
      expect(completionAsOf(once, asOf)).toEqual(full.report.completion);
    }
    const indicators = checkGrid(indicatorGrid());
    const indicatorsAsOf = checkGrid(indicatorGrid(), { asOf: "2026-12-31" });
    if (!indicators.ok || !indicatorsAsOf.ok) throw new Error("indicator fixture not checked");
    expect(completionAsOf(indicators, "2026-12-31")).toEqual(indicatorsAsOf.report.completion);
    expect(indicatorsAsOf.report.completion?.indicators).toBeDefined();
  });
});
