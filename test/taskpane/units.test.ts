/** @jest-environment jsdom */
import type { TaskContext } from "../../src/core/rule";
import { ruleIds } from "../../src/core/rules";
import { en } from "../../src/i18n/en";
import { RULE_TITLES } from "../../src/i18n/glossary";
import { vi } from "../../src/i18n/vi";
import { translate, ruleTitle } from "../../src/i18n";
import { annotatedName } from "../../src/preview/download";
import {
  agencyOptions,
  collectFixes,
  countFindings,
  filterFindings,
  groupFindings,
  leadNames,
  matchesQuery,
  searchText,
  tasksByRow,
} from "../../src/taskpane/findings";
import { LANG_KEY, loadLang, luminance, officeTheme, saveLang } from "../../src/taskpane/settings";
import { normalisePlanPeriod } from "../../src/taskpane/usePane";
import { findings } from "./fixtures";

describe("catalogues", () => {
  it("have the same keys in Vietnamese and English, and no empty message", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [k, v] of [...Object.entries(vi), ...Object.entries(en)]) expect([k, v.trim()]).not.toEqual([k, ""]);
  });

  it("use the same parameters in both languages", () => {
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(vi) as Array<keyof typeof vi>) expect([k, params(en[k])]).toEqual([k, params(vi[k])]);
  });

  it("name every rule of the core in both languages", () => {
    for (const id of ruleIds) {
      expect([id, typeof RULE_TITLES[id]?.vi]).toEqual([id, "string"]);
      expect([id, typeof RULE_TITLES[id]?.en]).toEqual([id, "string"]);
    }
    expect(ruleTitle("vi", "missing-deliverable")).toBe("Thiếu kết quả, sản phẩm");
    expect(ruleTitle("en", "a-rule-from-a-plugin")).toBe("a-rule-from-a-plugin");
  });

  it("fill parameters and write numbers the way each language does", () => {
    expect(translate("vi", "summary.shown", { shown: 1200, total: 3400 })).toBe("Đang hiện 1.200/3.400 vấn đề");
    expect(translate("en", "summary.shown", { shown: 1200, total: 3400 })).toBe("Showing 1,200 of 3,400 findings");
    expect(translate("vi", "finding.task", {})).toBe("NV {{task}}");
  });
});

describe("findings helpers", () => {
  const list = findings("vi");
  const tasks: TaskContext[] = [
    {
      task: { row: 9, rows: [9], number: "14", label: "14", cells: {} },
      lead: [
        {
          text: "VP UBND tỉnh",
          kind: "alias",
          collective: false,
          agency: {
            id: "vp",
            name: "Văn phòng UBND tỉnh",
            aliases: [],
            variants: [],
            collective: false,
            source: "default",
          },
        },
      ],
      coLead: [],
    },
    {
      task: { row: 10, rows: [10, 11], number: "26", label: "26", cells: {} },
      lead: [{ text: "Sở LĐTBXH", kind: "unknown", collective: false }],
      coLead: [],
    },
  ];

  it("count by severity", () => {
    expect(countFindings(list)).toEqual({ total: 5, error: 2, warning: 2, info: 1 });
  });

  it("group errors first, then by rule with the most findings first, rows in order", () => {
    const groups = groupFindings([...list].reverse());
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ["error", 2],
      ["warning", 2],
      ["info", 1],
    ]);
    expect(groups[0].rules[0].findings.map((f) => f.row)).toEqual([9, 11]);
  });

  it("filter by agency through the task covering the row, continuation rows included", () => {
    const byRow = tasksByRow(tasks);
    expect(byRow.get(11)?.task.number).toBe("26");
    const filtered = filterFindings(list, { severities: new Set(), agency: "Sở LĐTBXH" }, byRow);
    expect(filtered.map((f) => f.cell)).toEqual(["E11", "C10", "C11"]);
    expect(agencyOptions(list, byRow)).toEqual([
      { name: "Sở LĐTBXH", count: 3 },
      { name: "Văn phòng UBND tỉnh", count: 1 },
    ]);
  });

  it("search through the fold, a phrase from a word's start, each part on its own", () => {
    const hay = searchText(["Nhiệm vụ 4 giao cho “Sở Tài chính”", undefined, "Sở Lao động – Thương binh và Xã hội"]);
    expect(matchesQuery(hay, "so tai chinh")).toBe(true);
    expect(matchesQuery(hay, "SỞ TÀI CHÍNH")).toBe(true);
    expect(matchesQuery(hay, "tài chính")).toBe(true);
    expect(matchesQuery(hay, "lao dong, thuong binh")).toBe(true);
    expect(matchesQuery(hay, "chinh")).toBe(true);
    expect(matchesQuery(hay, "inh")).toBe(false);
    expect(matchesQuery(hay, "tai chinh so lao")).toBe(false);
    expect(matchesQuery(hay, "  ")).toBe(true);
    const byRow = tasksByRow(tasks);
    const hayOf = (f: (typeof list)[number]) => searchText([f.cell, ...leadNames(byRow.get(f.row))]);
    const found = filterFindings(list, { severities: new Set(), query: "so ldtbxh" }, byRow, hayOf);
    expect(found.map((f) => f.cell)).toEqual(["E11", "C10", "C11"]);
  });

  it("collect one fix per cell", () => {
    const f = list[2];
    expect(collectFixes([f, f, list[0]])).toEqual([f.fix]);
  });
});

