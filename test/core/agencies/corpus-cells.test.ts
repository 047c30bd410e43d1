/**
 * Agency cells of the real appendices in test/corpus (and the cases of issue 9), segmented by what they name: known
 * names and collective phrases first (their commas are not cuts), then separators; line breaks and bullets separate;
 * role words after a name ("chủ trì hướng dẫn") and labels ("Chủ trì:") name nobody; a generic word alone ("ban",
 * "Viện") is a collective, never an unknown agency. Each case: [source, cell, [piece, canonical name or null,
 * collective]].
 */
import { defaultDirectory } from "../../../src/core/agencies/default";

const dir = defaultDirectory();

type Expected = ReadonlyArray<readonly [string, string | null, boolean]>;

const CASES: ReadonlyArray<readonly [string, string, Expected]> = [
  [
    "bac-ninh-144",
    "Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu mở hằng năm theo lĩnh vực quản lý.",
    [
      ["Sở KH&CN", "Sở Khoa học và Công nghệ", false],
      ["Các sở, ngành", "Các sở, ban, ngành", true],
      ["UBND cấp xã", "UBND các xã, phường", true],
    ],
  ],
  [
    "bac-ninh-144",
    "Sở Giáo dục và Đào tạo; Sở Nội vụ; Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu",
    [
      ["Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo", false],
      ["Sở Nội vụ", "Sở Nội vụ", false],
      ["Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", false],
    ],
  ],
  [
    "bac-ninh-144",
    "Ngân hàng nhà nước khu vực XII",
    [["Ngân hàng nhà nước khu vực XII", "Ngân hàng Nhà nước khu vực", false]],
  ],
  [
    "bcd-174",
    "Bộ Nông nghiệp và Môi trường, Bộ Tài chính, Bộ Công an và Văn phòng Chính phủ",
    [
      ["Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường", false],
      ["Bộ Tài chính", "Bộ Tài chính", false],
      ["Bộ Công an", "Bộ Công an", false],
      ["Văn phòng Chính phủ", "Văn phòng Chính phủ", false],
    ],
  ],
  [
    "bcd-174",
    "Các bộ, cơ quan ngang bộ",
    [["Các bộ, cơ quan ngang bộ", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", true]],
  ],
  ["bcd-174", "Bộ Tư Pháp", [["Bộ Tư Pháp", "Bộ Tư pháp", false]]],
  [
    "bcd-174",
    "Bộ Văn hóa, Thể thao và Du lịch",
    [["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch", false]],
  ],
  [
    "bvhttdl-6225",
    "Các cơ quan, đơn vị liên quan",
    [["Các cơ quan, đơn vị liên quan", "Các cơ quan, đơn vị có liên quan", true]],
  ],
  ["bvhttdl-6225", "Cơ quan, đơn vị liên quan", [["Cơ quan, đơn vị liên quan", null, true]]],
  ["bvhttdl-6225", "Các đơn vị được giao thực hiện TTHC", [["Các đơn vị được giao thực hiện TTHC", null, true]]],
  [
    "dong-thap-617",
    "Các sở, ban, ngành tỉnh; các đơn vị liên quan; UBND các xã, phường",
    [
      ["Các sở, ban, ngành tỉnh", "Các sở, ban, ngành", true],
      ["các đơn vị liên quan", "Các đơn vị có liên quan", true],
      ["UBND các xã, phường", "UBND các xã, phường", true],
    ],
  ],
  [
    "dong-thap-617",
    "Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông; các cơ quan, đơn vị liên quan",
    [
      ["Ban Quản lý Khu kinh tế", "Ban Quản lý các Khu công nghiệp tỉnh", false],
      ["Sở Công Thương", "Sở Công Thương", false],
      ["các doanh nghiệp viễn thông", null, true],
      ["các cơ quan, đơn vị liên quan", "Các cơ quan, đơn vị có liên quan", true],
    ],
  ],
  [
    "nghe-an-980",
    "Bộ CHQS tỉnh; UBND cấp xã",
    [
      ["Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh", false],
      ["UBND cấp xã", "UBND các xã, phường", true],
    ],
  ],
  [
    "nghe-an-980",
    "Văn phòng Ban Chỉ huy và cơ quan, địa phương liên quan",
    [
      ["Văn phòng Ban Chỉ huy", "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh", false],
      ["cơ quan, địa phương liên quan", null, true],
    ],
  ],
  [
    "nghe-an-980",
    "Sở, ban, ngành, tổ chức chính trị - xã hội",
    [["Sở, ban, ngành, tổ chức chính trị - xã hội", null, true]],
  ],
  [
    "nghe-an-980",
    "Sở Tài chính và cơ quan, địa phương liên quan",
    [
      ["Sở Tài chính", "Sở Tài chính", false],
      ["cơ quan, địa phương liên quan", null, true],
    ],
  ],
  [
    "nghe-an-980",
    "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã",
    [
      ["Ban Chỉ huy Phòng thủ dân sự cấp tỉnh", "Ban Chỉ huy Phòng thủ dân sự tỉnh", false],
      ["cấp xã", null, true],
    ],
  ],
  [
    "nghe-an-980",
    "Các sở, ban, ngành, các tổ chức chính trị-xã hội",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành", true],
      ["các tổ chức chính trị-xã hội", null, true],
    ],
  ],
  [
    "ttg-2530-pl1",
    "- Bộ Khoa học và Công nghệ;\n- Bộ Xây dựng;\n- Bộ Công Thương;\n- Các bộ, ngành liên quan và UBND các tỉnh/ thành phố.",
    [
      ["Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ", false],
      ["Bộ Xây dựng", "Bộ Xây dựng", false],
      ["Bộ Công Thương", "Bộ Công Thương", false],
      ["Các bộ, ngành liên quan", "Các bộ, ngành", true],
      ["UBND các tỉnh/ thành phố", "UBND các tỉnh, thành phố trực thuộc trung ương", true],
    ],
  ],
  [
    "ttg-2530-pl1",
    "- Bộ Khoa học và Công nghệ;\n- Viện Hàn lâm Khoa học và Công nghệ Việt Nam;\n- Bộ Ngoại giao;\n- Bộ Giáo dục và Đào tạo;\n- Các trường đại học, viện nghiên cứu.",
    [
      ["Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ", false],
      ["Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", false],
      ["Bộ Ngoại giao", "Bộ Ngoại giao", false],
      ["Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", false],
      ["Các trường đại học, viện nghiên cứu", null, true],
    ],
  ],
  [
    "ttg-2530-pl1",
    "- Bộ Ngoại giao;\n- Bộ Tài chính; các bộ ngành liên quan.",
    [
      ["Bộ Ngoại giao", "Bộ Ngoại giao", false],
      ["Bộ Tài chính", "Bộ Tài chính", false],
      ["các bộ ngành liên quan", "Các bộ, ngành", true],
    ],
  ],
  [
    "ttg-2530-pl1",
    "- Đài Truyền hình Việt Nam;\n- Đài Tiếng nói Việt Nam;\n- Thông tấn xã Việt Nam.",
    [
      ["Đài Truyền hình Việt Nam", "Đài Truyền hình Việt Nam", false],
      ["Đài Tiếng nói Việt Nam", "Đài Tiếng nói Việt Nam", false],
      ["Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam", false],
    ],
  ],
  [
    "ttg-2530-pl1",
    "UBND thành phố Hà Nội, UBND Thành phố Hồ Chí Minh",
    [
      ["UBND thành phố Hà Nội", "UBND tỉnh", false],
      ["UBND Thành phố Hồ Chí Minh", "UBND tỉnh", false],
    ],
  ],
  [
    "ttg-2530-pl1",
    "- Bộ Nông nghiệp và Môi trường;\n- Bộ Công an, các bộ, ngành và cộng đồng người dân.",
    [
      ["Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường", false],
      ["Bộ Công an", "Bộ Công an", false],
      ["các bộ, ngành và cộng đồng người dân", null, true],
    ],
  ],
  [
    "ttg-2530-pl1",
    "Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên",
    [
      ["Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", false],
      ["các tổ chức thành viên", null, true],
    ],
  ],
  [
    "ttg-2530-pl1",
    "UBND các tỉnh/ thành phố",
    [["UBND các tỉnh/ thành phố", "UBND các tỉnh, thành phố trực thuộc trung ương", true]],
  ],
  [
    "ttg-2530-pl2",
    "- Bộ Nông nghiệp và Môi trường (chủ trì phần chính sách, công nghệ, điều phối);\n- UBND các tỉnh, thành phố (chủ trì phần đầu tư, xây dựng, vận hành tại địa phương).",
    [
      [
        "Bộ Nông nghiệp và Môi trường (chủ trì phần chính sách, công nghệ, điều phối)",
        "Bộ Nông nghiệp và Môi trường",
        false,
      ],
      [
        "UBND các tỉnh, thành phố (chủ trì phần đầu tư, xây dựng, vận hành tại địa phương)",
        "UBND các tỉnh, thành phố trực thuộc trung ương",
        true,
      ],
    ],
  ],
  [
    "ttg-2530-pl2",
    "- Bộ Nông nghiệp và Môi trường (mạng lưới quốc gia);\n- UBND thành phố Hà Nội, Thành phố Hồ Chí Minh và UBND các tỉnh, thành phố khác (mạng lưới địa phương).",
    [
      ["Bộ Nông nghiệp và Môi trường (mạng lưới quốc gia)", "Bộ Nông nghiệp và Môi trường", false],
      ["UBND thành phố Hà Nội", "UBND tỉnh", false],
      ["Thành phố Hồ Chí Minh", null, false],
      ["UBND các tỉnh, thành phố khác (mạng lưới địa phương)", "UBND các tỉnh, thành phố trực thuộc trung ương", true],
    ],
  ],
  [
    "ttg-2530-pl2",
    "- Bộ Công Thương;\n- Bộ Xây dựng;\n- Ngân hàng Nhà nước Việt Nam;\n- Bộ Nông nghiệp và Môi trường.",
    [
      ["Bộ Công Thương", "Bộ Công Thương", false],
      ["Bộ Xây dựng", "Bộ Xây dựng", false],
      ["Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam", false],
      ["Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường", false],
    ],
  ],
  [
    "ttg-2530-pl2",
    "Các bộ ngành và các địa phương",
    [
      ["Các bộ ngành", "Các bộ, ngành", true],
      ["các địa phương", "Các địa phương", true],
    ],
  ],
  [
    "ttg-2597",
    "Các bộ, ngành, địa phương liên quan",
    [["Các bộ, ngành, địa phương liên quan", "Các bộ, ngành, địa phương", true]],
  ],
  [
    "ttg-2597",
    "Bộ Khoa học và Công nghệ; các doanh nghiệp viễn thông",
    [
      ["Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ", false],
      ["các doanh nghiệp viễn thông", null, true],
    ],
  ],
  [
    "ttg-2629",
    "Bộ Công an, Bộ Tài chính, Bộ Nội vụ và các bộ, ngành, địa phương khác có liên quan",
    [
      ["Bộ Công an", "Bộ Công an", false],
      ["Bộ Tài chính", "Bộ Tài chính", false],
      ["Bộ Nội vụ", "Bộ Nội vụ", false],
      ["các bộ, ngành, địa phương khác có liên quan", null, true],
    ],
  ],
  [
    "ttg-2629",
    "Bộ Công an, Bộ Khoa học và Công nghệ với các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ thuật áp dụng chung toàn quốc; các bộ, ngành với các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ thuật nội ngành",
    [
      ["Bộ Công an", "Bộ Công an", false],
      ["Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ", false],
      ["các bộ, ngành", "Các bộ, ngành", true],
    ],
  ],
  [
    "ttg-2629",
    "Bộ Công an (Trung tâm Dữ liệu quốc gia)",
    [["Bộ Công an (Trung tâm Dữ liệu quốc gia)", "Bộ Công an", false]],
  ],
  ["ttg-2629", "Bộ, ngành có liên quan", [["Bộ, ngành có liên quan", "Các bộ, ngành", true]]],
  [
    "ttg-2629",
    "Bộ Khoa học và Công nghệ, Bộ Quốc phòng, Bộ Tài chính, các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam",
    [
      ["Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ", false],
      ["Bộ Quốc phòng", "Bộ Quốc phòng", false],
      ["Bộ Tài chính", "Bộ Tài chính", false],
      ["các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam", null, true],
    ],
  ],
  [
    "vpcp-624",
    "Cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    [
      ["Cơ quan ngang bộ, cơ quan thuộc Chính phủ", null, true],
      [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        "UBND các tỉnh, thành phố trực thuộc trung ương",
        true,
      ],
    ],
  ],
  ["vpcp-624", "UBND 06 thành phố trực thuộc trung ương", [["UBND 06 thành phố trực thuộc trung ương", null, true]]],
  ["vpcp-624", "Tổng Thanh tra Chính phủ", [["Tổng Thanh tra Chính phủ", "Thanh tra Chính phủ", false]]],
  ["vpcp-624", "Các cơ quan Trung ương và địa phương", [["Các cơ quan Trung ương và địa phương", null, true]]],
  [
    "vpcp-624",
    "Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    [["Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", true]],
  ],
  [
    "vpcp-624",
    "Văn phòng Trung ương Đảng, Văn phòng Quốc hội, Văn phòng Chủ tịch nước, Văn phòng Chính phủ",
    [
      ["Văn phòng Trung ương Đảng", "Văn phòng Trung ương Đảng", false],
      ["Văn phòng Quốc hội", "Văn phòng Quốc hội", false],
      ["Văn phòng Chủ tịch nước", "Văn phòng Chủ tịch nước", false],
      ["Văn phòng Chính phủ", "Văn phòng Chính phủ", false],
    ],
  ],
  ["vpcp-624", "Các địa phương chủ trì", [["Các địa phương", "Các địa phương", true]]],
  ["vpcp-624", "Các địa phương có đảo", [["Các địa phương có đảo", null, true]]],
  [
    "vpcp-624",
    "Bộ Tư pháp, Bộ Giáo dục và Đào tạo, Bộ Xây dựng, Tòa án nhân dân tối cao, Bộ Nông nghiệp và Môi trường, Bộ Y tế, Bộ tài chính",
    [
      ["Bộ Tư pháp", "Bộ Tư pháp", false],
      ["Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", false],
      ["Bộ Xây dựng", "Bộ Xây dựng", false],
      ["Tòa án nhân dân tối cao", "Tòa án nhân dân tối cao", false],
      ["Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường", false],
      ["Bộ Y tế", "Bộ Y tế", false],
      ["Bộ tài chính", "Bộ Tài chính", false],
    ],
  ],
  [
    "issue-9",
    "Ban Quản lý các Khu công nghiệp, khu kinh tế",
    [["Ban Quản lý các Khu công nghiệp, khu kinh tế", "Ban Quản lý các Khu công nghiệp tỉnh", false]],
  ],
  ["issue-9", "Sở, ban, ngành có liên quan", [["Sở, ban, ngành có liên quan", null, true]]],
  [
    "issue-9",
    "Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh",
    [["Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh", null, true]],
  ],
  [
    "issue-9",
    "Các cơ quan quản lý chuyên ngành tại điểm d, khoản 1, mục III",
    [["Các cơ quan quản lý chuyên ngành tại điểm d, khoản 1, mục III", null, true]],
  ],
  ["issue-9", "Chủ trì: Sở Y tế", [["Sở Y tế", "Sở Y tế", false]]],
  [
    "issue-9",
    "(1) Sở Y tế;\n(2) Sở Nội vụ",
    [
      ["Sở Y tế", "Sở Y tế", false],
      ["Sở Nội vụ", "Sở Nội vụ", false],
    ],
  ],
  [
    "issue-9",
    "Sở Tư pháp\nCông an tỉnh",
    [
      ["Sở Tư pháp", "Sở Tư pháp", false],
      ["Công an tỉnh", "Công an tỉnh", false],
    ],
  ],
  [
    "issue-9",
    "Sở Y tế chủ trì, Sở Tài chính phối hợp",
    [
      ["Sở Y tế", "Sở Y tế", false],
      ["Sở Tài chính", "Sở Tài chính", false],
    ],
  ],
  [
    "issue-9",
    "Sở Văn hóa Thể thao và Du lịch",
    [["Sở Văn hóa Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch", false]],
  ],
  [
    "issue-9",
    "Sở KH&CN, ban",
    [
      ["Sở KH&CN", "Sở Khoa học và Công nghệ", false],
      ["ban", null, true],
    ],
  ],
  [
    "issue-9",
    "Sở Tài chính, Viện, Trường, Doanh nghiệp",
    [
      ["Sở Tài chính", "Sở Tài chính", false],
      ["Viện, Trường, Doanh nghiệp", null, true],
    ],
  ],
  [
    "issue-10",
    "UBND các huyện, thị xã, thành phố; Sở Tài chính; UBND các huyện",
    [
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", true],
      ["Sở Tài chính", "Sở Tài chính", false],
      ["UBND các huyện", "UBND các huyện, thị xã, thành phố", true],
    ],
  ],
];

