/** Each task's state from its progress columns (completion.md, "Each task's state"). */
import { taskState } from "../../../src/core/completion/state";
import { statusVocabulary } from "../../../src/core/completion/vocabulary";
import type { LiteralCell } from "../../../src/core/grid";
import type { TaskRecord } from "../../../src/core/types";
import { taskCell, TRACKING_COL } from "../../fixtures/completion";

const ROW = 12;

function task(cells: { status?: LiteralCell; completionDate?: LiteralCell; progressNote?: LiteralCell }): TaskRecord {
  const out: TaskRecord["cells"] = {};
  if (cells.status !== undefined) out.status = taskCell(ROW, TRACKING_COL.status, cells.status);
  if (cells.completionDate !== undefined) {
    out.completionDate = taskCell(ROW, TRACKING_COL.completionDate, cells.completionDate);
  }
  if (cells.progressNote !== undefined) out.progressNote = taskCell(ROW, 9, cells.progressNote);
  return { row: ROW, rows: [ROW], number: "5", label: "5", cells: out };
}

const status = (s: LiteralCell) => taskState(task({ status: s }));
const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe("taskState: done", () => {
  it.each([
    "Hoàn thành",
    "Đã hoàn thành",
    "ĐÃ HOÀN THÀNH",
    "đã hoàn thành.",
    "Xong",
    "Đã xong",
    "Đã ban hành",
    "Đã thực hiện",
    "100%",
    "100 %",
    "Done",
    "Completed",
    "✓",
    "✔",
    "x",
    "X",
    "Đã hoàn thành (Quyết định số 12/QĐ-UBND)",
    "Đã ban hành Kế hoạch số 45/KH-UBND",
    "Hoàn thành 100%",
    "Đa\u0303 hoa\u0300n tha\u0300nh", // decomposed Unicode
    "<p>Hoàn thành</p>",
  ])("%s", (s) => {
    expect(status(s)).toMatchObject({ state: "done", progress: "done" });
  });

  it("keeps the user's text and the cell that decided", () => {
    expect(status("Đã hoàn thành (Quyết định số 12/QĐ-UBND)")).toEqual({
      state: "done",
      progress: "done",
      statusText: "Đã hoàn thành (Quyết định số 12/QĐ-UBND)",
      cell: { key: "status", row: ROW, col: TRACKING_COL.status },
    });
  });

  it("reads a date written in a done status as the completion day", () => {
    expect(status("Đã ban hành Quyết định số 78/2024/QĐ-UBND ngày 31/7/2024")).toMatchObject({
      state: "done",
      completedOn: "2024-07-31",
    });
    expect(status("Hoàn thành ngày 5 tháng 3 năm 2024")).toMatchObject({ completedOn: "2024-03-05" });
  });

  it("a date in the status column (cell or text) means done on that day", () => {
    expect(status(date("2024-03-15"))).toMatchObject({
      state: "done",
      completedOn: "2024-03-15",
      statusText: "15/03/2024",
    });
    expect(status("15/3/2024")).toMatchObject({ state: "done", completedOn: "2024-03-15" });
  });

  it("numbers and ticks in the status column", () => {
    expect(status(1)).toMatchObject({ state: "done", statusText: "100%" });
    expect(status({ kind: "number", value: 1, format: "0%" })).toMatchObject({ state: "done" });
    expect(status(100)).toMatchObject({ state: "done" });
    expect(status(true)).toMatchObject({ state: "done" });
  });

  it("a filled completion date means done, whatever the status says", () => {
    expect(taskState(task({ status: "", completionDate: date("2024-06-20") }))).toMatchObject({
      state: "done",
      completedOn: "2024-06-20",
      cell: { key: "completionDate" },
    });
    expect(taskState(task({ status: "Đang thực hiện", completionDate: "20/6/2024" }))).toMatchObject({
      state: "done",
      completedOn: "2024-06-20",
    });
    expect(taskState(task({ completionDate: 45463 }))).toMatchObject({ state: "done", completedOn: "2024-06-20" });
  });

  it("a month in the completion-date column: done, day unknown", () => {
    const s = taskState(task({ completionDate: "Tháng 6/2024" }));
    expect(s).toMatchObject({ state: "done" });
    expect(s.completedOn).toBeUndefined();
  });

  it("a done status with an empty completion date: done, no completion day", () => {
    const s = taskState(task({ status: "Hoàn thành", completionDate: "" }));
    expect(s.state).toBe("done");
    expect(s.completedOn).toBeUndefined();
  });
});

