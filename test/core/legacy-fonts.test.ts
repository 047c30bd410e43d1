import { fromLegacy, legacyFont, toTcvn3 } from "../../src/core";

describe("legacy Vietnamese encodings", () => {
  it("knows the encoding by the font's name", () => {
    expect(legacyFont(".VnTime")).toEqual({ encoding: "tcvn3", capitals: false });
    expect(legacyFont(".VnTimeH")).toEqual({ encoding: "tcvn3", capitals: true });
    expect(legacyFont("VNI-Times")).toEqual({ encoding: "vni", capitals: false });
    expect(legacyFont("Times New Roman")).toBeUndefined();
    expect(legacyFont(undefined)).toBeUndefined();
  });

  it("reads TCVN3 text as Unicode, capitals in the '…H' fonts", () => {
    const tcvn3 = legacyFont(".VnTime");
    const caps = legacyFont(".VnTimeH");
    if (!tcvn3 || !caps) throw new Error("fonts");
    expect(fromLegacy("Së Tµi chÝnh", tcvn3)).toBe("Sở Tài chính");
    expect(fromLegacy("B¸o c¸o kÕt qu¶ thùc hiÖn", tcvn3)).toBe("Báo cáo kết quả thực hiện");
    expect(fromLegacy("§¬n vÞ chñ tr×", tcvn3)).toBe("Đơn vị chủ trì");
    expect(fromLegacy("phô lôc", caps)).toBe("PHỤ LỤC");
    const sample = "Ủy ban nhân dân tỉnh; Sở Giáo dục và Đào tạo; quý IV/2026; người dân được hưởng lợi";
    expect(fromLegacy(toTcvn3(sample), tcvn3)).toBe(sample);
  });

  it("reads VNI text, a vowel followed by its marks", () => {
    const vni = legacyFont("VNI-Times");
    if (!vni) throw new Error("font");
    expect(fromLegacy("Vieät Nam", vni)).toBe("Việt Nam");
    expect(fromLegacy("Sôû Taøi chính", vni)).toBe("Sở Tài chính");
    expect(fromLegacy("ñöôøng, Ñaøo taïo, naêm", vni)).toBe("đường, Đào tạo, năm");
    expect(fromLegacy("UÛY BAN NHAÂN DAÂN", vni)).toBe("ỦY BAN NHÂN DÂN");
  });
});
