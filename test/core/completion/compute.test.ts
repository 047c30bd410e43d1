/**
 * The figures of completion.md over the tracking fixture (agencies and deadlines resolved by hand), then one
 * focused case per line of completion.md's tables.
 */
import { computeCompletion, taskFigures, TOTAL_LABEL, type AgencyCompletion } from "../../../src/core/completion";
import { statusVocabulary } from "../../../src/core/completion/vocabulary";
import type { TaskContext } from "../../../src/core/rule";
import type { AgencyMention, Deadline } from "../../../src/core/types";
import {
  AGENCIES,
  known,
  taskCell,
  TRACKING_AS_OF,
  TRACKING_COL,
  TRACKING_ROW,
  TRACKING_TOTAL,
  trackingAnalysis,
  trackingContexts,
  unknown,
} from "../../fixtures/completion";

type Counts = Pick<
  AgencyCompletion,
  | "assigned"
  | "due"
  | "done"
  | "onTime"
  | "late"
  | "overdue"
  | "notYetDue"
  | "ongoing"
  | "conditional"
  | "unscheduled"
  | "rate"
>;

function counts(a: AgencyCompletion): Counts {
  const { assigned, due, done, onTime, late, overdue, notYetDue, ongoing, conditional, unscheduled, rate } = a;
  return { assigned, due, done, onTime, late, overdue, notYetDue, ongoing, conditional, unscheduled, rate };
}

const Z: Counts = {
  assigned: 0,
  due: 0,
  done: 0,
  onTime: 0,
  late: 0,
  overdue: 0,
  notYetDue: 0,
  ongoing: 0,
  conditional: 0,
  unscheduled: 0,
  rate: null,
};
const c = (over: Partial<Counts>): Counts => ({ ...Z, ...over });
const rows = (...tasks: number[]): number[] => tasks.map((n) => TRACKING_ROW[n]);

