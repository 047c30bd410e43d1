import ExcelJS from "exceljs";
import JSZip from "jszip";
import { computeCompletion, type CompletionReport } from "../../../src/core/completion/compute";
import { columnLetter } from "../../../src/core/grid";
import type { SheetSpec } from "../../../src/workbook/port";
import { SUMMARY_SHEET, summarySheetSpec } from "../../../src/workbook/summary";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import {
  addRelationship,
  chartRequest,
  columnRef,
  insertDrawingElement,
  sheetPartPath,
} from "../../../src/workbook/xlsx/chart";
import { TRACKING_AS_OF, trackingAnalysis, trackingContexts } from "../../fixtures/completion";

function completion(): CompletionReport {
  const analysis = trackingAnalysis();
  return computeCompletion({ tasks: trackingContexts(analysis), analysis, asOf: TRACKING_AS_OF });
}

/** The annotated copy: the tracking sheet, then the summary sheet written through the port. */
async function workbookWithSummary(spec: SheetSpec): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.writeSheet({ name: "Phụ lục 2024", rows: [["STT", "Nội dung"]] });
  await wb.writeSheet(spec);
  return wb;
}

async function unzip(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

async function part(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`missing part ${path}`);
  return f.async("string");
}

async function summaryPart(zip: JSZip, name: string): Promise<string> {
  const p = sheetPartPath(await part(zip, "xl/workbook.xml"), await part(zip, "xl/_rels/workbook.xml.rels"), name);
  if (!p) throw new Error(`no part for ${name}`);
  return p;
}

const chartParts = (zip: JSZip) => Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));

describe("bar chart of the summary sheet in .xlsx files", () => {
  const report = completion();
  const spec = summarySheetSpec(report, "vi");
  const agencies = report.agencies.length;
  const rateCol = columnLetter(spec.rows[0].length);

  it("keeps the file readable by exceljs, with the summary values intact", async () => {
    const wb = await workbookWithSummary(spec);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.toBuffer()) as unknown as Parameters<typeof back.xlsx.load>[0]);
    const ws = back.getWorksheet(SUMMARY_SHEET.vi);
    expect(ws).toBeDefined();
    expect(back.worksheets.map((w) => w.name)).toEqual(["Phụ lục 2024", SUMMARY_SHEET.vi]);
    expect(ws?.getCell(2, 1).value).toBe(report.agencies[0].agency);
    expect(ws?.getCell(2, spec.rows[0].length).value).toBe(report.agencies[0].rate);
    expect(ws?.getCell(agencies + 2, 1).value).toBe(spec.rows[agencies + 1][0]);
    expect(ws?.getTable("RoViecTienDo")).toBeDefined();
  });

  it("adds a bar chart of the agency rows (not the total), its drawing, relationships and content types", async () => {
    const wb = await workbookWithSummary(spec);
    const zip = await unzip(await wb.toBuffer());
    expect(chartParts(zip)).toEqual(["xl/charts/chart1.xml"]);
    const chart = await part(zip, "xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:grouping val="clustered"/>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(1);
    const last = agencies + 1; // header on row 1, the total row after the agencies is left out
    expect(chart).toContain(`<c:f>&apos;Rõ Việc – Tiến độ&apos;!$A$2:$A$${last}</c:f>`);
    expect(chart).toContain(`<c:f>&apos;Rõ Việc – Tiến độ&apos;!$${rateCol}$2:$${rateCol}$${last}</c:f>`);
    expect(chart).toContain(`<c:ptCount val="${agencies}"/>`);
    expect(chart).not.toContain("Tổng cộng");
    expect(chart).toContain('formatCode="0%"');
    expect(chart).toContain("<a:t>Tỷ lệ hoàn thành theo cơ quan</a:t>");

    const sheetPath = await summaryPart(zip, SUMMARY_SHEET.vi);
    const sheetXml = await part(zip, sheetPath);
    const rels = await part(zip, sheetPath.replace("worksheets/", "worksheets/_rels/") + ".rels");
    // The table relationship exceljs wrote is kept next to the drawing.
    expect(rels).toMatch(/relationships\/table" Target="..\/tables\/table1.xml"/);
    const drawingRel = /Id="(rId\d+)" Type="[^"]*relationships\/drawing" Target="..\/drawings\/drawing1.xml"/.exec(
      rels,
    );
    expect(drawingRel).not.toBeNull();
    expect(sheetXml).toContain(`<drawing r:id="${drawingRel?.[1]}"/>`);
    // Schema order: after pageSetup and the conditional formatting, before tableParts and extLst.
    const at = sheetXml.indexOf("<drawing ");
    expect(sheetXml.indexOf("<conditionalFormatting")).toBeLessThan(at);
    expect(sheetXml.indexOf("<pageSetup")).toBeLessThan(at);
    expect(sheetXml.indexOf("<tableParts")).toBeGreaterThan(at);
    expect(sheetXml.lastIndexOf("<extLst")).toBeGreaterThan(at);

    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    expect(drawing).toContain("<xdr:from><xdr:col>" + (spec.rows[0].length + 1) + "</xdr:col>");
    const drawingRels = await part(zip, "xl/drawings/_rels/drawing1.xml.rels");
    const chartRel = /Id="(rId\d+)" Type="[^"]*relationships\/chart" Target="..\/charts\/chart1.xml"/.exec(drawingRels);
    expect(drawing).toContain(`r:id="${chartRel?.[1]}"`);

    const types = await part(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    // The other sheet got nothing.
    expect(
      zip.file(`${(await summaryPart(zip, "Phụ lục 2024")).replace("worksheets/", "worksheets/_rels/")}.rels`),
    ).toBe(null);
  });

  it("writes one chart when the summary is written twice, and none once it is rewritten without one", async () => {
    const wb = await workbookWithSummary(spec);
    await wb.writeSheet(spec);
    const zip = await unzip(await wb.toBuffer());
    expect(chartParts(zip)).toHaveLength(1);
    expect((await part(zip, await summaryPart(zip, SUMMARY_SHEET.vi))).match(/<drawing /g)).toHaveLength(1);

    // Reading the annotated copy back and writing the summary again (the next run) still gives one chart.
    const again = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    await again.writeSheet(spec);
    expect(chartParts(await unzip(await again.toBuffer()))).toHaveLength(1);

    await wb.writeSheet({ ...spec, chart: undefined });
    expect(chartParts(await unzip(await wb.toBuffer()))).toHaveLength(0);
  });

  it("drops the chart of a deleted sheet", async () => {
    const wb = await workbookWithSummary(spec);
    await wb.deleteSheet(SUMMARY_SHEET.vi);
    const zip = await unzip(await wb.toBuffer());
    expect(chartParts(zip)).toHaveLength(0);
    expect(Object.keys(zip.files).some((f) => f.startsWith("xl/drawings/"))).toBe(false);
  });

  it("charts an English summary sheet too", async () => {
    const wb = await workbookWithSummary(summarySheetSpec(report, "en"));
    const chart = await part(await unzip(await wb.toBuffer()), "xl/charts/chart1.xml");
    expect(chart).toContain(`&apos;Rõ Việc – Progress&apos;!$A$2:$A$${agencies + 1}`);
    expect(chart).toContain("<a:t>Completion rate per agency</a:t>");
  });
});

