import { parseDeadlineText } from "../../src/core/deadline";
import {
  parsePlanPeriodOption,
  planPeriodFromDeadlines,
  planPeriodFromTitle,
  resolvePlanPeriod,
} from "../../src/core/period";
import type { Deadline } from "../../src/core/types";

const span = (from: number, to: number) => ({
  from: `${from}-01-01`,
  to: `${to}-12-31`,
  label: from === to ? String(from) : `${from}-${to}`,
});

describe("parsePlanPeriodOption", () => {
  it.each([
    ["2024", span(2024, 2024)],
    [" 2024 ", span(2024, 2024)],
    ["2026-2030", span(2026, 2030)],
    ["2026–2030", span(2026, 2030)],
    ["2026 - 2030", span(2026, 2030)],
  ])("%j is valid", (s, expected) => {
    expect(parsePlanPeriodOption(s)).toEqual({ ...expected, source: "option" });
  });

  it.each(["2024-2023", "2024-2024", "abc", "20245", "24", "", "2024-", "năm 2024", "1989", "2101", "2026-2101"])(
    "%j is not valid",
    (s) => {
      expect(parsePlanPeriodOption(s)).toBeUndefined();
    },
  );
});

/** Title rows above the header, as in the seeds. */
const BINH_DINH_APPENDIX = [
  "Phụ lục",
  "DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN “ĐỀ ÁN 06” TRÊN ĐỊA BÀN TỈNH TRONG NĂM 2024",
  "(Kèm theo Quyết định số ...../QĐ-UBND ngày ..... tháng .....năm 2024 của Chủ tịch UBND tỉnh)",
];
const BINH_DINH_PLAN = [
  "KẾ HOẠCH",
  "Thực hiện Đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia " +
    "giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 trên địa bàn tỉnh trong năm 2024",
  "(Ban hành kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2024 của Chủ tịch UBND tỉnh)",
];
const THAI_NGUYEN_APPENDIX = [
  "PHỤ LỤC I",
  "MỤC TIÊU CỤ THỂ CHƯƠNG TRÌNH PHÁT TRIỂN ĐỀ ÁN 06 GIAI ĐOẠN 2026 - 2030",
  "(Kèm theo Kế hoạch số /KH-UBND ngày tháng 6 năm 2026 của UBND tỉnh Thái Nguyên)",
];
const THAI_NGUYEN_PLAN = [
  "KẾ HOẠCH",
  "Triển khai thực hiện nhiệm vụ Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục " +
    "vụ chuyển đổi số quốc gia giai đoạn 2026 - 2030, tầm nhìn đến năm 2035” trên địa bàn tỉnh Thái Nguyên",
];
const SON_LA_DECISION = [
  "Số: /QĐ-UBND Sơn La, ngày tháng năm 2026",
  "QUYẾT ĐỊNH",
  "Ban hành kế hoạch triển khai thực hiện Đề án 06 trên địa bàn tỉnh năm 2026",
];
const SON_LA_PLAN = [
  "KẾ HOẠCH Triển khai thực hiện Đề án 06 trên địa bàn tỉnh năm 2026",
  "(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2026",
  "của Chủ tịch Ủy ban nhân dân tỉnh)",
];

describe("planPeriodFromTitle", () => {
  it.each([
    ["Bình Định appendix", BINH_DINH_APPENDIX, span(2024, 2024)],
    ["Bình Định plan (programme 2022-2025 named first, plan year last)", BINH_DINH_PLAN, span(2024, 2024)],
    ["Thái Nguyên appendix I", THAI_NGUYEN_APPENDIX, span(2026, 2030)],
    ["Thái Nguyên plan (span inside quotes, vision set aside)", THAI_NGUYEN_PLAN, span(2026, 2030)],
    ["Sơn La decision (place-date line set aside)", SON_LA_DECISION, span(2026, 2026)],
    ["Sơn La plan", SON_LA_PLAN, span(2026, 2026)],
    ["lower case, en dash", ["Kế hoạch giai đoạn 2026–2030"], span(2026, 2030)],
    ["NĂM", ["KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025"], span(2025, 2025)],
    ["năm … - …", ["Kế hoạch thực hiện năm 2024 - 2025"], span(2024, 2025)],
    ["từ năm … đến năm …", ["Kế hoạch thực hiện từ năm 2026 đến năm 2030"], span(2026, 2030)],
    [
      "đến năm, starting in the issuing year",
      [
        "KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW",
        "VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ ĐẾN NĂM 2030",
        "(Kèm theo Quyết định số 12/QĐ-UBND ngày 10 tháng 3 năm 2025 của UBND tỉnh)",
      ],
      span(2025, 2030),
    ],
    [
      "an annual plan of a strategy to 2030 is annual",
      ["KẾ HOẠCH NĂM 2026", "thực hiện Chiến lược chuyển đổi số đến năm 2030"],
      span(2026, 2026),
    ],
    ["a title split over two rows", ["DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06", "TRONG NĂM 2024"], span(2024, 2024)],
    ["HTML fragments", ["<b>DANH MỤC NHIỆM VỤ NĂM 2024</b>"], span(2024, 2024)],
  ])("%s", (_name, titles, expected) => {
    expect(planPeriodFromTitle(titles)).toEqual({ ...expected, source: "title" });
  });

  it.each([
    ["only the (Kèm theo …) line names a year", ["PHỤ LỤC", BINH_DINH_APPENDIX[2]]],
    [
      "only document references",
      ["Theo Quyết định số 4466/QĐ-UBND ngày 01/12/2023", "Nghị định số 104/2022/NĐ-CP ngày 21 tháng 12 năm 2022"],
    ],
    ["only a vision", ["tầm nhìn đến năm 2035"]],
    ["đến năm without a start year", ["Chương trình chuyển đổi số đến năm 2030"]],
    ["no title rows", []],
    ["a year out of range", ["KẾ HOẠCH NĂM 2150"]],
    ["a reversed span", ["GIAI ĐOẠN 2030 - 2026"]],
  ])("nothing from %s", (_name, titles) => {
    expect(planPeriodFromTitle(titles)).toBeUndefined();
  });
});

