/**
 * npm run corpus — the reading measured on real appendices. Prints, per appendix, tasks, expected findings met,
 * false findings and the plan period read; with --verbose, each missed label and each false finding. The last
 * line is machine-read:
 *   corpus: appendices=<n> tasks=<n> recall=<0..1> false_findings=<n>
 */
import { describeFinding, runCorpus } from "./run";

async function main(): Promise<void> {
  const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
  const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const result = await runCorpus();
  for (const f of result.files) {
    if (only.length > 0 && !only.some((o) => f.name.includes(o))) continue;
    const want = f.labels.planPeriod ? (f.labels.planPeriod.value ?? "none") : "?";
    const p = f.report?.planPeriod;
    const period = p ? `${p.from}..${p.to} (${p.source})` : "none";
    const read = f.report ? `tasks=${f.report.stats.tasks}` : `NOT READ (${f.failure ?? ""})`;
    console.log(
      `${f.name}: ${read} met=${f.score.met}/${f.score.expected} false=${f.score.falseFindings.length} period=${period} labelled=${want}`,
    );
    if (!verbose) continue;
    for (const l of f.score.missed)
      console.log(`  missed  ${l.rule} row ${l.row}${l.col ? ` col ${l.col}` : ""}: ${l.why}`);
    for (const { finding, label } of f.score.falseFindings) {
      console.log(`  false   ${describeFinding(finding)}${label ? `  [forbidden: ${label.why}]` : ""}`);
    }
  }
  console.log(
    `corpus: appendices=${result.files.length} tasks=${result.tasks} recall=${result.recall.toFixed(3)} false_findings=${result.falseFindings}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