describe("taskState: not done", () => {
  it.each([
    ["Đang thực hiện", "in-progress"],
    ["Đang triển khai", "in-progress"],
    ["Đang xây dựng dự thảo", "in-progress"],
    ["In progress", "in-progress"],
    ["60%", "in-progress"],
    ["99,5%", "in-progress"],
    ["Hoàn thành 80%", "in-progress"],
    ["Đạt 60%", "in-progress"],
    ["Đã hoàn thành một phần", "in-progress"],
    ["Chưa thực hiện", "not-started"],
    ["Chưa triển khai", "not-started"],
    ["Chưa hoàn thành", "not-started"],
    ["CHƯA HOÀN THÀNH", "not-started"],
    ["Chưa bắt đầu", "not-started"],
    ["Not started", "not-started"],
    ["0%", "not-started"],
  ])("%s → %s", (s, progress) => {
    expect(status(s)).toMatchObject({ state: "not-done", progress });
  });

  it("numbers below 100%", () => {
    expect(status(0.6)).toMatchObject({ state: "not-done", progress: "in-progress", statusText: "60%" });
    expect(status({ kind: "number", value: 0.25, format: "0%" })).toMatchObject({ progress: "in-progress" });
    expect(status(45)).toMatchObject({ progress: "in-progress" });
    expect(status(0)).toMatchObject({ progress: "not-started" });
    expect(status(false)).toMatchObject({ progress: "not-started" });
  });

  it("blank, punctuation only, or no progress column", () => {
    expect(status("")).toEqual({ state: "not-done", progress: "blank", statusText: "" });
    expect(status("-")).toMatchObject({ state: "not-done", progress: "blank" });
    expect(status("   ")).toMatchObject({ progress: "blank" });
    expect(taskState(task({}))).toMatchObject({ state: "not-done", progress: "blank" });
  });

  it("the completion-date column saying not done", () => {
    expect(taskState(task({ completionDate: "Chưa hoàn thành" }))).toMatchObject({ state: "not-done" });
  });
});

describe("taskState: unknown", () => {
  it("a status the vocabulary does not know", () => {
    expect(status("Chờ ý kiến của Bộ Y tế")).toEqual({
      state: "unknown",
      progress: "unknown",
      statusText: "Chờ ý kiến của Bộ Y tế",
      cell: { key: "status", row: ROW, col: TRACKING_COL.status },
    });
    expect(status("Hoàn")).toMatchObject({ state: "unknown" }); // a prefix of a word is not the word
    expect(status("Xongxong")).toMatchObject({ state: "unknown" });
    expect(status("xx")).toMatchObject({ state: "unknown" });
    expect(status({ error: "#N/A" })).toMatchObject({ state: "unknown", statusText: "#N/A" });
    expect(status(5000)).toMatchObject({ state: "unknown" });
  });

  it("a completion-date cell that is no date", () => {
    expect(taskState(task({ completionDate: "sắp xong" }))).toMatchObject({
      state: "unknown",
      cell: { key: "completionDate" },
    });
    expect(taskState(task({ completionDate: "31/2/2024" }))).toMatchObject({ state: "unknown" });
  });

  it("an unknown status is overridden by a filled completion date", () => {
    expect(taskState(task({ status: "Chờ ý kiến", completionDate: "1/4/2024" }))).toMatchObject({ state: "done" });
  });
});

describe("taskState: progress note", () => {
  it("is read only when status and completion date say nothing", () => {
    expect(taskState(task({ progressNote: "Đã ban hành Kế hoạch số 45/KH-UBND ngày 3/4/2024" }))).toMatchObject({
      state: "done",
      completedOn: "2024-04-03",
      cell: { key: "progressNote" },
    });
    expect(taskState(task({ status: "Đang thực hiện", progressNote: "Đã hoàn thành" }))).toMatchObject({
      state: "not-done",
    });
  });

  it("never makes a task unknown", () => {
    expect(taskState(task({ progressNote: "Đã tham mưu UBND tỉnh xin ý kiến các Bộ" }))).toMatchObject({
      state: "not-done",
      progress: "blank",
    });
  });
});

describe("taskState with a user's vocabulary", () => {
  it("knows the added words and overrides a default", () => {
    const v = statusVocabulary({ done: ["Đã nghiệm thu"], inProgress: [{ text: "x", match: "exact" }] });
    expect(taskState(task({ status: "Đã nghiệm thu ngày 2/5/2024" }), v)).toMatchObject({
      state: "done",
      completedOn: "2024-05-02",
    });
    expect(taskState(task({ status: "x" }), v)).toMatchObject({ state: "not-done", progress: "in-progress" });
    expect(taskState(task({ status: "x" }))).toMatchObject({ state: "done" });
  });
});
