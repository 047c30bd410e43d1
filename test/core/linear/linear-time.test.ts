/**
 * Every entry point that reads cell text runs in linear time on any text: fed cells of 10,000 and of 100,000
 * characters of adversarial shapes ("<b<b<b…", "<" and spaces, runs of digits, dashes, "[", dots, agency lists…),
 * the CPU time grows by at most 15× (a quadratic pattern grows 100×). A ratio, not a wall-clock limit; but where the
 * 100,000-character run itself takes under half a second the ratio is the noise of a busy machine (garbage
 * collection, other processes), and the shape is evidently not quadratic: every quadratic pattern found on these
 * shapes took from several seconds to minutes at 100,000 characters.
 *
 * The agency cells' shapes (runs of commas, semicolons, brackets, "và", "các", spaces, dashes, line breaks, digits,
 * lists of nouns, one name repeated…) go through the segmentation of an agency cell (src/core/agencies/split.ts: the
 * trailing punctuation of `prepare`, the bracket scans, the collective phrases, the chunk runs, `joinTails`, the
 * matcher), through every other text entry point, and through the whole check in the lead and co-operating cells.
 */
import { defaultDirectory } from "../../../src/core/agencies/default";
import { documentIssuer } from "../../../src/core/agencies/issuer";
import { agencyKeys, isCollectiveByPattern, isDistrictLevel, minorKey } from "../../../src/core/agencies/normalize";
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

/** `unit` repeated to `n` characters. */
const rep = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** The shapes of agency cells: separators, brackets, connectives, lists of nouns, names repeated. */
const AGENCY_SHAPES: Readonly<Record<string, (n: number) => string>> = {
  ",,,…": rep(","),
  ";;;…": rep(";"),
  "(((…": rep("("),
  ")))…": rep(")"),
  "( x ( x …": rep("( x "),
  "và và …": rep("và "),
  "các các …": rep("các "),
  "các, các, …": rep("các, "),
  "name, spaces, x": (n) => "Sở Y tế" + " ".repeat(n - 8) + "x",
  "- x - x …": rep("- x "),
  "line breaks": rep("\n"),
  "x⏎x⏎…": rep("x\n"),
  "1 1 1 …": rep("1 "),
  ". . . after a name": (n) => "Sở Y tế" + " .".repeat(n / 2),
  ".,;: after a name": (n) => "Sở Y tế" + ".,;: ".repeat(n / 5),
  "Sở Y tế, Sở Y tế, …": rep("Sở Y tế, "),
  "Sở Y tế Sở Y tế …": rep("Sở Y tế "),
  "Sở Y tế và Sở Y tế và …": rep("Sở Y tế và "),
  "unknown và Sở Y tế và …": (n) => "Phòng ABC " + rep("và Sở Y tế ")(n - 10),
  "UBND các huyện, thị xã, thành phố; …": rep("UBND các huyện, thị xã, thành phố; "),
  "sở, ban, ngành, …": rep("sở, ban, ngành, "),
  "Sở, Sở, …": rep("Sở, "),
  "các sở, ban,⏎ngành …": rep("các sở, ban,\nngành "),
  "Sở Y tế (Sở Y tế (… ))": (n) => "Sở Y tế (".repeat(n / 20) + ")".repeat(n / 20),
  "Sở Y tế (x Sở Y tế (x …": rep("Sở Y tế (x "),
  "Sở Y tế (phòng A, phòng B), …": rep("Sở Y tế (phòng A, phòng B), "),
  "Thuế tỉnh Thái Nguyên …": rep("Thuế tỉnh Thái Nguyên "),
  "Vụ A, B và C, …": rep("Vụ Khoa học, Đào tạo và Môi trường, "),
  "khoản 1, khoản 1, …": rep("khoản 1, "),
  "- Sở Y tế⏎…": rep("- Sở Y tế\n"),
  "Chủ trì: Sở Y tế; …": rep("Chủ trì: Sở Y tế; "),
  "Các sở: Y tế, Tài chính, …": (n) => "Các sở: " + rep("Y tế, Tài chính, ")(n - 8),
  "a & a & …": rep("a & "),
  "one name repeated": rep("Sở Tài chính; "),
};

