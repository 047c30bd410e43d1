/**
 * Deadlines written as prose: clauses of work around the periods they name, as national plans write them
 * ("Ban hành trong quý I năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)", "Thí điểm trong giai đoạn 2026 - 2027
 * và thực hiện mở rộng sau năm 2028", "Thực hiện trong giai đoạn 2026 - 2030. Trong đó triển khai … trong giai
 * đoạn 2027 - 2030 …"). Read only when the strict grammar and the recurring, continuous and conditional readings
 * did not apply, and never from a text whose periods do not fit together:
 *  - one period that holds every other one named (the others are stages inside it) is the deadline: dated, or
 *    continuous with that date as its milestone when work goes on from a later start ("từ năm 2027", "sau năm
 *    2028");
 *  - otherwise, when each clause (sentences, ";") has its own such period, they are milestones;
 *  - a period without its year, a period written wrong, or two periods side by side in one clause that neither
 *    holds ("Báo cáo kết quả năm 2024 trước ngày 15/01/2025") leave the text not understood.
 */
import type { Deadline, IsoDate } from "../types";
import { atomAt, endOf, isW, startOf, valid, type Atom } from "./atoms";
import { tokenize, type Tok } from "./lexer";
import { DEADLINE_WORDS } from "./vocabulary";

type Parsed = Omit<Deadline, "text">;

interface Named {
  readonly start: IsoDate;
  readonly due: IsoDate;
  /** A span "giai đoạn 2026 - 2027" (its start is part of the deadline). */
  readonly span: boolean;
  /** Work that starts here and goes on: "từ năm 2027", "sau năm 2028". */
  readonly open: boolean;
}

/** Before a period: the clause start, punctuation or a filler ("trong", "trước", "hoàn thành"); "đầu năm 2024" is vague. */
const opensPeriod = (t: Tok | undefined): boolean => t === undefined || t.k === "p" || DEADLINE_WORDS.fillers.has(t.v);
/**
 * After a period: the clause end, a comma, "và", a filler or another period phrase ("giai đoạn …", as when a cell
 * joins the deadlines of its sub-rows); "Tháng 6/2024 cho năm học mới" qualifies the period.
 */
const closesPeriod = (toks: readonly Tok[], k: number): boolean => {
  const t = toks[k];
  if (t === undefined || (t.k === "p" && (t.v === "," || t.v === ":"))) return true;
  if (t.k !== "w") return false;
  return t.v === "hoac" || DEADLINE_WORDS.fillers.has(t.v) || (t.v === "giai" && isW(toks[k + 1], "doan"));
};
const isRange = (t: Tok | undefined): boolean => t !== undefined && (t.v === "-" || isW(t, "den") || isW(t, "toi"));
const isNumber = (t: Tok | undefined): boolean => t !== undefined && t.k === "n";

/** Length of the longest word sequence of `list` at token `i`, 0 when none. */
function sequenceAt(toks: readonly Tok[], i: number, list: ReadonlyArray<readonly string[]>): number {
  for (const ws of list) if (ws.every((w, j) => isW(toks[i + j], w))) return ws.length;
  return 0;
}

/** Clauses: cut at ";" and at "." that does not sit between two figures ("30.6.2026"). */
function clauses(toks: readonly Tok[]): Tok[][] {
  const out: Tok[][] = [[]];
  toks.forEach((t, i) => {
    const cut = t.v === ";" || (t.v === "." && !(isNumber(toks[i - 1]) && isNumber(toks[i + 1])));
    if (cut) out.push([]);
    else out[out.length - 1].push(t);
  });
  return out.filter((c) => c.length > 0);
}

/** A valid period with its year at token `i` (bare years only after "giai đoạn" or as a span "2026 - 2027"). */
function atom(toks: readonly Tok[], i: number, bare: boolean): Atom | null | "invalid" {
  const m = atomAt(toks, i, bare);
  if (!m) return null;
  if ("invalid" in m || m.atoms.length !== 1 || !valid(m.atoms[0])) return "invalid";
  return m.atoms[0];
}

/** The periods a clause names, or undefined when one of them cannot be trusted. */
function periodsIn(toks: readonly Tok[]): Named[] | undefined {
  const out: Named[] = [];
  let i = 0;
  while (i < toks.length) {
    const open = sequenceAt(toks, i, DEADLINE_WORDS.openStart);
    let j = i + open;
    const phase = isW(toks[j], "giai") && isW(toks[j + 1], "doan") ? 2 : 0;
    j += phase;
    const bareSpan = isNumber(toks[j]) && isRange(toks[j + 1]) && isNumber(toks[j + 2]);
    const a = atom(toks, j, phase > 0 || bareSpan);
    if (a === "invalid") return undefined;
    if (a === null) {
      i = Math.max(i + 1, j);
      continue;
    }
    // "từ", "sau", "giai đoạn" introduce a period themselves; otherwise the word before must.
    if (open === 0 && phase === 0 && !opensPeriod(toks[i - 1])) return undefined;
    const m = atomAt(toks, j, true);
    const k = m && !("invalid" in m) ? m.end : j + 1;
    const ya = a.year ?? 0;
    if (isRange(toks[k])) {
      const b = atom(toks, k + 1, true);
      if (b === "invalid") return undefined;
      if (b !== null) {
        const start = startOf(a, ya);
        const due = endOf(b, b.year ?? 0);
        if (start > due) return undefined;
        out.push({ start, due, span: true, open: false });
        const mb = atomAt(toks, k + 1, true);
        i = mb && !("invalid" in mb) ? mb.end : k + 2;
        // "2024-2025-2026": a span does not chain.
        if (!closesPeriod(toks, i)) return undefined;
        continue;
      }
    }
    if (!closesPeriod(toks, k)) return undefined;
    out.push({ start: startOf(a, ya), due: endOf(a, ya), span: phase > 0, open: open > 0 });
    i = Math.max(k, i + 1);
  }
  return out;
}

/** The period among `ps` that holds all the others, if any. */
function outer(ps: readonly Named[]): Named | undefined {
  return ps.find((p) => ps.every((q) => p.start <= q.start && p.due >= q.due));
}

/** More periods than this in one cell is a list, not a deadline (and keeps any cell linear). */
const MAX_PERIODS = 24;

export function readProse(main: string, inner: readonly string[]): Parsed | undefined {
  const parts = [...clauses(tokenize(main)), ...inner.flatMap((b) => clauses(tokenize(b)))];
  const closed: Named[] = [];
  const opens: Named[] = [];
  const perClause: Named[] = [];
  for (const c of parts) {
    const ps = periodsIn(c);
    if (ps === undefined || closed.length + opens.length + ps.length > MAX_PERIODS) return undefined;
    const fixed = ps.filter((p) => !p.open);
    opens.push(...ps.filter((p) => p.open));
    closed.push(...fixed);
    if (fixed.length === 0) continue;
    const o = outer(fixed);
    if (!o) return undefined;
    perClause.push(o);
  }
  if (closed.length === 0) {
    if (opens.length === 0) return undefined;
    const start = opens.map((p) => p.start).sort()[0];
    return { kind: "continuous", start };
  }
  const all = outer(closed);
  if (!all) {
    const dues = [...new Set(perClause.map((p) => p.due))].sort();
    return { kind: "milestones", due: dues[0], milestones: dues };
  }
  const start = all.span ? all.start : undefined;
  if (opens.some((p) => p.start >= all.start)) return { kind: "continuous", start: all.start, due: all.due };
  return start !== undefined ? { kind: "dated", due: all.due, start } : { kind: "dated", due: all.due };
}
