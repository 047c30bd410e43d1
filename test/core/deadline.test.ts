import fc from "fast-check";
import { endOfMonth, endOfQuarter, isoDate } from "../../src/core/dates";
import { isDateFormat, parseDeadline, parseDeadlineText } from "../../src/core/deadline";
import type { CellValue } from "../../src/core/grid";
import type { Deadline, DeadlineKind } from "../../src/core/types";

interface Expect {
  readonly kind: DeadlineKind;
  readonly due?: string;
  readonly start?: string;
  readonly milestones?: readonly string[];
  readonly indicative?: boolean;
  readonly missingYear?: boolean;
}

const dated = (due: string, start?: string): Expect => (start ? { kind: "dated", due, start } : { kind: "dated", due });
const RECURRING: Expect = { kind: "recurring" };
const CONTINUOUS: Expect = { kind: "continuous" };
const CONDITIONAL: Expect = { kind: "conditional" };
const UNPARSED: Expect = { kind: "unparsed" };

/** What a Deadline says, without its text, for comparison with a table row. */
function shape(d: Deadline): Expect {
  const out: { -readonly [K in keyof Expect]: Expect[K] } = { kind: d.kind };
  if (d.due !== undefined) out.due = d.due;
  if (d.start !== undefined) out.start = d.start;
  if (d.milestones !== undefined) out.milestones = d.milestones;
  if (d.indicative !== undefined) out.indicative = d.indicative;
  if (d.missingYear !== undefined) out.missingYear = d.missingYear;
  return out;
}

