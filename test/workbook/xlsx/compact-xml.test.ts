import ExcelJS from "exceljs";
import XmlStream from "exceljs/lib/utils/xml-stream";
import { compactXmlWriting, renderStreaming } from "../../../src/workbook/xlsx/compact-xml";

/**
 * A document of about 200,000 pieces (several times the joining step), with Vietnamese text and characters to
 * escape, and rollbacks — kept and undone — pending across the points where pieces are joined.
 */
function render(): string {
  const xs = new XmlStream();
  draw(xs);
  return xs.xml;
}

function draw(xs: XmlStream): void {
  xs.openNode("sheetData");
  for (let r = 1; r <= 6000; r++) {
    xs.openNode("row", { r });
    for (let c = 1; c <= 4; c++) xs.leafNode("c", { r: `${c}:${r}`, t: "s" }, `Sở Tư pháp & <Sở Y tế> ${r * c}`);
    if (r % 7 === 0) {
      xs.addRollback();
      xs.openNode("extLst");
      for (let k = 0; k < 40; k++) xs.leafNode("ext", { uri: `u${k}` });
      xs.closeNode();
      if (r % 2 === 0) xs.rollback();
      else xs.commit();
    }
    xs.closeNode();
  }
}

describe("compactXmlWriting", () => {
  it("writes the same text as exceljs's own writer while joining pieces as it goes", () => {
    const plain = render();
    compactXmlWriting();
    compactXmlWriting(); // idempotent
    const compact = render();
    expect(compact.length).toBeGreaterThan(500_000);
    expect(compact).toBe(plain);
    expect(compact).toContain("Sở Tư pháp &amp; &lt;Sở Y tế&gt; 24");
    // the parts kept: rows 7, 21, 35 … (a multiple of 7, odd)
    expect(compact.split("<extLst>").length - 1).toBe(Math.floor((6000 - 7) / 14) + 1);
  });

  it("gives the text to a sink in pieces as it is made, the pieces joined being the whole text", () => {
    const plain = render();
    const pieces: string[] = [];
    renderStreaming(draw, (text) => pieces.push(text));
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(plain.length / 2);
    expect(pieces.join("")).toBe(plain);
  });

  it("writes a workbook of many rows that reads back cell for cell", async () => {
    compactXmlWriting();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    for (let r = 1; r <= 3000; r++) ws.addRow([r, `Nhiệm vụ ${r} <b>`, "Sở Tài chính", "Quý III/2024"]);
    ws.getCell(10, 2).note = "Ghi chú";
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
    const read = back.getWorksheet("Phụ lục")!;
    expect(read.rowCount).toBe(3000);
    for (const r of [1, 1234, 3000]) {
      expect(read.getRow(r).values).toEqual([undefined, r, `Nhiệm vụ ${r} <b>`, "Sở Tài chính", "Quý III/2024"]);
    }
    expect(read.getCell(10, 2).note).toBe("Ghi chú");
  });
});
