/**
 * The Word reader on documents written by the `docx` library (scripts/build-docx-fixtures.ts, `npm run fixtures:docx`): the 2024 example
 * appendix as Word has it (title paragraphs, section rows merged with gridSpan, the table split at page breaks
 * with its header repeated), a TCVN3-typed appendix with a vertical merge, and a prose task list with automatic
 * numbering.
 */
import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import {
  checkGrid,
  defaultDirectory,
  defaultHeaderVocabulary,
  defaultProseVocabulary,
  parseProse,
  type Finding,
  type Grid,
} from "../../../src/core";
import { DocxReadError, readDocx } from "../../../src/workbook/docx";
import { wordGrids } from "../../../src/workbook/word-workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";

const ROOT = join(__dirname, "../../..");
const fixture = (name: string): Buffer => readFileSync(join(ROOT, "test/fixtures/docx", name));
const options = { tableName: (n: number) => `Bảng ${n}` };
const text = (g: Grid, r: number, c: number): string => {
  const v = g.rows[r - 1]?.[c - 1];
  return v && v.kind === "text" ? v.text : "";
};

/** A finding without the sheet rows it names, so a Word table and a sheet with other blank rows compare. */
const ROW_KEYS = new Set(["row", "headerRow", "taskRow", "otherRow"]);
function shape(f: Finding): string {
  const data = Object.fromEntries(Object.entries(f.data ?? {}).filter(([k]) => !ROW_KEYS.has(k)));
  return `${f.rule} ${f.severity} ${f.messageId} ${f.task} ${f.column} ${JSON.stringify(data)}`;
}

describe("the 2024 example appendix as a Word document", () => {
  let grid: Grid;
  beforeAll(async () => {
    const content = await readDocx(fixture("plan-2024.docx"), options);
    expect(content.tables).toHaveLength(1);
    grid = content.tables[0].grid;
  });

  it("reads the seven Word tables split at page breaks as one table under the four title lines", () => {
    expect(grid.sheet).toBe("Bảng 1");
    expect([1, 2, 3, 4].map((r) => text(grid, r, 1))).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
      "PHỤ LỤC",
      "DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN “ĐỀ ÁN 06” TRÊN ĐỊA BÀN TỈNH TRONG NĂM 2024",
      "(Kèm theo Quyết định số ...../QĐ-UBND ngày ..... tháng .....năm 2024 của Chủ tịch UBND tỉnh)",
    ]);
    expect(text(grid, 5, 1)).toBe("STT");
    const headers = grid.rows.map((_, i) => i + 1).filter((r) => text(grid, r, 1) === "STT");
    expect(headers).toHaveLength(7); // the header and its six repetitions, one per page
    expect(grid.colCount).toBe(6);
  });

  it("keeps for each row of the grid the Word table and row it came from, the title lines above the first", async () => {
    const { places } = (await readDocx(fixture("plan-2024.docx"), options)).tables[0];
    expect(places).toHaveLength(grid.rowCount);
    expect(places.slice(0, 5)).toEqual([
      { table: 1, titleLine: 1 },
      { table: 1, titleLine: 2 },
      { table: 1, titleLine: 3 },
      { table: 1, titleLine: 4 },
      { table: 1, row: 1 },
    ]);
    // Each Word table after a page break starts again at row 1 with the repeated header.
    const starts = places.flatMap((p, i) => ("row" in p && p.row === 1 ? [[p.table, text(grid, i + 1, 1)]] : []));
    expect(starts).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [n, "STT"]));
  });

  it("keeps the section rows merged across the six columns and bold, as the Word cells span them", () => {
    const sections = grid.rows.map((_, i) => i + 1).filter((r) => /^[IVX]+\. VỀ|^V\. XÂY/.test(text(grid, r, 1)));
    expect(sections).toHaveLength(7);
    for (const r of sections) {
      expect(grid.merges).toContainEqual({ top: r, left: 1, bottom: r, right: 6 });
      expect(grid.bold?.has(`${r}:1`)).toBe(true);
    }
  });

  it("gives exactly the findings of the .xlsx example, rows aside", async () => {
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx")));
    const sheet = (await wb.listSheets())[0].name;
    const fromXlsx = checkGrid(await wb.readGrid(sheet), {});
    const fromDocx = checkGrid(grid, { source: "docx" });
    if (!fromXlsx.ok || !fromDocx.ok) throw new Error("not checked");
    expect(fromDocx.report.stats).toMatchObject({ tasks: 40, sections: 7, errors: 10, warnings: 11, infos: 12 });
    expect(fromDocx.report.findings.map(shape).sort()).toEqual(fromXlsx.report.findings.map(shape).sort());
    expect(fromDocx.report.table.source).toBe("docx");
    expect(fromXlsx.report.table.source).toBeUndefined();
  });
});