const FORMS: ReadonlyArray<readonly [string, Expect]> = [
  // a month
  ["Tháng 02/2024", dated("2024-02-29")],
  ["Tháng 6/2024", dated("2024-06-30")],
  ["tháng 12/2026", dated("2026-12-31")],
  ["Tháng 6 năm 2024", dated("2024-06-30")],
  ["tháng 02-2024", dated("2024-02-29")],
  ["T6/2024", dated("2024-06-30")],
  ["Hoàn thành trong tháng 02/2024", dated("2024-02-29")],
  ["Tháng 6, 2024", dated("2024-06-30")],
  ["Cuối tháng 6/2024", dated("2024-06-30")],
  ["06/2024", dated("2024-06-30")],
  // a quarter
  ["Quý I/2024", dated("2024-03-31")],
  ["Quí III/2026", dated("2026-09-30")],
  ["Từ nay đến hết năm 2026", dated("2026-12-31")],
  ["Qúy II/2026", dated("2026-06-30")],
  ["Quý II/2024", dated("2024-06-30")],
  ["Quý III/2026", dated("2026-09-30")],
  ["Quý IV/2024", dated("2024-12-31")],
  ["Quý 3/2026", dated("2026-09-30")],
  ["quý II năm 2026", dated("2026-06-30")],
  ["Trong Quý I năm 2024", dated("2024-03-31")],
  ["Q1/2024", dated("2024-03-31")],
  // a half year
  ["6 tháng đầu năm 2024", dated("2024-06-30")],
  ["06 tháng cuối năm 2024", dated("2024-12-31")],
  ["Sáu tháng đầu năm 2024", dated("2024-06-30")],
  ["Nửa cuối năm 2024", dated("2024-12-31")],
  // a year
  ["Năm 2024.", dated("2024-12-31")],
  ["Trong năm 2024", dated("2024-12-31")],
  ["năm 2024", dated("2024-12-31")],
  ["2024", dated("2024-12-31")],
  ["Cuối năm 2024", dated("2024-12-31")],
  ["Đến hết năm 2024", dated("2024-12-31")],
  ["đến năm 2030", dated("2030-12-31")],
  // a day
  ["trước ngày 30/6/2026", dated("2026-06-30")],
  ["15/3/2026", dated("2026-03-15")],
  ["ngày 30 tháng 6 năm 2026", dated("2026-06-30")],
  ["Trước 31/12/2024", dated("2024-12-31")],
  ["Chậm nhất ngày 31/3/2024", dated("2024-03-31")],
  ["Hoàn thành trước 30.6.2024", dated("2024-06-30")],
  ["29/2/2024", dated("2024-02-29")],
  // a span
  ["giai đoạn 2026 - 2030", dated("2030-12-31", "2026-01-01")],
  ["Giai đoạn 2026-2030", dated("2030-12-31", "2026-01-01")],
  ["2026-2030", dated("2030-12-31", "2026-01-01")],
  ["2026 – 2030", dated("2030-12-31", "2026-01-01")],
  ["GIAI ĐOẠN 2026 — 2030", dated("2030-12-31", "2026-01-01")],
  ["Năm 2024 - 2025", dated("2025-12-31", "2024-01-01")],
  ["Từ năm 2026 đến năm 2030", dated("2030-12-31", "2026-01-01")],
  ["Từ tháng 3 đến tháng 6/2024", dated("2024-06-30", "2024-03-01")],
  ["Tháng 6-12/2024", dated("2024-12-31", "2024-06-01")],
  ["Quý I/2024 - Quý II/2024", dated("2024-06-30", "2024-01-01")],
  ["15/3/2026 - 30/6/2026", dated("2026-06-30", "2026-03-15")],
  // recurring
  ["Hàng tháng", RECURRING],
  ["Hằng tháng", RECURRING],
  ["Ngày 22 hàng tháng", RECURRING],
  ["Định kỳ hằng quý", RECURRING],
  ["Hàng quý", RECURRING],
  ["Hàng năm", RECURRING],
  ["Hằng năm (trước ngày 15/12)", RECURRING],
  ["Định kỳ 6 tháng", RECURRING],
  ["Hằng tuần", RECURRING],
  ["6 tháng/lần", RECURRING],
  ["Định kỳ hàng tháng, đột xuất", RECURRING],
  ["Hàng tháng (trước ngày 10)", RECURRING],
  ["Từ tháng 01/2024, định kỳ hằng quý", { kind: "recurring", start: "2024-01-01" }],
  // continuous
  ["Thường xuyên", CONTINUOUS],
  ["Thực hiện thường xuyên", CONTINUOUS],
  ["Duy trì thường xuyên", CONTINUOUS],
  ["Liên tục", CONTINUOUS],
  ["Từ tháng 01/2024 và thực hiện thường xuyên", { kind: "continuous", start: "2024-01-01" }],
  ["Thường xuyên (từ tháng 01/2024)", { kind: "continuous", start: "2024-01-01" }],
  ["Từ ngày 01/7/2026", { kind: "continuous", start: "2026-07-01" }],
  ["Năm 2026 và các năm tiếp theo", { kind: "continuous", start: "2026-01-01" }],
  ["Từ năm 2026 và những năm sau", { kind: "continuous", start: "2026-01-01" }],
  ["Thực hiện thường xuyên (hoàn thành việc kết nối trong năm 2026)", { kind: "continuous", due: "2026-12-31" }],
  ["Thường xuyên (hoàn thành 2000 hồ sơ trong năm 2026)", { kind: "continuous", due: "2026-12-31" }],
  ["Thường xuyên (Quý II/2026)", { kind: "continuous", due: "2026-06-30" }],
  // a date before "thường xuyên" without "hoàn thành" is not taken as the due date, only as the start
  ["Quý I/2024 và duy trì thường xuyên", { kind: "continuous", start: "2024-01-01" }],
  ["năm 2024 và các năm tiếp theo", { kind: "continuous", start: "2024-01-01" }],
  // conditional
  ["Sau khi văn bản … được ban hành", CONDITIONAL],
  ["Sau khi văn bản quy phạm pháp luật được ban hành", CONDITIONAL],
  ["Theo lộ trình hướng dẫn Cục C06", CONDITIONAL],
  ["Theo Lộ trình của Chính phủ", CONDITIONAL],
  ["Theo tiến độ được giao", CONDITIONAL],
  ["Theo kế hoạch của Bộ Công an", CONDITIONAL],
  ["Khi có hướng dẫn của Bộ Công an", CONDITIONAL],
  ["Ngay sau khi Luật có hiệu lực", CONDITIONAL],
  ["Đột xuất theo yêu cầu", CONDITIONAL],
  ["Chờ hướng dẫn của Bộ Y tế", CONDITIONAL],
  ["Tháng 6/2024 cho năm học mới", UNPARSED],
  ["Thực hiện theo quy định", CONDITIONAL],
  ["Hoàn thành theo kế hoạch", CONDITIONAL],
  ["Theo Quyết định số 4466/QĐ-UBND ngày 01/12/2023", CONDITIONAL],
  ["Sau khi … được ban hành (tháng 03/2027)", { kind: "conditional", due: "2027-03-31", indicative: true }],
  ["Sau khi có hướng dẫn (dự kiến quý II/2027)", { kind: "conditional", due: "2027-06-30", indicative: true }],
  [
    "Sau khi Nghị định được ban hành, dự kiến tháng 9/2026",
    { kind: "conditional", due: "2026-09-30", indicative: true },
  ],
  ["Quý II/2024 theo hướng dẫn của Bộ", { kind: "conditional", due: "2024-06-30", indicative: true }],
  ["Tháng 6/2024 (sau khi có hướng dẫn)", { kind: "conditional", due: "2024-06-30", indicative: true }],
  // two indicative dates that disagree: none is taken
  ["Theo tiến độ (dự kiến năm 2027) (quý II/2027)", CONDITIONAL],
  // milestones
  [
    "Đánh giá theo các mốc năm 2027, 2030",
    { kind: "milestones", due: "2027-12-31", milestones: ["2027-12-31", "2030-12-31"] },
  ],
  ["Tháng 6 và tháng 12/2024", { kind: "milestones", due: "2024-06-30", milestones: ["2024-06-30", "2024-12-31"] }],
  ["Tháng 12/2024; Tháng 6/2024", { kind: "milestones", due: "2024-06-30", milestones: ["2024-06-30", "2024-12-31"] }],
  ["Quý I, III/2024", { kind: "milestones", due: "2024-03-31", milestones: ["2024-03-31", "2024-09-30"] }],
  ["Năm 2024; 2025", { kind: "milestones", due: "2024-12-31", milestones: ["2024-12-31", "2025-12-31"] }],
  // a note in brackets does not change a clear date
  ["Tháng 6/2024 (sơ kết)", dated("2024-06-30")],
  ["Tháng 02/2024 (theo Quyết định số 4466/QĐ-UBND ngày 01/12/2023)", dated("2024-02-29")],
  ["(Tháng 6/2024)", dated("2024-06-30")],
  // counts such as "25/25" (Sơn La report) are not days
  ["Tháng 02/2024 (25/25 dịch vụ công thiết yếu)", dated("2024-02-29")],
  ["Thường xuyên (hoàn thành 25/25 dịch vụ công trong năm 2026)", { kind: "continuous", due: "2026-12-31" }],
  // not understood: never a date invented
  ["Tháng 13/2027", UNPARSED],
  // a month, quarter or day without its year: not understood, and said why
  ["Tháng 6", { kind: "unparsed", missingYear: true }],
  ["Quý III", { kind: "unparsed", missingYear: true }],
  ["Trước ngày 30/6.", { kind: "unparsed", missingYear: true }],
  ["Tháng 0/2024", UNPARSED],
  ["Quý V/2024", UNPARSED],
  ["Quý 5/2024", UNPARSED],
  ["31/2/2026", UNPARSED],
  ["29/2/2025", UNPARSED],
  ["Ngày 32/1/2024", UNPARSED],
  ["15/3/26", UNPARSED],
  ["Tháng 6/24", UNPARSED],
  ["30/6", { kind: "unparsed", missingYear: true }],
  ["Trong tháng 6", { kind: "unparsed", missingYear: true }],
  ["6 tháng đầu năm", UNPARSED],
  ["Đầu năm 2024", UNPARSED],
  ["Giữa năm 2024", UNPARSED],
  ["Năm 1989", UNPARSED],
  ["Năm 2101", UNPARSED],
  ["20245", UNPARSED],
  ["2024-2023", UNPARSED],
  ["Năm 2024-2025-2026", UNPARSED],
  ["Năm 2024 (Quý IV/2025)", UNPARSED],
  ["Thường xuyên (hoàn thành trong tháng 13/2026)", UNPARSED],
  ["Sau khi văn bản được ban hành (tháng 13/2027)", UNPARSED],
  ["random text", UNPARSED],
  ["Rà soát theo quy định", UNPARSED],
  ["Xây dựng kế hoạch kiểm tra, giám sát", UNPARSED],
  ["Quỹ bảo hiểm", UNPARSED],
  ["Đang thực hiện", UNPARSED],
  // prose, as national plans write it (QĐ 2530/QĐ-TTg, 2025): clauses of work around the periods they name
  ["Ban hành trong quý I năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)", dated("2026-03-31")],
  ["Ban hành trong năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)", dated("2026-12-31")],
  [
    "Giai đoạn 2026 - 2027. Thực hiện rà soát, cập nhật các hướng dẫn kỹ thuật (nếu có)",
    dated("2027-12-31", "2026-01-01"),
  ],
  ["Thực hiện trong năm 2026 và có rà soát, bổ sung, điều chỉnh (nếu có)", dated("2026-12-31")],
  [
    "Thực hiện trong giai đoạn 2026 - 2030. Trong đó triển khai các chương trình thí điểm trong giai đoạn 2027 - 2030 và có đánh giá, nhân rộng (nếu khả thi)",
    dated("2030-12-31", "2026-01-01"),
  ],
  ["Thí điểm trong giai đoạn 2026 - 2028, nghiên cứu xem xét mở rộng sau thí điểm.", dated("2028-12-31", "2026-01-01")],
  [
    "Thí điểm trong giai đoạn 2026 - 2027 và thực hiện mở rộng sau năm 2028",
    { kind: "continuous", start: "2026-01-01", due: "2027-12-31" },
  ],
  [
    "Thực hiện các nghiên cứu trong giai đoạn 2026 - 2027. Tổ chức hoạt động thí điểm từ sau năm 2027",
    { kind: "continuous", start: "2026-01-01", due: "2027-12-31" },
  ],
  [
    "- Xây dựng các quy định, hướng dẫn và các báo cáo liên quan trong giai đoạn 2026 - 2027. - Thí điểm mô hình tái chế trong từ năm 2027.",
    { kind: "continuous", start: "2026-01-01", due: "2027-12-31" },
  ],
  ["Tổ chức hoạt động thí điểm từ sau năm 2027", { kind: "continuous", start: "2027-01-01" }],
  [
    "Xây dựng phần mềm trong năm 2026. Triển khai toàn tỉnh trong quý II/2027",
    { kind: "milestones", due: "2026-12-31", milestones: ["2026-12-31", "2027-06-30"] },
  ],
  // prose whose periods do not fit together, or are qualified, is not read
  ["Báo cáo kết quả năm 2024 trước ngày 15/01/2025", UNPARSED],
  ["Đầu năm 2026. Thực hiện rà soát", UNPARSED],
  ["Thực hiện rà soát trong tháng 6. Báo cáo trong năm 2026", UNPARSED],
  ["Thí điểm trong giai đoạn 2026 - 2027 cho các tỉnh miền núi", UNPARSED],
  // blank
  ["", { kind: "empty" }],
  ["   ", { kind: "empty" }],
  ["<p> </p>", { kind: "empty" }],
  ["-", { kind: "empty" }],
];

