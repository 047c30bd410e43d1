/** The worksheet functions called directly with the values of a range holding the tracking sheet. */
import { checkGrid } from "../../src/core/engine";
import { FIGURE_LABELS, PUBLIC_FIGURES, TOTAL_LABELS } from "../../src/core/completion/labels";
import type { CompletionReport } from "../../src/core/completion/compute";
import { completion, summary } from "../../src/functions/functions";
import { FunctionError, parseAsOf } from "../../src/functions/completion";
import { TRACKING_AS_OF, trackingGrid, trackingRows } from "../fixtures/completion";
import { valuesOf } from "./values";

const values = valuesOf(trackingRows());

function core(asOf = TRACKING_AS_OF): CompletionReport {
  const r = checkGrid(trackingGrid(), { asOf });
  if (!r.ok || !r.report.completion) throw new Error("fixture not checked");
  return r.report.completion;
}

function thrown(f: () => unknown): FunctionError {
  try {
    f();
  } catch (e) {
    if (e instanceof FunctionError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("ROVIEC.COMPLETION", () => {
  const expected = core();

  it("gives every agency's rate as the core computes it, as of an ISO date", () => {
    const withRate = expected.agencies.filter((a) => a.rate !== null);
    expect(withRate.length).toBeGreaterThan(4);
    for (const a of withRate) expect(completion(values, a.agency, TRACKING_AS_OF)).toBeCloseTo(a.rate!, 10);
  });

  it("gives Công an tỉnh done ÷ due; a serial date in the deadline column counts as that day", () => {
    const ca = expected.agencies.find((a) => a.agency === "Công an tỉnh")!;
    expect(ca.due).toBeGreaterThan(0);
    expect(completion(values, "Công an tỉnh", TRACKING_AS_OF)).toBeCloseTo(ca.done / ca.due, 10);
    // Sở Y tế's only due task has a date cell as its deadline (15/4/2024), not done: 0 %, not #N/A.
    expect(completion(values, "Sở Y tế", TRACKING_AS_OF)).toBe(0);
  });

  it("matches the agency through the directory: alias, variant and case", () => {
    const rate = completion(values, "Sở Lao động – Thương binh và Xã hội", TRACKING_AS_OF);
    expect(completion(values, "Sở LĐTB&XH", TRACKING_AS_OF)).toBe(rate);
    expect(completion(values, "Sở Lao động-Thương binh và Xã hội", TRACKING_AS_OF)).toBe(rate);
    expect(completion(values, "sở khoa học và công nghệ", TRACKING_AS_OF)).toBe(
      completion(values, "Sở Khoa học và Công nghệ", TRACKING_AS_OF),
    );
  });

  it("takes the as-of date as an Excel serial too", () => {
    // 45473 = 2024-06-30
    expect(completion(values, "Công an tỉnh", 45473)).toBe(completion(values, "Công an tỉnh", "2024-06-30"));
    expect(parseAsOf(45473)).toBe("2024-06-30");
  });

  it("follows the as-of date: earlier, fewer tasks are due", () => {
    const early = core("2024-03-31").agencies.find((a) => a.agency === "Công an tỉnh")!;
    expect(completion(values, "Công an tỉnh", "2024-03-31")).toBeCloseTo(early.rate!, 10);
  });

  it("is #N/A for an agency with nothing due and for an agency that leads nothing", () => {
    const none = expected.agencies.find((a) => a.rate === null)!;
    expect(thrown(() => completion(values, none.agency, TRACKING_AS_OF)).code).toBe("#N/A");
    expect(thrown(() => completion(values, "Sở Ngoại vụ", TRACKING_AS_OF)).code).toBe("#N/A");
  });

  it("is #VALUE! for a bad date and #N/A for a range without an appendix", () => {
    expect(thrown(() => completion(values, "Công an tỉnh", "30/13/2024")).code).toBe("#VALUE!");
    expect(
      thrown(() =>
        completion(
          [
            ["a", "b"],
            [1, 2],
          ],
          "Công an tỉnh",
          TRACKING_AS_OF,
        ),
      ).code,
    ).toBe("#N/A");
  });
});

describe("ROVIEC.SUMMARY", () => {
  it("spills the header, one row per agency and the distinct-task total, as numbers", () => {
    const expected = core();
    const out = summary(values, TRACKING_AS_OF);
    expect(out[0]).toEqual([FIGURE_LABELS.agency.vi, ...PUBLIC_FIGURES.map((f) => FIGURE_LABELS[f].vi), "Tỷ lệ"]);
    expect(out).toHaveLength(expected.agencies.length + 2);
    expected.agencies.forEach((a, i) => {
      expect(out[i + 1]).toEqual([a.agency, ...PUBLIC_FIGURES.map((f) => a[f]), a.rate ?? ""]);
    });
    const total = out[out.length - 1];
    expect(total[0]).toBe(TOTAL_LABELS.vi);
    expect(total.slice(1, -1)).toEqual(PUBLIC_FIGURES.map((f) => expected.total[f]));
    expect(total[1]).toBe(22);
  });

  it("changes with the range: a task marked done moves its figures", () => {
    const edited = values.map((r) => [...r]);
    const before = summary(edited, TRACKING_AS_OF);
    const row = edited.findIndex((r) => r[0] === 16); // task 16, blank status: overdue
    edited[row][6] = "Hoàn thành";
    const after = summary(edited, TRACKING_AS_OF);
    const doneCol = 1 + PUBLIC_FIGURES.indexOf("done");
    expect(after[after.length - 1][doneCol]).toBe(Number(before[before.length - 1][doneCol]) + 1);
  });
});

describe("the user's agencies range", () => {
  const table = valuesOf([
    ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả sản phẩm", "Thời gian hoàn thành", "Tình trạng"],
    [
      1,
      "Vận hành nền tảng dữ liệu tỉnh",
      "Trung tâm Chuyển đổi số tỉnh",
      "Công an tỉnh",
      "Nền tảng",
      "Tháng 3/2024",
      "Đã hoàn thành",
    ],
    [2, "Kết nối dữ liệu hộ tịch", "TT CĐS tỉnh", "Sở Tư pháp", "Dữ liệu", "Tháng 4/2024", "Đang thực hiện"],
    [3, "Cấp căn cước", "Công an tỉnh", "UBND các xã, phường", "Thẻ căn cước", "Tháng 3/2024", "Hoàn thành"],
  ]);
  const agencies = [
    ["Tên cơ quan", "Tên khác, viết tắt (cách nhau bởi ;)", "Tập thể (x)", "Hiệu lực đến", "Cơ quan kế thừa"],
    ["Trung tâm Chuyển đổi số tỉnh", "TT CĐS tỉnh", "", "", ""],
  ];
  const AS_OF = "2024-06-30";

  it("counts a local body's two spellings as one agency once the range names it", () => {
    const apart = summary(table, AS_OF).map((r) => r[0]);
    expect(apart).toEqual(expect.arrayContaining(["Trung tâm Chuyển đổi số tỉnh", "TT CĐS tỉnh"]));
    const together = summary(table, AS_OF, agencies);
    expect(together.map((r) => r[0])).not.toContain("TT CĐS tỉnh");
    expect(completion(table, "TT CĐS tỉnh", AS_OF, agencies)).toBe(0.5);
    expect(completion(table, "Trung tâm Chuyển đổi số tỉnh", AS_OF)).toBe(1);
  });

  it("answers #VALUE! naming the fault when the range is not an agencies table", () => {
    const e = thrown(() => completion(table, "Công an tỉnh", AS_OF, [["Cơ quan"], ["Sở Y tế"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/Danh mục cơ quan/);
  });
});
