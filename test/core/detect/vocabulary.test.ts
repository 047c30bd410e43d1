import headersJson from "../../../src/data/headers.json";
import { createGrid } from "../../../src/core/grid";
import {
  defaultHeaderVocabulary,
  detectTable,
  extendHeaderVocabulary,
  headerVocabularySchema,
  parseHeaderVocabulary,
} from "../../../src/core/detect";
import { headerFold } from "../../../src/core/detect/vocabulary";

describe("the header vocabulary", () => {
  it("ships a valid data file holding every header name of the domain notes", () => {
    const data = headerVocabularySchema.parse(headersJson);
    expect(data.columns.number).toEqual(expect.arrayContaining(["STT", "TT", "Số TT"]));
    expect(data.columns.content).toEqual(
      expect.arrayContaining([
        "Nội dung, nhiệm vụ cụ thể",
        "Nhiệm vụ",
        "Nội dung",
        "Nội dung công việc",
        "Tên nhiệm vụ",
        "Mục tiêu cụ thể",
      ]),
    );
    expect(data.columns.lead).toEqual(
      expect.arrayContaining(["Đơn vị chủ trì", "Cơ quan chủ trì", "Chủ trì", "Đơn vị thực hiện"]),
    );
    expect(data.columns.coLead).toEqual(expect.arrayContaining(["Đơn vị phối hợp", "Cơ quan phối hợp", "Phối hợp"]));
    expect(data.columns.deliverable).toEqual(
      expect.arrayContaining(["Kết quả sản phẩm", "Kết quả, sản phẩm", "Sản phẩm", "Sản phẩm đầu ra"]),
    );
    expect(data.columns.deadline).toEqual(
      expect.arrayContaining([
        "Thời gian hoàn thành",
        "Thời gian thực hiện",
        "Thời hạn",
        "Thời hạn hoàn thành",
        "Tiến độ",
      ]),
    );
    expect([...(data.columns.status ?? []), ...(data.columns.completionDate ?? [])]).toEqual(
      expect.arrayContaining(["Tình trạng", "Trạng thái", "Tiến độ thực hiện", "Kết quả thực hiện", "Ngày hoàn thành"]),
    );
    expect(data.columns.unit).toContain("Đơn vị tính");
    expect(data.columns.tracking).toContain("Đơn vị theo dõi");
    expect(data.targetGroups).toContain("Mục tiêu");
  });

  it("matches through the fold: case, diacritics, punctuation, column numbers", () => {
    const v = defaultHeaderVocabulary();
    const best = (text: string) => v.candidates(headerFold(text)).sort((a, b) => b.quality - a.quality)[0];
    expect(best("ĐƠN VỊ CHỦ TRÌ")).toMatchObject({ key: "lead", quality: 3 });
    expect(best("Don vi chu tri (3)")).toMatchObject({ key: "lead", quality: 3 });
    expect(best("Kết quả,  sản phẩm")).toMatchObject({ key: "deliverable", quality: 3 });
    expect(best("Đơn vị chủ trì thực hiện chính")).toMatchObject({ key: "lead", quality: 2 });
    expect(best("Cơ quan, đơn vị chủ trì thực hiện")).toMatchObject({ key: "lead" });
    expect(best("Đơn vị tính")).toMatchObject({ key: "unit", quality: 3 });
    expect(v.candidates(headerFold("Họ và tên"))).toEqual([]);
    expect(v.candidates(headerFold("x".repeat(500)))).toEqual([]);
  });

  it("marks the ambiguous headers", () => {
    const v = defaultHeaderVocabulary();
    expect(v.candidates(headerFold("Tiến độ")).find((c) => c.key === "deadline")?.ambiguous).toBe("deadline");
    expect(v.candidates(headerFold("Tiến độ hoàn thành")).find((c) => c.quality === 3)).toMatchObject({
      key: "deadline",
    });
    expect(v.candidates(headerFold("Tiến độ hoàn thành")).find((c) => c.quality === 3)?.ambiguous).toBeUndefined();
  });

  it("knows the signature lines", () => {
    const v = defaultHeaderVocabulary();
    expect(v.isFooter(headerFold("Nơi nhận:"))).toBe(true);
    expect(v.isFooter(headerFold("KT. CHỦ TỊCH"))).toBe(true);
    expect(v.isFooter(headerFold("TM. ỦY BAN NHÂN DÂN"))).toBe(true);
    expect(v.isFooter(headerFold("Chủ tịch"))).toBe(true);
    expect(v.isFooter(headerFold("Chủ tịch UBND tỉnh chỉ đạo"))).toBe(false);
  });

  it("validates a user's additions, naming the bad paths", () => {
    expect(parseHeaderVocabulary({ columns: { lead: ["Đơn vị đầu mối thực hiện"] } }).ok).toBe(true);
    const bad = parseHeaderVocabulary({
      columns: { leader: ["x"] },
      ambiguous: [{ name: "Tiến độ", default: "soon" }],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.some((e) => e.startsWith("columns"))).toBe(true);
      expect(bad.errors.some((e) => e.startsWith("ambiguous.0.default"))).toBe(true);
    }
    expect(parseHeaderVocabulary({ columns: { lead: [""] } }).ok).toBe(false);
  });

  it("detects a header known only from a user's addition", () => {
    const grid = createGrid({
      rows: [
        ["STT", "Việc cần làm", "Người phụ trách", "Hạn chót"],
        [1, "Cập nhật dữ liệu", "Công an tỉnh", "Quý I/2024"],
      ],
    });
    expect(detectTable(grid).ok).toBe(false);
    const extra = parseHeaderVocabulary({
      columns: { content: ["Việc cần làm"], lead: ["Người phụ trách"], deadline: ["Hạn chót"] },
    });
    if (!extra.ok) throw new Error(extra.errors.join("; "));
    const d = detectTable(grid, { vocabulary: extendHeaderVocabulary(extra.data) });
    expect(d.ok && Object.fromEntries(Object.entries(d.table.columns).map(([k, c]) => [k, c?.col]))).toEqual({
      number: 1,
      content: 2,
      lead: 3,
      deadline: 4,
    });
    if (!d.ok) throw new Error("no table");
    expect(d.table.columns.content?.header).toBe("Việc cần làm");
  });
});