/** Deadline column of the 2024 seed appendix (binh-dinh-2024-plan.txt), by task number. */
const BINH_DINH_2024: ReadonlyArray<readonly [number, string, Expect]> = [
  [1, "Tháng 02/2024", dated("2024-02-29")],
  [2, "Tháng 02/2024", dated("2024-02-29")],
  [3, "Tháng 3/2024", dated("2024-03-31")],
  [4, "Tháng 3/2024", dated("2024-03-31")],
  [5, "Tháng 6/2024", dated("2024-06-30")],
  [6, "Tháng 12/2024", dated("2024-12-31")],
  [7, "Ngày 22 hàng tháng", RECURRING],
  [8, "Thường xuyên", CONTINUOUS],
  [9, "Tháng 6/2024", dated("2024-06-30")],
  [10, "Tháng 6/2023", dated("2023-06-30")],
  [11, "Tháng 9/2024", dated("2024-09-30")],
  [12, "Hàng tháng", RECURRING],
  [13, "Trong năm 2024", dated("2024-12-31")],
  [14, "Trong năm 2024", dated("2024-12-31")],
  [15, "Thực hiện thường xuyên", CONTINUOUS],
  [16, "Thực hiện thường xuyên", CONTINUOUS],
  [17, "Thực hiện thường xuyên", CONTINUOUS],
  [18, "Quý I/2024", dated("2024-03-31")],
  [19, "Theo lộ trình hướng dẫn Cục C06", CONDITIONAL],
  [20, "Từ tháng 01/2024 và thực hiện thường xuyên", { kind: "continuous", start: "2024-01-01" }],
  [21, "Quý I/2024", dated("2024-03-31")],
  [22, "Tháng 4/2024", dated("2024-04-30")],
  [23, "Tháng 6/2024", dated("2024-06-30")],
  [24, "Quý II/2024", dated("2024-06-30")],
  [25, "Trong năm 2024", dated("2024-12-31")],
  [26, "Trong năm 2024", dated("2024-12-31")],
  [27, "Theo Lộ trình của Chính phủ", CONDITIONAL],
  [28, "Trong năm 2024", dated("2024-12-31")],
  [29, "Quý I/2024", dated("2024-03-31")],
  [30, "Tháng 4/2024", dated("2024-04-30")],
  [31, "Quý II/2024", dated("2024-06-30")],
  [32, "Trong năm 2024", dated("2024-12-31")],
  [33, "Thực hiện thường xuyên", CONTINUOUS],
  [34, "Thực hiện thường xuyên", CONTINUOUS],
  [35, "Quý IV/2024", dated("2024-12-31")],
  [36, "Thực hiện thường xuyên", CONTINUOUS],
  [37, "Năm 2024.", dated("2024-12-31")],
  [38, "Thực hiện thường xuyên", CONTINUOUS],
  [39, "Thực hiện thường xuyên", CONTINUOUS],
  [40, "Thực hiện thường xuyên", CONTINUOUS],
];