describe("settings", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    localStorage.clear();
  });

  it("remember the language in localStorage, Vietnamese by default", () => {
    expect(loadLang()).toBe("vi");
    saveLang("en");
    expect(localStorage.getItem(LANG_KEY)).toBe("en");
    expect(loadLang()).toBe("en");
  });

  it("use Office roaming settings when the host has them", () => {
    const store = new Map<string, unknown>();
    const saveAsync = jest.fn();
    (globalThis as { Office?: unknown }).Office = {
      context: {
        roamingSettings: {
          get: (k: string) => store.get(k),
          set: (k: string, v: unknown) => store.set(k, v),
          saveAsync,
        },
      },
    };
    saveLang("en");
    expect(store.get(LANG_KEY)).toBe("en");
    expect(saveAsync).toHaveBeenCalled();
    localStorage.clear();
    expect(loadLang()).toBe("en");
  });

  it("follow Office's theme: dark body background → dark", () => {
    expect(officeTheme()).toBe("light");
    (globalThis as { Office?: unknown }).Office = { context: { officeTheme: { bodyBackgroundColor: "#262626" } } };
    expect(officeTheme()).toBe("dark");
    (globalThis as { Office?: unknown }).Office = { context: { officeTheme: { bodyBackgroundColor: "#FFFFFF" } } };
    expect(officeTheme()).toBe("light");
    expect(luminance("nonsense")).toBeUndefined();
  });
});

describe("small parsers", () => {
  it("normalise a plan period", () => {
    expect(normalisePlanPeriod(" 2026 – 2030 ")).toBe("2026-2030");
    expect(normalisePlanPeriod("2024")).toBe("2024");
    expect(normalisePlanPeriod("")).toBe("");
    expect(normalisePlanPeriod("2030-2026")).toBeUndefined();
    expect(normalisePlanPeriod("2024 - 2024")).toBeUndefined();
    expect(normalisePlanPeriod("năm 2024")).toBeUndefined();
  });

  it("name the annotated copy after the file", () => {
    expect(annotatedName("ke-hoach-de-an-06-nam-2024.xlsx")).toBe("ke-hoach-de-an-06-nam-2024.ro-viec.xlsx");
    expect(annotatedName("Kế hoạch.XLSX")).toBe("Kế hoạch.ro-viec.xlsx");
  });
});