const dl = (...texts: string[]): Deadline[] => texts.map(parseDeadlineText);

describe("planPeriodFromDeadlines", () => {
  it("a dominant year wins over a stray deadline (the Bình Định appendix, with its 'Tháng 6/2023')", () => {
    const deadlines = dl(
      ...["Tháng 02/2024", "Tháng 02/2024", "Tháng 3/2024", "Tháng 3/2024", "Tháng 6/2024", "Tháng 12/2024"],
      ...["Ngày 22 hàng tháng", "Thường xuyên", "Tháng 6/2024", "Tháng 6/2023", "Tháng 9/2024", "Hàng tháng"],
      ...["Trong năm 2024", "Trong năm 2024", "Thực hiện thường xuyên", "Quý I/2024", "Theo Lộ trình của Chính phủ"],
      ...["Từ tháng 01/2024 và thực hiện thường xuyên", "Quý II/2024", "Quý IV/2024", "Năm 2024."],
    );
    expect(planPeriodFromDeadlines(deadlines)).toEqual({ ...span(2024, 2024), source: "deadlines" });
  });

  it("exactly 60% of due years in one year is enough", () => {
    const deadlines = dl("Năm 2026", "Năm 2026", "Năm 2026", "Năm 2027", "Năm 2030");
    expect(planPeriodFromDeadlines(deadlines)?.label).toBe("2026");
  });

  it("without a dominant year, the span from the earliest to the latest year", () => {
    const deadlines = dl("Năm 2026", "Năm 2027", "Năm 2028", "Năm 2030", "Thường xuyên");
    expect(planPeriodFromDeadlines(deadlines)).toEqual({ ...span(2026, 2030), source: "deadlines" });
  });

  it("milestones and span starts widen the span", () => {
    const deadlines = dl("Đánh giá theo các mốc năm 2027, 2030", "giai đoạn 2026 - 2028", "Năm 2027", "Năm 2029");
    expect(planPeriodFromDeadlines(deadlines)?.label).toBe("2026-2030");
  });

  it("indicative dates and completion milestones count; ongoing and waiting tasks do not", () => {
    const deadlines = dl(
      "Sau khi … được ban hành (tháng 03/2027)",
      "Thực hiện thường xuyên (hoàn thành việc kết nối trong năm 2026)",
      "Hàng tháng",
      "Theo tiến độ được giao",
    );
    expect(planPeriodFromDeadlines(deadlines)?.label).toBe("2026-2027");
  });

  it("no due dates, no period", () => {
    expect(planPeriodFromDeadlines(dl("Thường xuyên", "Hàng quý", "Tháng 13/2027", ""))).toBeUndefined();
    expect(planPeriodFromDeadlines([])).toBeUndefined();
  });
});

describe("resolvePlanPeriod", () => {
  const deadlines = dl("Năm 2025", "Năm 2025", "Năm 2025");

  it("the option first", () => {
    expect(resolvePlanPeriod({ option: "2026-2030", titles: BINH_DINH_APPENDIX, deadlines })).toEqual({
      ...span(2026, 2030),
      source: "option",
    });
  });

  it("then the title", () => {
    expect(resolvePlanPeriod({ titles: BINH_DINH_APPENDIX, deadlines })).toEqual({
      ...span(2024, 2024),
      source: "title",
    });
    expect(resolvePlanPeriod({ option: "  ", titles: BINH_DINH_APPENDIX, deadlines })?.source).toBe("title");
  });

  it("then the deadlines", () => {
    expect(resolvePlanPeriod({ titles: ["PHỤ LỤC", BINH_DINH_APPENDIX[2]], deadlines })).toEqual({
      ...span(2025, 2025),
      source: "deadlines",
    });
  });

  it("null when nothing names a period", () => {
    expect(resolvePlanPeriod({ titles: ["PHỤ LỤC"], deadlines: dl("Thường xuyên") })).toBeNull();
  });
});
