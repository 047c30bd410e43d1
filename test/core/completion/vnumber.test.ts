/** Numbers as Vietnamese plans and reports write them. */
import { cellVValue, parseVNumber, parseVValue, parseYesNo } from "../../../src/core/completion/vnumber";

describe("parseVNumber", () => {
  it.each([
    ["80.000", 80000],
    ["100.000", 100000],
    ["2.202", 2202],
    ["1.234.567", 1234567],
    ["91,8", 91.8],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["0.5", 0.5],
    ["91.8", 91.8],
    ["0.000", 0],
    ["04", 4],
    ["80", 80],
    ["80.", 80],
  ])("%s → %d", (s, n) => {
    expect(parseVNumber(s)).toBe(n);
  });
  it.each(["", "abc", "1.23.4", "1,2,34", "1.234,5,6", ",5", "12a"])("rejects %p", (s) => {
    expect(parseVNumber(s)).toBeUndefined();
  });
});

describe("parseVValue", () => {
  it("percentages with a decimal comma", () => {
    expect(parseVValue("91,8%")).toEqual({ kind: "quantity", value: 91.8, percent: true, bound: "plain", unit: "" });
    expect(parseVValue("100%")).toMatchObject({ value: 100, percent: true });
  });
  it("bounds", () => {
    expect(parseVValue("≥80.000")).toMatchObject({ value: 80000, percent: false, bound: "at-least" });
    expect(parseVValue("≥80")).toMatchObject({ value: 80, bound: "at-least" });
    expect(parseVValue("≥ 95%")).toMatchObject({ value: 95, percent: true, bound: "at-least" });
    expect(parseVValue(">= 95%")).toMatchObject({ bound: "at-least" });
    expect(parseVValue("Tối thiểu 80%")).toMatchObject({ value: 80, bound: "at-least" });
    expect(parseVValue("Ít nhất 20 dịch vụ")).toMatchObject({ value: 20, bound: "at-least", unit: "dịch vụ" });
    expect(parseVValue("Trên 90%")).toMatchObject({ value: 90, bound: "more-than" });
    expect(parseVValue("Dưới 5%")).toMatchObject({ value: 5, bound: "less-than" });
    expect(parseVValue("Tối đa 3 ngày")).toMatchObject({ value: 3, bound: "at-most", unit: "ngày" });
    expect(parseVValue("≤ 2%")).toMatchObject({ bound: "at-most" });
    expect(parseVValue("Đạt 42%")).toMatchObject({ value: 42, bound: "plain" });
    expect(parseVValue("Từ 80% trở lên")).toMatchObject({ value: 80, bound: "at-least" });
    expect(parseVValue("Đầu tư 5 tỷ")).toMatchObject({ value: 5, bound: "plain" }); // "tư" is not "từ"
  });
  it("fractions, as a percentage, with the unit after", () => {
    const v = parseVValue("968/1054 thủ tục");
    expect(v).toMatchObject({ kind: "quantity", percent: true, bound: "plain", unit: "thủ tục" });
    expect(v?.kind === "quantity" && v.fraction).toEqual({ numerator: 968, denominator: 1054 });
    expect(v?.kind === "quantity" && v.value).toBeCloseTo(91.84, 2);
    expect(parseVValue("25/25")).toMatchObject({ value: 100 });
    expect(parseVValue("15/28")).toMatchObject({ fraction: { numerator: 15, denominator: 28 } });
    expect(parseVValue("04/23")).toMatchObject({ fraction: { numerator: 4, denominator: 23 } });
    expect(parseVValue("0/0")).toBeUndefined();
  });
  it("a unit after a number", () => {
    expect(parseVValue("79.500 tài khoản")).toMatchObject({ value: 79500, unit: "tài khoản" });
  });
  it("a date is not a fraction", () => {
    expect(parseVValue("30/6/2026")).toBeUndefined();
  });
  it("yes/no values", () => {
    expect(parseVValue("Đảm bảo")).toEqual({ kind: "yes-no", value: true });
    expect(parseVValue("Đã đảm bảo")).toEqual({ kind: "yes-no", value: true });
    expect(parseVValue("Có")).toEqual({ kind: "yes-no", value: true });
    expect(parseVValue("Đạt")).toEqual({ kind: "yes-no", value: true });
    expect(parseVValue("Không")).toEqual({ kind: "yes-no", value: false });
    expect(parseVValue("Chưa đảm bảo")).toEqual({ kind: "yes-no", value: false });
    expect(parseVValue("Không đạt")).toEqual({ kind: "yes-no", value: false });
    expect(parseYesNo("Có thể")).toBeUndefined();
    expect(parseYesNo("Đảm bảo (đã nâng cấp đường truyền)")).toBe(true);
    expect(parseYesNo("Không thống kê được")).toBeUndefined();
    expect(parseVValue("Ghi chú")).toBeUndefined();
    expect(parseVValue("")).toBeUndefined();
  });
});

describe("cellVValue", () => {
  it("numbers, with a % format as percentages", () => {
    expect(cellVValue({ kind: "number", value: 50 })).toMatchObject({ value: 50, percent: false });
    expect(cellVValue({ kind: "number", value: 0.918, format: "0.0%" })).toMatchObject({ value: 91.8, percent: true });
    expect(cellVValue({ kind: "text", text: "≥80.000" })).toMatchObject({ value: 80000, bound: "at-least" });
    expect(cellVValue({ kind: "empty" })).toBeUndefined();
    expect(cellVValue({ kind: "error", code: "#N/A" })).toBeUndefined();
  });
});
