/**
 * The reading measured on real appendices (npm run corpus prints the same figures). The floor in baseline.json is
 * what main reaches today: a change may raise it, never lower it. The goal (issue: recall ≥ 0.95, no false
 * findings) is written there too.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { CORPUS_DIR, describeFinding, runCorpus, type CorpusResult } from "../../src/corpus/run";

interface Baseline {
  readonly recall: number;
  readonly falseFindings: number;
  /** Appendices the check cannot read yet (the goal is none). */
  readonly unread: number;
}

let result: CorpusResult;
let baseline: Baseline;

beforeAll(async () => {
  baseline = JSON.parse(await fs.readFile(path.join(__dirname, "baseline.json"), "utf8")) as Baseline;
  result = await runCorpus();
}, 120000);

describe("real appendices", () => {
  it("labels every appendix of the corpus", async () => {
    const tsvs = (await fs.readdir(path.join(CORPUS_DIR, "appendices"))).filter((n) => n.endsWith(".tsv")).sort();
    expect(result.files.map((f) => f.labels.file).sort()).toEqual(tsvs);
  });

  it("reads every appendix it read before", () => {
    const unread = result.files.filter((f) => f.failure).map((f) => `${f.name}: ${f.failure}`);
    if (unread.length > baseline.unread) expect(unread).toEqual([]);
  });

  it("finds at least what main found, and says no more that a reviewer would not", () => {
    const detail = result.files.flatMap((f) =>
      f.score.falseFindings.map((x) => `${f.name} ${describeFinding(x.finding)}`),
    );
    expect(result.recall).toBeGreaterThanOrEqual(baseline.recall - 1e-9);
    if (result.falseFindings > baseline.falseFindings) expect(detail).toEqual([]);
  });
});
