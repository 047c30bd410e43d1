/**
 * A Word file (.docx) read for checking: each appendix table as a grid (the table continued over several Word
 * tables read as one; the title lines just above it as merged title rows, as a sheet has them), and the body text
 * in order for the prose reader. Failures carry a code the edge turns into one message in the user's language.
 */
import { strFromU8, unzipSync, type Unzipped } from "fflate";
import { createGrid, type CellRange, type Grid, type LegacyEncoding } from "../../core";
import type { TablePlace } from "../../i18n/places";
import { readBody, type BodyItem, type DocParagraph, type DocTable } from "./body";
import { readNumbering } from "./numbering";
import { child, parseXml, XmlError } from "./xml";

export type DocxFailure = "not-a-zip" | "legacy-doc" | "encrypted" | "not-a-docx" | "damaged" | "nothing";

export class DocxReadError extends Error {
  constructor(
    readonly code: DocxFailure,
    readonly detail = "",
  ) {
    super(`${code}${detail ? `: ${detail}` : ""}`);
  }
}

export interface DocxTable {
  readonly grid: Grid;
  /** Sheet rows of the grid that are title lines taken from the paragraphs above the table. */
  readonly titleRows: number;
  /**
   * Where each grid row is in the document (index 0 is row 1): its Word table, counted from the top of the
   * document, and its row in that table; a title line, the table below it. A table continued over several Word
   * tables is one grid, so the place is how a finding is found again in the document.
   */
  readonly places: readonly TablePlace[];
}

export interface DocxContent {
  readonly tables: readonly DocxTable[];
  /** The body's paragraphs, one a line, list numbers as they print (tables left out). */
  readonly text: string;
  /** Legacy encodings found and converted to Unicode, with their number of runs. */
  readonly converted: ReadonlyMap<LegacyEncoding, number>;
}

export interface DocxReadOptions {
  /**
   * The name of the n-th appendix table (1-based) as shown to the user ("Bảng 1"); `table` is the number in the
   * document of its first Word table.
   */
  readonly tableName: (n: number, table: number) => string;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Most title lines taken from above a table ("ỦY BAN NHÂN DÂN…", "PHỤ LỤC", the title, "(Kèm theo …)"). */
const MAX_TITLE_LINES = 5;
/** Fewest rows and columns of a table read as a possible appendix. */
const MIN_ROWS = 2;
const MIN_COLUMNS = 3;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" in UTF-16: the stream an encrypted Office file keeps in its OLE2 container. */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const needle = [..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 1 << 20) - needle.length;
  outer: for (let i = 0; i < limit; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** The parts of a .docx the reader reads; the others are not inflated. */
const PARTS = new Set(["word/document.xml", "word/numbering.xml"]);

function part(zip: Unzipped, name: string): string | undefined {
  const f = zip[name];
  return f ? strFromU8(f) : undefined;
}

export async function readDocx(bytes: Uint8Array, options: DocxReadOptions): Promise<DocxContent> {
  if (startsWith(bytes, OLE2)) throw new DocxReadError(hasEncryptionInfo(bytes) ? "encrypted" : "legacy-doc");
  if (!startsWith(bytes, [0x50, 0x4b])) throw new DocxReadError("not-a-zip");
  let zip: Unzipped;
  try {
    // fflate (a few KB in the pane) rather than jszip: only two parts are read, and the pane's budget counts
    // the Word reader's chunk.
    zip = unzipSync(bytes, { filter: (f) => PARTS.has(f.name) });
  } catch (e) {
    throw new DocxReadError("damaged", e instanceof Error ? e.message : String(e));
  }
  const documentXml = part(zip, "word/document.xml");
  if (documentXml === undefined) throw new DocxReadError("not-a-docx");
  let items: BodyItem[];
  const legacy = new Map<LegacyEncoding, number>();
  try {
    const numberingXml = part(zip, "word/numbering.xml");
    const numbering = readNumbering(numberingXml ? parseXml(numberingXml) : []);
    const root = parseXml(documentXml);
    const body = child(
      root.find((n) => n.name === "w:document"),
      "w:body",
    );
    if (!body) throw new DocxReadError("damaged", "no w:body");
    items = readBody(body, { numbering, legacy });
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    if (e instanceof XmlError) throw new DocxReadError("damaged", e.message);
    throw e;
  }
  return { tables: tablesOf(items, options), text: textOf(items), converted: legacy };
}

function textOf(items: readonly BodyItem[]): string {
  return items
    .filter((i): i is DocParagraph => i.kind === "paragraph")
    .map((p) => p.text.replace(/\n/g, " "))
    .join("\n");
}

const blank = (i: BodyItem): boolean => i.kind === "paragraph" && i.text.trim() === "";

/**
 * Tables continued over a page or section break (only empty paragraphs between them, the same number of columns)
 * are one table; the non-empty paragraphs just above a table (at most five, none empty between them) are its title.
 */
function tablesOf(items: readonly BodyItem[], options: DocxReadOptions): DocxTable[] {
  const out: DocxTable[] = [];
  /** Each table's number in the document, counted from 1 (every table, read or not). */
  const ordinal = new Map<BodyItem, number>();
  for (const item of items) if (item.kind === "table") ordinal.set(item, ordinal.size + 1);
  for (let i = 0; i < items.length; i++) {
    const first = items[i];
    if (first.kind !== "table") continue;
    const parts: DocTable[] = [first];
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < items.length && blank(items[k])) k++;
      const next = items[k];
      if (next === undefined || next.kind !== "table" || next.columns !== first.columns) break;
      parts.push(next);
      j = k + 1;
    }
    const title: DocParagraph[] = [];
    let t = i - 1;
    while (t >= 0 && blank(items[t])) t--;
    for (; t >= 0 && title.length < MAX_TITLE_LINES; t--) {
      const p = items[t];
      if (p.kind !== "paragraph" || p.text.trim() === "") break;
      title.unshift(p);
    }
    const rows = parts.flatMap((p) => p.rows);
    i = j - 1;
    if (rows.length < MIN_ROWS || first.columns < MIN_COLUMNS) continue;
    const firstTable = ordinal.get(first) ?? 0;
    const places: TablePlace[] = title.map((_, k) => ({ table: firstTable, titleLine: k + 1 }));
    for (const p of parts) p.rows.forEach((_, k) => places.push({ table: ordinal.get(p) ?? 0, row: k + 1 }));
    const grid = gridOf(title, parts, options.tableName(out.length + 1, firstTable));
    out.push({ grid, titleRows: title.length, places });
  }
  return out;
}

