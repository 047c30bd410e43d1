import { defaultDirectory } from "../../../src/core/agencies/default";
import { AgencyDirectory } from "../../../src/core/agencies/directory";
import { entriesFromSheetRows, makeEntry, parseDirectoryData, SHEET_HEADERS } from "../../../src/core/agencies/schema";
import type { AgencyEntry, PlanPeriod } from "../../../src/core/types";

const dir = defaultDirectory();

const period = (from: string, to: string, label: string): PlanPeriod => ({ from, to, label, source: "option" });
const P2024 = period("2024-01-01", "2024-12-31", "2024");
const P2025 = period("2025-01-01", "2025-12-31", "2025");
const P2026_2030 = period("2026-01-01", "2030-12-31", "2026-2030");

function entry(name: string): AgencyEntry {
  const e = dir.byName(name);
  if (!e) throw new Error(`no entry ${name}`);
  return e;
}

describe("the default directory: agencies that ended in 2025 (agencies-2025.md)", () => {
  const ENDED: ReadonlyArray<readonly [string, string, string, boolean]> = [
    // [name, validUntil, successor, successor note (split of the work)]
    ["Sở Kế hoạch và Đầu tư", "2025-02-28", "Sở Tài chính", false],
    ["Sở Lao động – Thương binh và Xã hội", "2025-02-28", "Sở Nội vụ", true],
    ["Sở Tài nguyên và Môi trường", "2025-02-28", "Sở Nông nghiệp và Môi trường", false],
    ["Sở Nông nghiệp và Phát triển nông thôn", "2025-02-28", "Sở Nông nghiệp và Môi trường", false],
    ["Sở Giao thông vận tải", "2025-02-28", "Sở Xây dựng", false],
    ["Sở Thông tin và Truyền thông", "2025-02-28", "Sở Khoa học và Công nghệ", true],
    ["Ban Dân tộc tỉnh", "2025-02-28", "Sở Dân tộc và Tôn giáo", false],
    ["Ngân hàng Nhà nước chi nhánh tỉnh", "2025-02-28", "Ngân hàng Nhà nước khu vực", true],
    ["Cục Thuế tỉnh", "2025-02-28", "Thuế tỉnh", true],
    ["UBND các huyện, thị xã, thành phố", "2025-06-30", "UBND các xã, phường", true],
    ["Cơ quan, đơn vị cấp huyện", "2025-06-30", "UBND các xã, phường", true],
    ["UBND các xã, phường, thị trấn", "2025-06-30", "UBND các xã, phường", true],
  ];

  it.each(ENDED)("%s ended %s, its work passed to %s", (name, until, successor, note) => {
    const e = entry(name);
    expect(e.validUntil).toBe(until);
    expect(e.successor).toBe(successor);
    expect(dir.successorOf(e)?.name).toBe(successor);
    expect(e.uncertain).toBeUndefined();
    if (note) {
      expect(e.successorNote?.vi).toMatch(/\S/);
      expect(e.successorNote?.en).toMatch(/\S/);
    }
  });

  it("splits the social-affairs work of Sở LĐTB&XH between Sở Y tế and Sở Giáo dục và Đào tạo", () => {
    const note = entry("Sở Lao động – Thương binh và Xã hội").successorNote!;
    expect(note.vi).toMatch(/Sở Y tế.*Sở Giáo dục và Đào tạo/);
    expect(note.en).toMatch(/Sở Y tế.*Sở Giáo dục và Đào tạo/);
    expect(entry("Sở Thông tin và Truyền thông").successorNote!.vi).toMatch(/Sở Văn hóa, Thể thao và Du lịch/);
  });

  it("recognises the names used in plans for them", () => {
    expect(dir.match("UBND cấp huyện").agency?.name).toBe("UBND các huyện, thị xã, thành phố");
    expect(dir.match("Sở GTVT").agency?.name).toBe("Sở Giao thông vận tải");
    expect(dir.match("Ngân hàng Nhà nước tỉnh").agency?.name).toBe("Ngân hàng Nhà nước chi nhánh tỉnh");
  });

  it("ships the uncertain facts as aliases only, never as ended", () => {
    for (const name of ["Đài Phát thanh và Truyền hình tỉnh", "Báo tỉnh", "Bảo hiểm xã hội khu vực"]) {
      const m = dir.match(name);
      expect(m.kind).toBe("alias");
      expect(m.agency?.uncertain).toBe(true);
      expect(m.agency?.validUntil).toBeUndefined();
      expect(dir.existedDuring(m.agency!, P2026_2030)).toBe(true);
    }
  });

  it("gives every ended entry a successor in the directory, and no successor without an end", () => {
    for (const e of dir.entries) {
      if (e.validUntil) expect([e.name, dir.successorOf(e)?.name]).toEqual([e.name, e.successor]);
      else expect([e.name, e.successor]).toEqual([e.name, undefined]);
    }
  });
});

