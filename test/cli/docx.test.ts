/**
 * `ro-viec check` on Word files and on text: the same report as for a workbook, the table's source said, legacy
 * fonts noted, and every unreadable input refused in one line in the user's language, with nothing written.
 */
import { promises as fs, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { cli } from "./run-cli";

const ROOT = path.resolve(__dirname, "../..");
const DOCX = (name: string) => path.join(ROOT, "test/fixtures/docx", name);

interface WordPlace {
  table: number;
  row: number;
  column?: number;
  text?: string;
}
interface WordReport {
  table: { wordTables?: number[] };
  findings: {
    rule: string;
    row: number;
    cell: string;
    task: string;
    message: string;
    suggestion?: string;
    place?: WordPlace;
    related?: { row: number; place?: WordPlace }[];
  }[];
}

/** The text of each cell of each table of a .docx, by table, row and grid column (a cell spanning columns fills them). */
async function wordTableCells(bytes: Buffer): Promise<string[][][]> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  const text = (s: string) =>
    [...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) =>
        m[1]
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&"),
      )
      .join("");
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].flatMap((c) => {
        const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(c[1])?.[1] ?? 1);
        return [text(c[1]), ...Array<string>(span - 1).fill("")];
      }),
    ),
  );
}

/** The text of each cell of the grid the command line checks, by its address. */
async function gridTexts(file: string): Promise<Map<string, string>> {
  const { wordGrids } = await import("../../src/workbook/word-read");
  const { cellAddress, cellText } = await import("../../src/core");
  const read = await wordGrids(readFileSync(file), { table: (n) => `Bảng ${n}`, prose: "Phụ lục" });
  const out = new Map<string, string>();
  read.grids[0].rows.forEach((r, i) => r.forEach((v, j) => out.set(cellAddress(i + 1, j + 1), cellText(v))));
  return out;
}