/**
 * Deadline wording from the Thái Nguyên 2026–2030 plan and the Sơn La 2026 decision and report, as it would be
 * written in a deadline cell.
 */
const THAI_NGUYEN_SON_LA: ReadonlyArray<readonly [string, Expect]> = [
  ["trước ngày 30/6/2026", dated("2026-06-30")],
  ["Năm 2026", dated("2026-12-31")],
  ["Năm 2030", dated("2030-12-31")],
  ["Giai đoạn 2026 - 2030", dated("2030-12-31", "2026-01-01")],
  ["hàng tháng trước ngày 10", RECURRING],
  ["06 tháng trước ngày 10/6", UNPARSED],
  ["từ ngày 01/7/2026", { kind: "continuous", start: "2026-07-01" }],
  ["Theo Kế hoạch của Bộ Công an", CONDITIONAL],
  ["Đảm bảo tiến độ được giao", CONDITIONAL],
  ["Định kỳ (hàng tháng trước ngày 10, 06 tháng trước ngày 10/6, năm trước ngày 10/12)", RECURRING],
  ["Theo tiến độ được giao", CONDITIONAL],
  ["Trong năm 2026", dated("2026-12-31")],
];

describe("parseDeadline: the deadline language", () => {
  it.each(FORMS)("%j", (text, expected) => {
    expect(shape(parseDeadline({ kind: "text", text }))).toEqual(expected);
  });
});

