import { defaultDirectory } from "../../../src/core/agencies/default";
import { splitAgencies } from "../../../src/core/agencies/split";

const dir = defaultDirectory();

/**
 * Every lead and co-operating agency cell of the appendix of binh-dinh-2024-plan.txt, in order, with the pieces
 * expected and the canonical name each piece resolves to (null: not in the directory). Rows with an empty task
 * number are the remainders of cells split by a page break (tasks 6 and 38).
 */
const SEED_2024: ReadonlyArray<
  readonly [
    task: string,
    column: "lead" | "coLead",
    cell: string,
    pieces: ReadonlyArray<readonly [string, string | null]>,
  ]
> = [
  [
    "1",
    "lead",
    "Công an tỉnh, UBND các huyện, thị xã, thành phố",
    [
      ["Công an tỉnh", "Công an tỉnh"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
  [
    "1",
    "coLead",
    "UBND các xã, phường, thị trấn",
    [["UBND các xã, phường, thị trấn", "UBND các xã, phường, thị trấn"]],
  ],
  ["2", "lead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  [
    "2",
    "coLead",
    "Văn phòng UBND tỉnh, các sở, ban, ngành",
    [
      ["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"],
      ["các sở, ban, ngành", "Các sở, ban, ngành"],
    ],
  ],
  ["3", "lead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  [
    "3",
    "coLead",
    "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
  [
    "4",
    "lead",
    "Sở Tài chính, Sở Kế hoạch và Đầu tư",
    [
      ["Sở Tài chính", "Sở Tài chính"],
      ["Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư"],
    ],
  ],
  [
    "4",
    "coLead",
    "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
  ["5", "lead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  [
    "5",
    "coLead",
    "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
  ["6", "lead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  [
    "6",
    "coLead",
    "Văn phòng UBND tỉnh, các sở, ban,",
    [
      ["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"],
      ["các sở, ban", null],
    ],
  ],
  [
    "",
    "coLead",
    "ngành, UBND các huyện, thị xã, thành phố",
    [
      ["ngành", null],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
  ["7", "lead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  [
    "7",
    "coLead",
    "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
  [
    "8",
    "lead",
    "Các sở, ban, ngành, UBND các địa phương",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các địa phương", "UBND các địa phương"],
    ],
  ],
  ["8", "coLead", "Sở Tư pháp", [["Sở Tư pháp", "Sở Tư pháp"]]],
  ["9", "lead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  ["9", "coLead", "Sở Thông tin và Truyền thông", [["Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"]]],
  ["10", "lead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  ["10", "coLead", "Các sở, ban, ngành", [["Các sở, ban, ngành", "Các sở, ban, ngành"]]],
  [
    "11",
    "lead",
    "Các sở, ban, ngành UBND các huyện, thị xã, thành phố",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
  ["11", "coLead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  ["12", "lead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  ["13", "lead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  [
    "13",
    "coLead",
    "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
  ["14", "lead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  [
    "14",
    "coLead",
    "Các sở, ban, ngành UBND các huyện, thị xã, thành phố",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
  [
    "15",
    "lead",
    "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
  ["15", "coLead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  [
    "16",
    "lead",
    "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
  ["16", "coLead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  ["17", "lead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  [
    "17",
    "coLead",
    "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố, UBND các xã, phường, thị trấn",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
      ["UBND các xã, phường, thị trấn", "UBND các xã, phường, thị trấn"],
    ],
  ],
  ["18", "lead", "Ngân hàng Nhà nước tỉnh", [["Ngân hàng Nhà nước tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh"]]],
  ["18", "coLead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  ["19", "lead", "Bảo hiểm xã hội tỉnh", [["Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh"]]],
  [
    "19",
    "coLead",
    "Ngân hàng Nhà nước tỉnh, Công an tỉnh",
    [
      ["Ngân hàng Nhà nước tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh"],
      ["Công an tỉnh", "Công an tỉnh"],
    ],
  ],
  [
    "20",
    "lead",
    "Sở Lao động, Thương binh và Xã hội, Bảo hiểm xã hội tỉnh",
    [
      ["Sở Lao động, Thương binh và Xã hội", "Sở Lao động – Thương binh và Xã hội"],
      ["Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh"],
    ],
  ],
  ["20", "coLead", "Ngân hàng Nhà nước tỉnh", [["Ngân hàng Nhà nước tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh"]]],
  [
    "21",
    "lead",
    "Ngân hàng Nhà nước Chi nhánh tỉnh",
    [["Ngân hàng Nhà nước Chi nhánh tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh"]],
  ],
  ["21", "coLead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  ["22", "lead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  [
    "22",
    "coLead",
    "Các sở, ban, ngành, UBND các địa phương",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các địa phương", "UBND các địa phương"],
    ],
  ],
  ["23", "lead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  [
    "23",
    "coLead",
    "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
    [
      ["Các sở, ban, ngành", "Các sở, ban, ngành"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
  ["24", "lead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  ["24", "coLead", "Bộ chỉ huy Quân sự tỉnh", [["Bộ chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]]],
  ["25", "lead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  [
    "25",
    "coLead",
    "UBND các huyện, thị xã, thành phố",
    [["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"]],
  ],
  [
    "26",
    "lead",
    "Sở Lao động-Thương binh và Xã hội",
    [["Sở Lao động-Thương binh và Xã hội", "Sở Lao động – Thương binh và Xã hội"]],
  ],
  [
    "26",
    "coLead",
    "Công an tỉnh, UBND các địa phương",
    [
      ["Công an tỉnh", "Công an tỉnh"],
      ["UBND các địa phương", "UBND các địa phương"],
    ],
  ],
  ["27", "lead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  ["27", "coLead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  [
    "28",
    "lead",
    "Sở Lao động-Thương binh và Xã hội",
    [["Sở Lao động-Thương binh và Xã hội", "Sở Lao động – Thương binh và Xã hội"]],
  ],
  [
    "28",
    "coLead",
    "Công an tỉnh, UBND các địa phương",
    [
      ["Công an tỉnh", "Công an tỉnh"],
      ["UBND các địa phương", "UBND các địa phương"],
    ],
  ],
  ["29", "lead", "Sở Kế hoạch đầu tư", [["Sở Kế hoạch đầu tư", "Sở Kế hoạch và Đầu tư"]]],
  [
    "29",
    "coLead",
    "Công an tỉnh, Văn phòng UBND tỉnh",
    [
      ["Công an tỉnh", "Công an tỉnh"],
      ["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"],
    ],
  ],
  ["30", "lead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  [
    "30",
    "coLead",
    "Công an tỉnh, Sở Thông tin và Truyền thông",
    [
      ["Công an tỉnh", "Công an tỉnh"],
      ["Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"],
    ],
  ],
  ["31", "lead", "Sở Tư pháp", [["Sở Tư pháp", "Sở Tư pháp"]]],
  ["31", "coLead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  ["32", "lead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  ["32", "coLead", "Sở Thông tin và Truyền thông", [["Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"]]],
  [
    "33",
    "lead",
    "Sở Lao động Thương binh và Xã hội, Sở Y tế, Sở Tài nguyên và Môi trường",
    [
      ["Sở Lao động Thương binh và Xã hội", "Sở Lao động – Thương binh và Xã hội"],
      ["Sở Y tế", "Sở Y tế"],
      ["Sở Tài nguyên và Môi trường", "Sở Tài nguyên và Môi trường"],
    ],
  ],
  [
    "33",
    "coLead",
    "Công an tỉnh, UBND các huyện, thành phố, Tổ công tác triển khai đề án 06 cấp xã",
    [
      ["Công an tỉnh", "Công an tỉnh"],
      ["UBND các huyện, thành phố", "UBND các huyện, thị xã, thành phố"],
      ["Tổ công tác triển khai đề án 06 cấp xã", "Tổ công tác triển khai Đề án 06 cấp xã"],
    ],
  ],
  ["34", "lead", "Sở Y tế", [["Sở Y tế", "Sở Y tế"]]],
  [
    "34",
    "coLead",
    "Các cơ sở khám chữa bệnh trên địa bàn tỉnh",
    [["Các cơ sở khám chữa bệnh trên địa bàn tỉnh", "Các cơ sở khám chữa bệnh trên địa bàn tỉnh"]],
  ],
  ["35", "lead", "Sở Thông tin và Truyền thông", [["Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"]]],
  [
    "35",
    "coLead",
    "Công an tỉnh, Văn phòng UBND tỉnh",
    [
      ["Công an tỉnh", "Công an tỉnh"],
      ["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"],
    ],
  ],
  ["36", "lead", "Các cơ quan, đơn vị", [["Các cơ quan, đơn vị", "Các cơ quan, đơn vị"]]],
  [
    "36",
    "coLead",
    "Công an tỉnh, Sở Thông tin và Truyền thông",
    [
      ["Công an tỉnh", "Công an tỉnh"],
      ["Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"],
    ],
  ],
  ["37", "lead", "Sở Thông tin và Truyền thông", [["Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"]]],
  [
    "37",
    "coLead",
    "Công an tỉnh, Văn phòng UBND tỉnh",
    [
      ["Công an tỉnh", "Công an tỉnh"],
      ["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"],
    ],
  ],
  ["38", "lead", "Sở Văn hóa và Thể thao", [["Sở Văn hóa và Thể thao", "Sở Văn hóa và Thể thao"]]],
  [
    "38",
    "coLead",
    "Công an tỉnh, Sở Thông tin và Truyền",
    [
      ["Công an tỉnh", "Công an tỉnh"],
      ["Sở Thông tin và Truyền", null],
    ],
  ],
  [
    "",
    "coLead",
    "thông, các sở, ban, ngành",
    [
      ["thông", null],
      ["các sở, ban, ngành", "Các sở, ban, ngành"],
    ],
  ],
  ["39", "lead", "Ban Thường vụ Tỉnh đoàn", [["Ban Thường vụ Tỉnh đoàn", "Tỉnh đoàn"]]],
  ["39", "coLead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  ["40", "lead", "Văn phòng UBND tỉnh", [["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"]]],
  ["40", "coLead", "Công an tỉnh", [["Công an tỉnh", "Công an tỉnh"]]],
  ["41", "lead", "Sở Thông tin và Truyền thông", [["Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"]]],
  [
    "41",
    "coLead",
    "Văn phòng UBND tỉnh, UBND các huyện, thị xã, thành phố",
    [
      ["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"],
      ["UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ],
  ],
];

describe("splitAgencies: every lead and co-lead cell of the 2024 seed", () => {
  it.each(SEED_2024)("task %s %s: %j", (_task, _column, cell, pieces) => {
    const mentions = dir.mentions(cell);
    expect(mentions.map((m) => [m.text, m.agency?.name ?? null])).toEqual(pieces);
    expect(splitAgencies(cell, dir)).toEqual(pieces.map(([text]) => text));
  });

  it("rejoins the cells split by a page break", () => {
    expect(splitAgencies("Văn phòng UBND tỉnh, các sở, ban,\nngành, UBND các huyện, thị xã, thành phố", dir)).toEqual([
      "Văn phòng UBND tỉnh",
      "các sở, ban, ngành",
      "UBND các huyện, thị xã, thành phố",
    ]);
    expect(splitAgencies("Công an tỉnh, Sở Thông tin và Truyền\nthông, các sở, ban, ngành", dir)).toEqual([
      "Công an tỉnh",
      "Sở Thông tin và Truyền thông",
      "các sở, ban, ngành",
    ]);
  });
});

/** [cell, pieces expected] */
const CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Công an tỉnh, UBND các huyện, thị xã, thành phố", ["Công an tỉnh", "UBND các huyện, thị xã, thành phố"]],
  ["Văn phòng UBND tỉnh, các sở, ban, ngành", ["Văn phòng UBND tỉnh", "các sở, ban, ngành"]],
  ["Các sở, ban, ngành UBND các huyện, thị xã, thành phố", ["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]],
  [
    "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố, UBND các xã, phường, thị trấn",
    ["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "UBND các xã, phường, thị trấn"],
  ],
  [
    "Sở Lao động, Thương binh và Xã hội, Bảo hiểm xã hội tỉnh",
    ["Sở Lao động, Thương binh và Xã hội", "Bảo hiểm xã hội tỉnh"],
  ],
  ["Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]],
  ["UBND các xã phường", ["UBND các xã phường"]],
  [
    "Công an tỉnh, UBND các huyện, thành phố, Tổ công tác triển khai đề án 06 cấp xã",
    ["Công an tỉnh", "UBND các huyện, thành phố", "Tổ công tác triển khai đề án 06 cấp xã"],
  ],
  // HTML fragments, a trailing full stop, bullets and new lines
  ["<p>Công an tỉnh</p><p>Sở Tư pháp.</p>", ["Công an tỉnh", "Sở Tư pháp"]],
  ["<b>Sở Y tế</b>.", ["Sở Y tế"]],
  ["- Sở Y tế\n- Công an tỉnh", ["Sở Y tế", "Công an tỉnh"]],
  ["Sở Tài chính;\nSở Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]],
  // " và " only between two agency names
  ["Sở Tài chính và Sở Y tế", ["Sở Tài chính", "Sở Y tế"]],
  ["Sở Giáo dục và Đào tạo", ["Sở Giáo dục và Đào tạo"]],
  ["Sở Lao động – Thương binh và Xã hội", ["Sở Lao động – Thương binh và Xã hội"]],
  ["Hợp tác xã Dịch vụ và Thương mại Tân Phú", ["Hợp tác xã Dịch vụ và Thương mại Tân Phú"]],
  // brackets keep their commas; region numbers and province names stay with their agency
  [
    "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công, Phòng Kiểm soát TTHC); Công an tỉnh",
    ["Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công, Phòng Kiểm soát TTHC)", "Công an tỉnh"],
  ],
  ["Công an tỉnh, Sở Tài chính, Thuế tỉnh Thái Nguyên", ["Công an tỉnh", "Sở Tài chính", "Thuế tỉnh Thái Nguyên"]],
  ["Sở Công Thương, Ngân hàng Nhà nước khu vực 5", ["Sở Công Thương", "Ngân hàng Nhà nước khu vực 5"]],
  ["Công an tỉnh Sở Công Thương", ["Công an tỉnh", "Sở Công Thương"]],
  // a slash between names separates them; a document reference keeps its slash
  ["Công an tỉnh/Sở Tư pháp", ["Công an tỉnh", "Sở Tư pháp"]],
  // one "Sở" written for several departments
  ["Các sở: Y tế, Giáo dục và Đào tạo", ["Y tế", "Giáo dục và Đào tạo"]],
  ["Các Sở: Tư pháp; Văn hóa, Thể thao và Du lịch", ["Tư pháp", "Văn hóa, Thể thao và Du lịch"]],
  ["Sở Tư pháp (PC06) / Công an tỉnh", ["Sở Tư pháp (PC06)", "Công an tỉnh"]],
  ["Sở Tư pháp theo Quyết định 766/QĐ-TTg", ["Sở Tư pháp theo Quyết định 766/QĐ-TTg"]],
  // collectives whose remainder lost its capital, and unknown bodies
  [
    "Các sở, ban, ngành, đoàn thể tỉnh, các cơ quan, đơn vị liên quan",
    ["Các sở, ban, ngành, đoàn thể tỉnh", "các cơ quan, đơn vị liên quan"],
  ],
  ["Các hợp tác xã, tổ hợp tác trên địa bàn", ["Các hợp tác xã, tổ hợp tác trên địa bàn"]],
  ["Công an tỉnh, Hợp tác xã Nông nghiệp Tân Phú", ["Công an tỉnh", "Hợp tác xã Nông nghiệp Tân Phú"]],
  ["Phòng Cảnh sát QLHC về TTXH, Công an tỉnh", ["Phòng Cảnh sát QLHC về TTXH", "Công an tỉnh"]],
  // empty and placeholder cells name nobody
  ["", []],
  ["   ", []],
  ["-", []],
  ["<p></p>", []],
];

describe("splitAgencies: separators and collective names", () => {
  it.each(CASES)("%j", (cell, pieces) => {
    expect(splitAgencies(cell, dir)).toEqual(pieces);
  });

  it("matches every piece and marks collectives", () => {
    const m = dir.mentions("Công an tỉnh, UBND các huyện, thị xã, thành phố, các đơn vị có liên quan");
    expect(m.map((x) => [x.kind, x.collective])).toEqual([
      ["canonical", false],
      ["canonical", true],
      ["canonical", true],
    ]);
  });

  it("returns the same frozen pieces for the same cell, which no caller can change", () => {
    const cell = "Sở Tài chính, Sở Kế hoạch và Đầu tư";
    const a = dir.mentions(cell);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => (a as unknown as unknown[]).pop()).toThrow(TypeError);
    const b = dir.mentions(cell);
    expect(b).toBe(a);
    expect(b).toHaveLength(2);
    expect(b[1].agency?.name).toBe("Sở Kế hoạch và Đầu tư");
  });

  it("splits a long list of known names wherever the commas are", () => {
    const names = [
      "Sở Nội vụ",
      "Sở Tư pháp",
      "Sở Tài chính",
      "Sở Công Thương",
      "Sở Xây dựng",
      "Sở Y tế",
      "Thanh tra tỉnh",
    ];
    const cell = names.join(", ") + ", các sở, ban, ngành, UBND các xã, phường";
    expect(splitAgencies(cell, dir)).toEqual([...names, "các sở, ban, ngành", "UBND các xã, phường"]);
    expect(splitAgencies(names.join(" "), dir)).toEqual(names);
  });
});

describe("one “Sở” written for several departments", () => {
  const dir = defaultDirectory();

  it("reads each part as the department it names, shown as written", () => {
    const m = dir.mentions("Các sở: Y tế, Giáo dục và Đào tạo; Văn hóa, Thể thao và Du lịch");
    expect(m.map((x) => [x.text, x.agency?.name])).toEqual([
      ["Y tế", "Sở Y tế"],
      ["Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"],
      ["Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"],
    ]);
  });

  it("splits as usual when a part is not a department", () => {
    expect(dir.mentions("Sở: Y tế, Công an tỉnh").map((x) => x.agency?.name)).toEqual(["Sở Y tế", "Công an tỉnh"]);
  });
});

describe("one unit's name with commas in it", () => {
  const dir = defaultDirectory();

  it.each([
    ["Vụ Khoa học công nghệ, Đào tạo và Môi trường", ["Vụ Khoa học công nghệ, Đào tạo và Môi trường"]],
    [
      "Văn phòng Bộ; Vụ Khoa học công nghệ, Đào tạo và Môi trường",
      ["Văn phòng Bộ", "Vụ Khoa học công nghệ, Đào tạo và Môi trường"],
    ],
    ["Cục Xuất bản, In và Phát hành, Sở Y tế", ["Cục Xuất bản, In và Phát hành", "Sở Y tế"]],
  ])("keeps %j whole: a kind, a name, then parts ending in “và X”", (cell, pieces) => {
    expect(splitAgencies(cell, dir)).toEqual(pieces);
  });

  it.each([
    // each part starts a body of its own (a kind, or a known name)
    ["Cục Hàng hải, Cục Đường bộ và Cục Đường thủy", ["Cục Hàng hải", "Cục Đường bộ và Cục Đường thủy"]],
    ["Vụ Pháp chế, Văn phòng Bộ và Thanh tra Bộ", ["Vụ Pháp chế", "Văn phòng Bộ", "Thanh tra Bộ"]],
    ["Trung tâm Tin học, Sở Y tế và Công an tỉnh", ["Trung tâm Tin học", "Sở Y tế", "Công an tỉnh"]],
    // a known name keeps its own piece: "Tài chính và Nội vụ" is what is left, not a part of "Sở Tư pháp"
    ["Sở Tư pháp, Tài chính và Nội vụ", ["Sở Tư pháp", "Tài chính và Nội vụ"]],
    // no "và X" closing the list: the comma separates
    ["Trung tâm Tin học, Hợp tác xã Tân Phú", ["Trung tâm Tin học", "Hợp tác xã Tân Phú"]],
  ])("cuts %j at its commas", (cell, pieces) => {
    expect(splitAgencies(cell, dir)).toEqual(pieces);
  });
});