describe("computeCompletion over the tracking sheet (as of 30/06/2024)", () => {
  const analysis = trackingAnalysis();
  const report = computeCompletion({ tasks: trackingContexts(analysis), analysis, asOf: TRACKING_AS_OF });
  const row = (name: string): AgencyCompletion => {
    const a = report.agencies.find((x) => x.agency === name);
    if (!a) throw new Error(`no row for ${name}; rows: ${report.agencies.map((x) => x.agency).join(" | ")}`);
    return a;
  };

  it("gives every agency its hand-computed figures", () => {
    // Công an tỉnh: 1 on time, 3 overdue (joint), 10 recurring, 19 late (completion date only), 22 on time (named twice)
    expect(counts(row("Công an tỉnh"))).toEqual(
      c({ assigned: 5, due: 4, done: 3, onTime: 2, late: 1, overdue: 1, ongoing: 1, rate: 0.75 }),
    );
    // Sở Tư pháp: 3 (joint), 8 (indicative date passed), 16 (blank), 20 ("Hoàn thành 80%")
    expect(counts(row("Sở Tư pháp"))).toEqual(c({ assigned: 4, due: 4, overdue: 4, rate: 0 }));
    // Sở Y tế: 7 (milestone 2024-12-31), 12 (date cell, unknown status), 13 (joint, earliest milestone)
    expect(counts(row("Sở Y tế"))).toEqual(c({ assigned: 3, due: 1, overdue: 1, notYetDue: 2, rate: 0 }));
    // Văn phòng UBND tỉnh: 2 late, 11 unparsed deadline
    expect(counts(row("Văn phòng UBND tỉnh"))).toEqual(
      c({ assigned: 2, due: 1, done: 1, late: 1, unscheduled: 1, rate: 1 }),
    );
    // The variant (4) and the alias (5) under the canonical name; 5 is done but not yet due
    expect(counts(row("Sở Lao động – Thương binh và Xã hội"))).toEqual(
      c({ assigned: 2, due: 1, done: 1, notYetDue: 1, rate: 1 }),
    );
    // 14 "100%" without a date (neither on time nor late), 15 case variant "60%"
    expect(counts(row("Sở Khoa học và Công nghệ"))).toEqual(c({ assigned: 2, due: 2, done: 1, overdue: 1, rate: 0.5 }));
    // 18 completed on the due day, 21 a tick without a date
    expect(counts(row("Sở Nội vụ"))).toEqual(c({ assigned: 2, due: 2, done: 2, onTime: 1, rate: 1 }));
    expect(counts(row("Sở Tài chính"))).toEqual(c({ assigned: 1, conditional: 1 }));
    expect(counts(row("Các sở, ban, ngành"))).toEqual(c({ assigned: 1, ongoing: 1 }));
    expect(counts(row("UBND các huyện, thị xã, thành phố"))).toEqual(c({ assigned: 1, notYetDue: 1 }));
    expect(counts(row("Trung tâm Điều hành đô thị thông minh tỉnh"))).toEqual(c({ assigned: 1, notYetDue: 1 }));
    expect(report.agencies).toHaveLength(11);
  });

  it("counts distinct tasks in the total, not the sum of the agency rows", () => {
    expect(report.total.agency).toBe(TOTAL_LABEL);
    expect(counts(report.total)).toEqual(c({ ...TRACKING_TOTAL, rate: 8 / 14 }));
    const sum = report.agencies.reduce((s, a) => s + a.assigned, 0);
    expect(sum).toBe(24); // tasks 3 and 13 have two leads each
  });

  it("lists the rows behind each figure", () => {
    expect(report.total.taskRows.overdue).toEqual(rows(3, 8, 12, 15, 16, 20));
    expect(report.total.taskRows.onTime).toEqual(rows(1, 18, 22));
    expect(report.total.taskRows.late).toEqual(rows(2, 19));
    expect(report.total.taskRows.notYetDue).toEqual(rows(5, 7, 13, 17));
    expect(row("Sở Tư pháp").taskRows.overdue).toEqual(rows(3, 8, 16, 20));
    expect(row("Công an tỉnh").taskRows.assigned).toEqual(rows(1, 3, 10, 19, 22));
  });

  it("sorts by tasks assigned, then by name in Vietnamese order", () => {
    expect(report.agencies.map((a) => a.agency)).toEqual([
      "Công an tỉnh",
      "Sở Tư pháp",
      "Sở Y tế",
      "Sở Khoa học và Công nghệ",
      "Sở Lao động – Thương binh và Xã hội",
      "Sở Nội vụ",
      "Văn phòng UBND tỉnh",
      "Các sở, ban, ngành",
      "Sở Tài chính",
      "Trung tâm Điều hành đô thị thông minh tỉnh",
      "UBND các huyện, thị xã, thành phố",
    ]);
  });

  it("marks collective rows and unknown agencies", () => {
    expect(row("Các sở, ban, ngành")).toMatchObject({ collective: true, known: true });
    expect(row("UBND các huyện, thị xã, thành phố")).toMatchObject({ collective: true });
    expect(row("Trung tâm Điều hành đô thị thông minh tỉnh")).toMatchObject({ collective: false, known: false });
    expect(row("Công an tỉnh")).toMatchObject({ collective: false, known: true });
  });

  it("carries the as-of date and no indicator results for a task table", () => {
    expect(report.asOf).toBe("2024-06-30");
    expect(report.indicators).toBeUndefined();
    expect(report.withoutLead).toEqual([]);
  });

  it("moves figures with the as-of date", () => {
    const later = computeCompletion({ tasks: trackingContexts(analysis), analysis, asOf: "2024-12-31" });
    // 5 (done, due 30/09) becomes done on time? It was completed 20/06, before its due date.
    // 7, 13 and 17 fall due undone; everything dated is now due.
    expect(counts(later.total)).toEqual(
      c({
        assigned: 22,
        due: 18,
        done: 9,
        onTime: 4,
        late: 2,
        overdue: 9,
        ongoing: 2,
        conditional: 1,
        unscheduled: 1,
        rate: 9 / 18,
      }),
    );
    const early = computeCompletion({ tasks: trackingContexts(analysis), analysis, asOf: "2024-01-01" });
    expect(counts(early.total)).toEqual(c({ assigned: 22, notYetDue: 18, ongoing: 2, conditional: 1, unscheduled: 1 }));
  });
});

/* ------------------------------------------------------------------ one case per definition */

const AS_OF = "2024-06-30";
let nextRow = 10;

function ctx(
  lead: readonly AgencyMention[],
  deadline: Deadline | undefined,
  status = "",
  completed: string | Date = "",
): TaskContext {
  const row = nextRow++;
  return {
    task: {
      row,
      rows: [row],
      number: String(row),
      label: String(row),
      cells: {
        lead: taskCell(row, TRACKING_COL.lead, lead.map((m) => m.text).join("; ")),
        status: taskCell(row, TRACKING_COL.status, status),
        completionDate: taskCell(row, TRACKING_COL.completionDate, completed),
      },
    },
    lead,
    coLead: [],
    deadline,
  };
}

function run(...tasks: TaskContext[]) {
  return computeCompletion({ tasks, analysis: trackingAnalysis(), asOf: AS_OF });
}

