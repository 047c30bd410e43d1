/**
 * The WordprocessingML parts of a .docx as ordered element trees (fast-xml-parser, order preserved): a small,
 * maintained, dependency-free parser that runs in Node and in the browser, where the file's structure (tables,
 * merges, runs, fonts, list numbering) must be read in document order.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Text content of a text node (name "#text"). */
  readonly text?: string;
}

type Raw = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

function toNode(raw: Raw): XmlNode | undefined {
  const attrs = (raw[":@"] as Record<string, string> | undefined) ?? {};
  for (const key of Object.keys(raw)) {
    if (key === ":@") continue;
    const value = raw[key];
    if (key === "#text") return { name: "#text", attrs: {}, children: [], text: String(value) };
    return { name: key, attrs, children: Array.isArray(value) ? nodes(value as Raw[]) : [] };
  }
  return undefined;
}

function nodes(list: readonly Raw[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const r of list) {
    const n = toNode(r);
    if (n) out.push(n);
  }
  return out;
}

export class XmlError extends Error {}

/** Parses one XML part; a document type declaration (entity expansion) is refused. */
export function parseXml(xml: string): XmlNode[] {
  if (/<!DOCTYPE/i.test(xml.slice(0, 2000))) throw new XmlError("DOCTYPE in a WordprocessingML part");
  // The parser forgives unclosed elements; a damaged part must be said to be damaged, not read in part.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new XmlError(`${valid.err.msg} (line ${valid.err.line})`);
  try {
    return nodes(parser.parse(xml) as Raw[]);
  } catch (e) {
    throw new XmlError(e instanceof Error ? e.message : String(e));
  }
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

export function childrenNamed(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** `w:val` of a child property element ("<w:gridSpan w:val="3"/>"). */
export function valOf(node: XmlNode | undefined, name: string): string | undefined {
  return child(node, name)?.attrs["w:val"];
}

/** An on/off property ("<w:b/>", "<w:b w:val="0"/>") is on when present and not "0"/"false"/"off". */
export function isOn(node: XmlNode | undefined, name: string): boolean {
  const c = child(node, name);
  if (!c) return false;
  const v = c.attrs["w:val"];
  return v === undefined || !/^(0|false|off|none)$/i.test(v);
}
