/**
 * `ro-viec check` on Word files and on text: the same report as for a workbook, the table's source said, legacy
 * fonts noted, and every unreadable input refused in one line in the user's language, with nothing written.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cli } from "./run-cli";

const ROOT = path.resolve(__dirname, "../..");
const DOCX = (name: string) => path.join(ROOT, "test/fixtures/docx", name);

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
