import { defaultDirectory } from "../../../src/core/agencies/default";

const read = (cell: string) =>
  defaultDirectory()
    .mentions(cell)
    .map((m) => [m.text, m.kind, m.agency?.name ?? null]);

describe("a kind written once for several bodies", () => {
  it("reads each department of 'Các sở: …' as the department it names, as written", () => {
    expect(read("Các sở: Y tế, Giáo dục và Đào tạo")).toEqual([
      ["Y tế", "alias", "Sở Y tế"],
      ["Giáo dục và Đào tạo", "alias", "Sở Giáo dục và Đào tạo"],
    ]);
  });

  it("keeps a unit whose name holds a comma whole when semicolons separate the units, and starts a new body after a full stop", () => {
    const cell =
      "Các Cục: Bản quyền tác giả; Phát thanh truyền hình và Thông tin điện tử; Xuất bản, In và Phát hành; Báo chí; Du lịch Quốc gia Việt Nam. Vụ Kế hoạch, Tài chính.";
    expect(read(cell).map(([text]) => text)).toEqual([
      "Cục Bản quyền tác giả",
      "Cục Phát thanh truyền hình và Thông tin điện tử",
      "Cục Xuất bản, In và Phát hành",
      "Cục Báo chí",
      "Cục Du lịch Quốc gia Việt Nam",
      "Vụ Kế hoạch, Tài chính",
    ]);
  });

  it("names each unit of a comma list the directory does not hold by its kind, never as a bare fragment", () => {
    expect(read("Các Cục: Di sản văn hóa, Bản quyền tác giả").map(([text]) => text)).toEqual([
      "Cục Di sản văn hóa",
      "Cục Bản quyền tác giả",
    ]);
  });

  it("leaves a name followed by a colon that is not a kind of body to the general reading", () => {
    expect(read("Sở Tài chính: chủ trì").map(([, , name]) => name)).toEqual(["Sở Tài chính"]);
  });
});
