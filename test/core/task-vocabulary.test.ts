import data from "../../src/data/task-vocabulary.json";
import { comparableText, compileTaskVocabulary, taskVocabularySchema } from "../../src/core/rules/util/task-vocabulary";

describe("the task vocabulary (src/data/task-vocabulary.json)", () => {
  it("is valid and refuses what is not", () => {
    expect(taskVocabularySchema.parse(data).assignedIn.length).toBeGreaterThan(0);
    expect(taskVocabularySchema.safeParse({ assignedIn: [""] }).success).toBe(false);
    expect(taskVocabularySchema.safeParse({ abbreviations: [{ short: "TP" }] }).success).toBe(false);
    expect(taskVocabularySchema.safeParse({ extra: [] }).success).toBe(false);
  });

  it.each([
    ["Bộ Tài chính chủ trì, xây dựng Đề án", ["Bộ Tài chính"], "chủ trì, xây dựng Đề án"],
    ["Bộ Tài chính ban hành hướng dẫn", ["Bộ Tài chính"], "Bộ Tài chính ban hành hướng dẫn"],
    ["Xây dựng Đề án theo nhiệm vụ được giao tại Thông báo số 30-TB/TGV ngày 13/6/2025", [], "Xây dựng Đề án"],
    ["Xây dựng Đề án theo Kế hoạch số 02-KH/BCĐTW", [], "Xây dựng Đề án theo Kế hoạch số 02-KH/BCĐTW"],
    ["Làm việc với UBND TP. Hà Nội", [], "Làm việc với Ủy ban nhân dân thành phố Hà Nội"],
  ])("%j compares as %j", (text, leads, want) => {
    expect(comparableText(text, leads).trim()).toBe(want);
  });

  it("compiles a user's phrases", () => {
    const v = compileTaskVocabulary({ assignedIn: ["như đã nêu tại"] });
    expect(comparableText("Báo cáo kết quả như đã nêu tại Công văn số 12/UBND", [], v)).toBe("Báo cáo kết quả");
  });
});
