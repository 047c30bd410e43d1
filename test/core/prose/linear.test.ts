/**
 * The prose reader runs in linear time on any text: 10,000 and 100,000 characters of adversarial shapes (one long
 * line of sentences, thousands of bullet or heading lines, runs of spaces and dots), time grows by at most 15×
 * (a quadratic pattern grows 100×). A ratio, not a wall-clock limit; runs under a quarter second are noise.
 */
import { defaultDirectory } from "../../../src/core/agencies/default";
import { defaultHeaderVocabulary } from "../../../src/core/detect/vocabulary";
import { parseProse } from "../../../src/core/prose/parse";
import { defaultProseVocabulary } from "../../../src/core/prose/vocabulary";

const opts = {
  directory: defaultDirectory(),
  headers: defaultHeaderVocabulary(),
  vocabulary: defaultProseVocabulary(),
};

const SHAPES: Readonly<Record<string, (n: number) => string>> = {
  "one line of sentences": (n) => "Sở Y tế chủ trì. ".repeat(n / 17),
  "spaces then a letter": (n) => " ".repeat(n - 1) + "x",
  "dots and spaces": (n) => ". ".repeat(n / 2) + "x",
  "bullet lines": (n) => "- Sở Y tế chủ trì tập huấn.\n".repeat(n / 28),
  "attribute lines": (n) => "1. Sở Y tế\n- Tập huấn.\n+ Tiến độ: Năm 2026.\n".repeat(n / 40),
  headings: (n) => "1. Công an tỉnh\n".repeat(n / 16),
  continuations: (n) => "1. Sở Y tế\n- Tập huấn\n" + "và tuyên truyền\n".repeat(n / 16),
  colons: (n) => "- " + ":".repeat(n - 2),
  stars: (n) => "*".repeat(n),
};

function timeOf(s: string): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t = process.hrtime.bigint();
    parseProse(s, opts);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}

it("grows linearly with the text on every adversarial shape", () => {
  const slow: string[] = [];
  for (const [name, make] of Object.entries(SHAPES)) {
    const small = timeOf(make(10_000));
    const large = timeOf(make(100_000));
    if (large > 250 && large > 15 * Math.max(small, 1))
      slow.push(`${name}: ${small.toFixed(1)} → ${large.toFixed(1)} ms`);
  }
  expect(slow).toEqual([]);
});
