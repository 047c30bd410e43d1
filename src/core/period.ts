/**
 * The plan period: the span of years a plan covers ("2024", "2026-2030"). Taken from the user's option, else from
 * the title rows above the table, else from the deadlines of the tasks.
 */
import { endOfYear, isoDate, yearOf } from "./dates";
import { DASHES } from "./deadline/lexer";
import { MAX_YEAR, MIN_YEAR } from "./deadline/atoms";
import { alternation, DEFAULT_DEADLINE_VOCABULARY, type DeadlineVocabularyData } from "./deadline/vocabulary";
import { cleanText, fold, nfc } from "./text";
import type { Deadline, PlanPeriod } from "./types";

const inYears = (y: number): boolean => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

function period(from: number, to: number, source: PlanPeriod["source"]): PlanPeriod {
  return {
    from: isoDate(from, 1, 1),
    to: endOfYear(to),
    source,
    label: from === to ? String(from) : `${from}-${to}`,
  };
}

/** "2024" → that year; "2026-2030" (also with an en dash) → that span; anything else → undefined. */
export function parsePlanPeriodOption(s: string): PlanPeriod | undefined {
  const t = nfc(s).trim().replace(DASHES, "-");
  let m = /^(\d{4})$/.exec(t);
  if (m) return inYears(Number(m[1])) ? period(Number(m[1]), Number(m[1]), "option") : undefined;
  m = /^(\d{4})\s*-\s*(\d{4})$/.exec(t);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return inYears(a) && inYears(b) && a < b ? period(a, b, "option") : undefined;
}

/* ------------------------------------------------------------------ title rows */

/** Document numbers: "số 4466/qd-ubnd", "104/2022/nd-cp", "số …../qd-ubnd" (their dates go with DATES). */
// Linear: the number starts only where a run of its characters starts (not inside a long run of digits or dashes).
const DOC_NUMBER = /(?:\bso\s*:?\s*)?(?<![a-z0-9&._\u2026-])[a-z0-9&._\u2026-]*\/[a-z][a-z0-9&.\-/]*/g;
/** Calendar dates, filled in or left blank: "ngày 01/12/2023", "ngày ..... tháng .....năm 2024", "ngày tháng năm 2026". */
const DATES = [
  // The blanks around a missing day or month are one run ("(?:\d{1,2}…)?", not "\d{0,2}" between two runs): linear.
  /\bngay[\s._\u2026]*(?:\d{1,2}[\s._\u2026]*)?thang[\s._\u2026]*(?:\d{1,2}[\s._\u2026]*)?nam[\s._\u2026]*\d{4}/g,
  /\bngay\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/g,
  /\b\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}/g,
];

/** The title words of a vocabulary as regular expressions over folded text. */
interface TitlePatterns {
  /** "(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm 2024 …)": names the issuing date, not the period. */
  readonly issuingLine: RegExp;
  readonly issuingGroup: RegExp;
  /** A horizon beyond the plan: "tầm nhìn đến năm 2035", "định hướng đến năm 2030", "tầm nhìn 2050". */
  readonly vision: RegExp;
  /** A span "2026 - 2030" / "năm 2026 đến năm 2030", an open end "đến năm 2030", a year "năm 2024". */
  readonly candidate: RegExp;
}

const patternCache = new WeakMap<DeadlineVocabularyData, TitlePatterns>();

function titlePatterns(vocabulary: DeadlineVocabularyData): TitlePatterns {
  const hit = patternCache.get(vocabulary);
  if (hit) return hit;
  const t = vocabulary.title;
  const issuing = alternation(t.issuing);
  const year = alternation(t.year);
  const p: TitlePatterns = {
    issuingLine: new RegExp(`^\\(?\\s*(?:${issuing})\\b`),
    issuingGroup: new RegExp(`\\(\\s*(?:${issuing})\\b[^)]*\\)?`, "g"),
    vision: new RegExp(`\\b(?:${alternation(t.vision)})(?:\\s+[a-z]+){0,3}\\s+\\d{4}`, "g"),
    candidate: new RegExp(
      `\\b(?:(?:${year})\\s*)?(\\d{4})\\s*(?:-|\\b(?:${alternation(t.rangeJoin)})\\b)\\s*(?:(?:${year})\\s*)?(\\d{4})\\b` +
        `|\\b(?:${alternation(t.openEnd)})\\s+(\\d{4})\\b|\\b(?:${year})\\s+(\\d{4})\\b`,
      "g",
    ),
  };
  patternCache.set(vocabulary, p);
  return p;
}

interface Candidate {
  /** Missing for an open end "đến năm 2030". */
  readonly from?: number;
  readonly to: number;
  readonly quoted: boolean;
}

interface TitleLine {
  readonly cands: readonly Candidate[];
  /** Years of issuing dates ("(Kèm theo … ngày … tháng … năm 2024)", "Sơn La, ngày … năm 2026"). */
  readonly issued: readonly number[];
}

const yearsIn = (s: string): number[] => [...s.matchAll(/\b(\d{4})\b/g)].map((m) => Number(m[1])).filter(inYears);

