/**
 * One glossary, every surface: the command line, the pane's catalogue, the findings sheet and the progress figures
 * name severities, sections, rules and a missing rate with the glossary's terms, on the same checked workbook.
 * A surface that writes its own word for a severity or a section, or a rule id where a clerk needs the title, fails.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { formatCompletion, formatFinding, formatText } from "../../src/cli/format";
import { formatRate } from "../../src/core/completion/labels";
import { checkGrid } from "../../src/core/engine";
import { ruleIds } from "../../src/core/rules";
import { SEVERITIES } from "../../src/core/severity";
import type { Lang, Severity } from "../../src/core/types";
import { translate } from "../../src/i18n";
import { RULE_TITLES, SEVERITY_GROUP_TERMS, SEVERITY_TERMS, TERMS, capitalised } from "../../src/i18n/glossary";
import { findingsSheetSpec } from "../../src/workbook/marking/mark";
import { STRINGS } from "../../src/workbook/marking/strings";
import { binhDinh2024Grid } from "../fixtures/grids";
import { trackingGrid } from "../fixtures/completion";

const LANGS: readonly Lang[] = ["vi", "en"];

function checked() {
  const r = checkGrid(binhDinh2024Grid());
  if (!r.ok) throw new Error(r.message);
  return r;
}

const severityWords = (lang: Lang): Set<string> =>
  new Set(SEVERITIES.flatMap((s) => [SEVERITY_TERMS[s][lang], SEVERITY_GROUP_TERMS[s][lang]]));

describe("the glossary", () => {
  it("titles every rule of the core in both languages", () => {
    for (const id of ruleIds) expect([id, RULE_TITLES[id]?.vi, RULE_TITLES[id]?.en].every(Boolean)).toBe(true);
  });

  it.each(LANGS)("names the severities the same in the pane, the command line and the findings sheet (%s)", (lang) => {
    const r = checked();
    const bySeverity = new Map<Severity, string>();
    for (const s of SEVERITIES) bySeverity.set(s, SEVERITY_TERMS[s][lang]);
    // Pane: the group headings and the counts.
    for (const s of SEVERITIES)
      expect(translate(lang, `severity.${s}`).toLowerCase()).toBe(SEVERITY_GROUP_TERMS[s][lang]);
    const counts = translate(lang, "summary.counts", { errors: 1, warnings: 2, infos: 3 }).toLowerCase();
    for (const s of SEVERITIES) expect(counts).toContain(SEVERITY_GROUP_TERMS[s][lang]);
    // Command line: the severity column of every finding line, and the totals.
    for (const f of r.report.findings) {
      const line = formatFinding(f, lang)[0];
      expect(line.slice(8, 18).trim()).toBe(bySeverity.get(f.severity));
    }
    const totals = formatText(r, "plan.xlsx", lang).split("\n").at(-1)!;
    for (const s of SEVERITIES) expect(totals).toContain(SEVERITY_GROUP_TERMS[s][lang]);
    // Findings sheet: the severity column.
    const spec = findingsSheetSpec(r.report.sheet, r.report.findings, lang);
    const words = severityWords(lang);
    for (const row of spec.rows.slice(1)) expect(words.has(String(row[2]).toLowerCase())).toBe(true);
    expect(STRINGS[lang].severity.info).toBe(capitalised(SEVERITY_TERMS.info[lang]));
  });

  it.each(LANGS)("calls a section by one name in the pane and the command line (%s)", (lang) => {
    const r = checked();
    const pane = translate(lang, "summary.tasks", { tasks: 41, sections: 7 });
    const cli = formatText(r, "plan.xlsx", lang).split("\n").at(-1)!;
    for (const text of [pane, cli])
      expect(text.toLowerCase()).toMatch(new RegExp(`\\b${TERMS.sections[lang]}\\b`, "u"));
    if (lang === "vi") for (const text of [pane, cli]) expect(text).not.toMatch(/\bphần\b/);
  });

  it.each(LANGS)("puts rule titles, never rule ids, in the findings sheet's rule column (%s)", (lang) => {
    const r = checked();
    const spec = findingsSheetSpec(r.report.sheet, r.report.findings, lang);
    const ids = new Set(ruleIds);
    const shown = spec.rows.slice(1).map((row) => String(row[3]));
    expect(shown.length).toBeGreaterThan(0);
    for (const cell of shown) expect(ids.has(cell)).toBe(false);
    expect(new Set(shown)).toEqual(new Set(r.report.findings.map((f) => RULE_TITLES[f.rule][lang])));
  });

  it.each(LANGS)("shows a missing rate as the glossary's mark everywhere (%s)", (lang) => {
    expect(formatRate(null, lang)).toBe(TERMS.missingRate[lang]);
    // Nothing is due on the first day of the year: no agency has a rate.
    const r = checkGrid(trackingGrid(), { asOf: "2024-01-01" });
    if (!r.ok || !r.report.completion) throw new Error("tracking sheet not checked");
    expect(r.report.completion.total.rate).toBeNull();
    const table = formatCompletion(r.report.completion, lang);
    expect(table.at(-1)!.trimEnd().endsWith(TERMS.missingRate[lang])).toBe(true);
  });

  it.each(LANGS)("names the columns in the command line's table line, not by their keys (%s)", (lang) => {
    const header = formatText(checked(), "plan.xlsx", lang).split("\n")[1];
    expect(header).not.toMatch(/\b(number|content|lead|coLead|deliverable|deadline)=/);
    expect(header).toContain(lang === "vi" ? "Đơn vị chủ trì (C)" : "Lead agency (C)");
  });
});

/**
 * Coverage: the files that write the summary sheet, the completion figures and their view, and the findings sheet
 * hold no word of their own. Every string literal and JSX text in them is read (through the TypeScript parser); one
 * that reads as words for people (a Vietnamese letter, two words, or a capitalised word) fails the test, so a word
 * written there instead of going through the catalogue or the glossary is caught.
 */
describe("no hard-coded words where the glossary's belong", () => {
  const ROOT = path.resolve(__dirname, "../..");
  const FILES = [
    "src/workbook/summary.ts",
    "src/workbook/marking/strings.ts",
    "src/workbook/marking/mark.ts",
    "src/core/completion/labels.ts",
    "src/taskpane/progress/ProgressView.tsx",
    "src/taskpane/progress/model.ts",
  ];
  const VIETNAMESE = /[\u00C0-\u1EF9]/u;
  /** Literals that are not words for people: keyboard key names. */
  const NOT_WORDS = new Set(["Enter", "Escape", "Space"]);
  const looksLikeWords = (s: string): boolean =>
    !NOT_WORDS.has(s) &&
    (VIETNAMESE.test(s.normalize("NFC")) ||
      /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(s) ||
      /^[A-Z][a-z]+[.:]?$/.test(s.trim()));

  function literals(file: string): string[] {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    const source = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
      else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node.text);
      else if (ts.isJsxText(node) && node.text.trim() !== "") found.push(node.text.trim());
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  it("finds words where they are (a meaningful check)", () => {
    // The glossary itself is full of them, and the same reading finds them.
    expect(literals("src/i18n/glossary.ts").filter(looksLikeWords).length).toBeGreaterThan(50);
    expect(["Tổng cộng", "Not met", "Rate", "Chỉ tiêu:"].every(looksLikeWords)).toBe(true);
    expect(["agency", "progress-row", "ascending", "640px", "RoViecTienDo", "vi"].some(looksLikeWords)).toBe(false);
  });

  it.each(FILES)("%s writes no word of its own", (file) => {
    expect(literals(file).filter(looksLikeWords)).toEqual([]);
  });
});