describe("parseDeadline: the Bình Định 2024 appendix", () => {
  it.each(BINH_DINH_2024)("task %i: %j", (_n, text, expected) => {
    expect(shape(parseDeadline({ kind: "text", text }))).toEqual(expected);
  });
});

describe("parseDeadline: Thái Nguyên and Sơn La wording", () => {
  it.each(THAI_NGUYEN_SON_LA)("%j", (text, expected) => {
    expect(shape(parseDeadline({ kind: "text", text }))).toEqual(expected);
  });
});

describe("parseDeadline: text handling", () => {
  it("keeps the text as written, NFC, without HTML fragments", () => {
    const d = parseDeadline({ kind: "text", text: "<b>Tháng 6/2024</b>" });
    expect(d).toEqual({ kind: "dated", due: "2024-06-30", text: "Tháng 6/2024" });
  });

  it("reads decomposed Unicode and old tone-mark placement the same", () => {
    const nfd = "Quý II/2024".normalize("NFD");
    const d = parseDeadline({ kind: "text", text: nfd });
    expect(d.due).toBe("2024-06-30");
    expect(d.text).toBe("Quý II/2024");
    expect(parseDeadline({ kind: "text", text: "Thuờng xuyên" }).kind).toBe("continuous");
  });

  it("reads text re-joined from page-break pieces and upper case", () => {
    expect(parseDeadline({ kind: "text", text: "Thực hiện\nthường   xuyên" }).kind).toBe("continuous");
    expect(parseDeadline({ kind: "text", text: "TRONG NĂM 2024" }).due).toBe("2024-12-31");
  });

  it("gives the same object for the same text (memoised)", () => {
    expect(parseDeadlineText("Tháng 9/2024")).toBe(parseDeadlineText("Tháng 9/2024"));
  });
});

