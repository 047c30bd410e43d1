import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { checkGrid } from "../../../src/core";
import { markFindings } from "../../../src/workbook/marking";
import { writeSummary } from "../../../src/workbook/summary";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { crc32, writeBufferOnce } from "../../../src/workbook/xlsx/lean-write";

const EXAMPLES = ["examples/ke-hoach-de-an-06-nam-2024.xlsx", "examples/theo-doi-tien-do-2024.xlsx"];

/** The workbook, checked, marked and given its summary sheet as `ro-viec check --out --as-of` does. */
async function marked(file: string): Promise<XlsxWorkbook> {
  const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(path.resolve(__dirname, "../../..", file)));
  const sheet = (await wb.activeSheet())!;
  const grid = await wb.readGrid(sheet);
  const result = checkGrid(grid, { asOf: "2024-07-01" });
  if (!result.ok) throw new Error(result.message);
  await markFindings(wb, sheet, result.report.findings, "vi");
  if (result.report.completion) await writeSummary(wb, result.report.completion, "vi");
  return wb;
}

const DATA_BAR_ID = /(<x14:id>|\bid=")\{[0-9A-F]{8}(?:-[0-9A-F]{4}){3}-[0-9A-F]{12}\}/g;

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    // exceljs gives each data bar a new random id on every write
    const text = (await zip.files[name].async("string")).replace(DATA_BAR_ID, "$1{id}");
    if (!zip.files[name].dir) out.set(name, text);
  }
  return out;
}

describe("writeBufferOnce", () => {
  it.each(EXAMPLES)("writes the same parts, text for text, as exceljs's writer (%s)", async (file) => {
    const plain = await parts(await (await marked(file)).toBuffer());
    const lean = await marked(file);
    const bytes = await lean.toBuffer(writeBufferOnce);
    const written = await parts(bytes);
    expect([...written.keys()]).toEqual([...plain.keys()]);
    // the sheets, their notes and the shared strings are the parts written differently; the chart is added after
    expect(
      [...written.keys()].filter((n) => /sheet\d+\.xml$|comments|vmlDrawing|sharedStrings|chart/.test(n)).length,
    ).toBeGreaterThanOrEqual(6);
    for (const [name, text] of plain) expect({ name, same: written.get(name) === text }).toEqual({ name, same: true });
    // the workbook is emptied as it is written: its rows are released
    for (const ws of lean.workbook.worksheets) expect(ws.rowCount).toBe(0);
  });

  it("writes a file exceljs reads back with every note and fill of the marks", async () => {
    const noted = async (bytes: Uint8Array) => {
      const ws = (await XlsxWorkbook.fromBuffer(bytes)).workbook.worksheets[0];
      const cells: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.note) cells.push(`${c.address} ${JSON.stringify(c.fill)} ${JSON.stringify(c.note)}`);
        }),
      );
      return cells;
    };
    const plain = await noted(await (await marked(EXAMPLES[0])).toBuffer());
    expect(plain.length).toBeGreaterThan(3);
    expect(await noted(await (await marked(EXAMPLES[0])).toBuffer(writeBufferOnce))).toEqual(plain);
  });

  it("computes the zip CRC-32, also continued over pieces", () => {
    const text = new TextEncoder().encode("Sở Tài chính chủ trì; UBND các huyện phối hợp");
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(text.subarray(10), crc32(text.subarray(0, 10)))).toBe(crc32(text));
  });
});
