/**
 * The rules' help pages for the pane: each docs/rules/<id>.md becomes dist/rules/<id>.vi.json and <id>.en.json,
 * loaded on demand when a user opens a rule's help (so the pane's bundle does not carry them).
 *
 * A page is `{ id, lang, blocks }`: the line under the title (severity, column; bilingual), then the section in
 * that language ("## Tiếng Việt" or "## English"). The English example often says "see the table above": when the
 * English example has no table of its own, the Vietnamese example's tables (bilingual result column) are put
 * before it (under an "Example" heading when the English section has none). Blocks are plain data (headings, paragraphs, lists, tables; inline bold, italics, code and links), so
 * the pane renders them as React elements and never as HTML. A link to another rule's page names that rule.
 *
 *   node lib/scripts/rule-docs.js [--docs docs/rules] --out DIR     writes the pages into DIR
 *
 * webpack.config.js emits the same files into dist/rules/ through `RuleDocsPlugin` (compiled to lib/scripts/).
 */
import * as fs from "fs";
import * as path from "path";
import type { Compiler } from "webpack";
import type { DocBlock, DocInline, RuleDoc } from "../src/taskpane/help/ruleDocShape";
import { arg, ROOT } from "./paths";

type Lang = RuleDoc["lang"];
/** A block as parsed, headings with their plain text (to find the sections). */
type Parsed = DocBlock & { readonly text?: string };

const LANG_HEADINGS: Record<Lang, string> = { vi: "tiếng việt", en: "english" };
const EXAMPLE_HEADINGS: Record<Lang, string[]> = { vi: ["ví dụ"], en: ["example", "examples"] };

const isHeading = (b: Parsed): b is Extract<DocBlock, { h: unknown }> & { text?: string } => "h" in b;
const isTable = (b: Parsed) => "table" in b;

