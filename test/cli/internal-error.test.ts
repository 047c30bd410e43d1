/**
 * The command line on a sheet whose check meets a defect: exit 2, one line naming the file and the sheet and
 * saying the check failed (an internal error, with its cause) in the user's language; no stack, no "no appendix".
 */
import * as path from "node:path";
import { run } from "../../src/cli/main";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { FAULT, throwingGrid } from "../fixtures/throwing-grid";

const EXAMPLE = path.resolve(__dirname, "../../examples/ke-hoach-de-an-06-nam-2024.xlsx");

async function cli(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

describe("ro-viec check when detection fails inside", () => {
  beforeEach(() => {
    const read = XlsxWorkbook.prototype.readGrid;
    jest.spyOn(XlsxWorkbook.prototype, "readGrid").mockImplementation(async function (
      this: XlsxWorkbook,
      ...args: Parameters<XlsxWorkbook["readGrid"]>
    ) {
      return throwingGrid(await read.apply(this, args), 6);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ["vi", "lỗi bên trong Rõ Việc", /không có phụ lục/i],
    ["en", "internal error in Rõ Việc", /no task appendix|no sheet of the workbook/i],
  ] as const)("says so in one line naming the file and the sheet (%s)", async (lang, words, notThis) => {
    const { code, out, err } = await cli(["check", EXAMPLE, "--lang", lang]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    const [line] = err;
    expect(line).toContain("ke-hoach-de-an-06-nam-2024.xlsx");
    expect(line).toContain("“Phụ lục”");
    expect(line).toContain(words);
    expect(line).toContain(FAULT);
    expect(line).not.toMatch(notThis);
    expect(line).not.toMatch(/\n|at .*\.ts:\d+/);
  });

  it("names the sheet given with --sheet", async () => {
    const { code, err } = await cli(["check", EXAMPLE, "--sheet", "Phụ lục"]);
    expect(code).toBe(2);
    expect(err.join("\n")).toContain("Không kiểm tra được trang tính “Phụ lục”");
  });
});
