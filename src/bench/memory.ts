/**
 * Memory of the command line on a 100,000-row workbook: the peak resident memory of `ro-viec check` with and
 * without `--out`, beside that of exceljs only reading the file (the floor any check over exceljs stands on).
 * Each is measured in a child process of its own, so the peaks do not mix.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cellText, type Grid } from "../core";

/** Writes the grid's cells (as text and numbers) to an .xlsx file. */
export async function writeGridFile(grid: Grid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheet || "Phụ lục");
  for (const row of grid.rows) {
    ws.addRow(row.map((v) => (v.kind === "number" ? v.value : v.kind === "empty" ? null : cellText(v))));
  }
  await wb.xlsx.writeFile(file);
}

/** Peak resident memory (MB) of a Node script run in a child process. */
function peakOf(script: string): number {
  const probe = `${script};process.on("exit",()=>process.stderr.write("\\npeak_kb="+process.resourceUsage().maxRSS+"\\n"));`;
  const r = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8", maxBuffer: 1 << 28 });
  const m = /peak_kb=(\d+)/.exec(r.stderr ?? "");
  if (!m) throw new Error(`no peak measured: ${(r.stderr ?? "").slice(-300)}`);
  return Math.round(Number(m[1]) / 1024);
}

export interface MemoryFigures {
  readonly exceljsRead: number;
  readonly check: number;
  readonly checkOut: number;
}

export async function memoryFigures(grid: Grid): Promise<MemoryFigures> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ro-viec-bench-"));
  try {
    const file = path.join(dir, "plan.xlsx");
    await writeGridFile(grid, file);
    const cli = JSON.stringify(path.resolve(__dirname, "../cli/main.js"));
    const quiet = "{out:()=>{},err:()=>{}}";
    const run = (args: string[]) => `require(${cli}).run(${JSON.stringify(args)},${quiet})`;
    const exceljs = JSON.stringify(require.resolve("exceljs"));
    return {
      exceljsRead: peakOf(`new (require(${exceljs}).Workbook)().xlsx.readFile(${JSON.stringify(file)})`),
      check: peakOf(run(["check", file, "--json", "--plan-period", "2024"])),
      checkOut: peakOf(run(["check", file, "--json", "--plan-period", "2024", "--out", path.join(dir, "out.xlsx")])),
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