describe("the default directory: names valid today and names in the seeds", () => {
  const VALID = [
    "Công an tỉnh",
    "Văn phòng UBND tỉnh",
    "Trung tâm Phục vụ hành chính công tỉnh",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Xây dựng",
    "Sở Khoa học và Công nghệ",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Dân tộc và Tôn giáo",
    "Thanh tra tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Thuế tỉnh",
    "Ngân hàng Nhà nước khu vực",
    "Bảo hiểm xã hội tỉnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Tỉnh đoàn",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Báo và Phát thanh, Truyền hình tỉnh",
    "UBND các xã, phường",
  ];

  it.each(VALID)("%s is in the directory and exists during 2026-2030", (name) => {
    const m = dir.match(name);
    expect(m.kind).toBe("canonical");
    expect(dir.existedDuring(m.agency!, P2026_2030)).toBe(true);
  });

  /** Agencies and collectives of the seed appendices (Bình Định 2024, Thái Nguyên 2026, Sơn La 2026). */
  const SEEDS = [
    "Sở Văn hóa và Thể thao",
    "Ban Thường vụ Tỉnh đoàn",
    "Bộ chỉ huy Quân sự tỉnh",
    "Ngân hàng Nhà nước Chi nhánh tỉnh",
    "UBND các địa phương",
    "Các cơ sở khám chữa bệnh trên địa bàn tỉnh",
    "Các cơ quan, đơn vị",
    "Tổ công tác triển khai đề án 06 cấp xã",
    "UBND các huyện, thành phố",
    "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)",
    "Thuế tỉnh Thái Nguyên",
    "Ngân hàng Nhà nước khu vực 5",
    "Thuế tỉnh Sơn La",
    "Ngân hàng nhà nước khu vực 3",
    "Điện lực tỉnh",
    "Bưu điện tỉnh",
    "Viễn thông Sơn La",
    "Tòa án nhân dân tỉnh",
    "Viện Kiểm sát nhân dân tỉnh",
    "UBMTTQ Việt Nam tỉnh",
    "Ủy ban MTTQ Việt Nam tỉnh",
    "Đài PT&TH tỉnh",
    "Báo Bình Định",
    "Báo và PTTH Thái Nguyên",
    "Các sở, ban, ngành, đoàn thể tỉnh",
    "Các hội, đoàn thể cấp tỉnh",
    "Các cơ quan báo chí trên địa bàn tỉnh",
    "Ban Chỉ đạo thực hiện Đề án 06 tỉnh",
    "Tổ công tác triển khai Đề án 06 cấp huyện",
    "Trung tâm Phục vụ hành chính công tỉnh",
    "Thường trực Tỉnh ủy",
    "Thường trực HĐND tỉnh",
    "UBND tỉnh",
    "Văn phòng Ủy ban nhân dân tỉnh",
  ];

  it.each(SEEDS)("%s is known", (name) => {
    expect(dir.match(name).agency).toBeDefined();
  });

  it("keeps Sở Văn hóa và Thể thao apart from Sở Văn hóa, Thể thao và Du lịch", () => {
    expect(entry("Sở Văn hóa và Thể thao").id).not.toBe(entry("Sở Văn hóa, Thể thao và Du lịch").id);
    expect(dir.match("Sở Văn hóa và Thể thao").agency?.name).toBe("Sở Văn hóa và Thể thao");
  });

  it("writes the canonical names in NFC, the LĐTB&XH name with an en dash, with unique ids", () => {
    for (const e of dir.entries) expect(e.name).toBe(e.name.normalize("NFC"));
    expect(entry("Sở Lao động – Thương binh và Xã hội").name).toContain("\u2013");
    expect(new Set(dir.entries.map((e) => e.id)).size).toBe(dir.entries.length);
  });

  it("marks the collectives", () => {
    const collectives = dir.entries.filter((e) => e.collective).map((e) => e.name);
    expect(collectives).toEqual(
      expect.arrayContaining([
        "Các sở, ban, ngành",
        "Các cơ quan, đơn vị",
        "UBND các huyện, thị xã, thành phố",
        "UBND các xã, phường, thị trấn",
        "UBND các xã, phường",
        "UBND các địa phương",
        "Các cơ sở khám chữa bệnh trên địa bàn tỉnh",
      ]),
    );
    expect(entry("Công an tỉnh").collective).toBe(false);
  });

  it("returns one cached directory", () => {
    expect(defaultDirectory()).toBe(dir);
  });
});

