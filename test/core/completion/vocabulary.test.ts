/** The status vocabulary file, its schema, the loader and the longest-match rule. */
import defaults from "../../../src/data/status-vocabulary.json";
import {
  classifyStatus,
  parseStatusVocabulary,
  percentIn,
  progressRuleOptionsSchema,
  statusVocabulary,
  statusVocabularySchema,
} from "../../../src/core/completion/vocabulary";
import { fold, foldWords } from "../../../src/core/text";

describe("src/data/status-vocabulary.json", () => {
  it("is valid against the exported schema", () => {
    expect(statusVocabularySchema.safeParse(defaults).success).toBe(true);
  });

  it("holds every word of completion.md in the right group", () => {
    const v = statusVocabulary();
    for (const w of ["Hoàn thành", "Đã hoàn thành", "Xong", "Đã ban hành", "100%", "Done", "✓"]) {
      expect([w, v.lookup(w)]).toEqual([w, "done"]);
    }
    for (const w of ["Đang thực hiện", "Đang triển khai"]) expect([w, v.lookup(w)]).toEqual([w, "in-progress"]);
    for (const w of ["Chưa thực hiện", "Chưa triển khai", "Chưa hoàn thành"]) {
      expect([w, v.lookup(w)]).toEqual([w, "not-started"]);
    }
  });

  it("has no entry in two groups (after the fold)", () => {
    const seen = new Map<string, string>();
    const clash: string[] = [];
    const { dropdown: _offered, ...groups } = statusVocabularySchema.parse(defaults);
    for (const [group, list] of Object.entries(groups)) {
      for (const e of list) {
        const text = typeof e === "string" ? e : e.text;
        const k = typeof e === "string" ? foldWords(text) : fold(text);
        const before = seen.get(k);
        if (before !== undefined && before !== group) clash.push(text);
        seen.set(k, group);
      }
    }
    expect(clash).toEqual([]);
  });
});

describe("the dropdown words", () => {
  it("are each read by the vocabulary, and cover done, in progress and not started", () => {
    const v = statusVocabulary();
    const words = v.data.dropdown ?? [];
    expect(words.length).toBeGreaterThanOrEqual(3);
    expect(words.map((w) => v.lookup(w)).every((c) => c !== undefined)).toBe(true);
    expect(new Set(words.map((w) => v.lookup(w)))).toEqual(new Set(["done", "in-progress", "not-started"]));
  });

  it("are replaced by a user's list, and kept when the user gives none", () => {
    expect(statusVocabulary({ dropdown: ["Xong", "Chưa"] }).data.dropdown).toEqual(["Xong", "Chưa"]);
    expect(statusVocabulary({ done: ["Đã nghiệm thu"] }).data.dropdown).toEqual(statusVocabulary().data.dropdown);
    expect(parseStatusVocabulary({ dropdown: [""] }).ok).toBe(false);
  });
});

describe("lookup", () => {
  const v = statusVocabulary();
  it("matches whole words at the start, the longest entry first", () => {
    expect(v.lookup("Đã hoàn thành (Quyết định số 12/QĐ-UBND)")).toBe("done");
    expect(v.lookup("Chưa hoàn thành")).toBe("not-started");
    expect(v.lookup("Đã hoàn thành một phần")).toBe("in-progress");
    expect(v.lookup("Hoàn thànhh")).toBeUndefined();
    expect(v.lookup("Không rõ")).toBeUndefined();
    expect(v.lookup("")).toBeUndefined();
  });
  it("matches exact entries only as the whole text", () => {
    expect(v.lookup("x")).toBe("done");
    expect(v.lookup("x ")).toBe("done");
    expect(v.lookup("x đang làm")).toBeUndefined();
    expect(v.lookup("✓✓")).toBeUndefined();
  });
  it("answers the same from its cache", () => {
    expect(v.lookup("Đang thực hiện")).toBe("in-progress");
    expect(v.lookup("Đang thực hiện")).toBe("in-progress");
    expect(v.lookup("Chờ ý kiến")).toBeUndefined();
    expect(v.lookup("Chờ ý kiến")).toBeUndefined();
  });
});

describe("classifyStatus", () => {
  const v = statusVocabulary();
  it("lets a percentage correct or decide", () => {
    expect(classifyStatus("Hoàn thành 80%", v)).toBe("in-progress");
    expect(classifyStatus("Ước đạt 75%", v)).toBe("in-progress");
    expect(classifyStatus("Ước đạt 100%", v)).toBe("done");
    expect(classifyStatus("0%", v)).toBe("not-started");
    expect(classifyStatus("Chưa thực hiện (0%)", v)).toBe("not-started");
    expect(classifyStatus("Đang thực hiện, đạt 100% khối lượng", v)).toBe("in-progress");
    expect(classifyStatus("Chờ ý kiến", v)).toBeUndefined();
  });
  it("reads percentages with a decimal comma", () => {
    expect(percentIn("đạt 99,5 %")).toBe(99.5);
    expect(percentIn("không có")).toBeUndefined();
  });
});

describe("statusVocabulary(extra) and parseStatusVocabulary", () => {
  it("extends the defaults; every list is optional", () => {
    const v = statusVocabulary({ notStarted: ["Tạm dừng"] });
    expect(v.lookup("Tạm dừng do thiếu kinh phí")).toBe("not-started");
    expect(v.lookup("Hoàn thành")).toBe("done");
    expect(statusVocabulary().lookup("Tạm dừng")).toBeUndefined();
  });
  it("rejects a bad file with the path of the bad value", () => {
    const r = parseStatusVocabulary({ done: ["ok", 3], extra: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.some((e) => e.startsWith("done.1"))).toBe(true);
      expect(r.errors.some((e) => e.includes("extra"))).toBe(true);
    }
    expect(parseStatusVocabulary({ inProgress: [{ text: "Đang chờ", match: "prefix" }] }).ok).toBe(true);
    expect(parseStatusVocabulary({ done: [{ text: "", match: "exact" }] }).ok).toBe(false);
    expect(() => statusVocabulary({ done: [""] })).toThrow();
  });
  it("the progress rules take the vocabulary as an option", () => {
    expect(progressRuleOptionsSchema.parse(undefined)).toEqual({});
    expect(progressRuleOptionsSchema.parse({ vocabulary: { done: ["Đã nghiệm thu"] } })).toEqual({
      vocabulary: { done: ["Đã nghiệm thu"], inProgress: [], notStarted: [] },
    });
    expect(progressRuleOptionsSchema.safeParse({ words: [] }).success).toBe(false);
  });
});