describe("chart parts", () => {
  it("quotes sheet names, doubling an apostrophe", () => {
    expect(columnRef("Rõ Việc – Tiến độ", 12, 2, 18)).toBe("'Rõ Việc – Tiến độ'!$L$2:$L$18");
    expect(columnRef("Sở's", 1, 1, 1)).toBe("'Sở''s'!$A$1");
  });

  it("asks for the data rows only, the total row left out when the spec marks one", () => {
    const rows = [
      ["Cơ quan", "Tỷ lệ"],
      ["Sở Y tế", 0.5],
      ["Công an tỉnh", null],
      ["Tổng cộng", 0.4],
    ];
    const base = { name: "S", rows, header: true, chart: { title: "T", labelColumn: 1, valueColumn: 2 } };
    expect(chartRequest(base)).toMatchObject({ firstRow: 2, lastRow: 4, width: 2, seriesName: "Tỷ lệ" });
    const req = chartRequest({ ...base, chart: { ...base.chart, totalRow: true } });
    expect(req).toMatchObject({ firstRow: 2, lastRow: 3, labels: ["Sở Y tế", "Công an tỉnh"], values: [0.5, null] });
    expect(chartRequest({ ...base, chart: undefined })).toBeUndefined();
  });

  it("merges a relationship into an existing part with a fresh id", () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="x"><Relationship Id="rId1" Type="t" Target="a"/>' +
      '<Relationship Id="rId2" Type="h" Target="b" TargetMode="External"/></Relationships>';
    const out = addRelationship(rels, "d", "../drawings/drawing1.xml");
    expect(out.id).toBe("rId3");
    expect(out.xml).toContain('Id="rId1"');
    expect(out.xml).toContain('Id="rId2"');
    expect(out.xml).toMatch(
      /<Relationship Id="rId3" Type="d" Target="..\/drawings\/drawing1.xml"\/><\/Relationships>$/,
    );
  });

  it("places <drawing> at the top level before legacyDrawing, not inside a nested extLst", () => {
    const xml =
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/>' +
      '<conditionalFormatting sqref="A1"><cfRule type="dataBar"><extLst><ext uri="u"/></extLst></cfRule>' +
      '</conditionalFormatting><hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts></worksheet>';
    const out = insertDrawingElement(xml, "rId4");
    expect(out).toContain(
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId4"/><legacyDrawing',
    );
    expect(insertDrawingElement(out ?? "", "rId5")).toBeUndefined();
    expect(insertDrawingElement("<worksheet><sheetData/></worksheet>", "rId1")).toBe(
      '<worksheet><sheetData/><drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></worksheet>',
    );
  });
});