/**
 * Least of `runs` timings of `f(s)`, in ms of this process's CPU time: on a machine shared with other work a short
 * run may have a core to itself while a long one shares it, which inflates a ratio of wall-clock times.
 */
function timeOf(f: (s: string) => unknown, s: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    f(s);
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1e3);
  }
  return best;
}

interface Growth {
  readonly shape: string;
  readonly small: number;
  readonly large: number;
}

const ALL_SHAPES = { ...SHAPES, ...AGENCY_SHAPES };

/** The shapes whose time grows more than 15× from 10k to 100k characters. */
function superlinear(f: (s: string) => unknown, runs = 2, shapes = Object.keys(ALL_SHAPES)): Growth[] {
  const out: Growth[] = [];
  for (const shape of shapes) {
    const make = ALL_SHAPES[shape];
    const small = make(10_000);
    const large = make(100_000);
    f(small); // warm up
    let ts = timeOf(f, small, runs);
    let tl = timeOf(f, large, runs);
    if (tl >= 500 && tl / Math.max(ts, 0.5) > 15) {
      // Measured again before it counts, the two sizes one after the other: on a machine busy with other work a
      // single pair of timings can be far apart (a collection of the shared heap falling in the large run).
      f(large);
      for (let i = 0; i < 3; i++) {
        ts = Math.min(ts, timeOf(f, small, 1));
        tl = Math.min(tl, timeOf(f, large, 1));
      }
    }
    if (tl >= 500 && tl / Math.max(ts, 0.5) > 15) out.push({ shape, small: ts, large: tl });
    if (tl >= 100 && tl / Math.max(ts, 0.5) > (slowest?.ratio ?? 0)) slowest = { shape, ratio: tl / Math.max(ts, 0.5) };
  }
  return out;
}

/** The largest ratio measured by the last `superlinear` call among shapes taking 100 ms or more at 100k. */
let slowest: { shape: string; ratio: number } | undefined;
/** Prints `slowest` after a test, for the record. */
function report(name: string): void {
  console.log(
    `linear-time ${name}: largest ratio 100k/10k ${slowest ? `${slowest.ratio.toFixed(1)}× (${slowest.shape})` : "— (every shape under 100 ms)"}`,
  );
  slowest = undefined;
}

let unique = 0;
const directory = defaultDirectory();
/** `s` made new for the memos that remember a cell's text (a last line of its own, so `s` keeps its end). */
const fresh = (s: string): string => `${s}\n#${unique++}`;

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
  "agency cell segmentation": (s) => directory.mentions(fresh(s)),
  "agency cell segmentation, text at the end": (s) => directory.mentions(`#${unique++}\n${s}`),
  "agency piece match": (s) => directory.match(fresh(s)),
  "agency keys": agencyKeys,
  "collective by its form": isCollectiveByPattern,
  "district level by its form": isDistrictLevel,
  "minor key": minorKey,
  "document issuer from a title": (s) => documentIssuer([fresh(s)], directory),
};

describe("text entry points run in linear time", () => {
  it.each(Object.keys(TEXT_ENTRY_POINTS))("%s", (name) => {
    expect(superlinear(TEXT_ENTRY_POINTS[name])).toEqual([]);
    report(name);
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

/** The agency shapes most costly for the segmentation, for the whole check. */
const AGENCY_CHECK_SHAPES = [
  ",,,…",
  ". . . after a name",
  "Sở Y tế và Sở Y tế và …",
  "sở, ban, ngành, …",
  "Sở, Sở, …",
  "Sở Y tế (Sở Y tế (… ))",
  "UBND các huyện, thị xã, thành phố; …",
  "line breaks",
  "one name repeated",
];

describe("the whole check runs in linear time on one long cell", () => {
  it.each(["title", "content", "deliverable", "deadline"] as const)("in the %s", (place) => {
    expect(superlinear((s) => checkGrid(appendix(s, place), { asOf: "2024-12-31" }), 2, PATTERN_SHAPES)).toEqual([]);
  });
  it.each(["lead", "coLead"] as const)("in the %s agency cell", (place) => {
    const check = (s: string): unknown => checkGrid(appendix(fresh(s), place), { asOf: "2024-12-31" });
    expect(superlinear(check, 2, AGENCY_CHECK_SHAPES)).toEqual([]);
    report(`whole check, ${place} cell`);
  });
});
