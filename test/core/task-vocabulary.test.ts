import data from "../../src/data/task-vocabulary.json";
import fc from "fast-check";
import {
  comparableText,
  compileTaskVocabulary,
  expandShortForms,
  taskVocabularySchema,
} from "../../src/core/rules/util/task-vocabulary";

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

describe("short forms written out in one pass", () => {
  const vocab = compileTaskVocabulary(data);
  /** The rule as a regular expression states it: what the one-pass reading must give on any text. */
  const byPattern = (t: string): string => {
    const re = new RegExp(vocab.abbreviation!.source, vocab.abbreviation!.flags);
    return t.replace(re, (m: string, at: number, all: string) =>
      at > 0 && /[\p{L}\p{N}]/u.test(all[at - 1]) ? m : (vocab.full.get(m.trim()) ?? m),
    );
  };

  it.each([
    "UBND tỉnh",
    "Kế hoạch số 12/KH-UBND ngày 5/1",
    "XUBND, UBNDX, TP.HCM, TP. Huế, TPHCM, TP  Vinh",
    "HĐND và UBND các cấp; TP.",
    "không có chữ viết tắt",
  ])("%j as the pattern reads it", (t) => {
    expect(expandShortForms(t, vocab)).toBe(byPattern(t));
  });

  it("agrees with the pattern on random texts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("T", "P", ".", "U", "B", "N", "D", "H", "Đ", " ", "a", "1", "-", "\n"), {
          maxLength: 40,
        }),
        (chars) => {
          const t = chars.join("");
          expect(expandShortForms(t, vocab)).toBe(byPattern(t));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