describe("an appendix typed in TCVN3", () => {
  it("reads as Unicode Vietnamese, capitals from the '…H' font, the vertical merge kept", async () => {
    const content = await readDocx(fixture("tcvn3.docx"), options);
    expect(content.converted.get("tcvn3")).toBeGreaterThan(10);
    const g = content.tables[0].grid;
    expect(text(g, 1, 1)).toBe("PHỤ LỤC");
    expect(text(g, 2, 1)).toBe("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024");
    expect(g.rows[2].map((c) => (c.kind === "text" ? c.text : ""))).toEqual([
      "STT",
      "Nội dung nhiệm vụ",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Sản phẩm",
      "Thời gian hoàn thành",
    ]);
    expect(text(g, 5, 2)).toBe("Nâng cấp mạng truyền số liệu chuyên dùng đến cấp xã");
    expect(text(g, 6, 3)).toBe("Bưu điện tỉnh");
    expect(g.merges).toContainEqual({ top: 5, left: 1, bottom: 6, right: 1 });
    expect(g.merges).toContainEqual({ top: 5, left: 2, bottom: 6, right: 2 });
    const result = checkGrid(g, {});
    if (!result.ok) throw new Error(result.message);
    expect(result.report.stats.tasks).toBe(3);
    expect(result.report.planPeriod).toMatchObject({ from: "2024-01-01", source: "title" });
  });
});

describe("a prose task list with Word's automatic numbering", () => {
  it("renders the list numbers and bullets, so the agency headings and the tasks read as they print", async () => {
    const content = await readDocx(fixture("prose.docx"), options);
    expect(content.tables).toHaveLength(0);
    const lines = content.text.split("\n");
    expect(lines[0]).toBe("IV. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN");
    expect(lines[1]).toBe("1. Công an tỉnh");
    expect(lines).toContain("14. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh");
    const table = parseProse(content.text, {
      directory: defaultDirectory(),
      headers: defaultHeaderVocabulary(),
      vocabulary: defaultProseVocabulary(),
    });
    expect(table.taskCount).toBe(38);
    expect(new Set(table.rows.flatMap((r) => (r.kind === "task" ? [r.lead] : []))).size).toBe(14);
  });
});

describe("what is not a readable Word document", () => {
  const code = async (bytes: Uint8Array): Promise<string> => {
    try {
      await readDocx(bytes, options);
      return "read";
    } catch (e) {
      return e instanceof DocxReadError ? e.code : `other: ${String(e)}`;
    }
  };
  const ole2 = (extra: number[] = []): Uint8Array => {
    const b = new Uint8Array(1024);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    b.set(extra, 600);
    return b;
  };

  it("names each cause", async () => {
    expect(await code(new TextEncoder().encode("Kế hoạch"))).toBe("not-a-zip");
    expect(await code(ole2())).toBe("legacy-doc");
    expect(await code(ole2([..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0])))).toBe("encrypted");
    expect(await code(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toBe("damaged");
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    expect(await code(await zip.generateAsync({ type: "uint8array" }))).toBe("not-a-docx");
    const broken = new JSZip();
    broken.file("word/document.xml", "<w:document><w:body><w:p></w:document>");
    expect(await code(await broken.generateAsync({ type: "uint8array" }))).toBe("damaged");
    const entity = new JSZip();
    entity.file("word/document.xml", '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document><w:body/></w:document>');
    expect(await code(await entity.generateAsync({ type: "uint8array" }))).toBe("damaged");
  });
});

describe("a Word file whose only table is not an appendix", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const row = (cells: string[]): string => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr>`;
  async function docx(body: string): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file("word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
    return zip.generateAsync({ type: "uint8array" });
  }
  const names = { table: (n: number) => `Bảng ${n}`, prose: "Phụ lục" };

  it("reads the task list written below the letterhead table", async () => {
    const bytes = await docx(
      `<w:tbl>${row(["ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])}${row(["Số: 12/KH-UBND", "", "Lai Châu, ngày 5 tháng 3 năm 2026"])}</w:tbl>` +
        p("IV. NHIỆM VỤ CỤ THỂ") +
        p("1. Sở Y tế") +
        p("- Triển khai hồ sơ sức khỏe điện tử cho người dân.") +
        p("+ Sản phẩm: Hồ sơ sức khỏe điện tử.") +
        p("+ Tiến độ: Năm 2026."),
    );
    const read = await wordGrids(bytes, names);
    expect(read.grids.map((g) => g.sheet)).toEqual(["Phụ lục"]);
    expect(read.prose?.rows.filter((r) => r.kind === "task")).toEqual([
      expect.objectContaining({ lead: "Sở Y tế", deliverable: "Hồ sơ sức khỏe điện tử.", deadline: "Năm 2026." }),
    ]);
  });

  it("gives the tables when there is no task list either, so the check says no appendix was found there", async () => {
    const bytes = await docx(`<w:tbl>${row(["A", "B", "C"])}${row(["1", "2", "3"])}</w:tbl>` + p("Kính gửi các sở."));
    expect((await wordGrids(bytes, names)).grids.map((g) => g.sheet)).toEqual(["Bảng 1"]);
    await expect(wordGrids(await docx(p("Kính gửi các sở.")), names)).rejects.toMatchObject({ code: "nothing" });
  });
});
