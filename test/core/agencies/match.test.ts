import { defaultDirectory } from "../../../src/core/agencies/default";
import { AgencyIndex } from "../../../src/core/agencies/matcher";
import { DROPPED_CONNECTIVE, FUZZY_THRESHOLD } from "../../../src/core/agencies/fuzzy";
import { looseKey, looseTokens, minorKey, modernTones, wordKey } from "../../../src/core/agencies/normalize";
import type { AgencyMatchKind } from "../../../src/core/types";

const dir = defaultDirectory();

/** [text as written, expected kind, expected canonical name (undefined for unknown)] */
const SPELLINGS: ReadonlyArray<readonly [string, AgencyMatchKind, string | undefined]> = [
  // canonical
  ["Công an tỉnh", "canonical", "Công an tỉnh"],
  ["Sở Lao động – Thương binh và Xã hội", "canonical", "Sở Lao động – Thương binh và Xã hội"],
  ["Sở Văn hóa, Thể thao và Du lịch", "canonical", "Sở Văn hóa, Thể thao và Du lịch"],
  ["Sở Văn hóa và Thể thao", "canonical", "Sở Văn hóa và Thể thao"],
  ["  Sở   Tư pháp ", "canonical", "Sở Tư pháp"],
  ["UBND các huyện, thị xã, thành phố", "canonical", "UBND các huyện, thị xã, thành phố"],
  ["các sở, ban, ngành", "canonical", "Các sở, ban, ngành"], // a collective may start a clause in lower case
  // the abbreviations of the domain notes (listed aliases and unlisted abbreviation forms)
  ["Ủy ban nhân dân tỉnh", "alias", "UBND tỉnh"],
  ["Hội đồng nhân dân tỉnh", "alias", "HĐND tỉnh"],
  ["VP UBND tỉnh", "alias", "Văn phòng UBND tỉnh"],
  ["VP Ủy ban nhân dân tỉnh", "alias", "Văn phòng UBND tỉnh"],
  ["Văn phòng Ủy ban nhân dân tỉnh", "alias", "Văn phòng UBND tỉnh"],
  ["CA tỉnh", "alias", "Công an tỉnh"],
  ["BHXH tỉnh", "alias", "Bảo hiểm xã hội tỉnh"],
  ["NHNN tỉnh", "alias", "Ngân hàng Nhà nước chi nhánh tỉnh"],
  ["Ngân hàng Nhà nước tỉnh", "alias", "Ngân hàng Nhà nước chi nhánh tỉnh"],
  ["Ủy ban MTTQ Việt Nam tỉnh", "alias", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
  ["MTTQ tỉnh", "alias", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
  ["BCH Quân sự tỉnh", "alias", "Bộ Chỉ huy Quân sự tỉnh"],
  ["Sở KH&CN", "alias", "Sở Khoa học và Công nghệ"],
  ["Sở KH&ĐT", "alias", "Sở Kế hoạch và Đầu tư"],
  ["Sở KH & ĐT", "alias", "Sở Kế hoạch và Đầu tư"],
  ["Sở TT&TT", "alias", "Sở Thông tin và Truyền thông"],
  ["Sở LĐTB&XH", "alias", "Sở Lao động – Thương binh và Xã hội"],
  ["Sở TN&MT", "alias", "Sở Tài nguyên và Môi trường"],
  ["Sở GD&ĐT", "alias", "Sở Giáo dục và Đào tạo"],
  ["Sở VHTT&DL", "alias", "Sở Văn hóa, Thể thao và Du lịch"],
  ["Sở NN&PTNT", "alias", "Sở Nông nghiệp và Phát triển nông thôn"],
  ["Ủy ban nhân dân các huyện, thị xã, thành phố", "alias", "UBND các huyện, thị xã, thành phố"],
  ["Ủy ban nhân dân các xã, phường, thị trấn", "alias", "UBND các xã, phường, thị trấn"],
  ["Ban Thường vụ Tỉnh đoàn", "alias", "Tỉnh đoàn"],
  ["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "alias", "Tỉnh đoàn"],
  ["Uỷ ban nhân dân tỉnh", "alias", "UBND tỉnh"], // old tone placement of an alias: still the alias
  ["Sở Khoa học & Công nghệ", "alias", "Sở Khoa học và Công nghệ"], // "&" abbreviates "và"
  // a parenthesised sub-unit, a region number, the province's name
  ["Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)", "alias", "Văn phòng UBND tỉnh"],
  ["Công an tỉnh (Cơ quan Thường trực tham mưu Đề án 06 tỉnh)", "alias", "Công an tỉnh"],
  ["Ngân hàng Nhà nước khu vực 5", "alias", "Ngân hàng Nhà nước khu vực"],
  ["Thuế tỉnh Thái Nguyên", "alias", "Thuế tỉnh"],
  ["Sở Y tế tỉnh Sơn La", "alias", "Sở Y tế"],
  ["Sở Tư pháp tỉnh", "alias", "Sở Tư pháp"],
  ["Viettel Sơn La", "alias", "Viettel tỉnh"],
  ["Công an các huyện, thành phố", "alias", "Công an các huyện, thị xã, thành phố"],
  ["Công an các xã, phường", "canonical", "Công an các xã, phường"],
  ["Chi cục Thuế khu vực", "canonical", "Chi cục Thuế khu vực"],
  ["Kho bạc Nhà nước khu vực", "canonical", "Kho bạc Nhà nước khu vực"],
  ["Thuế tỉnh Sơn La", "alias", "Thuế tỉnh"],
  ["Báo và PTTH Thái Nguyên", "alias", "Báo và Phát thanh, Truyền hình tỉnh"],
  // uncertain facts: aliases only
  ["Đài Phát thanh và Truyền hình tỉnh", "alias", "Báo và Phát thanh, Truyền hình tỉnh"],
  ["Đài PT&TH tỉnh", "alias", "Báo và Phát thanh, Truyền hình tỉnh"],
  ["Bảo hiểm xã hội khu vực", "alias", "Bảo hiểm xã hội tỉnh"],
  // district-level bodies by their form
  ["Phòng Tư pháp huyện", "alias", "Cơ quan, đơn vị cấp huyện"],
  ["Bộ phận Một cửa cấp huyện", "alias", "Cơ quan, đơn vị cấp huyện"],
  // only case, tone-mark placement, Unicode form
  ["Sở khoa học và Công nghệ", "variant-minor", "Sở Khoa học và Công nghệ"],
  ["Sở Văn hoá, Thể thao và Du lịch", "variant-minor", "Sở Văn hóa, Thể thao và Du lịch"],
  ["Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh", "variant-minor", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
  ["Sở Y tế".normalize("NFD"), "variant-minor", "Sở Y tế"],
  ["Ngân hàng Nhà nước Chi nhánh tỉnh", "variant-minor", "Ngân hàng Nhà nước chi nhánh tỉnh"],
  ["Bộ chỉ huy Quân sự tỉnh", "variant-minor", "Bộ Chỉ huy Quân sự tỉnh"],
  ["Tổ công tác triển khai đề án 06 cấp xã", "variant-minor", "Tổ công tác triển khai Đề án 06 cấp xã"],
  // punctuation, dashes, missing diacritics, listed variants
  ["Sở Lao động, Thương binh và Xã hội", "variant", "Sở Lao động – Thương binh và Xã hội"],
  ["Sở Lao động-Thương binh và Xã hội", "variant", "Sở Lao động – Thương binh và Xã hội"],
  ["Sở Lao động Thương binh và Xã hội", "variant", "Sở Lao động – Thương binh và Xã hội"],
  ["Sở Kế hoạch đầu tư", "variant", "Sở Kế hoạch và Đầu tư"],
  ["UBND các xã phường", "variant", "UBND các xã, phường"],
  ["Sở Giao thông - Vận tải", "variant", "Sở Giao thông vận tải"],
  ["Van phong UBND tinh", "variant", "Văn phòng UBND tỉnh"],
  // fuzzy: a dropped connective, a small typo
  ["Sở Tài nguyên Môi trường", "fuzzy", "Sở Tài nguyên và Môi trường"],
  ["Sở Giáo dục Đào tạo", "fuzzy", "Sở Giáo dục và Đào tạo"],
  ["Sở Giáo dụcc và Đào tạo", "fuzzy", "Sở Giáo dục và Đào tạo"],
  ["Công an tỉnhh", "fuzzy", "Công an tỉnh"],
  ["Sở Lao động, Thương binh và Xã hộii", "fuzzy", "Sở Lao động – Thương binh và Xã hội"],
  // unknown
  ["Hợp tác xã Nông nghiệp Tân Phú", "unknown", undefined],
  ["Bộ Tư pháp", "canonical", "Bộ Tư pháp"], // the ministry, not the department
  ["Sở Thông tin và Truyền", "unknown", undefined], // a name cut by a page break
  ["Ban tỉnh", "unknown", undefined],
];

describe("AgencyDirectory.match: kinds", () => {
  it.each(SPELLINGS)("%j → %s %s", (text, kind, name) => {
    const m = dir.match(text);
    expect(m.kind).toBe(kind);
    expect(m.agency?.name).toBe(name);
  });

  it("keeps the text as written, trimmed, without a trailing full stop or HTML", () => {
    expect(dir.match("  <b>Sở Y tế.</b> ").text).toBe("Sở Y tế");
    expect(dir.match("Sở khoa học và Công nghệ").text).toBe("Sở khoa học và Công nghệ");
  });

  it("scores fuzzy matches between the threshold and 1, and leaves the score off other kinds", () => {
    const dropped = dir.match("Sở Tài nguyên Môi trường");
    expect(dropped.score).toBe(DROPPED_CONNECTIVE);
    const typo = dir.match("Sở Giáo dụcc và Đào tạo");
    expect(typo.score).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
    expect(typo.score).toBeLessThan(1);
    expect(dir.match("Công an tỉnh").score).toBeUndefined();
  });
});

describe("fuzzy matching never pairs two different agencies", () => {
  const index = new AgencyIndex(dir.entries);

  it("no canonical name, alias or variant of an entry is fuzzy-close to another entry", () => {
    const pairs: string[] = [];
    for (const e of dir.entries) {
      for (const form of [e.name, ...e.aliases, ...e.variants]) {
        const hit = index.fuzzy.find(looseKey(form), looseTokens(form), e);
        if (hit) pairs.push(`${form} → ${hit.entry.name}`);
      }
    }
    expect(pairs).toEqual([]);
  });

  it("every form of an entry matches that entry", () => {
    for (const e of dir.entries) {
      for (const form of [e.name, ...e.aliases, ...e.variants])
        expect([form, dir.match(form).agency?.id]).toEqual([form, e.id]);
    }
  });

  it.each([
    ["Sở Nông nghiệp và Môi trường", "Sở Tài nguyên và Môi trường"],
    ["Sở Văn hóa và Thể thao", "Sở Văn hóa, Thể thao và Du lịch"],
    ["UBND các xã, phường", "UBND các xã, phường, thị trấn"],
    ["Cục Thuế tỉnh", "Thuế tỉnh"],
    ["Ngân hàng Nhà nước khu vực", "Ngân hàng Nhà nước chi nhánh tỉnh"],
  ])("%s is not %s", (a, b) => {
    expect(dir.match(a).agency?.name).toBe(a);
    expect(dir.match(b).agency?.name).toBe(b);
    const other = dir.byName(b)!;
    expect(index.fuzzy.find(looseKey(a), looseTokens(a), dir.byName(a))).toBeUndefined();
    expect(index.fuzzy.find(looseKey(b), looseTokens(b), other)).toBeUndefined();
  });

  it("does not take a ministry for a department or a short word for another", () => {
    expect(dir.match("Bộ Xây dựng").agency?.name).toBe("Bộ Xây dựng");
    expect(dir.match("Bộ Y tá").kind).not.toBe("fuzzy");
    expect(dir.match("Sở Y tá").kind).not.toBe("fuzzy");
  });
});

describe("collective", () => {
  it.each([
    ["Các sở, ban, ngành", true],
    ["Các cơ quan, đơn vị", true],
    ["UBND các huyện, thị xã, thành phố", true],
    ["UBND các xã, phường, thị trấn", true],
    ["UBND các xã, phường", true],
    ["UBND các địa phương", true],
    ["Các cơ sở khám chữa bệnh trên địa bàn tỉnh", true],
    ["UBND cấp huyện", true],
    ["UBND cấp xã", true],
    ["các địa phương", true],
    ["Các hợp tác xã trên địa bàn", true], // unknown, recognised by "các …"
    ["Hợp tác xã Tân Phú và các đơn vị có liên quan", true], // "… có liên quan"
    ["Phòng Văn hóa huyện và đơn vị liên quan", true], // "… liên quan"
    ["Tổ công tác Đề án 06 cấp xã", true],
    ["Công an tỉnh", false],
    ["Sở Y tế", false],
    ["Hợp tác xã Nông nghiệp Tân Phú", false],
  ])("%s → %s", (text, collective) => {
    expect(dir.match(text).collective).toBe(collective);
  });
});

describe("keys", () => {
  it.each([
    ["hoá", "hóa"],
    ["Hoà", "Hòa"],
    ["khoẻ", "khỏe"],
    ["Uỷ", "Ủy"],
    ["thuỷ", "thủy"],
    ["quý", "quý"], // "qu" keeps the tone on y
    ["hoàn", "hoàn"], // closed syllable: unchanged
  ])("modernTones(%s) = %s", (old, modern) => {
    expect(modernTones(old)).toBe(modern);
  });

  it("minorKey equates case, tone placement and Unicode form but not other diacritics", () => {
    expect(minorKey("Chi cục Thuỷ lợi")).toBe(minorKey("Chi cục Thủy lợi"));
    expect(minorKey("SỞ Y TẾ".normalize("NFD"))).toBe(minorKey("Sở Y tế"));
    expect(minorKey("Sở Tài chinh")).not.toBe(minorKey("Sở Tài chính"));
  });

  it("wordKey expands the abbreviations and drops punctuation", () => {
    expect(wordKey("Sở LĐTB&XH")).toBe(wordKey("Sở Lao động – Thương binh và Xã hội"));
    expect(wordKey("Sở LĐ-TB&XH")).toBe(wordKey("Sở Lao động, Thương binh và Xã hội"));
    expect(wordKey("VP UBND tỉnh")).toBe("van phong uy ban nhan dan tinh");
    expect(wordKey("BCH Quân sự tỉnh")).toBe("bo chi huy quan su tinh");
    // "CA" and "VP" only in capitals: "cả" is a word
    expect(wordKey("tất cả các sở")).toBe("tat ca cac so");
  });
});
