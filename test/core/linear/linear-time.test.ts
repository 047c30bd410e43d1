/**
 * Every entry point that reads cell text runs in linear time on any text: fed cells of 10,000 and of 100,000
 * characters of adversarial shapes ("<b<b<b…", "<" and spaces, runs of digits, dashes, "[", dots, agency lists…),
 * the time grows by at most 15× (a quadratic pattern grows 100×). A ratio, not a wall-clock limit; but where the
 * 100,000-character run itself takes under half a second the ratio is the noise of a busy machine (garbage
 * collection, other processes), and the shape is evidently not quadratic: every quadratic pattern found on these
 * shapes took from several seconds to minutes at 100,000 characters.
 *
 * Not here yet: the agency cell's segmentation (src/core/agencies) still grows faster than linearly on some
 * shapes (". . . ." in a lead cell); it is measured by its owners' work on the segmented agency list.
 */
import { planPeriodFromTitle } from "../../../src/core/period";
import { dayInText, hasMonthInText } from "../../../src/core/completion/datetext";
import { parseVNumber, parseVValue, parseYesNo } from "../../../src/core/completion/vnumber";
import { isDateFormat as coreDateFormat, parseDeadlineText } from "../../../src/core/deadline";
import { checkGrid } from "../../../src/core/engine";
import { createGrid } from "../../../src/core/grid";
import { cleanText, fold, foldWords, hasHtml, stripHtml } from "../../../src/core/text";
import { isDateFormat as xlsxDateFormat } from "../../../src/workbook/xlsx/values";

const SHAPES: Readonly<Record<string, (n: number) => string>> = {
  "<b<b<b…": (n) => "<b".repeat(n / 2),
  "< and spaces": (n) => "<" + " ".repeat(n - 1),
  "< / < / …": (n) => "< / ".repeat(n / 4),
  digits: (n) => "1".repeat(n),
  dashes: (n) => "-".repeat(n),
  "1-1-…": (n) => "1-".repeat(n / 2),
  "[[[…": (n) => "[".repeat(n),
  ". . . …": (n) => ". ".repeat(n / 2) + "x",
  "1/1/…": (n) => "1/".repeat(n / 2),
  "“““…": (n) => "\u201c".repeat(n),
  "ngày . . .": (n) => "ngày " + ". ".repeat(n / 2),
  "agency list": (n) => "Sở Y tế, ".repeat(n / 9),
  "số …/KH-": (n) => "Số 1/KH-".repeat(n / 8),
  "words and spaces": (n) => "a ".repeat(n / 2) + ":x",
};

/** Least of `runs` timings of `f(s)`, in ms. */
function timeOf(f: (s: string) => unknown, s: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    f(s);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}

interface Growth {
  readonly shape: string;
  readonly small: number;
  readonly large: number;
}

/** The shapes whose time grows more than 15× from 10k to 100k characters. */
function superlinear(f: (s: string) => unknown, runs = 2, shapes = Object.keys(SHAPES)): Growth[] {
  const out: Growth[] = [];
  for (const shape of shapes) {
    const make = SHAPES[shape];
    const small = make(10_000);
    const large = make(100_000);
    f(small); // warm up
    const ts = timeOf(f, small, runs);
    const tl = timeOf(f, large, runs);
    if (tl >= 500 && tl / Math.max(ts, 0.5) > 15) out.push({ shape, small: ts, large: tl });
  }
  return out;
}

let unique = 0;

const TEXT_ENTRY_POINTS: Readonly<Record<string, (s: string) => unknown>> = {
  fold,
  foldWords,
  cleanText,
  hasHtml,
  stripHtml,
  parseDeadlineText,
  "plan period from a title": (s) => planPeriodFromTitle([s]),
  parseVNumber,
  parseVValue,
  parseYesNo,
  dayInText,
  hasMonthInText,
  "number format (core)": (s) => coreDateFormat(s),
  // The adapter remembers formats it has seen: each call gets a new one.
  "number format (xlsx)": (s) => xlsxDateFormat(`${s}${unique++}`),
};

describe("text entry points run in linear time", () => {
  it.each(Object.keys(TEXT_ENTRY_POINTS))("%s", (name) => {
    expect(superlinear(TEXT_ENTRY_POINTS[name])).toEqual([]);
  });
});

const HEADER = ["STT", "Nội dung, nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành"];
const PLACES = ["title", "content", "lead", "coLead", "deliverable", "deadline"] as const;
/** The shapes aimed at patterns (tags, brackets, runs of digits, dashes, quotes, blanks in dates). */
const PATTERN_SHAPES = ["<b<b<b…", "< and spaces", "digits", "dashes", "1-1-…", "[[[…", "“““…", "ngày . . ."];

/** The 2024-style appendix of six tasks with `s` in one place (the title row, or one cell of task 3). */
function appendix(s: string, place: (typeof PLACES)[number]): ReturnType<typeof createGrid> {
  const rows: string[][] = [[place === "title" ? s : "KẾ HOẠCH thực hiện năm 2024"], HEADER];
  for (let i = 1; i <= 6; i++) {
    const row = [String(i), `Xây dựng kế hoạch số ${i}`, "Sở Y tế", "Sở Tài chính", "Kế hoạch", "Tháng 6/2024"];
    if (i === 3 && place !== "title") row[PLACES.indexOf(place)] = s;
    rows.push(row);
  }
  return createGrid({ sheet: "Phụ lục", rows });
}

describe("the whole check runs in linear time on one long cell", () => {
  it.each(["title", "content", "deliverable", "deadline"] as const)("in the %s", (place) => {
    expect(superlinear((s) => checkGrid(appendix(s, place), { asOf: "2024-12-31" }), 2, PATTERN_SHAPES)).toEqual([]);
  });
});
