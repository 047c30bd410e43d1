/**
 * Indicator targets against actuals over the Thái Nguyên 2026 appendix I with actuals written as in the Sơn La
 * 2026 report (completion.md, "Indicator targets").
 */
import { compareIndicator, computeCompletion, evaluateIndicators } from "../../../src/core/completion";
import type { IndicatorResult } from "../../../src/core/completion";
import { parseVValue, type VValue } from "../../../src/core/completion/vnumber";
import { FixtureDirectory, INDICATOR_ROW, indicatorAnalysis } from "../../fixtures/completion";

const analysis = indicatorAnalysis();
const directory = new FixtureDirectory();

function byLabel(results: readonly IndicatorResult[]): Record<string, IndicatorResult> {
  return Object.fromEntries(results.map((r) => [r.label, r]));
}

describe("evaluateIndicators, 2026", () => {
  const report = evaluateIndicators(analysis, 2026, directory);
  const ind = byLabel(report.indicators);

  it("lists every indicator row once, in table order", () => {
    expect(report.year).toBe(2026);
    expect(report.indicators.map((r) => r.label)).toEqual(Object.keys(INDICATOR_ROW));
    expect(report.indicators.map((r) => r.row)).toEqual(Object.values(INDICATOR_ROW));
    expect(ind["III.3"]).toMatchObject({
      number: "3",
      name: "Cấp tài khoản định danh điện tử cho người nước ngoài",
      unit: "Tài khoản",
      target: "≥80.000",
      targetYear: 2026,
      actual: "79.500 tài khoản",
      tracking: ["Công an tỉnh"],
    });
  });

  it("gives each indicator its hand-computed status", () => {
    const expected: Record<string, IndicatorResult["status"]> = {
      "I.1": "met", // 55,5% ≥ 50
      "I.2": "met", // 968/1054 = 91,84% ≥ 50
      "I.3": "not-met", // 91,8% < 100
      "I.4": "not-reported",
      "I.5": "met", // 96,2% ≥ 95
      "I.6": "met", // 0 ≥ 0
      "I.7": "not-comparable", // no 2026 target
      "I.8": "met", // 25/25 = 100%
      "II.1": "not-met", // 15/28 = 53,6% < 60
      "II.2": "not-met", // 04/23 = 17,4% < 100
      "II.3": "met", // 100%
      "II.4": "not-reported",
      "II.5": "not-reported",
      "II.6": "not-comparable", // "Đảm bảo" against a percentage
      "III.1": "met",
      "III.2": "met", // 80 reaches ≥80
      "III.3": "not-met", // 79.500 < 80.000
      "III.4": "met", // Đạt 42% ≥ 40
      "III.5": "not-reported",
      "III.6": "not-reported",
      "IV.1": "not-reported",
      "IV.2": "not-reported",
      "IV.3": "met", // Đảm bảo = Đảm bảo
      "IV.4": "met", // 97,5% ≥ 95
      "V.1": "not-met", // 45% < 50
      "V.2": "not-reported", // "Chưa có số liệu"
    };
    expect(Object.fromEntries(report.indicators.map((r) => [r.label, r.status]))).toEqual(expected);
  });

  it("says why an indicator cannot be compared", () => {
    expect(ind["I.7"]).toMatchObject({ reason: "no-target", target: "", achievement: null });
    expect(ind["II.6"]).toMatchObject({ reason: "different-measures", achievement: null });
    expect(ind["I.1"].reason).toBeUndefined();
  });

  it("computes achievement = actual ÷ target", () => {
    expect(ind["I.1"].achievement).toBeCloseTo(55.5 / 50, 10);
    expect(ind["I.2"].achievement).toBeCloseTo(968 / 1054 / 0.5, 10);
    expect(ind["I.3"].achievement).toBeCloseTo(0.918, 10);
    expect(ind["I.8"].achievement).toBeCloseTo(1, 10);
    expect(ind["III.3"].achievement).toBeCloseTo(79500 / 80000, 10);
    expect(ind["I.6"].achievement).toBeNull(); // target 0
    expect(ind["IV.3"].achievement).toBeNull(); // yes/no
    expect(ind["I.4"].achievement).toBeNull(); // not reported
  });

  it("counts per tracking agency (indicators with a 2026 target only)", () => {
    expect(report.byAgency).toEqual([
      { agency: "Công an tỉnh", tracked: 12, met: 6, notMet: 3, notReported: 3 },
      { agency: "Văn phòng UBND tỉnh", tracked: 6, met: 4, notMet: 1, notReported: 1 },
      { agency: "Sở Khoa học và Công nghệ", tracked: 4, met: 4, notMet: 0, notReported: 0 },
      { agency: "Sở Giáo dục và Đào tạo", tracked: 2, met: 0, notMet: 0, notReported: 2 },
      { agency: "Sở Y tế", tracked: 2, met: 0, notMet: 0, notReported: 1 },
      { agency: "Các sở, ban, ngành", tracked: 1, met: 0, notMet: 1, notReported: 0 },
      { agency: "Ngân hàng Nhà nước khu vực 5", tracked: 1, met: 0, notMet: 0, notReported: 1 },
      { agency: "Sở Công Thương", tracked: 1, met: 0, notMet: 0, notReported: 1 },
      { agency: "Sở Nội vụ", tracked: 1, met: 0, notMet: 0, notReported: 1 },
      { agency: "Sở Tài chính", tracked: 1, met: 0, notMet: 1, notReported: 0 },
      { agency: "Thuế tỉnh", tracked: 1, met: 0, notMet: 1, notReported: 0 },
      { agency: "UBND các xã, phường", tracked: 1, met: 0, notMet: 1, notReported: 0 },
    ]);
  });

  it("keeps the tracking text as written without a directory", () => {
    const plain = byLabel(evaluateIndicators(analysis, 2026).indicators);
    expect(plain["II.2"].tracking).toEqual(["Công an tỉnh, Sở Tài chính, Thuế tỉnh Thái Nguyên"]);
  });
});

