import { parseDeadlineText } from "../../src/core/deadline";
import {
  parsePlanPeriodOption,
  planPeriodFromDeadlines,
  planPeriodFromTitle,
  resolvePlanPeriod,
} from "../../src/core/period";
import type { Deadline } from "../../src/core/types";
import {
  compileDeadlineWords,
  DEFAULT_DEADLINE_VOCABULARY,
  deadlineVocabularySchema,
  parseDeadlineVocabulary,
} from "../../src/core/deadline/vocabulary";

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

/** The title rows of the corpus appendices (2025 national and provincial plans), verbatim. */
const kemTheo = (act: string, date: string, by: string) => `(Kèm theo ${act} ngày ${date} của ${by})`;
const TTG = "Thủ tướng Chính phủ";
const AIR =
  "KẾ HOẠCH HÀNH ĐỘNG QUỐC GIA VỀ KHẮC PHỤC Ô NHIỄM VÀ QUẢN LÝ CHẤT LƯỢNG MÔI TRƯỜNG KHÔNG KHÍ GIAI ĐOẠN 2026 - 2030, " +
  "TẦM NHÌN ĐẾN NĂM 2045";

describe("planPeriodFromTitle on the corpus titles", () => {
  it.each([
    [
      "Bắc Ninh KH 144: “đến năm 2030”, from the issuing year",
      [
        "PHỤ LỤC",
        "PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ SỐ, XÃ HỘI SỐ ĐẾN NĂM 2030",
        "(Ban hành kèm theo Kế hoạch số 144/KH-UBND ngày 24 tháng 11 năm 2025 của UBND tỉnh Bắc Ninh)",
      ],
      span(2025, 2030),
    ],
    [
      "BVHTTDL CV 6225: “những tháng cuối năm 2025”",
      [
        "PHỤ LỤC",
        "DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM TRIỂN KHAI TRONG NHỮNG THÁNG CUỐI NĂM 2025",
        kemTheo("Công văn số 6225/BVHTTDL-VP", "18/11/2025", "Bộ Văn hóa, Thể thao và Du lịch"),
      ],
      span(2025, 2025),
    ],
    [
      "QĐ 2530 Phụ lục I: the vision to 2045 is not the period",
      [
        "PHỤ LỤC I",
        `BẢNG PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP TẠI ${AIR}`,
        kemTheo("Quyết định số 2530/QĐ-TTg", "19 tháng 11 năm 2025", TTG),
      ],
      span(2026, 2030),
    ],
    [
      "QĐ 2530 Phụ lục II",
      [
        "PHỤ LỤC II",
        `DANH MỤC CÁC NHIỆM VỤ, DỰ ÁN ƯU TIÊN THỰC HIỆN ${AIR}`,
        kemTheo("Quyết định số 2530/QĐ-TTg", "19 tháng 11 năm 2025", TTG),
      ],
      span(2026, 2030),
    ],
    [
      "QĐ 2597: “(GIAI ĐOẠN 2025-2030)”",
      [
        "PHỤ LỤC",
        "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM VỀ CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU HẠ " +
          "TẦNG XÂY DỰNG (GIAI ĐOẠN 2025-2030)",
        kemTheo("Quyết định số 2597/QĐ-TTg", "27 tháng 11 năm 2025", TTG),
      ],
      span(2025, 2030),
    ],
  ])("%s", (_name, titles, expected) => {
    expect(planPeriodFromTitle(titles)).toEqual({ ...expected, source: "title" });
  });

  it.each([
    [
      "BCĐ CV 174 (an assignment list)",
      [
        "PHỤ LỤC",
        "ĐỀ XUẤT KIẾN NGHỊ CỦA CÁC ĐỊA PHƯƠNG, ĐƠN VỊ VÀ PHÂN CÔNG XỬ LÝ",
        kemTheo("Công văn số 174/CV-BCĐ", "02 tháng 12 năm 2025", "Ban Chỉ đạo"),
      ],
    ],
    [
      "Đồng Tháp KH 617",
      [
        "PHỤ LỤC",
        "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM",
        kemTheo("Kế hoạch số 617/KH-UBND", "01/12/2025", "Ủy ban nhân dân tỉnh"),
      ],
    ],
    [
      "Nghệ An KH 980",
      [
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ",
        kemTheo("Kế hoạch số 980/KH-UBND", "18 tháng 11 năm 2025", "UBND tỉnh Nghệ An"),
      ],
    ],
    [
      "QĐ 2629 Phụ lục I",
      ["PHỤ LỤC I", "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ", kemTheo("Quyết định số 2629/QĐ-TTg", "01 tháng 12 năm 2025", TTG)],
    ],
    [
      "QĐ 2629 Phụ lục II",
      [
        "PHỤ LỤC II",
        "DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ",
        kemTheo("Quyết định số 2629/QĐ-TTg", "01 tháng 12 năm 2025", TTG),
      ],
    ],
    [
      "VPCP TB 624 Phụ lục II (the date of the notice it reports on)",
      [
        "PHỤ LỤC II",
        "KẾT QUẢ THỰC HIỆN NHIỆM VỤ TẠI THÔNG BÁO KẾT LUẬN SỐ 552/TB-VPCP NGÀY 13/10/2025",
        kemTheo("Thông báo kết luận số 624/TB-VPCP", "16 tháng 11 năm 2025", "Văn phòng Chính phủ"),
      ],
    ],
    [
      "VPCP TB 624 Phụ lục I (a data date and a caption)",
      [
        "PHỤ LỤC I",
        "TỔNG HỢP CÁC NHIỆM VỤ CHẬM MUỘN THEO VĂN BẢN ĐÔN ĐỐC CỦA BAN CHỈ ĐẠO TRUNG ƯƠNG",
        kemTheo("Thông báo kết luận số 624/TB-VPCP", "16 tháng 11 năm 2025", "Văn phòng Chính phủ"),
        "Dữ liệu tính đến ngày 07/11/2025",
        "1. Các nhiệm vụ về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quá hạn chưa hoàn thành",
      ],
    ],
  ])("nothing from %s", (_name, titles) => {
    expect(planPeriodFromTitle(titles)).toBeUndefined();
  });
});