describe("parseDeadline: cells that are not text", () => {
  const cases: ReadonlyArray<readonly [string, CellValue, Deadline]> = [
    ["an empty cell", { kind: "empty" }, { kind: "empty", text: "" }],
    ["a date cell", { kind: "date", iso: "2024-06-15" }, { kind: "dated", due: "2024-06-15", text: "2024-06-15" }],
    ["a date cell out of years", { kind: "date", iso: "1899-12-30" }, { kind: "unparsed", text: "1899-12-30" }],
    [
      "an Excel serial with a date format",
      { kind: "number", value: 45473, format: "dd/mm/yyyy" },
      { kind: "dated", due: "2024-06-30", text: "2024-06-30" },
    ],
    [
      "an Excel serial with a locale date format",
      { kind: "number", value: 45473.5, format: "[$-42A]d mmmm yyyy" },
      { kind: "dated", due: "2024-06-30", text: "2024-06-30" },
    ],
    ["a year as a number", { kind: "number", value: 2024 }, { kind: "dated", due: "2024-12-31", text: "2024" }],
    ["a year with a number format", { kind: "number", value: 2026, format: "0" }, dl("dated", "2026-12-31", "2026")],
    ["a serial without a date format", { kind: "number", value: 45473 }, { kind: "unparsed", text: "45473" }],
    ["a fraction", { kind: "number", value: 2024.5 }, { kind: "unparsed", text: "2024.5" }],
    ["a time", { kind: "number", value: 0.5, format: "h:mm" }, { kind: "unparsed", text: "0.5" }],
    ["a boolean", { kind: "boolean", value: true }, { kind: "unparsed", text: "TRUE" }],
    ["an error", { kind: "error", code: "#REF!" }, { kind: "unparsed", text: "#REF!" }],
  ];
  it.each(cases)("%s", (_name, value, expected) => {
    expect(parseDeadline(value)).toEqual(expected);
  });

  function dl(kind: DeadlineKind, due: string, text: string): Deadline {
    return { kind, due, text };
  }
});

describe("isDateFormat", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["m/d/yy", true],
    ["[$-409]d-mmm-yy;@", true],
    ["General", false],
    ["0", false],
    ["#,##0.00", false],
    ["h:mm", false],
    ['0 "ngày"', false],
    [undefined, false],
  ] as const)("%j → %j", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe("parseDeadline: properties", () => {
  const year = fc.integer({ min: 1990, max: 2100 });

  it("every valid month names its last day", () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), fc.boolean(), (y, m, pad) => {
        const mm = pad ? String(m).padStart(2, "0") : String(m);
        expect(parseDeadlineText(`Tháng ${mm}/${y}`).due).toBe(endOfMonth(y, m));
      }),
    );
  });

  it("every quarter, in Roman or Arabic numerals, names its last day", () => {
    const roman = ["I", "II", "III", "IV"];
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 4 }), fc.boolean(), (y, q, r) => {
        expect(parseDeadlineText(`Quý ${r ? roman[q - 1] : q}/${y}`).due).toBe(endOfQuarter(y, q));
      }),
    );
  });

  it("a day is that day when it exists, and not understood when it does not", () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const got = parseDeadlineText(`trước ngày ${d}/${m}/${y}`);
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        expect(got.kind).toBe(real ? "dated" : "unparsed");
        if (real) expect(got.due).toBe(isoDate(y, m, d));
      }),
    );
  });

  it("years outside 1990–2100 are never read", () => {
    const outside = fc.oneof(fc.integer({ min: 1000, max: 1989 }), fc.integer({ min: 2101, max: 9999 }));
    fc.assert(
      fc.property(outside, fc.constantFrom("Năm ", "Tháng 6/", "Quý I/", "30/6/", ""), (y, prefix) => {
        expect(parseDeadlineText(`${prefix}${y}`).due).toBeUndefined();
      }),
    );
  });

  it("never invents a due date: its year is always written in the text", () => {
    const words = fc.constantFrom(
      "tháng",
      "quý",
      "năm",
      "ngày",
      "trước",
      "trong",
      "từ",
      "đến",
      "thường xuyên",
      "sau khi",
      "theo",
      "hàng",
      "mốc",
      "và",
      "(",
      ")",
      "/",
      "-",
      ",",
      "I",
      "IV",
      "V",
      "6",
      "13",
      "30",
      "2024",
      "2026",
      "1989",
      "4466/QĐ-UBND",
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), (parts) => {
        const text = parts.join(" ");
        const d = parseDeadlineText(text);
        for (const date of [d.due, d.start, ...(d.milestones ?? [])]) {
          if (date !== undefined) expect(text).toContain(date.slice(0, 4));
        }
        if (d.due === undefined) expect(d.milestones).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});
