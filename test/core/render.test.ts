/**
 * Words at the edge: a finding renders in either language from its rule, message id and data, exactly as a check
 * in that language writes it. A rule that chose its words by the check's language would fail here.
 */
import { checkGrid, pickSheet } from "../../src/core/engine";
import { createGrid, type Grid } from "../../src/core/grid";
import { renderFailure, renderFinding } from "../../src/core/render";
import type { Lang } from "../../src/core/types";
import { binhDinh2024Grid, plan2026RestartGrid, TASK_HEADER } from "../fixtures/grids";
import { TRACKING_AS_OF, trackingGrid } from "../fixtures/completion";

/** Tasks with no number (named by their row), a split row, a blank status: the words a rule adds itself. */
function unnumberedGrid(): Grid {
  return createGrid({
    sheet: "Phụ lục",
    rows: [
      ["KẾ HOẠCH NĂM 2024"],
      [...TASK_HEADER, "Tình trạng"],
      ["", "Xây dựng kế hoạch chuyển đổi số", "", "Các sở", "", "Tháng 3", ""],
      ["", "tiếp theo của nhiệm vụ trên", "", "", "", "", ""],
      ["", "Tổ chức hội nghị", "Sở Tư pháp", "", "Báo cáo", "30/6/2024", ""],
    ],
  });
}

const CASES: Array<[string, () => Grid, string | undefined]> = [
  ["the 2024 appendix", () => binhDinh2024Grid(), undefined],
  ["the 2024 appendix with page-break rows", () => binhDinh2024Grid({ pageBreakBlankRows: true }), undefined],
  ["the 2026 plan", () => plan2026RestartGrid(), undefined],
  ["the tracking sheet", () => trackingGrid(), TRACKING_AS_OF],
  ["unnumbered tasks", unnumberedGrid, "2024-12-31"],
];

describe("renderFinding", () => {
  it.each(CASES)("renders %s in both languages as a check in that language does", (_, grid, asOf) => {
    const byLang = (lang: Lang) => {
      const r = checkGrid(grid(), { lang, asOf });
      if (!r.ok) throw new Error(r.message);
      return r.report.findings;
    };
    const vi = byLang("vi");
    const en = byLang("en");
    expect(vi.length).toBeGreaterThan(0);
    expect(en.map((f) => [f.rule, f.messageId, f.data])).toEqual(vi.map((f) => [f.rule, f.messageId, f.data]));
    for (let i = 0; i < vi.length; i++) {
      expect(renderFinding(vi[i], "en")).toEqual({
        message: en[i].message,
        ...(en[i].suggestion !== undefined ? { suggestion: en[i].suggestion } : {}),
      });
      expect(renderFinding(en[i], "vi").message).toBe(vi[i].message);
      expect(renderFinding(en[i], "vi").suggestion).toBe(vi[i].suggestion);
    }
  });

  it("names a task without a number by its row, in the language shown", () => {
    const r = checkGrid(unnumberedGrid(), { asOf: "2024-12-31" });
    if (!r.ok) throw new Error(r.message);
    const lead = r.report.findings.find((f) => f.rule === "missing-lead");
    expect(lead).toBeDefined();
    expect(renderFinding(lead!, "vi").message).toContain("ở dòng 3");
    expect(renderFinding(lead!, "en").message).toContain("on row 3");
    const split = r.report.findings.find((f) => f.rule === "split-row");
    expect(renderFinding(split!, "en").suggestion).toBe("join it to row 3");
    expect(renderFinding(split!, "vi").suggestion).toBe("nối vào dòng 3");
  });

  it("renders why a sheet cannot be checked in either language", () => {
    const r = checkGrid(createGrid({ sheet: "Trống", rows: [] }), { lang: "en" });
    if (r.ok) throw new Error("an empty sheet was checked");
    expect(renderFailure(r.failure, "en")).toBe(r.message);
    expect(renderFailure(r.failure, "vi")).toBe(
      checkGrid(createGrid({ sheet: "Trống", rows: [] })).ok
        ? ""
        : "Trang tính “Trống” trống: không có gì để kiểm tra.",
    );
    const bad = checkGrid(binhDinh2024Grid(), { planPeriod: "20x4" });
    if (bad.ok) throw new Error("a bad plan period was taken");
    expect(renderFailure(bad.failure, "vi")).toBe(bad.message);
    expect(renderFailure(bad.failure, "en")).toContain("Plan period “20x4” is not valid");
  });
});

describe("the bound of the header search, said aloud", () => {
  /** The 2024 seed's appendix below `prose` lines of plan text (the body of a plan pasted above its appendix). */
  function belowProse(prose: number): Grid {
    const seed = binhDinh2024Grid();
    const lines = Array.from({ length: prose }, (_, i) => [
      `${i + 1}. Căn cứ kế hoạch, các đơn vị triển khai mục ${i + 1}.`,
    ]);
    return createGrid({ sheet: "Kế hoạch", rows: [...lines, ...seed.rows] });
  }

  it("finds the appendix whose header is among the first 40 non-empty rows, gaps of empty rows not counted", () => {
    const seed = binhDinh2024Grid();
    const lines = Array.from({ length: 36 }, (_, i) => [`Đoạn ${i + 1} của kế hoạch.`]);
    const gaps = Array.from({ length: 500 }, (): string[] => []);
    const r = checkGrid(createGrid({ sheet: "Kế hoạch", rows: [...lines, ...gaps, ...seed.rows] }));
    expect(r.ok).toBe(true);
  });

  it.each<[Lang, string]>([
    ["vi", "không thấy dòng tiêu đề nào có các cột “STT”"],
    ["en", "no header row with the columns “STT”"],
  ])("says the header was looked for in the first 40 non-empty rows only (%s)", (lang, start) => {
    const r = checkGrid(belowProse(60), { lang });
    if (r.ok) throw new Error("a header below 60 lines of prose was found");
    expect(r.failure.reason).toBe("no-header");
    expect(r.message).toContain(start.slice(0, 20));
    const bound = lang === "vi" ? "trong 40 dòng có dữ liệu đầu tiên." : "in the first 40 non-empty rows.";
    expect(r.message.endsWith(bound)).toBe(true);
    // Rendered again in the other language, the bound is said there too.
    const other: Lang = lang === "vi" ? "en" : "vi";
    expect(renderFailure(r.failure, other)).toMatch(
      /trong 40 dòng có dữ liệu đầu tiên\.$|in the first 40 non-empty rows\.$/,
    );
  });

  it("says it when no sheet of a workbook holds an appendix, and not for a header row given by hand", () => {
    const en = pickSheet([belowProse(60)], undefined, "en");
    const vi = pickSheet([belowProse(60)], undefined, "vi");
    expect([en.ok, vi.ok]).toEqual([false, false]);
    expect(!en.ok && en.message).toContain("in the first 40 non-empty rows of a sheet");
    expect(!vi.ok && vi.message).toContain("trong 40 dòng có dữ liệu đầu tiên của trang tính");
    const forced = checkGrid(binhDinh2024Grid(), { headerRow: 500 });
    expect(forced.ok).toBe(false);
    expect(!forced.ok && forced.message).not.toContain("40");
  });
});
