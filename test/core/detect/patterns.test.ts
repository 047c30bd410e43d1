import {
  cellLooksLike,
  columnNumberToken,
  declaredCount,
  endsFinished,
  isRoman,
  isUpperHeading,
  romanLabel,
  romanNumeral,
  sectionHeading,
  startsLowerCase,
  taskNumber,
} from "../../../src/core/detect/patterns";
import { toCellValue } from "../../../src/core/grid";

const text = (s: string) => ({ kind: "text", text: s }) as const;

describe("appendix row patterns", () => {
  it.each([
    ["(08 NHIỆM VỤ)", 8],
    ["VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (08 NHIỆM VỤ)", 8],
    ["Về công tác chỉ đạo (08 nhiệm vụ)", 8],
    ["Về công tác chỉ đạo (8 nhiệm vụ)", 8],
    ["Về công tác chỉ đạo (gồm 12 nhiệm vụ)", 12],
    ["VỀ CÔNG TÁC CHỈ ĐẠO – 03 nhiệm vụ", 3],
    ["VỀ CÔNG TÁC CHỈ ĐẠO", undefined],
    ["Triển khai 42 mô hình", undefined],
  ])("reads the declared count of %j", (title, count) => {
    expect(declaredCount(title)).toBe(count);
  });

  it("reads task numbers as written, and only those", () => {
    const num = (v: string | number) => taskNumber(toCellValue(v), typeof v === "string" ? v : "");
    expect(["1", "1.", "01", "1.2", "1.2.3", "a)", "b.", "3)"].map(num)).toEqual([
      "1",
      "1.",
      "01",
      "1.2",
      "1.2.3",
      "a)",
      "b.",
      "3)",
    ]);
    expect([26, 1.5].map(num)).toEqual(["26", "1.5"]);
    expect(["I", "STT", "(1)", "-", "Ghi chú", "1 Xây dựng kế hoạch", ""].map(num)).toEqual([
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("reads Roman numerals and section headings", () => {
    expect(["I", "II.", "IV", "VII", "XII"].map(romanLabel)).toEqual(["I", "II", "IV", "VII", "XII"]);
    expect(["IIII", "i", "1", "VX", ""].map(romanLabel)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(sectionHeading("I. VỀ CÔNG TÁC CHỈ ĐẠO (08 NHIỆM VỤ)")).toEqual({
      label: "I",
      title: "VỀ CÔNG TÁC CHỈ ĐẠO (08 NHIỆM VỤ)",
    });
    expect(sectionHeading("IX - PHÁT TRIỂN CÔNG DÂN SỐ")).toEqual({ label: "IX", title: "PHÁT TRIỂN CÔNG DÂN SỐ" });
    expect(sectionHeading("B. Nhiệm vụ cụ thể")).toEqual({ label: "B", title: "Nhiệm vụ cụ thể" });
    expect(sectionHeading("Phần II: Tổ chức thực hiện")).toEqual({ label: "II", title: "Tổ chức thực hiện" });
    expect(sectionHeading("1. Xây dựng kế hoạch")).toBeUndefined();
    expect(sectionHeading("Công an tỉnh")).toBeUndefined();
  });

  it("tells a heading by its capitals", () => {
    expect(isUpperHeading("VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")).toBe(true);
    expect(isUpperHeading("NHIỆM VỤ CỤ THỂ (08 nhiệm vụ)")).toBe(true);
    expect(isUpperHeading("Về công tác chỉ đạo")).toBe(false);
    expect(isUpperHeading("UBND")).toBe(true);
    expect(isUpperHeading("123")).toBe(false);
  });

  it("sees lower-case starts behind markup and brackets", () => {
    expect(startsLowerCase("ngành, UBND các huyện")).toBe(true);
    expect(startsLowerCase("<i>thực hiện dịch vụ công</i>")).toBe(true);
    expect(startsLowerCase(" (và các địa phương)")).toBe(true);
    expect(startsLowerCase("Sở Tư pháp")).toBe(false);
    expect(startsLowerCase("100% hồ sơ")).toBe(false);
    expect(endsFinished("Báo cáo.")).toBe(true);
    expect(endsFinished("các sở, ban,")).toBe(false);
  });

  it("reads column-number cells", () => {
    expect(["(1)", "2", "(3).", "A", "(B)"].map((s) => columnNumberToken(text(s)))).toEqual([1, 2, 3, 0, 0]);
    expect(columnNumberToken({ kind: "number", value: 4 })).toBe(4);
    expect(["(1) Nội dung", "Quý I", "100"].map((s) => columnNumberToken(text(s)))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('tells what a cell under "Tiến độ" holds', () => {
    const looks = (s: string) => cellLooksLike(text(s));
    expect(["Quý I/2024", "Tháng 6/2024", "Thường xuyên", "Hàng tháng", "Trước ngày 30/6/2026"].map(looks)).toEqual(
      Array(5).fill("deadline"),
    );
    expect(["Đã hoàn thành", "Đang thực hiện", "Chưa triển khai", "Hoàn thành", "100%", "x"].map(looks)).toEqual(
      Array(6).fill("status"),
    );
    expect(looks("Hoàn thành trong tháng 6/2024")).toBe("deadline");
    expect(cellLooksLike({ kind: "date", iso: "2024-06-30" })).toBe("deadline");
    expect(looks("Công an tỉnh")).toBeUndefined();
  });
});

describe("romanNumeral", () => {
  it("writes section and list numbers as Word and plans do", () => {
    expect([1, 4, 9, 14, 40, 90, 2026].map(romanNumeral)).toEqual(["I", "IV", "IX", "XIV", "XL", "XC", "MMXXVI"]);
    for (let n = 1; n < 100; n++) expect(isRoman(romanNumeral(n))).toBe(true);
  });
});
