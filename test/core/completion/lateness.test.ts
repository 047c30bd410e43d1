import { formatLateness, lateness } from "../../../src/core";

describe("lateness of a due task that is not done", () => {
  it("is due today on its due date, never 0 days overdue", () => {
    expect(lateness("2024-06-30", "2024-06-30")).toEqual({ kind: "due-today" });
    expect(formatLateness(lateness("2024-06-30", "2024-06-30"), "vi")).toBe("đến hạn hôm nay");
    expect(formatLateness(lateness("2024-06-30", "2024-06-30"), "en")).toBe("due today");
  });

  it("counts calendar days after the due date, across months and leap days", () => {
    expect(lateness("2024-05-31", "2024-06-30")).toEqual({ kind: "late", days: 30 });
    expect(lateness("2024-02-28", "2024-03-01")).toEqual({ kind: "late", days: 2 });
    expect(formatLateness(lateness("2024-06-29", "2024-06-30"), "vi")).toBe("quá hạn 1 ngày");
    expect(formatLateness(lateness("2023-12-31", "2024-06-30"), "en")).toBe("182 day(s) overdue");
  });
});