const due = (iso: string, kind: Deadline["kind"] = "dated", extra: Partial<Deadline> = {}): Deadline => ({
  kind,
  due: iso,
  text: iso,
  ...extra,
});

describe("each task's due date (completion.md, first table)", () => {
  const vocabulary = statusVocabulary();
  const figures = (deadline: Deadline | undefined, status = "") =>
    taskFigures(ctx([known("ca")], deadline, status), AS_OF, vocabulary);

  it("dated: due on or before the as-of date, else not yet due", () => {
    expect(figures(due("2024-06-30"))).toEqual(["assigned", "due", "overdue"]);
    expect(figures(due("2024-07-01"))).toEqual(["assigned", "notYetDue"]);
  });
  it("conditional with an indicative date is dated", () => {
    expect(figures(due("2024-03-31", "conditional", { indicative: true }))).toEqual(["assigned", "due", "overdue"]);
    expect(figures(due("2027-03-31", "conditional", { indicative: true }))).toEqual(["assigned", "notYetDue"]);
  });
  it("continuous with a completion milestone is dated", () => {
    expect(figures(due("2024-12-31", "continuous", { milestones: ["2024-12-31"] }))).toEqual(["assigned", "notYetDue"]);
  });
  it("several milestones: the earliest is the due date", () => {
    const d = due("2024-06-30", "milestones", { milestones: ["2024-06-30", "2025-12-31"] });
    expect(figures(d, "Hoàn thành")).toEqual(["assigned", "due", "done"]);
  });
  it("recurring or continuous without a due date: ongoing", () => {
    expect(figures({ kind: "recurring", text: "Hàng tháng" })).toEqual(["assigned", "ongoing"]);
    expect(figures({ kind: "continuous", text: "Thường xuyên" })).toEqual(["assigned", "ongoing"]);
    expect(
      figures({ kind: "continuous", start: "2024-01-01", text: "Từ tháng 01/2024 và thực hiện thường xuyên" }),
    ).toEqual(["assigned", "ongoing"]);
  });
  it("conditional without a date: waiting on an event", () => {
    expect(figures({ kind: "conditional", text: "Theo lộ trình hướng dẫn của Bộ Công an" })).toEqual([
      "assigned",
      "conditional",
    ]);
  });
  it("not understood, empty or absent: assigned only", () => {
    expect(figures({ kind: "unparsed", text: "Tháng 13/2027" })).toEqual(["assigned", "unscheduled"]);
    expect(figures({ kind: "empty", text: "" })).toEqual(["assigned", "unscheduled"]);
    expect(figures(undefined)).toEqual(["assigned", "unscheduled"]);
  });
});