describe("ro-viec check FILE.docx", () => {
  it("checks the appendix table of a Word file exactly as the workbook it was made from", async () => {
    const word = await cli(["check", DOCX("plan-2024.docx"), "--json"]);
    const book = await cli(["check", path.join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx"), "--json"]);
    const w = JSON.parse(word.out) as { table: { source?: string }; stats: object; findings: { rule: string }[] };
    const b = JSON.parse(book.out) as typeof w;
    expect(word.code).toBe(1);
    expect(w.table.source).toBe("docx");
    expect(b.table.source).toBeUndefined();
    expect({ ...w.stats, durationMs: 0 }).toEqual({ ...b.stats, durationMs: 0 });
    expect(w.findings.map((f) => f.rule).sort()).toEqual(b.findings.map((f) => f.rule).sort());
  });

  it("names each place as the Word table, row and column it is in, the tables split at page breaks counted apart", async () => {
    const word = await cli(["check", DOCX("plan-2024.docx"), "--json"]);
    const book = await cli(["check", path.join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx"), "--json"]);
    const w = JSON.parse(word.out) as WordReport;
    const b = JSON.parse(book.out) as WordReport;
    expect(w.table.wordTables).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(b.table.wordTables).toBeUndefined();
    // The document's own tables, read here from its XML: each finding's place holds the text the finding is on.
    const tables = await wordTableCells(readFileSync(DOCX("plan-2024.docx")));
    expect(tables).toHaveLength(7);
    const squash = (s: string) => s.replace(/\s+/g, "");
    const grid = await gridTexts(DOCX("plan-2024.docx"));
    for (const f of w.findings) {
      expect(f.place).toBeDefined();
      const { table, row, column = 0 } = f.place!;
      expect([f.cell, squash(tables[table - 1][row - 1][column - 1] ?? "")]).toEqual([
        f.cell,
        squash(grid.get(f.cell) ?? ""),
      ]);
    }
    // The repeated headers are the first row of each Word table after the first; the rows a message cites too.
    const headers = w.findings.filter((f) => f.rule === "repeated-header");
    expect(headers.map((f) => f.place?.text)).toEqual([2, 3, 4, 5, 6, 7].map((n) => `bảng ${n}, dòng 1, cột 1`));
    const split = w.findings.find((f) => f.rule === "split-row" && f.task === "6")!;
    expect(split.place).toMatchObject({ table: 2, row: 2 });
    expect(split.message).toContain("(dòng 8 của bảng 1)");
    expect(split.suggestion).toBe("nối vào dòng 8 của bảng 1");
    // The same findings as the workbook, each still with the row and cell of the grid checked (1-based).
    const same = (f: WordReport["findings"][number]) => `${f.rule} ${f.task} ${f.cell.replace(/\d+$/, "")}`;
    expect(w.findings.map(same).sort()).toEqual(b.findings.map(same).sort());
    expect(w.findings.every((f) => f.cell === `${f.cell.replace(/\d+$/, "")}${f.row}`)).toBe(true);
    expect(b.findings.every((f) => f.place === undefined)).toBe(true);
    const related = w.findings.find((f) => f.rule === "collective-lead" && f.related)!;
    expect(related.related?.map((r) => r.place)).toEqual([
      { table: 3, row: 4 },
      { table: 3, row: 5 },
    ]);
  });

  it("writes places in the text report as the Word table's row and column, in the user's language", async () => {
    const vi = (await cli(["check", DOCX("plan-2024.docx")])).out.split("\n");
    expect(vi[0]).toBe("Rõ Việc — kiểm tra “plan-2024.docx”, “Bảng 1” (bảng 1–7 của tài liệu)");
    expect(vi[1]).toMatch(
      /^Bảng: tiêu đề ở dòng 1 của bảng 1, nội dung từ dòng 2 của bảng 1 đến dòng \d+ của bảng 7; cột: STT \(cột 1\)/,
    );
    expect(vi.find((l) => l.includes("[split-row]"))).toMatch(
      /^bảng 2, dòng 2, cột 4 +cảnh báo +NV 6 +Dòng 2 của bảng 2 /,
    );
    expect(vi).toContain(`${" ".repeat(44)}→ gợi ý: nối vào dòng 8 của bảng 1`);
    const en = (await cli(["check", DOCX("plan-2024.docx"), "--lang", "en"])).out;
    expect(en).toMatch(
      /^table 2, row 1, column 1 +info +Row 1 of table 2 repeats the table header \(row 1 of table 1\)/m,
    );
    expect(en).not.toMatch(/^[A-F]\d+ /m);
    // A workbook keeps its cell addresses.
    const book = await cli(["check", path.join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx")]);
    expect(book.out).toMatch(/^A\d+ +thông tin +Dòng \d+ lặp lại dòng tiêu đề của bảng \(dòng \d+\)/m);
  });

  it("says once that a legacy encoding was converted, in the user's language", async () => {
    const vi = await cli(["check", DOCX("tcvn3.docx")]);
    expect(vi.out).toContain("văn bản gõ bằng bảng mã cũ (TCVN3 (ABC)) đã được chuyển sang Unicode");
    const en = await cli(["check", DOCX("tcvn3.docx"), "--lang", "en"]);
    expect(en.out).toContain("converted to Unicode");
    expect(en.out).toContain("Table 1");
  });

  it("checks a task list written as prose (Word or text) as the appendix it makes", async () => {
    for (const file of [DOCX("prose.docx"), path.join(ROOT, "test/fixtures/prose/lai-chau-2026-plan.txt")]) {
      const r = await cli(["check", file, "--json"]);
      const rep = JSON.parse(r.out) as { stats: { tasks: number }; findings: { rule: string; task: string }[] };
      expect([file, rep.stats.tasks]).toEqual([file, 38]);
      expect(rep.findings.filter((f) => f.rule === "missing-deadline").map((f) => f.task)).toContain("12.1");
    }
  });
});

describe("Word and text inputs that cannot be checked", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "rv-docx-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const ole2 = (extra: number[] = []): Buffer => {
    const b = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
    Buffer.from(extra).copy(b, 600);
    return b;
  };
  const cases: Array<[string, Buffer | string, RegExp, RegExp]> = [
    ["note.docx", "Kế hoạch số 12", /không phải là tài liệu Word/, /is not a Word document/],
    ["old.docx", ole2(), /Word 97-2003 \(\.doc\)/, /Word 97-2003 document/],
    ["locked.docx", ole2([..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0])), /đặt mật khẩu/, /password/],
    ["broken.docx", Buffer.from([0x50, 0x4b, 3, 4, 9, 9, 9]), /bị hỏng/, /damaged/],
    ["letter.docx", "", /không có bảng phụ lục nào/, /no appendix table/],
    ["notes.txt", "Ghi chú cuộc họp.\nKhông có nhiệm vụ.", /không có danh sách nhiệm vụ/, /no list of tasks/],
  ];

  it.each(cases)("%s: exit 2, one line naming the file and the cause, nothing written", async (name, bytes, vi, en) => {
    const file = path.join(dir, name);
    if (name === "letter.docx") await fs.copyFile(DOCX("no-table.docx"), file);
    else await fs.writeFile(file, bytes);
    const before = await fs.readFile(file);
    for (const [lang, re] of [
      ["vi", vi],
      ["en", en],
    ] as const) {
      const r = await cli(["check", file, "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.split("\n")).toHaveLength(1);
      expect(r.err).toMatch(re);
      expect(r.err).toContain(name);
      expect(r.err).not.toMatch(/Error|at \w+ \(|ENOENT|undefined/);
    }
    expect(await fs.readFile(file)).toEqual(before);
    // Only the inputs are in the folder: nothing was written beside them.
    for (const n of await fs.readdir(dir)) expect(cases.map((c) => c[0])).toContain(n);
  });

  it("refuses --out for a Word file, pointing to import, and writes nothing", async () => {
    const out = path.join(dir, "copy.xlsx");
    const r = await cli(["check", DOCX("plan-2024.docx"), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ro-viec import/);
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
