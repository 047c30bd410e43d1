/**
 * Bar charts for the .xlsx adapter. exceljs 4.4 cannot write charts, so once it has written the file the zip is
 * opened again and a DrawingML chart is added to each requested sheet: `xl/charts/chartN.xml`,
 * `xl/drawings/drawingN.xml` with its relationships, a `<drawing>` element in the sheet and the content types.
 * The XML is built from plain strings; only `addCharts` touches the zip.
 */
import JSZip from "jszip";
import { columnLetter } from "../../core";
import type { PlainValue, SheetSpec } from "../port";

/** A chart to add to one sheet: values of `valueColumn` by the labels of `labelColumn`, rows firstRow..lastRow. */
export interface ChartRequest {
  readonly sheet: string;
  readonly title: string;
  readonly labelColumn: number;
  readonly valueColumn: number;
  /** Row holding the series name (the header), or undefined when the sheet has none. */
  readonly headerRow?: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** Columns used by the table: the chart is placed to their right. */
  readonly width: number;
  /** Cached values, so a viewer that does not recalculate still shows the bars. */
  readonly seriesName: string;
  readonly labels: readonly string[];
  readonly values: ReadonlyArray<number | null>;
}

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  sheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;
const REL_DRAWING = `${NS.rel}/drawing`;
const REL_CHART = `${NS.rel}/chart`;
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const BAR_COLOR = "5B9BD5";
const RATE_FORMAT = "0%";

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** A sheet name as formulas write it: always quoted, an inner apostrophe doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An absolute reference to rows `from..to` of one column: `'Sheet 1'!$L$2:$L$18`. */
export function columnRef(sheet: string, col: number, from: number, to: number): string {
  const c = columnLetter(col);
  return from === to ? `${quoteSheet(sheet)}!$${c}$${from}` : `${quoteSheet(sheet)}!$${c}$${from}:$${c}$${to}`;
}

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: ReadonlyArray<number | null>): string {
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${RATE_FORMAT}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/** The chart part: a clustered horizontal bar chart, one series, categories top-down, values as percentages. */
export function chartXml(req: ChartRequest): string {
  const cat = columnRef(req.sheet, req.labelColumn, req.firstRow, req.lastRow);
  const val = columnRef(req.sheet, req.valueColumn, req.firstRow, req.lastRow);
  const tx =
    req.headerRow === undefined
      ? `<c:tx><c:v>${escapeXml(req.seriesName)}</c:v></c:tx>`
      : `<c:tx><c:strRef><c:f>${escapeXml(columnRef(req.sheet, req.valueColumn, req.headerRow, req.headerRow))}</c:f>` +
        `${strCache([req.seriesName])}</c:strRef></c:tx>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${escapeXml(req.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  const labels =
    `<c:dLbls><c:numFmt formatCode="${RATE_FORMAT}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln>` +
    `</c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/>${tx}` +
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOR}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    labels +
    `<c:cat><c:strRef><c:f>${escapeXml(cat)}</c:f>${strCache(req.labels)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(val)}</c:f>${numCache(req.values)}</c:numRef></c:val></c:ser>`;
  // Categories run top-down (orientation maxMin); the value axis then crosses at the last category, the bottom.
  const axes =
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/>` +
    `</c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${RATE_FORMAT}" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/>` +
    `<c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="0.2"/></c:valAx>`;
  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.rel}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>${axes}</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The chart's place: from one column right of the table, row 2, nine columns wide, tall enough for its bars. */
export function chartAnchor(req: ChartRequest): { fromCol: number; fromRow: number; toCol: number; toRow: number } {
  const count = Math.max(1, req.lastRow - req.firstRow + 1);
  const fromCol = req.width + 1; // 0-based: leaves one empty column after the table
  const fromRow = 1;
  return { fromCol, fromRow, toCol: fromCol + 9, toRow: fromRow + Math.max(18, Math.ceil(count * 1.4) + 6) };
}