function gridOf(title: readonly DocParagraph[], parts: readonly DocTable[], sheet: string): Grid {
  const width = parts[0].columns;
  const rows: string[][] = [];
  const merges: CellRange[] = [];
  const bold: string[] = [];
  for (const p of title) {
    rows.push([p.text.trim(), ...Array<string>(width - 1).fill("")]);
    const r = rows.length;
    if (width > 1) merges.push({ top: r, left: 1, bottom: r, right: width });
    if (p.bold) bold.push(`${r}:1`);
  }
  /** Open vertical merges by their first column: the row they start on and their width. */
  const open = new Map<number, { top: number; span: number }>();
  const close = (col: number, lastRow: number): void => {
    const m = open.get(col);
    if (!m) return;
    open.delete(col);
    if (lastRow > m.top || m.span > 1) merges.push({ top: m.top, left: col, bottom: lastRow, right: col + m.span - 1 });
  };
  for (const part of parts) {
    for (const dr of part.rows) {
      const row = Array<string>(width).fill("");
      rows.push(row);
      const r = rows.length;
      let col = 1 + dr.before;
      const seen = new Set<number>();
      for (const cell of dr.cells) {
        if (col > width) break;
        const span = Math.min(cell.span, width - col + 1);
        if (cell.vMerge === "continue" && open.has(col)) seen.add(col);
        else {
          close(col, r - 1);
          row[col - 1] = cell.text;
          if (cell.bold && cell.text.trim() !== "") bold.push(`${r}:${col}`);
          if (cell.vMerge === "restart") {
            open.set(col, { top: r, span });
            seen.add(col);
          } else if (span > 1) merges.push({ top: r, left: col, bottom: r, right: col + span - 1 });
        }
        col += span;
      }
      for (const c of [...open.keys()]) if (!seen.has(c)) close(c, r - 1);
    }
  }
  for (const c of [...open.keys()]) close(c, rows.length);
  return createGrid({ sheet, rows, merges, bold });
}
