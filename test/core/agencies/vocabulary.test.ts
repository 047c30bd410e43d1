import data from "../../../src/data/agency-vocabulary.json";
import { agencyVocabularySchema, compileVocabulary } from "../../../src/core/agencies/vocabulary";

describe("the agency vocabulary (src/data/agency-vocabulary.json)", () => {
  it("is valid and holds the words segmentation needs", () => {
    const v = agencyVocabularySchema.parse(data);
    expect(v.genericNouns).toEqual(expect.arrayContaining(["sở", "ban", "ngành", "viện", "trường", "doanh nghiệp"]));
    expect(v.collectiveTails).toEqual(expect.arrayContaining(["có liên quan", "khác"]));
    expect(v.acceptedAbbreviations).toContain("UBND");
  });

  it("refuses an unknown field or a word that is not text", () => {
    expect(agencyVocabularySchema.safeParse({ genericNouns: ["sở"], extra: [] }).success).toBe(false);
    expect(agencyVocabularySchema.safeParse({ roleWords: [1] }).success).toBe(false);
    expect(agencyVocabularySchema.safeParse({ roleWords: [""] }).success).toBe(false);
  });

  it("compiles a cell label pattern from its labels", () => {
    const v = compileVocabulary({ cellLabels: ["đơn vị chủ trì"] });
    expect("Đơn vị chủ trì: Sở Y tế".replace(v.cellLabel!, "")).toBe("Sở Y tế");
    expect(compileVocabulary({}).cellLabel).toBeUndefined();
  });
});
