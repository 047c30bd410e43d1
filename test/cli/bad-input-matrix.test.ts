/**
 * The bad-input matrix: generated inputs (missing, folders, links, empty, text, random bytes, truncated and
 * corrupted workbooks, other zip files, old .xls, encrypted, agency files of every wrong shape, bad options, bad
 * outputs), each run in Vietnamese and in English. Every refusal is one line in the user's language naming the
 * file and the real cause, with no stack trace and no raw system or validator text; the input files' bytes are
 * unchanged after every run.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { run } from "../../src/cli/main";

const ROOT = path.resolve(__dirname, "../..");
const PLAN = path.join(ROOT, "test/fixtures/xlsx/plan-2026-restart.xlsx");
const ENCRYPTED = path.join(ROOT, "test/fixtures/xlsx/encrypted.xlsx");
const NO_APPENDIX = path.join(ROOT, "test/fixtures/xlsx/no-appendix.xlsx");

type Lang = "vi" | "en";
/** How the message names the cause, per language. */
type Cause = Readonly<Record<Lang, RegExp>>;

interface Input {
  readonly name: string;
  /** Arguments after `check`; paths are relative to the run's folder. */
  readonly args: (dir: string) => string[];
  readonly cause: Cause;
  /** The file (relative to the folder) the message must name; default the first argument. */
  readonly names?: string;
}

const C = {
  missing: { vi: /Không tìm thấy tệp/, en: /not found/ },
  folder: { vi: /là một thư mục/, en: /is a folder/ },
  notWorkbook: { vi: /không phải là bảng tính Excel/, en: /is not an Excel workbook/ },
  damaged: { vi: /bị hỏng/, en: /is damaged/ },
  empty: { vi: /trống/, en: /is empty/ },
  encrypted: { vi: /mật khẩu/, en: /password/ },
  xls: { vi: /Excel 97-2003/, en: /Excel 97-2003/ },
  loop: { vi: /vòng liên kết/, en: /loop of symbolic links/ },
  noAppendix: { vi: /Không trang tính nào/, en: /No sheet of the workbook/ },
  agenciesMissing: { vi: /Không tìm thấy danh mục cơ quan/, en: /Agency file .* not found/ },
  agenciesFolder: { vi: /Danh mục cơ quan .* là một thư mục/, en: /Agency file .* is a folder/ },
  agenciesEmpty: { vi: /Danh mục cơ quan .* trống/, en: /Agency file .* is empty/ },
  syntax: { vi: /lỗi cú pháp ở dòng \d+, cột \d+/, en: /syntax error at line \d+, column \d+/ },
  shape: { vi: /tệp phải là một đối tượng/, en: /the file must be an object/ },
  type: { vi: /cần .*, nhưng có/, en: /is needed, but there is/ },
  missingField: { vi: /thiếu giá trị/, en: /: missing/ },
  unknownField: { vi: /trường không biết/, en: /unknown field/ },
  emptyField: { vi: /không được để trống/, en: /must not be empty/ },
  date: { vi: /YYYY-MM-DD/, en: /YYYY-MM-DD/ },
  duplicate: { vi: /đã thuộc mục|trùng với mục/, en: /already belongs to entry|duplicates entry/ },
  outIsInput: { vi: /trùng tệp gốc/, en: /is the input file/ },
  outFolder: { vi: /đó là một thư mục/, en: /it is a folder/ },
  outNoFolder: { vi: /không tạo được thư mục/, en: /its folder cannot be made/ },
  sheet: { vi: /Không có trang tính/, en: /no sheet/ },
  period: { vi: /Kỳ kế hoạch .* không hợp lệ/, en: /Plan period .* is not valid/ },
  asOf: { vi: /Ngày tính .* không hợp lệ/, en: /As-of date .* is not valid/ },
  option: { vi: /Tùy chọn/, en: /option/i },
} satisfies Record<string, Cause>;

