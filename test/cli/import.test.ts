/**
 * `ro-viec import`: a Word appendix or a prose task list written as a formatted appendix sheet, read back with
 * exceljs and checked — the same findings as checking the source itself — and the refusals.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./run-cli";

const ROOT = path.resolve(__dirname, "../..");
const PROSE = path.join(ROOT, "test/fixtures/prose/lai-chau-2026-plan.txt");
const DOCX = (name: string) => path.join(ROOT, "test/fixtures/docx", name);

interface Rep {
  stats: { tasks: number; sections: number; errors: number; warnings: number; infos: number };
  findings: { rule: string; task: string; column: string; message: string }[];
}
const findings = (r: Rep): string[] => r.findings.map((f) => `${f.rule} ${f.task} ${f.column} ${f.message}`).sort();

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "rv-import-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("import of a task list written as prose", () => {
  let out: string;
  let said: string;
  beforeAll(async () => {
    out = path.join(dir, "lai-chau.xlsx");
    const r = await cli(["import", PROSE, "--out", out]);
    expect(r.code).toBe(0);
    said = r.out;
  });

  it("says what it wrote and lists the line it could not place", () => {
    expect(said).toMatch(/^Đã ghi phụ lục \(38 nhiệm vụ, 14 mục\) vào “.*lai-chau\.xlsx”\./);
    expect(said).toMatch(/1 dòng không xếp được vào bảng/);
    expect(said).toMatch(/dòng 408: Căn cứ chức năng, nhiệm vụ được giao/);
  });

  it("writes a sheet laid out for print: title merged, header bold, column numbers, sections merged, borders", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("Phụ lục");
    expect(ws.getCell("A1").value).toBe("NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN");
    expect(ws.getCell("F1").isMerged).toBe(true);
    expect(ws.getCell("A2").value).toBe("STT");
    expect(ws.getCell("C2").value).toBe("Đơn vị chủ trì");
    expect(ws.getCell("B2").font?.bold).toBe(true);
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getCell(3, c).value)).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]);
    expect(ws.getCell("A4").value).toBe("1");
    expect(ws.getCell("B4").value).toBe("Công an tỉnh");
    expect(ws.getCell("F4").isMerged).toBe(true);
    expect(ws.getCell("B4").font?.bold).toBe(true);
    expect(ws.getCell("C5").value).toBe("Công an tỉnh");
    expect(ws.getCell("B5").border?.left?.style).toBe("thin");
    expect(ws.getCell("B5").alignment?.wrapText).toBe(true);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToWidth).toBe(1);
    const widths = [1, 2, 3, 4, 5, 6].map((c) => ws.getColumn(c).width ?? 0);
    expect(widths[1]).toBeGreaterThan(widths[0]);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(160);
  });

  it("checks as the prose it came from", async () => {
    const fromText = JSON.parse((await cli(["check", PROSE, "--json"])).out) as Rep;
    const fromSheet = JSON.parse((await cli(["check", out, "--json"])).out) as Rep;
    expect({ ...fromSheet.stats, durationMs: 0 }).toEqual({ ...fromText.stats, durationMs: 0 });
    expect(findings(fromSheet)).toEqual(findings(fromText));
  });
});

describe("import of a Word appendix table", () => {
  it("writes the table that checks as the .xlsx example it was made from", async () => {
    const out = path.join(dir, "plan-2024.xlsx");
    const r = await cli(["import", DOCX("plan-2024.docx"), "--out", out, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote the appendix \(40 tasks, 7 sections\)/);
    const fromSheet = JSON.parse((await cli(["check", out, "--json"])).out) as Rep;
    const example = path.join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx");
    const fromExample = JSON.parse((await cli(["check", example, "--json"])).out) as Rep;
    expect({ ...fromSheet.stats, durationMs: 0 }).toEqual({ ...fromExample.stats, durationMs: 0 });
    expect(fromSheet.findings.map((f) => f.rule).sort()).toEqual(fromExample.findings.map((f) => f.rule).sort());
  });
});

describe("import refusals", () => {
  it("needs --out, an .xlsx output, a Word or text input, and never writes over the input", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["import", PROSE], /Thiếu --out/],
      [["import", PROSE, "--out", path.join(dir, "x.docx")], /phải có đuôi \.xlsx/],
      [
        ["import", path.join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx"), "--out", path.join(dir, "y.xlsx")],
        /là bảng tính/,
      ],
      [["import", DOCX("no-table.docx"), "--out", path.join(dir, "z.xlsx")], /không có bảng phụ lục nào/],
    ];
    for (const [args, re] of cases) {
      const r = await cli(args);
      expect([args[1], r.code]).toEqual([args[1], 2]);
      expect(r.err).toMatch(re);
      expect(r.err.split("\n")).toHaveLength(1);
    }
    for (const n of ["x.docx", "y.xlsx", "z.xlsx"]) await expect(fs.stat(path.join(dir, n))).rejects.toThrow();
  });
});
