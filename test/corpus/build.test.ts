import { promises as fs } from "node:fs";
import * as path from "node:path";
import { buildWorkbook, headerRowOf } from "../../src/corpus/build";
import { parseCorpusTsv } from "../../src/corpus/tsv";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

const dir = path.join(__dirname, "appendices");

async function grid(file: string, layout = {}) {
  const sheet = parseCorpusTsv(await fs.readFile(path.join(dir, file), "utf8"));
  const built = buildWorkbook(sheet, layout);
  const book = await XlsxWorkbook.fromBuffer(new Uint8Array(await built.workbook.xlsx.writeBuffer()));
  return { sheet, built, grid: await book.readGrid(built.sheetName) };
}

describe("corpus workbooks", () => {
  it("keeps every cell's text, breaks lines where the rebuild marks them, and types whole numbers", async () => {
    const { sheet, grid: g } = await grid("ttg-2530-khong-khi-pl1.tsv");
    expect(headerRowOf(sheet)).toBe(4);
    const lead = g.rows[5][2];
    expect(lead.kind).toBe("text");
    expect(lead.kind === "text" && lead.text.split("\n")[0]).toBe("- Bộ Khoa học và Công nghệ;");
    expect(g.rows[5][0]).toEqual({ kind: "number", value: 1 });
    expect(g.rowCount).toBe(sheet.rows.length);
  });

  it("merges title lines, section rows and the vertical merges a layout names", async () => {
    const { grid: g } = await grid("ttg-2597-cds-ha-tang-xay-dung.tsv", { mergeDown: [{ cols: [1], from: 6, to: 6 }] });
    const merges = g.merges.map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`);
    expect(merges).toEqual(expect.arrayContaining(["1:1-1:6", "3:1-3:6", "5:2-5:6"]));
    expect(g.bold?.has("5:2")).toBe(true);
  });

  it("refuses a vertical merge over a filled cell (a layout mistake, not a silent loss)", async () => {
    await expect(
      grid("ttg-2597-cds-ha-tang-xay-dung.tsv", { mergeDown: [{ cols: [3], from: 6, to: 7 }] }),
    ).rejects.toThrow(/row 7 is not empty/);
  });
});