/** A small deterministic generator, so the "random" files are the same on every run. */
function bytesOf(seed: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function ole(...streams: string[]): Buffer {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const names = streams.flatMap((s) => [...s].flatMap((ch) => [ch.charCodeAt(0), 0]).concat([0, 0]));
  return Buffer.from([...head, ...new Array(504).fill(0), ...names]);
}

const agencyFiles: [string, string, Cause][] = [
  ["empty.json", "", C.agenciesEmpty],
  ["spaces.json", "  \n ", C.agenciesEmpty],
  ["trailing-comma.json", '{"agencies": [{"name": "Sở A",}]}', C.syntax],
  ["unclosed.json", '{"agencies": [', C.syntax],
  ["text.json", "Sở Y tế, Sở Tài chính", C.syntax],
  ["number.json", "42", C.shape],
  ["string.json", '"Sở Y tế"', C.shape],
  ["null.json", "null", C.shape],
  ["agencies-object.json", '{"agencies": {"name": "Sở A"}}', C.shape],
  ["unknown-top.json", '{"agencies": [], "extra": 1}', C.unknownField],
  ["array-of-numbers.json", "[1, 2, 3]", C.type],
  ["name-number.json", '{"agencies": [{"name": 5}]}', C.type],
  ["no-name.json", '{"agencies": [{"aliases": ["A"]}]}', C.missingField],
  ["unknown-field.json", '{"agencies": [{"name": "Sở A", "colour": "red"}]}', C.unknownField],
  ["empty-name.json", '{"agencies": [{"name": "  "}]}', C.emptyField],
  ["aliases-string.json", '{"agencies": [{"name": "Sở A", "aliases": "A"}]}', C.type],
  ["bad-date.json", '{"agencies": [{"name": "Sở A", "validFrom": "1/3/2025"}]}', C.date],
  ["duplicate.json", '{"agencies": [{"name": "Sở Thử"}, {"name": "Sở Thử"}]}', C.duplicate],
  ["collective-text.json", '{"agencies": [{"name": "Sở A", "collective": "yes"}]}', C.type],
];

async function workbookZip(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Writes every input file into `dir` and returns the matrix. */
async function prepare(dir: string): Promise<Input[]> {
  const plan = await fs.readFile(PLAN);
  const write = (name: string, data: string | Buffer) => fs.writeFile(path.join(dir, name), data);
  await fs.mkdir(path.join(dir, "folder.xlsx"));
  await fs.mkdir(path.join(dir, "out-folder"));
  await write("plan.xlsx", plan);
  await write("empty.xlsx", "");
  await write("text.xlsx", "STT\tNội dung\tĐơn vị chủ trì\n1\tXây dựng kế hoạch\tSở Y tế\n");
  await write("csv.xlsx", "STT,Nội dung,Đơn vị chủ trì\n1,Xây dựng,Sở Y tế\n");
  await write("html.xlsx", "<html><body><table><tr><td>STT</td></tr></table></body></html>");
  await write(
    "png.xlsx",
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), bytesOf(7, 500)]),
  );
  await write("pdf.xlsx", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
  await write("bom-text.xlsx", "\ufeffSTT;Nội dung\n");
  await write("xls.xlsx", ole("Root Entry", "Workbook", "SummaryInformation"));
  await write("encrypted.xlsx", await fs.readFile(ENCRYPTED));
  await write("no-appendix.xlsx", await fs.readFile(NO_APPENDIX));
  await write(
    "docx.xlsx",
    await workbookZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
  );
  await write("zip-of-text.xlsx", await workbookZip({ "notes.txt": "không phải bảng tính" }));
  await write("empty-zip.xlsx", Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
  await write("zip-header-only.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, ...bytesOf(3, 300)]));
  await write(
    "broken-parts.xlsx",
    await workbookZip({
      "[Content_Types].xml": "<Types",
      "xl/workbook.xml": "<workbook><sheets><sheet",
      "xl/_rels/x": "",
    }),
  );
  await fs.symlink(path.join(dir, "loop-b.xlsx"), path.join(dir, "loop-a.xlsx"));
  await fs.symlink(path.join(dir, "loop-a.xlsx"), path.join(dir, "loop-b.xlsx"));
  await fs.symlink(path.join(dir, "gone.xlsx"), path.join(dir, "dangling.xlsx"));
  await fs.symlink(path.join(dir, "plan.xlsx"), path.join(dir, "plan-link.xlsx"));
  await fs.link(path.join(dir, "plan.xlsx"), path.join(dir, "plan-hard.xlsx"));
  const randomSizes = [1, 17, 512, 4096, 65536];
  for (const [i, n] of randomSizes.entries()) await write(`random-${n}.xlsx`, bytesOf(i + 11, n));
  const cuts = [30, 200, 1000, Math.floor(plan.length / 2), plan.length - 10];
  for (const cut of cuts) await write(`truncated-${cut}.xlsx`, plan.subarray(0, cut));
  for (const [name, text] of agencyFiles) await write(name, text);
  await write("bom.json", '\ufeff{"agencies": [{"name": "Sở Thử nghiệm", "validFrom": 2025}]}');
  await write("agencies.xlsx.json", plan);

  const check = (file: string, cause: Cause): Input => ({ name: file, args: () => [file], cause });
  const inputs: Input[] = [
    check("missing.xlsx", C.missing),
    check("no-such-folder/plan.xlsx", C.missing),
    check("plan.xlsx/inside.xlsx", C.missing),
    check("folder.xlsx", C.folder),
    check("empty.xlsx", C.empty),
    check("text.xlsx", C.notWorkbook),
    check("csv.xlsx", C.notWorkbook),
    check("html.xlsx", C.notWorkbook),
    check("png.xlsx", C.notWorkbook),
    check("pdf.xlsx", C.notWorkbook),
    check("bom-text.xlsx", C.notWorkbook),
    check("xls.xlsx", C.xls),
    check("encrypted.xlsx", C.encrypted),
    check("no-appendix.xlsx", C.noAppendix),
    check("docx.xlsx", C.notWorkbook),
    check("zip-of-text.xlsx", C.notWorkbook),
    check("empty-zip.xlsx", C.notWorkbook),
    check("zip-header-only.xlsx", C.notWorkbook),
    check("broken-parts.xlsx", C.damaged),
    check("loop-a.xlsx", C.loop),
    check("dangling.xlsx", C.missing),
    ...randomSizes.map((n) => check(`random-${n}.xlsx`, C.notWorkbook)),
    ...cuts.map((cut) =>
      check(`truncated-${cut}.xlsx`, cut < 1000 ? { vi: /bị hỏng|không phải/, en: /damaged|not an/ } : C.damaged),
    ),
    ...agencyFiles.map(([file, , cause]): Input => ({
      name: `--agencies ${file}`,
      args: () => ["plan.xlsx", "--agencies", file],
      cause,
      names: file,
    })),
    {
      name: "--agencies missing",
      args: () => ["plan.xlsx", "--agencies", "none.json"],
      cause: C.agenciesMissing,
      names: "none.json",
    },
    {
      name: "--agencies a folder",
      args: () => ["plan.xlsx", "--agencies", "out-folder"],
      cause: C.agenciesFolder,
      names: "out-folder",
    },
    {
      name: "--agencies with a BOM and a bad date",
      args: () => ["plan.xlsx", "--agencies", "bom.json"],
      cause: C.type,
      names: "bom.json",
    },
    {
      name: "--agencies a workbook",
      args: () => ["plan.xlsx", "--agencies", "agencies.xlsx.json"],
      cause: C.syntax,
      names: "agencies.xlsx.json",
    },
    { name: "--out the input", args: () => ["plan.xlsx", "--out", "plan.xlsx"], cause: C.outIsInput },
    {
      name: "--out a symbolic link to the input",
      args: () => ["plan.xlsx", "--out", "plan-link.xlsx"],
      cause: C.outIsInput,
      names: "plan-link.xlsx",
    },
    {
      name: "--out a hard link to the input",
      args: () => ["plan.xlsx", "--out", "plan-hard.xlsx"],
      cause: C.outIsInput,
      names: "plan-hard.xlsx",
    },
    {
      name: "--out the input through ..",
      args: () => ["plan.xlsx", "--out", "out-folder/../plan.xlsx"],
      cause: C.outIsInput,
      names: "out-folder/../plan.xlsx",
    },
    {
      name: "--out a folder",
      args: () => ["plan.xlsx", "--out", "out-folder"],
      cause: C.outFolder,
      names: "out-folder",
    },
    {
      name: "--out inside a file",
      args: () => ["plan.xlsx", "--out", "empty.xlsx/x.xlsx"],
      cause: C.outNoFolder,
      names: "empty.xlsx/x.xlsx",
    },
    { name: "--sheet unknown", args: () => ["plan.xlsx", "--sheet", "Trang 9"], cause: C.sheet, names: "Trang 9" },
    {
      name: "--plan-period reversed",
      args: () => ["plan.xlsx", "--plan-period", "2030-2026"],
      cause: C.period,
      names: "2030-2026",
    },
    {
      name: "--plan-period words",
      args: () => ["plan.xlsx", "--plan-period", "năm nay"],
      cause: C.period,
      names: "năm nay",
    },
    { name: "--as-of 30/6/2026", args: () => ["plan.xlsx", "--as-of", "30/6/2026"], cause: C.asOf, names: "30/6/2026" },
    {
      name: "--as-of 2026-02-30",
      args: () => ["plan.xlsx", "--as-of", "2026-02-30"],
      cause: C.asOf,
      names: "2026-02-30",
    },
    { name: "unknown option", args: () => ["plan.xlsx", "--strict"], cause: C.option, names: "--strict" },
    { name: "missing option value", args: () => ["plan.xlsx", "--out"], cause: C.option, names: "--out" },
  ];
  return inputs;
}

/** Raw texts of the system, the zip reader, the JSON parser and the validator that must never reach the user. */
const RAW =
  /\bE[A-Z]{3,}\b|Error:|TypeError|at position|Unexpected token|Unexpected end|Expected (object|string|array|number)|received|Corrupted zip|end of central directory|\bat .*:\d+:\d+|undefined|\[object /;

/** Letters found in Vietnamese words and never in English ones (the product's name aside). */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const ENGLISH_WORDS = /\b(the|is|not|file|found|cannot|invalid|folder|with|and)\b/i;

function withoutQuoted(s: string): string {
  return s
    .replace(/“[^”]*”/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/Rõ Việc/g, "");
}

async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await fs.readdir(dir)) {
    const p = path.join(dir, name);
    const st = await fs.lstat(p);
    if (st.isFile())
      out[name] = createHash("sha256")
        .update(await fs.readFile(p))
        .digest("hex");
    else out[name] = st.isDirectory() ? "dir" : "link";
  }
  return out;
}

describe("the bad-input matrix", () => {
  let dir: string;
  let inputs: Input[];
  const results: { name: string; lang: Lang; code: number; err: string; out: string }[] = [];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "ro-viec-bad-"));
    inputs = await prepare(dir);
    const before = await hashes(dir);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const input of inputs) {
        for (const lang of ["vi", "en"] as const) {
          const out: string[] = [];
          const err: string[] = [];
          const code = await run(["check", ...input.args(dir), "--lang", lang], {
            out: (s) => out.push(s),
            err: (s) => err.push(s),
          });
          results.push({ name: input.name, lang, code, err: err.join("\n"), out: out.join("\n") });
        }
      }
    } finally {
      process.chdir(cwd);
    }
    expect(await hashes(dir)).toEqual(before);
  }, 120_000);

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("has at least 60 inputs, each run in both languages", () => {
    expect(inputs.length).toBeGreaterThanOrEqual(60);
    expect(results).toHaveLength(inputs.length * 2);
  });

  it("refuses every one with exit 2 and one line on stderr, nothing on stdout", () => {
    const wrong = results.filter((r) => r.code !== 2 || r.err.split("\n").length !== 1 || r.err === "" || r.out !== "");
    expect(wrong).toEqual([]);
  });

  it("shows no stack trace and no raw system, parser or validator text", () => {
    expect(results.filter((r) => RAW.test(withoutQuoted(r.err)))).toEqual([]);
  });

  it("names the real cause and the file, in the user's language only", () => {
    const wrong = results.filter((r) => {
      const input = inputs.find((i) => i.name === r.name)!;
      const named = input.names ?? input.args(dir)[0];
      const text = withoutQuoted(r.err);
      const language = r.lang === "vi" ? !ENGLISH_WORDS.test(text) : !VIETNAMESE.test(text);
      return !input.cause[r.lang].test(r.err) || !r.err.includes(named) || !language;
    });
    expect(wrong).toEqual([]);
  });

  it("reads an agency file saved with a byte order mark", async () => {
    const file = path.join(dir, "bom-ok.json");
    await fs.writeFile(file, '\ufeff{"agencies": [{"name": "Sở Thử nghiệm"}]}');
    const err: string[] = [];
    const code = await run(["check", PLAN, "--agencies", file, "--json"], { out: () => {}, err: (s) => err.push(s) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
  });

  it("adds the system's own text with --verbose, still on one line", async () => {
    const err: string[] = [];
    await run(["check", path.join(dir, "truncated-2000.xlsx"), "--verbose"], {
      out: () => {},
      err: (s) => err.push(s),
    });
    expect(err).toHaveLength(1);
  });
});