describe("per agency figures (completion.md, second table)", () => {
  it("assigned: every agency of the lead cell, joint leads each", () => {
    const r = run(ctx([known("ca"), known("stp")], due("2024-03-31")), ctx([known("stp")], due("2024-03-31")));
    expect(r.agencies.map((a) => [a.agency, a.assigned])).toEqual([
      ["Sở Tư pháp", 2],
      ["Công an tỉnh", 1],
    ]);
    expect(r.total.assigned).toBe(2);
  });

  it("spelling variants and aliases are one row under the canonical name", () => {
    const r = run(
      ctx([known("ldtbxh", "Sở Lao động-Thương binh và Xã hội", "variant")], due("2024-03-31")),
      ctx([known("ldtbxh", "Sở Lao động, Thương binh và Xã hội", "variant")], due("2024-03-31")),
      ctx([known("ldtbxh", "Sở LĐTB&XH", "alias")], due("2024-03-31")),
    );
    expect(r.agencies).toHaveLength(1);
    expect(r.agencies[0]).toMatchObject({ agency: AGENCIES.ldtbxh.name, assigned: 3 });
  });

  it("a collective name is its own row; unknown agencies keep the user's text, one row per folded spelling", () => {
    const r = run(
      ctx([known("sbn", "các sở, ban, ngành")], undefined),
      ctx([unknown("Ban Quản lý dự án số 2 tỉnh")], undefined),
      ctx([unknown("Ban quản lý dự án số 2 tỉnh.")], undefined),
      ctx([unknown("Các đơn vị có liên quan", true)], undefined),
    );
    expect(r.agencies.map((a) => [a.agency, a.assigned, a.collective])).toEqual([
      ["Ban Quản lý dự án số 2 tỉnh", 2, false],
      ["Các đơn vị có liên quan", 1, true],
      ["Các sở, ban, ngành", 1, true],
    ]);
  });

  it("due, done, overdue", () => {
    const r = run(
      ctx([known("ca")], due("2024-05-31"), "Hoàn thành"),
      ctx([known("ca")], due("2024-05-31"), "Đang thực hiện"),
      ctx([known("ca")], due("2024-05-31"), ""),
    );
    expect(r.total).toMatchObject({ due: 3, done: 1, overdue: 2 });
  });

  it("onTime / late by completion date against due date; unknown timeliness in neither", () => {
    const r = run(
      ctx([known("ca")], due("2024-05-31"), "Hoàn thành", "31/5/2024"),
      ctx([known("ca")], due("2024-05-31"), "Hoàn thành", new Date("2024-06-01T00:00:00Z")),
      ctx([known("ca")], due("2024-05-31"), "Hoàn thành"),
    );
    expect(r.total).toMatchObject({ done: 3, onTime: 1, late: 1 });
  });

  it("a done task not yet due counts in notYetDue, not in done", () => {
    const r = run(ctx([known("ca")], due("2024-09-30"), "Hoàn thành", "20/6/2024"));
    expect(counts(r.total)).toEqual(c({ assigned: 1, notYetDue: 1 }));
  });

  it("ongoing and conditional tasks are not due whatever their status", () => {
    const r = run(
      ctx([known("ca")], { kind: "recurring", text: "Hàng tháng" }, "Hoàn thành"),
      ctx([known("ca")], { kind: "conditional", text: "Theo tiến độ được giao" }, "Chưa thực hiện"),
    );
    expect(counts(r.total)).toEqual(c({ assigned: 2, ongoing: 1, conditional: 1 }));
  });

  it("rate: done ÷ due; empty when nothing is due", () => {
    const r = run(
      ctx([known("ca")], due("2024-01-31"), "Xong"),
      ctx([known("ca")], due("2024-02-29"), "Xong"),
      ctx([known("ca")], due("2024-03-31"), "Chưa thực hiện"),
      ctx([known("stp")], due("2024-12-31"), "Xong"),
    );
    expect(r.agencies.find((a) => a.agency === "Công an tỉnh")!.rate).toBeCloseTo(2 / 3, 10);
    expect(r.agencies.find((a) => a.agency === "Sở Tư pháp")!.rate).toBeNull();
  });

  it("an unknown status counts as not done", () => {
    const r = run(ctx([known("ca")], due("2024-03-31"), "Chờ ý kiến"));
    expect(r.total).toMatchObject({ due: 1, done: 0, overdue: 1 });
  });

  it("a task whose lead cell names nobody counts in the total only", () => {
    const t = ctx([], due("2024-03-31"), "Hoàn thành");
    const r = run(t);
    expect(r.agencies).toEqual([]);
    expect(r.total).toMatchObject({ assigned: 1, done: 1 });
    expect(r.withoutLead).toEqual([t.task.row]);
  });

  it("an empty list of tasks gives an empty report", () => {
    const r = run();
    expect(r.agencies).toEqual([]);
    expect(counts(r.total)).toEqual(Z);
  });

  it("uses a user's vocabulary when given", () => {
    const t = ctx([known("ca")], due("2024-03-31"), "Đã nghiệm thu");
    const base = computeCompletion({ tasks: [t], analysis: trackingAnalysis(), asOf: AS_OF });
    expect(base.total.done).toBe(0);
    const vocabulary = statusVocabulary({ done: ["Đã nghiệm thu"] });
    const extended = computeCompletion({ tasks: [t], analysis: trackingAnalysis(), asOf: AS_OF, vocabulary });
    expect(extended.total.done).toBe(1);
  });
});

describe("volume", () => {
  it("computes 100,000 tasks with the same figures as their pattern repeated", () => {
    const analysis = trackingAnalysis();
    const base = trackingContexts(analysis);
    const many: TaskContext[] = [];
    for (let i = 0; many.length < 100_000; i++) {
      for (const tc of base) {
        if (many.length >= 100_000) break;
        const row = 100 + many.length;
        many.push({ ...tc, task: { ...tc.task, row, rows: [row] } });
      }
    }
    const r = computeCompletion({ tasks: many, analysis, asOf: TRACKING_AS_OF });
    expect(r.total.assigned).toBe(100_000);
    const full = Math.floor(100_000 / 22);
    // 100,000 = 4545 × 22 + 10: the first ten tasks once more (done: 1, 2, 4; overdue: 3, 8)
    expect(r.total.done).toBe(full * 8 + 3);
    expect(r.total.overdue).toBe(full * 6 + 2);
  });
});
