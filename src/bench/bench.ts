/**
 * npm run bench — core validation (and completion) on synthetic appendices of 1,000, 10,000 and 100,000 task
 * rows; medians of several runs. Targets: validate 100k under 1000 ms with ratio 100k/10k ≤ 12; completion 100k
 * under 500 ms. The last line is machine-read:
 *   bench: rows=100000 validate_ms=<median> ratio_100k_10k=<ratio> completion_ms=<median> fold_ratio=<ratio>
 *          peak_mb_read=<MB> peak_mb_check=<MB> peak_mb_out=<MB>
 * fold_ratio: the check's time as a multiple of one pass folding every cell's text once (the irreducible text
 * work), measured in the same run — a ratio holds across machines where milliseconds do not. peak_mb_*: the peak
 * resident memory of exceljs reading the 100k-row file, of `ro-viec check` on it, and of `ro-viec check --out`.
 */
import { performance } from "node:perf_hooks";
import { checkGrid, computeCompletion, fold, cellText, type Grid } from "../core";
import { memoryFigures } from "./memory";
import { syntheticAppendix } from "./synthetic";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const AS_OF = "2024-07-01";

/** One pass folding the text of every cell once: the least text work any check must do. */
function foldPass(grid: Grid): number {
  let n = 0;
  for (const row of grid.rows) for (const v of row) n += fold(cellText(v)).length;
  return n;
}

function measure(
  rows: number,
  runs: number,
): { validate: number; completion: number; findings: number; fold: number; grid: Grid } {
  const grid = syntheticAppendix(rows);
  const f: number[] = [];
  const v: number[] = [];
  const c: number[] = [];
  let findings = 0;
  // one warm-up run (JIT, memo tables) that does not count
  checkGrid(grid, { planPeriod: "2024" });
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = performance.now();
    const result = checkGrid(grid, { planPeriod: "2024" });
    const t1 = performance.now();
    if (!result.ok) throw new Error(result.message);
    findings = result.report.findings.length;
    v.push(t1 - t0);
    const t2 = performance.now();
    computeCompletion({ tasks: result.tasks, analysis: result.analysis, asOf: AS_OF });
    c.push(performance.now() - t2);
  }
  // The fold passes run after the checks, not between them: a pass between two checks changes the state of the
  // heap the next check starts from, and the check would be measured in other conditions than its own.
  foldPass(grid);
  for (let i = 0; i < runs; i++) {
    gc();
    const t3 = performance.now();
    foldPass(grid);
    f.push(performance.now() - t3);
  }
  return { validate: median(v), completion: median(c), findings, fold: median(f), grid };
}

async function main(): Promise<void> {
  const sizes: [number, number][] = [
    [1000, 7],
    [10000, 5],
    [100000, 5],
  ];
  const results = new Map<number, ReturnType<typeof measure>>();
  for (const [rows, runs] of sizes) {
    const r = measure(rows, runs);
    results.set(rows, r);
    const heap = Math.round(process.memoryUsage().heapUsed / 1048576);
    console.log(
      `rows=${rows} runs=${runs} validate_ms=${r.validate.toFixed(1)} completion_ms=${r.completion.toFixed(1)} findings=${r.findings} heap_mb=${heap}`,
    );
  }
  const big = results.get(100000)!;
  const mid = results.get(10000)!;
  const ratio = big.validate / mid.validate;
  const foldRatio = big.validate / Math.max(big.fold, 0.001);
  const memory = await memoryFigures(big.grid);
  console.log(
    `bench: rows=100000 validate_ms=${big.validate.toFixed(1)} ratio_100k_10k=${ratio.toFixed(2)} completion_ms=${big.completion.toFixed(1)}` +
      ` fold_ratio=${foldRatio.toFixed(2)} peak_mb_read=${memory.exceljsRead} peak_mb_check=${memory.check} peak_mb_out=${memory.checkOut}`,
  );
}

void main();
