/**
 * Keeps the rule catalogue, its documentation and its tests in step: one file, one page and one test file per
 * rule; ids equal to file names; every message in Vietnamese and English; every message a rule emits defined
 * and fully rendered.
 */
import * as fs from "fs";
import * as path from "path";
import type { Rule } from "../../../src/core/rule";
import { ruleById, ruleIds, rules } from "../../../src/core/rules";
import { runRule } from "./harness";
import { SEED_2024, SEED_2024_MERGES } from "./seed-2024";
import { checkGrid } from "../../../src/core/engine";
import { renderFinding } from "../../../src/core/render";
import type { Finding } from "../../../src/core/types";
import { binhDinh2024Grid } from "../../fixtures/grids";
import { trackingGrid } from "../../fixtures/completion";

const ROOT = path.resolve(__dirname, "../../..");
const RULES_DIR = path.join(ROOT, "src/core/rules");
const DOCS_DIR = path.join(ROOT, "docs/rules");
const TESTS_DIR = __dirname;

function names(dir: string, suffix: string, except: readonly string[] = []): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(suffix) && !except.includes(f))
    .map((f) => f.slice(0, -suffix.length))
    .sort();
}

const sorted = [...ruleIds].sort();

describe("rule catalogue", () => {
  it("registers every rule file, and only those", () => {
    expect(names(RULES_DIR, ".ts", ["index.ts"])).toEqual(sorted);
  });

  it("has unique ids, each equal to its file name, reachable by ruleById", () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of ruleIds) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(RULES_DIR, `${id}.ts`)) as { default: Rule<unknown> };
      expect(mod.default.meta.id).toBe(id);
      expect(ruleById(id)).toBe(mod.default);
    }
    expect(ruleById("no-such-rule")).toBeUndefined();
  });

  it("has a documentation page for every rule and none for a rule that does not exist", () => {
    expect(names(DOCS_DIR, ".md", ["README.md"])).toEqual(sorted);
  });

  it("has a test file for every rule and none for a rule that does not exist", () => {
    expect(names(TESTS_DIR, ".test.ts", ["catalogue.test.ts"])).toEqual(sorted);
  });

  it("lists every rule in the documentation index", () => {
    const index = fs.readFileSync(path.join(DOCS_DIR, "README.md"), "utf8");
    for (const id of ruleIds) expect(index).toContain(`(${id}.md)`);
  });

  it.each(rules.map((r) => [r.meta.id, r] as const))("%s: meta is complete", (id, rule) => {
    const { meta } = rule;
    expect(meta.docs.url).toBe(`docs/rules/${id}.md`);
    expect(["error", "warning", "info"]).toContain(meta.severity);
    expect(meta.docs.description.vi.trim()).not.toBe("");
    expect(meta.docs.description.en.trim()).not.toBe("");
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    for (const [messageId, text] of Object.entries(meta.messages)) {
      expect([messageId, text.vi.trim() !== "", text.en.trim() !== ""]).toEqual([messageId, true, true]);
    }
    expect(meta.schema.safeParse(undefined).success).toBe(true);
    expect(meta.schema.safeParse({ noSuchOption: true }).success).toBe(false);
  });

  it.each(rules.map((r) => [r.meta.id] as const))("%s: every messageId in the source is defined", (id) => {
    const rule = ruleById(id)!;
    const sources = [fs.readFileSync(path.join(RULES_DIR, `${id}.ts`), "utf8")];
    if (sources[0].includes("missingCellRule"))
      sources.push(fs.readFileSync(path.join(RULES_DIR, "util/missing.ts"), "utf8"));
    for (const source of sources) {
      for (const m of source.matchAll(/messageId\s*[:=]\s*([^,;\n]+(?:\n\s*[?:][^,;\n]+)*)/g)) {
        for (const lit of m[1].matchAll(/(?<![=!]==\s*)"([a-z-]+)"/g))
          expect(Object.keys(rule.meta.messages)).toContain(lit[1]);
      }
    }
  });

  it("says a number, a date or TRUE in an agency cell names no agency, for the lead and co-operating columns", () => {
    const saying = rules.filter((r) => "not-a-name" in r.meta.messages).map((r) => r.meta.id);
    expect(saying.sort()).toEqual(["missing-co-lead", "missing-lead"]);
  });

  it.each(rules.map((r) => [r.meta.id, r] as const))(
    "%s: its page is written in Vietnamese and English",
    (id, rule) => {
      const page = fs.readFileSync(path.join(DOCS_DIR, `${id}.md`), "utf8");
      expect(page.startsWith(`# ${id}`)).toBe(true);
      expect(page).toContain("## Tiếng Việt");
      expect(page).toContain("## English");
      expect(page).toContain(rule.meta.severity);
    },
  );
});

