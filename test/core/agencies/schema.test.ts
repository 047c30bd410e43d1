import data from "../../../src/data/agencies.json";
import { entriesFromSheetRows, parseDirectoryData, SHEET_HEADERS } from "../../../src/core/agencies/schema";
import type { SheetCell } from "../../../src/core/agencies/schema";

function errorsOf(json: unknown, source: "default" | "user" = "default", knownNames?: string[]): string[] {
  const r = parseDirectoryData(json, source, knownNames ? { knownNames } : {});
  if (r.ok) throw new Error("expected errors");
  return r.errors;
}

describe("parseDirectoryData", () => {
  it("accepts the shipped directory", () => {
    const r = parseDirectoryData(data, "default");
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it("builds entries: NFC names, spaces collapsed, ids from the fold, defaults filled", () => {
    const r = parseDirectoryData(
      {
        agencies: [
          { name: "  Sở   Kế hoạch và Đầu tư ".normalize("NFD"), aliases: ["Sở KH&ĐT"], validUntil: "2025-02-28" },
        ],
      },
      "user",
    );
    expect(r).toEqual({
      ok: true,
      entries: [
        {
          id: "so-ke-hoach-va-dau-tu",
          name: "Sở Kế hoạch và Đầu tư",
          aliases: ["Sở KH&ĐT"],
          variants: [],
          collective: false,
          validUntil: "2025-02-28",
          source: "user",
        },
      ],
    });
  });

  it("accepts a bare array as well as {agencies: [...]}", () => {
    expect(parseDirectoryData([{ name: "Sở Y tế" }], "user").ok).toBe(true);
  });

  it.each<[string, unknown, RegExp]>([
    ["a missing name", { agencies: [{ name: "Sở Y tế" }, { aliases: ["X"] }] }, /Mục 2.*"name".*Entry 2.*"name"/],
    [
      "an empty name",
      { agencies: [{ name: "   " }] },
      /Entry 1, field "name".*không được để trống \/ must not be empty/,
    ],
    ["aliases not a list", { agencies: [{ name: "Sở Y tế", aliases: "SYT" }] }, /Entry 1, field "aliases"/],
    [
      "a number among the aliases",
      { agencies: [{ name: "Sở Y tế", aliases: ["SYT", 5] }] },
      /Entry 1, field "aliases\[1\]"/,
    ],
    ["collective not a boolean", { agencies: [{ name: "Các sở", collective: "x" }] }, /Entry 1, field "collective"/],
    [
      "an impossible date",
      { agencies: [{ name: "Sở Y tế", validUntil: "2025-02-30" }] },
      /Entry 1, field "validUntil".*YYYY-MM-DD/,
    ],
    ["a Vietnamese date", { agencies: [{ name: "Sở Y tế", validFrom: "01/03/2025" }] }, /Entry 1, field "validFrom"/],
    ["an unknown field", { agencies: [{ name: "Sở Y tế", alias: ["SYT"] }] }, /Entry 1.*unknown field alias/],
    [
      "a note without English",
      { agencies: [{ name: "Sở Y tế", successorNote: { vi: "x" } }] },
      /Entry 1, field "successorNote.en"/,
    ],
    ["not an object", "agencies", /the file must be an object/],
    ["no list", { agencies: {} }, /agencies/],
  ])("names the entry and field of %s", (_what, json, message) => {
    const errors = errorsOf(json);
    expect(errors.join("\n")).toMatch(message);
  });

  it("reports cross-entry errors by entry", () => {
    const errors = errorsOf({
      agencies: [
        { name: "Sở Y tế" },
        { name: "Sở Tài chính", aliases: ["Sở y tế"] },
        { name: "Sở Xây dựng", successor: "Sở Giao thông" },
        { name: "Sở Tư pháp", validFrom: "2026-01-01", validUntil: "2025-01-01" },
        { name: "Báo tỉnh", uncertain: true, validUntil: "2025-06-30", successor: "Sở Y tế" },
        { name: "sở y tế" },
        { name: "Sở Nội vụ", successor: "Sở Nội vụ" },
      ],
    });
    expect(errors).toEqual([
      expect.stringMatching(/Entry 2: the name "Sở y tế" already belongs to entry 1/),
      expect.stringMatching(/Entry 3, field "successor": no agency "Sở Giao thông"/),
      expect.stringMatching(/Entry 4, field "validFrom": after validUntil/),
      expect.stringMatching(/Entry 5, field "uncertain": an uncertain fact is an alias only/),
      expect.stringMatching(/Entry 6: "sở y tế" duplicates entry 1/),
      expect.stringMatching(/Entry 6: the name "sở y tế" already belongs to entry 1/),
      expect.stringMatching(/Entry 7, field "successor": an agency cannot succeed itself/),
    ]);
  });

  it("checks a user file's successors against the names it is given, and not at all without them", () => {
    const user = {
      agencies: [{ name: "Ban Quản lý Khu kinh tế tỉnh", validUntil: "2025-06-30", successor: "Sở Xây dựng" }],
    };
    expect(parseDirectoryData(user, "user").ok).toBe(true);
    expect(parseDirectoryData(user, "user", { knownNames: ["Sở Xây dựng"] }).ok).toBe(true);
    expect(errorsOf(user, "user", ["Sở Y tế"])).toEqual([expect.stringMatching(/no agency "Sở Xây dựng"/)]);
  });
});

describe("entriesFromSheetRows (sheet “Danh mục cơ quan”)", () => {
  const header: SheetCell[] = [...SHEET_HEADERS];

  it("reads the rows under the header into user entries", () => {
    const rows: SheetCell[][] = [
      ["DANH MỤC CƠ QUAN CỦA TỈNH", null, null, null, null],
      header,
      ["Ban Quản lý Khu kinh tế tỉnh", "BQL KKT tỉnh; Ban Quản lý KKT", null, null, null],
      ["Các hợp tác xã", "", "x", "", ""],
      ["Trung tâm Y tế huyện Tuy Phước", "TTYT Tuy Phước", "", "30/06/2025", "Sở Y tế"],
      [null, null, null, null, null],
      ["Chi cục Thủy lợi", null, false, 45716, "Sở Nông nghiệp và Môi trường"],
      ["Đội Quản lý thị trường số 1", "Đội QLTT số 1\nĐội QLTT 1", "X", "2025-02-28", null],
    ];
    const r = entriesFromSheetRows(rows);
    expect(r.errors).toEqual([]);
    expect(r.headerRow).toBe(2);
    expect(r.entries).toEqual([
      {
        id: "ban-quan-ly-khu-kinh-te-tinh",
        name: "Ban Quản lý Khu kinh tế tỉnh",
        aliases: ["BQL KKT tỉnh", "Ban Quản lý KKT"],
        variants: [],
        collective: false,
        source: "user",
      },
      { id: "cac-hop-tac-xa", name: "Các hợp tác xã", aliases: [], variants: [], collective: true, source: "user" },
      {
        id: "trung-tam-y-te-huyen-tuy-phuoc",
        name: "Trung tâm Y tế huyện Tuy Phước",
        aliases: ["TTYT Tuy Phước"],
        variants: [],
        collective: false,
        validUntil: "2025-06-30",
        successor: "Sở Y tế",
        source: "user",
      },
      {
        id: "chi-cuc-thuy-loi",
        name: "Chi cục Thủy lợi",
        aliases: [],
        variants: [],
        collective: false,
        validUntil: "2025-02-28",
        successor: "Sở Nông nghiệp và Môi trường",
        source: "user",
      },
      {
        id: "doi-quan-ly-thi-truong-so-1",
        name: "Đội Quản lý thị trường số 1",
        aliases: ["Đội QLTT số 1", "Đội QLTT 1"],
        variants: [],
        collective: true,
        validUntil: "2025-02-28",
        source: "user",
      },
    ]);
  });

  it("matches headers through the fold, in any order, without the bracketed hints", () => {
    const rows: SheetCell[][] = [
      ["co quan ke thua", "TÊN CƠ QUAN", "Ten khac, viet tat", "hieu luc den"],
      ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở KHĐT", "28/02/2025"],
    ];
    const r = entriesFromSheetRows(rows);
    expect(r.errors).toEqual([]);
    expect(r.entries[0]).toMatchObject({
      name: "Sở Kế hoạch và Đầu tư",
      aliases: ["Sở KHĐT"],
      validUntil: "2025-02-28",
      successor: "Sở Tài chính",
      collective: false,
    });
  });

  it("names the sheet row of every bad cell and keeps the good rows", () => {
    const rows: SheetCell[][] = [
      header,
      ["Sở A", "", "có lẽ", "", ""],
      ["Sở B", "", "", "cuối năm", ""],
      ["", "Tên tắt", "", "", ""],
      ["Sở C", "", "", "31/02/2025", ""],
      ["Sở D", "", 1, "", ""],
      ["sở d", "", "", "", ""],
    ];
    const r = entriesFromSheetRows(rows);
    expect(r.entries.map((e) => [e.name, e.collective])).toEqual([["Sở D", true]]);
    expect(r.errors).toEqual([
      expect.stringMatching(/^Dòng 2: cột "Tập thể \(x\)".*"có lẽ".*Row 2: column "Tập thể \(x\)"/),
      expect.stringMatching(/^Dòng 3: cột "Hiệu lực đến" không phải là ngày: "cuối năm".*Row 3/),
      expect.stringMatching(/^Dòng 4: thiếu tên cơ quan.*Row 4: the agency name is missing/),
      expect.stringMatching(/^Dòng 5: .*"31\/02\/2025".*Row 5/),
      expect.stringMatching(/^Dòng 7: "sở d" đã có ở dòng 6 \/ Row 7: "sở d" is already on row 6/),
    ]);
  });

  it("says so when there is no header", () => {
    const r = entriesFromSheetRows([["Sở Y tế", "x"]]);
    expect(r.entries).toEqual([]);
    expect(r.errors).toEqual([expect.stringMatching(/không thấy dòng tiêu đề.*no header row/)]);
  });
});