describe("the title words come from the deadline vocabulary", () => {
  it("a horizon the vocabulary names is set aside (“hướng tới năm 2030”)", () => {
    expect(planPeriodFromTitle(["KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026, HƯỚNG TỚI NĂM 2030"])?.label).toBe("2026");
  });

  it("a vocabulary without the vision words reads the vision as the period", () => {
    const bare = deadlineVocabularySchema.parse({ title: { ...DEFAULT_DEADLINE_VOCABULARY.title, vision: [] } });
    expect(planPeriodFromTitle(["KẾ HOẠCH NĂM 2026, TẦM NHÌN NĂM 2030"])?.label).toBe("2026");
    expect(planPeriodFromTitle(["KẾ HOẠCH NĂM 2026, TẦM NHÌN NĂM 2030"], bare)?.label).toBe("2030");
  });

  it("the deadline key words are compiled from the data, a slash with or without spaces", () => {
    const words = compileDeadlineWords(DEFAULT_DEADLINE_VOCABULARY);
    expect(["6 thang/lan", "6 thang / lan", "hang thang", "dinh ky"].map((t) => words.recurring.test(t))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(words.recurring.test("thang 6/2024")).toBe(false);
    const more = deadlineVocabularySchema.parse({
      ...DEFAULT_DEADLINE_VOCABULARY,
      deadline: { ...DEFAULT_DEADLINE_VOCABULARY.deadline, recurring: ["hai tuần một lần"] },
    });
    expect(compileDeadlineWords(more).recurring.test("bao cao hai tuan mot lan")).toBe(true);
  });

  it("a user's vocabulary is validated, naming the bad value", () => {
    expect(parseDeadlineVocabulary({ title: { openEnd: ["đến năm"] } }).ok).toBe(true);
    expect(parseDeadlineVocabulary({ title: { openEnd: [""] } })).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^title\.openEnd\.0: /)],
    });
    expect(parseDeadlineVocabulary({ titles: {} }).ok).toBe(false);
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