describe("rule messages as rendered", () => {
  // A sheet on which every rule that checks a plan has something to say, checked against a 2026 plan period.
  const seed = SEED_2024.map((r) => [...r]);
  seed[6] = [1, "<p>Xây dựng kế hoạch kiểm tra</p>", "", "Công an tỉnh, Sở Tư pháp", "-", "Tháng 13/2026"];
  seed[7] = [3, "", "Công an tỉnh", "Công an tỉnh", { error: "#REF!" }, "Sau khi có hướng dẫn"];
  seed[8] = [3, "Quy chế số hóa", "Sở Tư pháp", "Hợp tác xã Nông nghiệp Tân Phú", "Quy chế", ""];
  seed[5] = ["<b>I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (09 NHIỆM VỤ)</b>"];
  /** Rules that read progress columns and an as-of date, which a plan does not have. */
  const PROGRESS_RULES = ["status-unknown", "overdue"];

  it.each(ruleIds.map((id) => [id] as const))(
    "%s: findings use defined messages with every placeholder filled",
    (id) => {
      const rule = ruleById(id)!;
      for (const lang of ["vi", "en"] as const) {
        const findings = runRule(id, seed, { merges: SEED_2024_MERGES, planPeriod: "2026", lang });
        if (!PROGRESS_RULES.includes(id)) expect(findings.length).toBeGreaterThan(0);
        for (const f of findings) {
          expect(rule.meta.messages[f.messageId]).toBeDefined();
          expect(f.message).not.toMatch(/\{\{/);
          expect(f.message).not.toBe("");
        }
      }
    },
  );
});

describe("rules do not know the language", () => {
  // A rule gives its words in both languages and the engine renders them: a check in Vietnamese and one in English
  // make the same findings (rule, cell, message id, data, suggestion words), only the rendered message differs, and
  // each renders into the other's words.
  it.each([
    ["the 2024 seed", () => binhDinh2024Grid(), undefined],
    ["the tracking sheet", () => trackingGrid(), "2024-12-31"],
  ] as const)("gives the same findings in vi and en on %s", (_name, grid, asOf) => {
    const vi = checkGrid(grid(), { lang: "vi", asOf });
    const en = checkGrid(grid(), { lang: "en", asOf });
    if (!vi.ok || !en.ok) throw new Error("not checked");
    expect(vi.report.findings.length).toBeGreaterThan(3);
    const unrendered = (f: Finding) => ({
      ...f,
      message: undefined,
      suggestion: f.suggestionWords ? undefined : f.suggestion,
    });
    expect(en.report.findings.map(unrendered)).toEqual(vi.report.findings.map(unrendered));
    vi.report.findings.forEach((f, i) => {
      expect(renderFinding(f, "en")).toEqual(renderFinding(en.report.findings[i], "en"));
      expect(renderFinding(en.report.findings[i], "vi")).toEqual(renderFinding(f, "vi"));
      expect(renderFinding(f, "vi").message).toBe(f.message);
    });
  });
});