describe("evaluateIndicators, other years", () => {
  it("2030: its own column, else the latest earlier target stays in force", () => {
    const ind = byLabel(evaluateIndicators(analysis, 2030, directory).indicators);
    expect(ind["I.1"]).toMatchObject({ target: "80", targetYear: 2030, status: "not-met" }); // 55,5% < 80
    expect(ind["I.3"]).toMatchObject({ target: "100", targetYear: 2026, status: "not-met" });
    expect(ind["I.7"]).toMatchObject({ target: "100", targetYear: 2030, status: "not-reported" });
    expect(ind["III.3"]).toMatchObject({ target: "≥100.000", status: "not-met" });
    expect(ind["III.3"].achievement).toBeCloseTo(0.795, 10);
  });

  it("2028 (no column): the 2026 targets", () => {
    const ind = byLabel(evaluateIndicators(analysis, 2028, directory).indicators);
    expect(ind["I.1"]).toMatchObject({ target: "50", targetYear: 2026, status: "met" });
  });

  it("2025 (before every column): nothing to compare", () => {
    const r = evaluateIndicators(analysis, 2025, directory);
    expect(r.indicators.every((i) => i.reason === "no-target")).toBe(true);
    expect(r.byAgency).toEqual([]);
  });
});

describe("computeCompletion on an indicator table", () => {
  it("evaluates the indicators for the as-of year", () => {
    const r = computeCompletion({ tasks: [], analysis, asOf: "2026-12-31", directory });
    expect(r.indicators?.year).toBe(2026);
    expect(r.indicators?.indicators).toHaveLength(26);
    expect(r.agencies).toEqual([]);
    expect(r.total.assigned).toBe(0);
    expect(computeCompletion({ tasks: [], analysis, asOf: "2026-12-31", year: 2030 }).indicators?.year).toBe(2030);
  });
});

describe("compareIndicator", () => {
  const v = (s: string): VValue => {
    const x = parseVValue(s);
    if (!x) throw new Error(s);
    return x;
  };
  it("≥ and plain targets are reached alike", () => {
    expect(compareIndicator(v("≥80"), v("80"), true).status).toBe("met");
    expect(compareIndicator(v("80"), v("80"), true).status).toBe("met");
    expect(compareIndicator(v("80"), v("79,9"), true).status).toBe("not-met");
  });
  it("“Trên” must be exceeded; “Tối đa” and “Dưới” must not be", () => {
    expect(compareIndicator(v("Trên 90%"), v("90%"), false).status).toBe("not-met");
    expect(compareIndicator(v("Trên 90%"), v("90,5%"), false).status).toBe("met");
    expect(compareIndicator(v("Tối đa 5%"), v("5%"), false).status).toBe("met");
    expect(compareIndicator(v("Dưới 5%"), v("5%"), false).status).toBe("not-met");
  });
  it("fractions compare as percentages under a % target, by their numerator otherwise", () => {
    expect(compareIndicator(v("90%"), v("968/1054"), false).status).toBe("met");
    expect(compareIndicator(v("25"), v("25/25"), false)).toEqual({ status: "met", achievement: 1 });
    expect(compareIndicator(v("28"), v("15/28 dịch vụ"), false)).toEqual({ status: "not-met", achievement: 15 / 28 });
  });
  it("a percentage cannot meet a count", () => {
    expect(compareIndicator(v("≥80.000"), v("95%"), false)).toEqual({
      status: "not-comparable",
      reason: "different-measures",
    });
  });
  it("yes/no targets are met by a yes", () => {
    expect(compareIndicator(v("Đảm bảo"), v("Có"), false).status).toBe("met");
    expect(compareIndicator(v("Đảm bảo"), v("Đạt"), false).status).toBe("met");
    expect(compareIndicator(v("Đảm bảo"), v("Chưa đảm bảo"), false).status).toBe("not-met");
    expect(compareIndicator(v("Đảm bảo"), v("100%"), false).status).toBe("not-comparable");
  });
});