/** The drawing part holding one chart frame, anchored to cells (moves and resizes with them). */
export function drawingXml(req: ChartRequest, chartRelId: string): string {
  const a = chartAnchor(req);
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row>` +
    `<xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    XML_DECL +
    `<xdr:wsDr xmlns:xdr="${NS.sheetDrawing}" xmlns:a="${NS.drawingMain}">` +
    `<xdr:twoCellAnchor>${marker("from", a.fromCol, a.fromRow)}${marker("to", a.toCol, a.toRow)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(req.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" ` +
    `r:id="${chartRelId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
    `</xdr:wsDr>`
  );
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
}

/** Adds a relationship to a .rels part (or makes the part); returns the new part and the id given. */
export function addRelationship(rels: string | undefined, type: string, target: string): { xml: string; id: string } {
  if (rels === undefined) {
    const id = "rId1";
    return {
      xml: `${XML_DECL}<Relationships xmlns="${NS.pkgRel}">${relationship(id, type, target)}</Relationships>`,
      id,
    };
  }
  const used = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const end = rels.lastIndexOf("</Relationships>");
  if (end < 0) throw new Error("Malformed relationships part");
  return { xml: rels.slice(0, end) + relationship(id, type, target) + rels.slice(end), id };
}

/** Elements of CT_Worksheet that come after `<drawing>`; it goes before the first of them at the top level. */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

const TAG =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g;

/**
 * Inserts `<drawing r:id="…"/>` as a child of `<worksheet>` at its place in the schema order. Returns undefined
 * when the sheet already has a drawing (a sheet holds at most one).
 */
export function insertDrawingElement(sheetXml: string, relId: string): string | undefined {
  let depth = 0;
  let insertAt = -1;
  let rootPrefix = "";
  for (const m of sheetXml.matchAll(TAG)) {
    if (m[2] === undefined) continue; // declaration or comment
    const [, closing, qname, , selfClosing] = m;
    const colon = qname.indexOf(":");
    const local = colon >= 0 ? qname.slice(colon + 1) : qname;
    if (closing) {
      depth--;
      if (depth === 0) {
        if (insertAt < 0) insertAt = m.index;
        break;
      }
      continue;
    }
    if (depth === 0) rootPrefix = colon >= 0 ? qname.slice(0, colon + 1) : "";
    if (depth === 1) {
      if (local === "drawing") return undefined;
      if (insertAt < 0 && AFTER_DRAWING.has(local)) insertAt = m.index;
    }
    if (!selfClosing) depth++;
  }
  if (insertAt < 0) throw new Error("Malformed worksheet part");
  const rPrefix = /\bxmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(
    sheetXml,
  )
    ? "r"
    : undefined;
  const element = rPrefix
    ? `<${rootPrefix}drawing r:id="${relId}"/>`
    : `<${rootPrefix}drawing xmlns:r="${NS.rel}" r:id="${relId}"/>`;
  return sheetXml.slice(0, insertAt) + element + sheetXml.slice(insertAt);
}

/** Adds an Override for a part to [Content_Types].xml, unless one is there already. */
export function addContentType(types: string, partName: string, contentType: string): string {
  if (types.includes(`PartName="${partName}"`)) return types;
  const end = types.lastIndexOf("</Types>");
  if (end < 0) throw new Error("Malformed [Content_Types].xml");
  return `${types.slice(0, end)}<Override PartName="${partName}" ContentType="${contentType}"/>${types.slice(end)}`;
}

/** The zip path of a sheet's part, found by name through xl/workbook.xml and its relationships. */
export function sheetPartPath(workbookXml: string, workbookRels: string, sheet: string): string | undefined {
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const attrs = m[1];
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    if (name === undefined || unescapeXml(name) !== sheet) continue;
    const rid = /\br:id="([^"]*)"/.exec(attrs)?.[1];
    if (!rid) return undefined;
    for (const r of workbookRels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
      if (/\bId="([^"]*)"/.exec(r[1])?.[1] !== rid) continue;
      const target = unescapeXml(/\bTarget="([^"]*)"/.exec(r[1])?.[1] ?? "");
      return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    }
  }
  return undefined;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function freeNumber(zip: JSZip, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/**
 * Adds one bar chart per request to an .xlsx file written by exceljs. A request for a sheet that is missing, or
 * that already holds a drawing, is left out. Returns the new file (the same bytes when nothing was added).
 */
export async function addCharts(bytes: Uint8Array, requests: readonly ChartRequest[]): Promise<Uint8Array> {
  if (requests.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await text(zip, "xl/workbook.xml");
  const workbookRels = await text(zip, "xl/_rels/workbook.xml.rels");
  let types = await text(zip, "[Content_Types].xml");
  if (workbookXml === undefined || workbookRels === undefined || types === undefined) return bytes;
  let added = 0;
  for (const req of requests) {
    if (req.lastRow < req.firstRow) continue;
    const sheetPath = sheetPartPath(workbookXml, workbookRels, req.sheet);
    const sheetXml = sheetPath === undefined ? undefined : await text(zip, sheetPath);
    if (sheetPath === undefined || sheetXml === undefined) continue;

    const d = freeNumber(zip, (n) => `xl/drawings/drawing${n}.xml`);
    const c = freeNumber(zip, (n) => `xl/charts/chart${n}.xml`);
    const sheetRelsPath = relsPathOf(sheetPath);
    const sheetRels = addRelationship(await text(zip, sheetRelsPath), REL_DRAWING, `../drawings/drawing${d}.xml`);
    const newSheetXml = insertDrawingElement(sheetXml, sheetRels.id);
    if (newSheetXml === undefined) continue;
    const drawingRels = addRelationship(undefined, REL_CHART, `../charts/chart${c}.xml`);

    zip.file(`xl/charts/chart${c}.xml`, chartXml(req));
    zip.file(`xl/drawings/drawing${d}.xml`, drawingXml(req, drawingRels.id));
    zip.file(`xl/drawings/_rels/drawing${d}.xml.rels`, drawingRels.xml);
    zip.file(sheetRelsPath, sheetRels.xml);
    zip.file(sheetPath, newSheetXml);
    types = addContentType(types, `/xl/drawings/drawing${d}.xml`, CT_DRAWING);
    types = addContentType(types, `/xl/charts/chart${c}.xml`, CT_CHART);
    added++;
  }
  if (added === 0) return bytes;
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function labelText(v: PlainValue | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

/**
 * The chart a SheetSpec asks for, with the rows it covers: the data rows after the header, without the total row
 * when the spec marks one. Undefined when the spec has no chart.
 */
export function chartRequest(spec: SheetSpec): ChartRequest | undefined {
  const chart = spec.chart;
  if (!chart) return undefined;
  const hasHeader = !!spec.header || !!spec.table;
  const firstRow = hasHeader ? 2 : 1;
  const lastRow = spec.rows.length - (chart.totalRow ? 1 : 0);
  const data = spec.rows.slice(firstRow - 1, Math.max(firstRow - 1, lastRow));
  const value = (v: PlainValue | undefined) => (typeof v === "number" ? v : null);
  return {
    sheet: spec.name,
    title: chart.title,
    labelColumn: chart.labelColumn,
    valueColumn: chart.valueColumn,
    headerRow: hasHeader && spec.rows.length > 0 ? 1 : undefined,
    firstRow,
    lastRow,
    width: spec.rows.reduce((m, r) => Math.max(m, r.length), 0),
    seriesName: hasHeader ? labelText(spec.rows[0]?.[chart.valueColumn - 1]) : chart.title,
    labels: data.map((r) => labelText(r[chart.labelColumn - 1])),
    values: data.map((r) => value(r[chart.valueColumn - 1])),
  };
}
