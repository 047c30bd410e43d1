import { defaultDirectory } from "../../../src/core/agencies/default";
import { documentIssuer, ownUnitTest } from "../../../src/core/agencies/issuer";
import { agencyVocabularySchema, compileVocabulary } from "../../../src/core/agencies/vocabulary";
import data from "../../../src/data/agency-vocabulary.json";

const dir = defaultDirectory();

describe("documentIssuer: the body issuing the document, from the lines above the table", () => {
  it.each([
    [
      ["PHỤ LỤC", "(Kèm theo Công văn số 6225/BVHTTDL-VP ngày 18/11/2025 của Bộ Văn hóa, Thể thao và Du lịch)"],
      "Bộ Văn hóa, Thể thao và Du lịch",
    ],
    [["(Ban hành kèm theo Quyết định số 12/QĐ-BTC ngày 02/01/2026 của Bộ trưởng Bộ Tài chính)"], "Bộ Tài chính"],
    [["BỘ Y TẾ", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ NĂM 2026"], "Bộ Y tế"],
    [["PHỤ LỤC", "(Kèm theo Kế hoạch số 45/KH-BTC ngày 10/3/2026)"], "Bộ Tài chính"],
    [["(Kèm theo Kế hoạch số 144/KH-UBND ngày 24/11/2025 của Sở Y tế)"], "Sở Y tế"],
  ])("%j → %s", (titles, name) => {
    expect(documentIssuer(titles, dir)?.name).toBe(name);
  });

  it.each([
    [["PHỤ LỤC", "DANH MỤC NHIỆM VỤ TRỌNG TÂM"]],
    [["(Kèm theo Kế hoạch số 144/KH-UBND ngày 24/11/2025 của các bộ, ngành)"]],
    [["(Kèm theo Kế hoạch số 12/KH-BTTC của Bộ Tài chánh và Du lịch)"]],
  ])("none from %j (no body named, a collective, a name the directory does not hold exactly)", (titles) => {
    expect(documentIssuer(titles, dir)).toBeUndefined();
  });
});

describe("ownUnitTest: the units an issuer has of its own", () => {
  const ministry = ownUnitTest(dir.byName("Bộ Văn hóa, Thể thao và Du lịch"))!;
  const department = ownUnitTest(dir.byName("Sở Y tế"))!;

  it("reads a ministry's departments, offices and centres by their kind and a capitalised name", () => {
    for (const name of [
      "Cục Bản quyền tác giả",
      "Vụ Kế hoạch, Tài chính",
      "Văn phòng Bộ",
      "Trung tâm Chuyển đổi số VHTTDL",
      "Cục DLQGVN",
      "Thanh tra Bộ",
    ]) {
      expect([name, ministry(name)]).toEqual([name, true]);
    }
  });

  it("does not read a person's title, a lone kind or another kind of body as a unit", () => {
    for (const name of ["Cục trưởng các Cục", "Cục", "Hợp tác xã Tân Phú", "Phòng Quản lý dược", "Sở Du lịch"]) {
      expect([name, ministry(name)]).toEqual([name, false]);
    }
  });

  it("gives a department its own offices, not a ministry's", () => {
    expect(department("Phòng Quản lý dược")).toBe(true);
    expect(department("Chi cục Dân số")).toBe(true);
    expect(department("Vụ Pháp chế")).toBe(false);
  });

  it("has no units for an issuer the vocabulary does not list, or none", () => {
    expect(ownUnitTest(dir.byName("UBND tỉnh"))).toBeUndefined();
    expect(ownUnitTest(undefined)).toBeUndefined();
  });

  it("takes the kinds from the vocabulary, which users may extend", () => {
    const v = compileVocabulary({ ownUnits: [{ issuers: ["UBND tỉnh"], units: ["Sở"] }] });
    expect(ownUnitTest(dir.byName("UBND tỉnh"), v)?.("Sở Du lịch")).toBe(true);
    expect(agencyVocabularySchema.safeParse({ ownUnits: [{ issuers: [], units: ["Cục"] }] }).success).toBe(false);
    expect(agencyVocabularySchema.parse(data).ownUnits.length).toBeGreaterThan(0);
  });
});