describe("existedDuring", () => {
  it.each<[string, PlanPeriod, boolean]>([
    ["Sở Kế hoạch và Đầu tư", P2024, true],
    ["Sở Kế hoạch và Đầu tư", P2025, true], // ended 2025-02-28, inside the period
    ["Sở Kế hoạch và Đầu tư", P2026_2030, false],
    ["Sở Kế hoạch và Đầu tư", period("2025-02-28", "2025-12-31", "x"), true], // its last day
    ["Sở Kế hoạch và Đầu tư", period("2025-03-01", "2025-12-31", "x"), false],
    ["UBND các huyện, thị xã, thành phố", P2025, true],
    ["UBND các huyện, thị xã, thành phố", period("2025-07-01", "2025-12-31", "x"), false],
    ["UBND các xã, phường, thị trấn", P2026_2030, false],
    ["Sở Nông nghiệp và Môi trường", P2024, false], // created 2025-03-01
    ["Sở Nông nghiệp và Môi trường", P2025, true],
    ["Sở Nông nghiệp và Môi trường", P2026_2030, true],
    ["Sở Y tế", P2024, true],
    ["Sở Y tế", P2026_2030, true],
  ])("%s during %j → %s", (name, p, existed) => {
    expect(dir.existedDuring(entry(name), p)).toBe(existed);
  });

  it("never ends an uncertain entry", () => {
    const e: AgencyEntry = {
      ...makeEntry({ name: "Báo Bình Định", validUntil: "2025-06-30" }, "user"),
      uncertain: true,
    };
    expect(dir.existedDuring(e, P2026_2030)).toBe(true);
  });
});

describe("extend (user entries)", () => {
  it("adds local agencies from the sheet, matched by name and alias", () => {
    const { entries, errors } = entriesFromSheetRows([
      [...SHEET_HEADERS],
      ["Ban Quản lý Khu kinh tế tỉnh", "BQL KKT tỉnh", "", "", ""],
      ["Chi cục Thủy lợi", "", "", "28/02/2025", "Sở Nông nghiệp và Môi trường"],
    ]);
    expect(errors).toEqual([]);
    const ext = dir.extend(entries);
    expect(ext.entries).toHaveLength(dir.entries.length + 2);
    expect(ext.match("Ban Quản lý Khu kinh tế tỉnh")).toMatchObject({ kind: "canonical" });
    expect(ext.match("BQL KKT tỉnh").agency?.source).toBe("user");
    expect(ext.match("Chi cục Thuỷ lợi").kind).toBe("variant-minor");
    const chiCuc = ext.byName("Chi cục Thủy lợi")!;
    expect(ext.existedDuring(chiCuc, P2026_2030)).toBe(false);
    expect(ext.successorOf(chiCuc)?.source).toBe("default");
    expect(dir.match("BQL KKT tỉnh").kind).toBe("unknown"); // the default directory is unchanged
    expect(ext.mentions("Công an tỉnh, BQL KKT tỉnh").map((m) => m.agency?.name)).toEqual([
      "Công an tỉnh",
      "Ban Quản lý Khu kinh tế tỉnh",
    ]);
  });

  it("lets a user entry win over the default entry with the same folded name, keeping its aliases", () => {
    const user = parseDirectoryData(
      { agencies: [{ name: "so ke hoach va dau tu", aliases: ["Sở KHĐT tỉnh"] }] },
      "user",
    );
    if (!user.ok) throw new Error(user.errors.join());
    const ext = dir.extend(user.entries);
    expect(ext.entries).toHaveLength(dir.entries.length);
    const e = ext.byName("Sở Kế hoạch và Đầu tư")!;
    expect(e.source).toBe("user");
    expect(e.validUntil).toBeUndefined();
    expect(ext.existedDuring(e, P2026_2030)).toBe(true);
    expect(e.aliases).toEqual(expect.arrayContaining(["Sở KHĐT tỉnh", "Sở KH&ĐT"]));
    expect(ext.match("Sở KH&ĐT").agency).toBe(e);
    expect(ext.match("Sở KHĐT tỉnh").agency).toBe(e);
  });

  it("lets a user alias win over a default form", () => {
    const ext = dir.extend([makeEntry({ name: "Hội Doanh nhân trẻ tỉnh", aliases: ["Sở Tài chính tỉnh"] }, "user")]);
    expect(ext.match("Sở Tài chính tỉnh").agency?.name).toBe("Hội Doanh nhân trẻ tỉnh");
    expect(ext.match("Sở Tài chính").agency?.name).toBe("Sở Tài chính");
  });

  it("works on a directory built from scratch", () => {
    const small = new AgencyDirectory([makeEntry({ name: "Sở Y tế" }, "default")]);
    expect(small.byName("so y te")?.name).toBe("Sở Y tế");
    expect(small.mentions("Sở Y tế, Công an tỉnh").map((m) => m.kind)).toEqual(["canonical", "unknown"]);
    expect(small.successorOf(small.entries[0])).toBeUndefined();
  });
});

