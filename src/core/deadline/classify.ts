/**
 * Deadline text → Deadline. Strict: a due date is only ever taken from a period the grammar understands
 * (atoms.ts); any other text is recurring, continuous or conditional by its key words, prose whose periods fit
 * together (prose.ts), or not understood. The key words are data: src/data/deadline-vocabulary.json.
 *
 * Order of the decisions:
 *  0. a period-shaped phrase that is not valid anywhere ("tháng 13/2027") → not understood;
 *  1. the main text (outside brackets) is a strict phrase → dated / milestones (a bracket is a note, unless it is a
 *     condition "(sau khi …)" → conditional with an indicative date, or names another period → not understood);
 *  2. "các mốc …" → milestones;
 *  3. "hàng/hằng tháng, quý, năm, tuần", "định kỳ", "… lần/tháng" → recurring;
 *  4. "thường xuyên", "liên tục", "duy trì", "… và các năm tiếp theo" → continuous (start from "từ …" or the
 *     period it opens with, due from "hoàn thành … <period>");
 *  5. "sau khi …", "theo …", "khi có …" → conditional (indicative date in brackets, after "dự kiến", or a period
 *     written before the condition);
 *  6. prose: clauses of work around periods that fit together ("Ban hành trong quý I năm 2026. Thực hiện rà soát
 *     …", "Thí điểm trong giai đoạn 2026 - 2027 và thực hiện mở rộng sau năm 2028") → dated, continuous with a
 *     milestone, or milestones (prose.ts);
 *  7. anything else → unparsed ("missingYear" when it is a month, quarter or day without its year).
 */
import { trimEndOf } from "../text";
import type { Deadline, IsoDate } from "../types";
import { findWords, foldDeadline, splitBrackets, tokenize, type Tok } from "./lexer";
import { periodAt, scanPeriods } from "./atoms";
import { parsePhrase, type Item } from "./phrase";
import { readProse } from "./prose";
import { DEADLINE_WORDS } from "./vocabulary";

const W = DEADLINE_WORDS;

/** A month, quarter or day written without its year: "Tháng 6", "Quý III", "trước ngày 30/6" (folded). */
const NO_YEAR =
  /^(?:(?:trong |truoc |cuoi |het |den )?thang \d{1,2}|(?:trong |cuoi |het |den )?quy (?:i{1,3}|iv|[1-4])|(?:truoc |den |han )?(?:ngay )?\d{1,2}\/\d{1,2})$/;

type Parsed = Omit<Deadline, "text">;

/** A bracket that makes a dated text conditional: "(sau khi có hướng dẫn)"; "(theo Quyết định số …)" is a note. */
function isCondition(s: string): boolean {
  return W.conditions.test(s) || /^(?:khi|sau khi)\b/.test(s);
}

function mentionsPeriod(s: string): boolean {
  const toks = tokenize(s);
  if (parsePhrase(toks)) return true;
  const scan = scanPeriods(toks);
  return scan.invalid || scan.found.length > 0;
}

/** One due date for several candidates, or none when they disagree. */
function single(dues: ReadonlyArray<IsoDate | undefined>): IsoDate | undefined {
  const set = new Set(dues.filter((d): d is IsoDate => d !== undefined));
  return set.size === 1 ? [...set][0] : undefined;
}

/** The one period written after `words` ("hoàn thành … trong năm 2026", "dự kiến tháng 3/2027"). */
function periodAfter(toks: readonly Tok[], words: readonly string[]): IsoDate | undefined {
  const k = findWords(toks, words);
  if (k < 0) return undefined;
  const scan = scanPeriods(toks.slice(k + words.length));
  return !scan.invalid && scan.found.length === 1 ? scan.found[0].due : undefined;
}

/** A bracket that is only a period: "(tháng 03/2027)", "(dự kiến quý II/2027)". */
function bracketDue(s: string): IsoDate | undefined {
  const items = parsePhrase(tokenize(s));
  return items && items.length === 1 ? items[0].due : undefined;
}

function startFrom(toks: readonly Tok[], inner: readonly string[]): IsoDate | undefined {
  for (let i = findWords(toks, ["tu"]); i >= 0; i = findWords(toks, ["tu"], i + 1)) {
    const p = periodAt(toks, i + 1);
    if (p) return p.start;
  }
  for (const b of inner) {
    const items = parsePhrase(tokenize(b));
    if (items && items.length === 1 && items[0].due === undefined) return items[0].start;
  }
  return undefined;
}

