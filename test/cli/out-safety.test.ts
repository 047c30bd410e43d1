/**
 * The input is sacred: an --out that is the input by identity (a symbolic link, a hard link, another spelling of
 * its path) is refused and the input's bytes stay as they were; the output is written whole or not at all.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./run-cli";
import { sameFile, writeFileAtomic, WriteError } from "../../src/cli/files";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLE = path.join(ROOT, "test/fixtures/xlsx/plan-2026-restart.xlsx");

let dir: string;
let input: string;
let before: Buffer;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ro-viec-out-"));
  input = path.join(dir, "plan.xlsx");
  await fs.copyFile(EXAMPLE, input);
  before = await fs.readFile(input);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function inputUnchanged(): Promise<void> {
  expect(Buffer.compare(before, await fs.readFile(input))).toBe(0);
}

describe("an --out that is the input", () => {
  const shapes: [string, () => Promise<string>][] = [
    ["a symbolic link to it", async () => symlink(input, "link.xlsx")],
    ["a relative symbolic link to it", async () => symlink("plan.xlsx", "rel-link.xlsx")],
    ["a link to a link to it", async () => symlink(await symlink(input, "a.xlsx"), "b.xlsx")],
    [
      "a hard link to it",
      async () => {
        const p = path.join(dir, "hard.xlsx");
        await fs.link(input, p);
        return p;
      },
    ],
    ["its path spelled another way", async () => path.join(dir, "sub", "..", "plan.xlsx")],
    [
      "its path through a linked folder",
      async () => {
        const d = path.join(dir, "alias");
        await fs.symlink(dir, d);
        return path.join(d, "plan.xlsx");
      },
    ],
  ];

  async function symlink(to: string, name: string): Promise<string> {
    const p = path.join(dir, name);
    await fs.symlink(to, p);
    return p;
  }

  it.each(shapes)("%s is refused in both languages, input bytes unchanged", async (_name, make) => {
    await fs.mkdir(path.join(dir, "sub"), { recursive: true });
    const out = await make();
    const vi = await cli(["check", input, "--out", out]);
    expect(vi.code).toBe(2);
    expect(vi.err).toMatch(/trùng tệp gốc/);
    expect(vi.err.split("\n")).toHaveLength(1);
    const en = await cli(["check", input, "--out", out, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.err).toMatch(/is the input file/);
    await inputUnchanged();
  });

  it("the input given through a link and --out as the real path is refused too", async () => {
    const link = path.join(dir, "link.xlsx");
    await fs.symlink(input, link);
    const r = await cli(["check", link, "--out", input]);
    expect(r.code).toBe(2);
    await inputUnchanged();
  });
});

describe("writing the annotated copy", () => {
  it("replaces a symbolic link to another file by the new file, leaving that file as it was", async () => {
    const other = path.join(dir, "other.xlsx");
    await fs.writeFile(other, "keep me");
    const link = path.join(dir, "out.xlsx");
    await fs.symlink(other, link);
    const r = await cli(["check", input, "--out", link]);
    expect(r.code).toBe(0);
    expect(await fs.readFile(other, "utf8")).toBe("keep me");
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(link);
    expect(wb.worksheets.length).toBeGreaterThan(1);
    await inputUnchanged();
  });

  it("leaves no temporary file beside the target", async () => {
    const out = path.join(dir, "copy.xlsx");
    expect((await cli(["check", input, "--out", out])).code).toBe(0);
    expect((await fs.readdir(dir)).sort()).toEqual(["copy.xlsx", "plan.xlsx"]);
  });

  it("says a folder given as --out is a folder, and leaves it alone", async () => {
    const out = path.join(dir, "folder");
    await fs.mkdir(out);
    const r = await cli(["check", input, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Không ghi được “${out}”: đó là một thư mục.`);
    expect(await fs.readdir(out)).toEqual([]);
    await inputUnchanged();
  });

  it("says when part of the path is a file", async () => {
    const out = path.join(dir, "plan.xlsx", "copy.xlsx");
    const r = await cli(["check", input, "--out", out, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Cannot write “${out}”: its folder cannot be made (part of the path is a file).`);
    await inputUnchanged();
  });
});

describe("writeFileAtomic", () => {
  it("leaves the old target and no partial or temporary file when the write fails half-way", async () => {
    const target = path.join(dir, "t.xlsx");
    await fs.writeFile(target, "old");
    const spy = jest.spyOn(fs, "rename").mockRejectedValueOnce(Object.assign(new Error("ENOSPC"), { code: "ENOSPC" }));
    try {
      await expect(writeFileAtomic(target, new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ reason: "full" });
    } finally {
      spy.mockRestore();
    }
    expect(await fs.readFile(target, "utf8")).toBe("old");
    expect((await fs.readdir(dir)).sort()).toEqual(["plan.xlsx", "t.xlsx"]);
  });

  it("writes the bytes whole", async () => {
    const target = path.join(dir, "new", "t.bin");
    const bytes = new Uint8Array(100_000).map((_, i) => i % 251);
    await writeFileAtomic(target, bytes);
    expect(Buffer.compare(Buffer.from(bytes), await fs.readFile(target))).toBe(0);
  });

  it("reports its errors as WriteError", async () => {
    await expect(writeFileAtomic(dir, new Uint8Array(1))).rejects.toBeInstanceOf(WriteError);
  });
});

describe("sameFile", () => {
  it("is false for two different files and for a missing one", async () => {
    const other = path.join(dir, "other.xlsx");
    await fs.copyFile(input, other);
    expect(await sameFile(input, other)).toBe(false);
    expect(await sameFile(input, path.join(dir, "missing.xlsx"))).toBe(false);
  });
});
