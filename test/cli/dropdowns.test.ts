/**
 * `ro-viec check FILE --dropdowns --out COPY`: the copy's appendix gets the dropdown lists (the same layer as the
 * pane's "Tạo danh sách chọn"), the input is untouched, and `--dropdowns` without `--out` is refused in one line.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { LISTS_SHEET } from "../../src/workbook/marking";
import { cli } from "./run-cli";

const EXAMPLE = path.resolve(__dirname, "../../examples/theo-doi-tien-do-2024.xlsx");

type Model = Record<string, ExcelJS.DataValidation | undefined>;

it("writes the dropdown lists into the copy and says how many cells got one", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ro-viec-dd-"));
  const out = path.join(dir, "copy.xlsx");
  const input = await fs.readFile(EXAMPLE);
  const r = await cli(["check", EXAMPLE, "--dropdowns", "--out", out]);
  expect(r.code).toBe(1);
  const line = /Đã tạo danh sách chọn trên (\d+) ô; giữ nguyên 0 ô/.exec(r.out);
  expect(line).not.toBeNull();
  expect(await fs.readFile(EXAMPLE)).toEqual(input);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.getWorksheet(LISTS_SHEET)?.state).toBe("veryHidden");
  const counted = wb.worksheets
    .map((ws) => (ws as unknown as { dataValidations: { model: Model } }).dataValidations.model)
    .flatMap((m) => Object.values(m).filter(Boolean));
  expect(counted.length).toBe(Number(line![1]));
  expect(new Set(counted.map((dv) => dv!.type))).toEqual(new Set(["list", "date"]));
  await fs.rm(dir, { recursive: true, force: true });
});

it("refuses --dropdowns without --out, in one line", async () => {
  const r = await cli(["check", EXAMPLE, "--dropdowns", "--lang", "en"]);
  expect(r.code).toBe(2);
  expect(r.err).toBe(`--dropdowns writes into the copy: ro-viec check “${EXAMPLE}” --dropdowns --out FILE.xlsx`);
});