describe("agency cells of real appendices", () => {
  it.each(CASES)("%s: %j", (_source, cell, expected) => {
    const got = dir.mentions(cell).map((m) => [m.text, m.agency?.name ?? null, m.collective]);
    expect(got).toEqual(expected);
  });

  it("never leaves an unknown piece that is only a generic word", () => {
    for (const [, cell] of CASES) {
      for (const m of dir.mentions(cell)) {
        if (m.kind === "unknown" && !m.collective) expect([cell, m.text]).toEqual([cell, "Thành phố Hồ Chí Minh"]);
      }
    }
  });

  it.each([
    ["Sở Văn hóa Thể thao và Du lịch", "variant"], // a comma missing: not a silent match
    ["Sở KH&CN", "alias"], // an abbreviation (agency-variant says it at info severity)
    ["Ngân hàng nhà nước khu vực XII", "variant-minor"],
    ["Bộ Tư Pháp", "variant-minor"],
    ["Tổng Thanh tra Chính phủ", "variant"],
  ])("%s is matched as %s", (cell, kind) => {
    const [m] = dir.mentions(cell);
    expect(m.kind).toBe(kind);
  });

  it("keeps what follows a name, for the suggestion", () => {
    expect(dir.mentions("Ngân hàng nhà nước khu vực XII")[0].suffix).toBe(" XII");
    expect(dir.mentions("Bộ Công an (Trung tâm Dữ liệu quốc gia)")[0].suffix).toBe(" (Trung tâm Dữ liệu quốc gia)");
  });
});