function fromItems(items: readonly Item[], condition: boolean): Parsed {
  if (items.length === 1) {
    const [it] = items;
    if (it.due === undefined) return { kind: "continuous", start: it.start };
    return condition
      ? { kind: "conditional", due: it.due, start: it.start, indicative: true }
      : { kind: "dated", due: it.due, start: it.start };
  }
  if (items.some((it) => it.due === undefined)) return { kind: "unparsed" };
  const dues = [...new Set(items.map((it) => it.due as IsoDate))].sort();
  if (condition) return { kind: "conditional", due: dues[0], milestones: dues, indicative: true };
  if (dues.length === 1) return { kind: "dated", due: dues[0] };
  return { kind: "milestones", due: dues[0], milestones: dues };
}

function continuous(toks: readonly Tok[], inner: readonly string[]): Parsed {
  const dues: Array<IsoDate | undefined> = [periodAfter(toks, ["hoan", "thanh"])];
  for (const b of inner) {
    const bt = tokenize(b);
    dues.push(bracketDue(b) ?? periodAfter(bt, ["hoan", "thanh"]));
  }
  // "Năm 2026 và các năm tiếp theo": the period written first is where the work starts.
  const start = startFrom(toks, inner) ?? periodAt(toks, 0)?.start;
  return { kind: "continuous", start, due: single(dues) };
}

function triggerAt(toks: readonly Tok[], i: number): boolean {
  return W.triggers.some((ws) => ws.every((w, j) => toks[i + j]?.k === "w" && toks[i + j].v === w));
}

function conditional(toks: readonly Tok[], main: string, inner: readonly string[]): Parsed | undefined {
  let at = 0;
  while (at < toks.length && !triggerAt(toks, at)) at++;
  if (at === toks.length && !W.conditions.test(main)) return undefined;
  const before = toks.slice(0, at);
  const leading = before.every((t) => t.k === "p" || W.leadWords.has(t.v));
  const prefix = leading ? null : parsePhrase(before);
  const prefixDue = prefix && prefix.length === 1 ? prefix[0].due : undefined;
  if (!leading && !prefixDue && !W.conditions.test(main)) return undefined;
  const candidates: Array<IsoDate | undefined> = [prefixDue, periodAfter(toks, ["du", "kien"])];
  for (const b of inner) candidates.push(bracketDue(b) ?? periodAfter(tokenize(b), ["du", "kien"]));
  const due = single(candidates);
  return due ? { kind: "conditional", due, indicative: true } : { kind: "conditional" };
}

/** Classifies cleaned deadline text (NFC, no HTML). Never invents a date from text it does not understand. */
export function classifyDeadlineText(clean: string): Parsed {
  const split = splitBrackets(foldDeadline(clean));
  let { main, inner } = split;
  if (!/[a-z0-9]/.test(main)) {
    if (inner.length === 0) return { kind: /[\p{L}\p{N}]/u.test(clean) ? "unparsed" : "empty" };
    main = inner.join(" ; ");
    inner = [];
  }
  if (inner.length === 0 && NO_YEAR.test(trimEndOf(main, ". ").trim())) return { kind: "unparsed", missingYear: true };
  const toks = tokenize(main);

  const items = parsePhrase(toks);
  if (items) {
    const condition = inner.some(isCondition);
    if (inner.some((b) => !isCondition(b) && mentionsPeriod(b))) return { kind: "unparsed" };
    return fromItems(items, condition);
  }

  // A period written wrong anywhere ("(hoàn thành trong tháng 13/2026)") makes the whole text not understood.
  if (scanPeriods(inner.length === 0 ? toks : tokenize(`${main} ; ${inner.join(" ; ")}`)).invalid) {
    return { kind: "unparsed" };
  }

  const moc = findWords(toks, ["moc"]);
  if (moc >= 0) {
    const list = parsePhrase(toks.slice(moc + 1));
    return list ? fromItems(list, false) : { kind: "unparsed" };
  }

  if (W.recurring.test(main)) return { kind: "recurring", start: startFrom(toks, inner) };
  if (W.continuous.test(main)) return continuous(toks, inner);
  return conditional(toks, main, inner) ?? readProse(main, inner) ?? { kind: "unparsed" };
}