describe("the default directory: central bodies after the 2025 restructuring", () => {
  const ENDED: ReadonlyArray<readonly [string, string]> = [
    ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"],
    ["Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường"],
    ["Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường"],
    ["Bộ Giao thông vận tải", "Bộ Xây dựng"],
    ["Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"],
    ["Bộ Lao động – Thương binh và Xã hội", "Bộ Nội vụ"],
    ["Ủy ban Dân tộc", "Bộ Dân tộc và Tôn giáo"],
    ["Ủy ban Quản lý vốn nhà nước tại doanh nghiệp", "Bộ Tài chính"],
  ];

  it.each(ENDED)("%s ended on 2025-02-28, its work passed to %s", (name, successor) => {
    const e = entry(name);
    expect(e.validUntil).toBe("2025-02-28");
    expect(dir.successorOf(e)?.name).toBe(successor);
    expect(dir.existedDuring(e, P2024)).toBe(true);
    expect(dir.existedDuring(e, P2026_2030)).toBe(false);
  });

  it.each([
    ["Bộ Quốc phòng", "Bộ Quốc phòng"],
    ["Bộ KH&CN", "Bộ Khoa học và Công nghệ"],
    ["Bộ NN&MT", "Bộ Nông nghiệp và Môi trường"],
    ["NHNN", "Ngân hàng Nhà nước Việt Nam"],
    ["Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam"],
    ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"],
    ["Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam"],
    ["Tòa án nhân dân tối cao", "Tòa án nhân dân tối cao"],
    ["Văn phòng Trung ương Đảng", "Văn phòng Trung ương Đảng"],
    ["Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"],
    ["Ban Quản lý các Khu công nghiệp, khu kinh tế", "Ban Quản lý các Khu công nghiệp tỉnh"],
    ["UBND thành phố Hà Nội", "UBND tỉnh"],
  ])("%s is %s", (text, name) => {
    expect(dir.match(text).agency?.name).toBe(name);
  });

  it("keeps a ministry and the provincial department of the same field apart", () => {
    expect(dir.match("Bộ Tài chính").agency?.name).toBe("Bộ Tài chính");
    expect(dir.match("Sở Tài chính").agency?.name).toBe("Sở Tài chính");
    expect(dir.match("Bộ Kế hoạch và Đầu tư").agency?.successor).toBe("Bộ Tài chính");
    expect(dir.match("Sở Kế hoạch và Đầu tư").agency?.successor).toBe("Sở Tài chính");
  });

  it.each([
    "Các bộ, ngành",
    "Các bộ, ngành liên quan",
    "UBND các tỉnh, thành phố trực thuộc trung ương",
    "UBND các tỉnh/thành phố",
  ])("%s is a collective", (text) => expect(dir.match(text).collective).toBe(true));
});