/** Inline markdown → an array of strings and `{ b }`, `{ i }`, `{ code }`, `{ link, rule?, text }` nodes. */
export function parseInline(text: string): DocInline[] {
  const out: DocInline[] = [];
  let plain = "";
  const flush = () => {
    if (plain) out.push(plain);
    plain = "";
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > i) {
        flush();
        out.push({ code: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (c === "*" && text[i + 1] === "*") {
      const end = text.indexOf("**", i + 2);
      if (end > i + 2) {
        flush();
        out.push({ b: parseInline(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if ((c === "*" || c === "_") && text[i + 1] !== c && /\S/.test(text[i + 1] || "")) {
      const before = text[i - 1];
      const end = text.indexOf(c, i + 1);
      // "_" only as a whole-word emphasis (not inside snake_case).
      if (end > i + 1 && (c === "*" || ((!before || /\W/.test(before)) && !/\w/.test(text[end + 1] || "")))) {
        flush();
        out.push({ i: parseInline(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (c === "[") {
      const m = /^\[([^\]]*)\]\(([^)\s]*)\)/.exec(text.slice(i));
      if (m) {
        flush();
        const rule = /^([a-z0-9-]+)\.md$/.exec(m[2]);
        out.push(
          rule ? { link: m[2], rule: rule[1], text: parseInline(m[1]) } : { link: m[2], text: parseInline(m[1]) },
        );
        i += m[0].length;
        continue;
      }
    }
    plain += c;
    i++;
  }
  flush();
  return out;
}

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split("|").map((c) => c.trim());
}

const isTableRule = (line: string) => /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);
const isBullet = (line: string) => /^\s*[-*+]\s+/.test(line);
const isOrdered = (line: string) => /^\s*\d+[.)]\s+/.test(line);

/** Block markdown → `{ h, level }`, `{ p }`, `{ ul | ol: items }`, `{ table: { head, rows } }`, `{ pre }`. */
export function parseBlocks(markdown: string): Parsed[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Parsed[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      blocks.push({ h: parseInline(heading[2]), level: heading[1].length, text: heading[2] });
      i++;
      continue;
    }
    if (/^```/.test(line)) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !/^```/.test(lines[i])) body.push(lines[i++]);
      i++;
      blocks.push({ pre: body.join("\n") });
      continue;
    }
    if (line.trim().startsWith("|") && i + 1 < lines.length && isTableRule(lines[i + 1])) {
      const head = splitRow(line).map(parseInline);
      const rows: DocInline[][][] = [];
      i += 2;
      while (i < lines.length && lines[i].trim().startsWith("|")) rows.push(splitRow(lines[i++]).map(parseInline));
      blocks.push({ table: { head, rows } });
      continue;
    }
    if (isBullet(line) || isOrdered(line)) {
      const ordered = isOrdered(line);
      const items: string[] = [];
      while (i < lines.length && lines[i].trim()) {
        const l = lines[i];
        if (isBullet(l) || isOrdered(l)) items.push(l.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").trim());
        else items[items.length - 1] += ` ${l.trim()}`;
        i++;
      }
      blocks.push(ordered ? { ol: items.map(parseInline) } : { ul: items.map(parseInline) });
      continue;
    }
    const para: string[] = [];
    while (
      i < lines.length &&
      lines[i].trim() &&
      !/^#{1,6}\s/.test(lines[i]) &&
      !/^```/.test(lines[i]) &&
      !(para.length > 0 && (isBullet(lines[i]) || isOrdered(lines[i]) || lines[i].trim().startsWith("|")))
    ) {
      para.push(lines[i].trim());
      i++;
    }
    blocks.push({ p: parseInline(para.join(" ")) });
  }
  return blocks;
}

const folded = (s: string) =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[:：]\s*$/, "")
    .trim();

/** The blocks between the level-2 heading named `name` and the next level-2 heading. */
function section(blocks: Parsed[], name: string): Parsed[] | undefined {
  const start = blocks.findIndex((b) => isHeading(b) && b.level === 2 && folded(b.text ?? "") === name);
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < blocks.length && !(isHeading(blocks[end]) && (blocks[end] as { level: number }).level <= 2)) end++;
  return blocks.slice(start + 1, end);
}

/** Index range of the sub-section whose level-3 heading is one of `names` within `blocks`. */
function subsection(blocks: Parsed[], names: string[]): { start: number; end: number } | undefined {
  const start = blocks.findIndex((b) => isHeading(b) && b.level === 3 && names.includes(folded(b.text ?? "")));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < blocks.length && !(isHeading(blocks[end]) && (blocks[end] as { level: number }).level <= 3)) end++;
  return { start, end };
}

/** One rule's page in `lang` from its markdown. */
export function ruleDoc(id: string, markdown: string, lang: Lang): RuleDoc {
  const blocks = parseBlocks(markdown);
  const firstSection = blocks.findIndex((b) => isHeading(b) && b.level === 2);
  const intro = blocks
    .slice(0, firstSection < 0 ? blocks.length : firstSection)
    .filter((b) => !(isHeading(b) && b.level === 1));
  let body = section(blocks, LANG_HEADINGS[lang]);
  if (!body) throw new Error(`docs/rules/${id}.md has no "## ${lang === "vi" ? "Tiếng Việt" : "English"}" section`);
  if (lang === "en") {
    const ex = subsection(body, EXAMPLE_HEADINGS.en);
    const viBody = section(blocks, LANG_HEADINGS.vi) || [];
    const viEx = subsection(viBody, EXAMPLE_HEADINGS.vi);
    const tables = viEx ? viBody.slice(viEx.start, viEx.end).filter(isTable) : [];
    if (ex && !body.slice(ex.start, ex.end).some(isTable)) {
      body = [...body.slice(0, ex.start + 1), ...tables, ...body.slice(ex.start + 1)];
    } else if (!ex && tables.length > 0) {
      // No English example at all: the Vietnamese one's tables, under "Example", before the first sub-section.
      const at = body.findIndex((b) => isHeading(b) && b.level === 3);
      const end = at < 0 ? body.length : at;
      const example: Parsed = { h: ["Example"], level: 3, text: "Example" };
      body = [...body.slice(0, end), example, ...tables, ...body.slice(end)];
    }
  }
  return { id, lang, blocks: [...intro, ...body].map(stripText) };
}

function stripText(b: Parsed): DocBlock {
  return isHeading(b) ? { h: b.h, level: b.level } : b;
}

/** Every rule page of `dir`: file name ("missing-lead.vi.json") → JSON text. */
export function ruleDocFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const m = /^([a-z0-9-]+)\.md$/.exec(name);
    if (!m || name === "README.md") continue;
    const markdown = fs.readFileSync(path.join(dir, name), "utf8");
    for (const lang of ["vi", "en"] as const)
      files[`${m[1]}.${lang}.json`] = JSON.stringify(ruleDoc(m[1], markdown, lang));
  }
  return files;
}

/** A webpack plugin emitting the rule pages under `rules/` of the output, rebuilt when a page changes. */
export class RuleDocsPlugin {
  constructor(private readonly dir: string) {}
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("RuleDocsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RuleDocsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.contextDependencies.add(this.dir);
          for (const [name, text] of Object.entries(ruleDocFiles(this.dir))) {
            compilation.emitAsset(`rules/${name}`, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

function main(): number {
  const dir = path.resolve(arg("--docs", path.join(ROOT, "docs/rules")));
  const out = arg("--out");
  if (!out) {
    console.error("usage: node lib/scripts/rule-docs.js [--docs docs/rules] --out DIR");
    return 2;
  }
  fs.mkdirSync(out, { recursive: true });
  const files = ruleDocFiles(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(out, name), text);
  console.log(`${Object.keys(files).length} rule pages written to ${out}`);
  return 0;
}

if (require.main === module) process.exitCode = main();
