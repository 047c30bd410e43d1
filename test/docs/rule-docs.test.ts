/**
 * The rules' help pages the build ships in dist/rules/ (scripts/rule-docs.ts): one per rule and language, the
 * language's own section only, the English example given the bilingual example table it refers to, links to other
 * rules kept as rule links.
 */
import * as path from "node:path";
import { ruleIds } from "../../src/core/rules";
import type { DocBlock, DocInline, RuleDoc } from "../../src/taskpane/help/ruleDoc";
import * as docs from "../../scripts/rule-docs";

// The page the script writes is the page the pane reads (a compile-time check of the two shapes).
const asRead: (d: ReturnType<typeof docs.ruleDoc>) => RuleDoc = (d) => d;
const asWritten: (d: RuleDoc) => ReturnType<typeof docs.ruleDoc> = (d) => d;
void asRead;
void asWritten;
const DIR = path.resolve(__dirname, "../../docs/rules");
const files = docs.ruleDocFiles(DIR);
const page = (id: string, lang: "vi" | "en") => JSON.parse(files[`${id}.${lang}.json`]) as RuleDoc;

function text(nodes: readonly DocInline[]): string {
  return nodes
    .map((n) =>
      typeof n === "string" ? n : "code" in n ? n.code : "b" in n ? text(n.b) : "i" in n ? text(n.i) : text(n.text),
    )
    .join("");
}
const headings = (d: RuleDoc) =>
  d.blocks.filter((b): b is Extract<DocBlock, { h: unknown }> => "h" in b).map((b) => text(b.h));

describe("rule help pages", () => {
  it("has a Vietnamese and an English page for every rule, and nothing else", () => {
    const expected = ruleIds.flatMap((id) => [`${id}.en.json`, `${id}.vi.json`]).sort();
    expect(Object.keys(files).sort()).toEqual(expected);
  });

  it("gives each language its own section, after the bilingual line under the title", () => {
    for (const id of ruleIds) {
      const vi = page(id, "vi");
      const en = page(id, "en");
      expect(vi.id).toBe(id);
      expect(text((vi.blocks[0] as { p: DocInline[] }).p)).toContain("Mức độ / Severity");
      expect(en.blocks[0]).toEqual(vi.blocks[0]);
      expect(headings(vi)).toContain("Ví dụ");
      expect(headings(vi)).not.toContain("Example");
      expect(headings(en)).toContain("Example");
      expect(headings(en)).not.toContain("Ví dụ");
    }
    expect(headings(page("missing-lead", "en"))).toEqual([
      "What it checks",
      "Why it matters",
      "Example",
      "Options",
      "How to fix",
    ]);
  });

  it("puts the example table before an English example that refers to the table above", () => {
    const en = page("missing-lead", "en");
    const i = en.blocks.findIndex((b) => "h" in b && text(b.h) === "Example");
    const table = en.blocks[i + 1];
    expect("table" in table).toBe(true);
    const rows = (table as Extract<DocBlock, { table: unknown }>).table.rows.map((r) => r.map(text));
    expect(rows.some((r) => r.includes("Chưa xác định"))).toBe(true);
    expect(text((en.blocks[i + 2] as { p: DocInline[] }).p)).toContain("See the table above");
  });

  it("reads inline code, bold, italics and links; a link to another rule names it", () => {
    expect(docs.parseInline("ô `<p>` **rỗng** và *nghiêng*, xem [collective-lead](collective-lead.md)")).toEqual([
      "ô ",
      { code: "<p>" },
      " ",
      { b: ["rỗng"] },
      " và ",
      { i: ["nghiêng"] },
      ", xem ",
      { link: "collective-lead.md", rule: "collective-lead", text: ["collective-lead"] },
    ]);
    expect(docs.parseInline("[docs/completion.md](../completion.md) và snake_case_word")).toEqual([
      { link: "../completion.md", text: ["docs/completion.md"] },
      " và snake_case_word",
    ]);
    const overdue = JSON.stringify(page("overdue", "vi"));
    expect(overdue).toContain('"link":"../completion.md"');
  });
});
