import { COL, FIRST_ROW, runRule, section, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES } from "./seed-2024";

const RULE = "numbering";

describe(RULE, () => {
  it("passes numbers that run on through the sections", () => {
    const rows = table(
      section("I. VỀ CÔNG TÁC CHỈ ĐẠO"),
      task(1),
      task(2),
      section("II. VỀ DỊCH VỤ CÔNG"),
      task(3),
      task(4),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("passes numbering that restarts in each section", () => {
    const rows = table(
      section("I. VỀ CÔNG TÁC CHỈ ĐẠO"),
      task(1),
      task(2),
      task(3),
      section("II. VỀ DỊCH VỤ CÔNG"),
      task(1, { content: "Triển khai xây dựng kho dữ liệu thủ tục hành chính tỉnh" }),
      task(2, { content: "Rà soát triển khai tối thiểu 20 dịch vụ công không sử dụng hồ sơ giấy" }),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("reports a skipped number once, with the number expected", () => {
    const findings = runRule(RULE, table(task(1), task(2), task(4), task(5)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      messageId: "skip",
      row: FIRST_ROW + 2,
      col: COL.number,
      task: "4",
      suggestion: "3",
    });
    expect(findings[0].message).toBe("Số thứ tự nhảy từ 2 lên 4; nhiệm vụ này lẽ ra là số 3.");
  });

  it("reports a repeated number, naming the other row", () => {
    const findings = runRule(
      RULE,
      table(task(1), task(2), task(2, { content: "Phân tích dữ liệu công dân" }), task(3)),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      messageId: "repeat",
      row: FIRST_ROW + 2,
      suggestion: "3",
      related: [{ row: FIRST_ROW + 1 }],
    });
  });

  it("reports numbering that goes backwards", () => {
    const [f] = runRule(RULE, table(task(1), task(2), task(3), task(1, { content: "Phân tích dữ liệu công dân" })));
    expect(f).toMatchObject({ messageId: "backwards", row: FIRST_ROW + 3, suggestion: "4" });
  });

  it("reports a table that does not start at 1, unless told", () => {
    const rows = table(task(3), task(4), task(5));
    expect(runRule(RULE, rows).map((f) => [f.messageId, f.suggestion])).toEqual([["start", "1"]]);
    expect(runRule(RULE, rows, { options: { startAtOne: false } })).toEqual([]);
  });

  it("reads numbers written as text with a dot or leading zero", () => {
    expect(runRule(RULE, table(task("01"), task("2."), task(" 3 ")))).toEqual([]);
  });

  it("finds nothing to report in the 2024 seed", () => {
    expect(runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES })).toEqual([]);
  });

  it("reads numbers of sub-items: 2.1, 2.2 … run on under each heading and start again under the next", () => {
    const rows = table(task("1.1"), task("1.2"), task("2.1"), task("2.2"), task("2.3"));
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("reports a skipped sub-item number with the number expected", () => {
    const findings = runRule(RULE, table(task("2.1"), task("2.2"), task("2.3"), task("2.5")));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageId: "skip", row: FIRST_ROW + 3, suggestion: "2.4" });
    expect(findings[0].message).toBe("Số thứ tự nhảy từ 2.3 lên 2.5; nhiệm vụ này lẽ ra là số 2.4.");
  });

  it("reports a repeated sub-item number", () => {
    const findings = runRule(RULE, table(task("3.1"), task("3.2"), task("3.2", { content: "Đào tạo kỹ năng số" })));
    expect(findings.map((f) => [f.messageId, f.row, f.suggestion])).toEqual([["repeat", FIRST_ROW + 2, "3.3"]]);
  });

  it("checks section numerals like task numbers: two sections both “IV” are reported once, on the second", () => {
    const rows = table(
      section("I. CƠ CHẾ, CHÍNH SÁCH"),
      task(1),
      section("II. CHỈ ĐẠO, ĐIỀU HÀNH"),
      task(2),
      section("III. HẠ TẦNG KỸ THUẬT PHỤC VỤ CHUYỂN ĐỔI SỐ"),
      task(3),
      section("IV. CHUYỂN ĐỔI SỐ TRONG CÁC LĨNH VỰC CHUYÊN NGÀNH"),
      task(4),
      section("IV. BẢO ĐẢM AN TOÀN THÔNG TIN"),
      task(5),
    );
    const findings = runRule(RULE, rows);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      messageId: "section-repeat",
      row: FIRST_ROW + 8,
      col: COL.number,
      suggestion: "V",
      related: [{ row: FIRST_ROW + 6 }],
    });
    expect(findings[0].message).toBe(
      `Mục IV bị đánh số trùng (đã có mục IV ở dòng ${FIRST_ROW + 6}); mục này lẽ ra là V.`,
    );
  });

  it("reports a skipped or backward section numeral, and lets lettered parts leave out F and J", () => {
    const rows = table(
      ["I", "CƠ CHẾ, CHÍNH SÁCH"],
      task(1),
      ["III", "HẠ TẦNG KỸ THUẬT"],
      task(1),
      ["II", "CHỈ ĐẠO, ĐIỀU HÀNH"],
      task(1),
    );
    expect(runRule(RULE, rows).map((f) => [f.row, f.messageId, f.suggestion])).toEqual([
      [FIRST_ROW + 2, "section-skip", "II"],
      [FIRST_ROW + 4, "section-backwards", "IV"],
    ]);
    const parts = ["A.", "B.", "C.", "D.", "E.", "G.", "H.", "I.", "K.", "L."].flatMap((p, i) => [
      [p, `BỘ SỐ ${i + 1}`],
      task(1),
    ]);
    expect(runRule(RULE, table(...parts))).toEqual([]);
    const skipped = table(["A.", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], task(1), ["C.", "BỘ CÔNG THƯƠNG"], task(1));
    expect(runRule(RULE, skipped).map((f) => [f.messageId, f.suggestion])).toEqual([["section-skip", "B"]]);
  });

  it("follows the numbering across sub-headings (III.1.1, III.1.2 under III) and restarts under the next section", () => {
    const rows = table(
      ["I", "Hoàn thiện thể chế"],
      task(1),
      task(2),
      ["II", "Phát triển các ứng dụng, nền tảng số cho Chính phủ số"],
      ["II.1", "Nhóm ứng dụng, nền tảng số quy mô quốc gia"],
      task(1),
      task(2),
      ["II.2", "Nhóm ứng dụng, nền tảng số cấp bộ, cấp tỉnh"],
      task(3),
      task(4),
      ["III", "Phát triển hạ tầng Chính phủ số"],
      task(1),
    );
    expect(runRule(RULE, rows)).toEqual([]);
    const skipped = [...rows];
    skipped[FIRST_ROW - 1 + 9] = task(5);
    expect(runRule(RULE, skipped).map((f) => [f.row, f.messageId, f.suggestion])).toEqual([
      [FIRST_ROW + 9, "skip", "4"],
    ]);
  });
});
