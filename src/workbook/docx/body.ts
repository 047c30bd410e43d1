/**
 * The body of a Word document in order: paragraphs (their text as it prints — list numbers rendered, line breaks
 * kept, legacy-font runs converted to Unicode) and tables (rows of cells with their horizontal and vertical
 * merges). Text boxes, drawings, deleted text and nested tables are left out.
 */
import { fromLegacy, legacyFont, type LegacyEncoding } from "../../core";
import type { Numbering } from "./numbering";
import { child, isOn, valOf, type XmlNode } from "./xml";

export interface DocParagraph {
  readonly kind: "paragraph";
  readonly text: string;
  /** Every run with text is bold. */
  readonly bold: boolean;
  /** The paragraph starts a new page (a page break before it or in the paragraph above). */
  readonly pageBreak: boolean;
}

export interface DocCell {
  readonly text: string;
  readonly bold: boolean;
  readonly span: number;
  /** "restart" opens a vertical merge, "continue" extends the one above. */
  readonly vMerge?: "restart" | "continue";
}

export interface DocRow {
  readonly cells: readonly DocCell[];
  /** Grid columns skipped before the first cell. */
  readonly before: number;
  /** Repeated as a header row at the top of each page. */
  readonly header: boolean;
}

export interface DocTable {
  readonly kind: "table";
  readonly rows: readonly DocRow[];
  readonly columns: number;
}

export type BodyItem = DocParagraph | DocTable;

/** Elements whose content is not part of the text flow. */
const SKIPPED = new Set([
  "w:pPr",
  "w:rPr",
  "w:del",
  "w:moveFrom",
  "w:drawing",
  "w:pict",
  "mc:AlternateContent",
  "w:object",
  "w:footnoteReference",
  "w:endnoteReference",
  "w:commentReference",
  "w:instrText",
  "w:delText",
  "w:fldChar",
]);

export interface ReadState {
  readonly numbering: Numbering;
  /** Legacy encodings met (and converted), with the number of runs. */
  readonly legacy: Map<LegacyEncoding, number>;
}

interface Runs {
  text: string;
  bold: boolean;
  anyText: boolean;
  pageBreak: boolean;
}

function runFont(rPr: XmlNode | undefined): string | undefined {
  const f = child(rPr, "w:rFonts");
  return f?.attrs["w:ascii"] ?? f?.attrs["w:hAnsi"] ?? f?.attrs["w:cs"];
}

function readRun(r: XmlNode, acc: Runs, state: ReadState): void {
  const rPr = child(r, "w:rPr");
  const font = legacyFont(runFont(rPr));
  let text = "";
  for (const c of r.children) {
    if (c.name === "w:t") text += c.children.map((t) => t.text ?? "").join("");
    else if (c.name === "w:tab" || c.name === "w:ptab") text += " ";
    else if (c.name === "w:br") {
      if (c.attrs["w:type"] === "page") acc.pageBreak = true;
      else text += "\n";
    } else if (c.name === "w:cr") text += "\n";
    else if (c.name === "w:noBreakHyphen") text += "-";
    else if (c.name === "w:lastRenderedPageBreak") continue;
  }
  if (text === "") return;
  if (font) {
    text = fromLegacy(text, font);
    state.legacy.set(font.encoding, (state.legacy.get(font.encoding) ?? 0) + 1);
  }
  if (text.trim() !== "") {
    acc.bold = acc.anyText ? acc.bold && isOn(rPr, "w:b") : isOn(rPr, "w:b");
    acc.anyText = true;
  }
  acc.text += text;
}

function walkRuns(node: XmlNode, acc: Runs, state: ReadState): void {
  for (const c of node.children) {
    if (SKIPPED.has(c.name)) continue;
    if (c.name === "w:r") readRun(c, acc, state);
    else if (c.name !== "#text") walkRuns(c, acc, state); // hyperlinks, insertions, smart tags, fields, content controls
  }
}

export function readParagraph(p: XmlNode, state: ReadState): DocParagraph {
  const pPr = child(p, "w:pPr");
  const acc: Runs = { text: "", bold: false, anyText: false, pageBreak: isOn(pPr, "w:pageBreakBefore") };
  const numPr = child(pPr, "w:numPr");
  const numId = valOf(numPr, "w:numId");
  walkRuns(p, acc, state);
  let text = acc.text;
  if (numId !== undefined && numId !== "0") {
    const label = state.numbering.next(numId, Number(valOf(numPr, "w:ilvl") ?? 0));
    if (label !== "" && text.trim() !== "") text = `${label} ${text.trimStart()}`;
  }
  return { kind: "paragraph", text, bold: acc.bold, pageBreak: acc.pageBreak };
}

function readCell(tc: XmlNode, state: ReadState): DocCell {
  const tcPr = child(tc, "w:tcPr");
  const paragraphs = tc.children.filter((c) => c.name === "w:p").map((p) => readParagraph(p, state));
  const text = paragraphs
    .map((p) => p.text)
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
  const withText = paragraphs.filter((p) => p.text.trim() !== "");
  const vm = child(tcPr, "w:vMerge");
  const vMerge = vm ? (vm.attrs["w:val"] === "restart" ? "restart" : "continue") : undefined;
  const span = Math.max(1, Math.min(64, Number(valOf(tcPr, "w:gridSpan") ?? 1) || 1));
  const cell = { text, bold: withText.length > 0 && withText.every((p) => p.bold), span };
  return vMerge ? { ...cell, vMerge } : cell;
}

export function readTable(tbl: XmlNode, state: ReadState): DocTable {
  const grid = child(tbl, "w:tblGrid");
  const rows: DocRow[] = [];
  for (const tr of tbl.children) {
    if (tr.name !== "w:tr") continue;
    const trPr = child(tr, "w:trPr");
    const cells: DocCell[] = [];
    for (const c of tr.children) {
      if (c.name === "w:tc") cells.push(readCell(c, state));
      else if (c.name === "w:sdt") {
        for (const tc of child(c, "w:sdtContent")?.children ?? [])
          if (tc.name === "w:tc") cells.push(readCell(tc, state));
      }
    }
    rows.push({ cells, before: Number(valOf(trPr, "w:gridBefore") ?? 0) || 0, header: isOn(trPr, "w:tblHeader") });
  }
  const gridCols = grid ? grid.children.filter((c) => c.name === "w:gridCol").length : 0;
  const widest = rows.reduce((m, r) => Math.max(m, r.before + r.cells.reduce((s, c) => s + c.span, 0)), 0);
  return { kind: "table", rows, columns: Math.max(gridCols, widest) };
}

/** The body's paragraphs and tables in order (content controls opened; a table inside a cell is left out). */
export function readBody(body: XmlNode, state: ReadState): BodyItem[] {
  const out: BodyItem[] = [];
  for (const c of body.children) {
    if (c.name === "w:p") out.push(readParagraph(c, state));
    else if (c.name === "w:tbl") out.push(readTable(c, state));
    else if (c.name === "w:sdt")
      out.push(...readBody(child(c, "w:sdtContent") ?? { name: "", attrs: {}, children: [] }, state));
  }
  return out;
}