function readTitleLine(text: string, p: TitlePatterns): TitleLine {
  let f = fold(cleanText(text)).replace(DASHES, "-");
  if (p.issuingLine.test(f)) return { cands: [], issued: yearsIn(f.replace(DOC_NUMBER, " ")) };
  const issued: number[] = [];
  f = f.replace(p.issuingGroup, (g) => {
    issued.push(...yearsIn(g.replace(DOC_NUMBER, " ")));
    return " ";
  });
  f = f.replace(DOC_NUMBER, " ");
  for (const re of DATES) {
    f = f.replace(re, (d) => {
      issued.push(...yearsIn(d));
      return " ";
    });
  }
  f = f.replace(p.vision, " ");
  const quotes: Array<[number, number]> = [];
  for (const q of f.matchAll(/[\u201c"]([^\u201c\u201d"]*)[\u201d"]/g))
    quotes.push([q.index ?? 0, (q.index ?? 0) + q[0].length]);
  const cands: Candidate[] = [];
  for (const m of f.matchAll(p.candidate)) {
    const pos = m.index ?? 0;
    const quoted = quotes.some(([a, b]) => pos >= a && pos < b);
    if (m[1] !== undefined) cands.push({ from: Number(m[1]), to: Number(m[2]), quoted });
    else if (m[3] !== undefined) cands.push({ to: Number(m[3]), quoted });
    else cands.push({ from: Number(m[4]), to: Number(m[4]), quoted });
  }
  return {
    cands: cands.filter((c) => inYears(c.to) && (c.from === undefined || (inYears(c.from) && c.from <= c.to))),
    issued,
  };
}

/**
 * The period named by the title rows, read as one title (a title is often split over several rows). Document
 * numbers, calendar dates (issuing dates such as "ngày … tháng … năm 2024"), "(Kèm theo …)" and visions
 * ("tầm nhìn đến năm 2035", "định hướng đến năm 2030") are set aside. Of what remains, a span ("giai đoạn
 * 2026 - 2030", "năm 2024 - 2025", "từ năm 2026 đến năm 2030") or a year ("trong năm 2024") written outside
 * quotation marks wins over one inside them (the programme's own name), and the last one written wins
 * ("… giai đoạn 2022 - 2025 … trên địa bàn tỉnh trong năm 2024" is a 2024 plan). Only when the title names no
 * year at all, an open end "đến năm 2030" runs from the issuing year ("Kế hoạch thực hiện Nghị quyết … đến năm
 * 2030", "(Kèm theo … năm 2025)" → 2025-2030). An issuing date alone never names the period.
 */
export function planPeriodFromTitle(
  texts: readonly string[],
  vocabulary: DeadlineVocabularyData = DEFAULT_DEADLINE_VOCABULARY,
): PlanPeriod | undefined {
  const patterns = titlePatterns(vocabulary);
  const lines = texts.map((t) => readTitleLine(t, patterns));
  const cands = lines.flatMap((l) => l.cands);
  const closed = cands.filter((c) => c.from !== undefined);
  const open = closed.filter((c) => !c.quoted);
  const best = (open.length > 0 ? open : closed).at(-1);
  if (best?.from !== undefined) return period(best.from, best.to, "title");
  const issued = lines.flatMap((l) => l.issued);
  for (const c of [...cands].reverse()) {
    const start = issued.find((y) => y < c.to);
    if (start !== undefined) return period(start, c.to, "title");
  }
  return undefined;
}

/* ------------------------------------------------------------------ deadlines */

/** Share of due years that must fall in one year for that year to be the plan period. */
export const DOMINANT_YEAR_SHARE = 0.6;

/**
 * The period the deadlines cover. Every deadline with a due date votes for its due year: when one year has at
 * least 60% of the votes (a 2024 plan with a stray "Tháng 6/2023"), that year is the period; otherwise the period
 * runs from the earliest to the latest year named (due dates, milestones and the start of spans such as
 * "giai đoạn 2026 - 2030"). No due dates → undefined.
 */
export function planPeriodFromDeadlines(deadlines: readonly Deadline[]): PlanPeriod | undefined {
  const votes = new Map<number, number>();
  let total = 0;
  let min = Infinity;
  let max = -Infinity;
  const see = (y: number): void => {
    min = Math.min(min, y);
    max = Math.max(max, y);
  };
  for (const d of deadlines) {
    if (d.due === undefined) continue;
    const y = yearOf(d.due);
    votes.set(y, (votes.get(y) ?? 0) + 1);
    total++;
    see(y);
    for (const m of d.milestones ?? []) see(yearOf(m));
    if (d.start !== undefined) see(yearOf(d.start));
  }
  if (total === 0) return undefined;
  for (const [y, n] of votes) if (n / total >= DOMINANT_YEAR_SHARE) return period(y, y, "deadlines");
  return period(min, max, "deadlines");
}

/** The option first (already validated by the caller), then the title rows, then the deadlines; null when none. */
export function resolvePlanPeriod(input: {
  readonly option?: string;
  readonly titles: readonly string[];
  readonly deadlines: readonly Deadline[];
}): PlanPeriod | null {
  const fromOption =
    input.option !== undefined && input.option.trim() !== "" ? parsePlanPeriodOption(input.option) : undefined;
  return fromOption ?? planPeriodFromTitle(input.titles) ?? planPeriodFromDeadlines(input.deadlines) ?? null;
}
