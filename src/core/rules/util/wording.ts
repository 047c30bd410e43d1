/**
 * Whether two task texts that read almost alike say the same thing: every word one has and the other lacks is a
 * filler ("các", "trên", "toàn", "thực hiện", "đẩy mạnh" …) or a typing slip of a word the other has. A word that
 * changes the task ("thường trú" / "tạm trú", "bệnh viện" / "trường học") makes them two tasks, however long the
 * rest they share.
 */
import { editDistance, tokens } from "../../text";

/** Folded words that add nothing to which task is meant. */
const FILLER: ReadonlySet<string> = new Set([
  "cac",
  "va",
  "cua",
  "tren",
  "toan",
  "tai",
  "doi",
  "voi",
  "nhung",
  "duoc",
  "thuc",
  "hien",
  "trong",
  "de",
  "cho",
  "ve",
  "theo",
  "la",
  "co",
  "mot",
  "cung",
  "nham",
  "tiep",
  "tuc",
  "day",
  "manh",
  "tang",
  "cuong",
  "hon",
  "nua",
  "nay",
  "do",
  "o",
  "tu",
  "den",
  "tat",
  "ca",
  "moi",
  "dia",
  "ban",
  "tinh",
  "hieu",
  "qua",
  "kip",
  "thoi",
  "dong",
  "bo",
]);

/** The words of `a` not in `b` (each word counted as often as it occurs), fillers (and figures, if so) left out. */
function missingFrom(a: readonly string[], b: readonly string[], ignoreFigures: boolean): string[] {
  const left = new Map<string, number>();
  for (const t of b) left.set(t, (left.get(t) ?? 0) + 1);
  const out: string[] = [];
  for (const t of a) {
    const n = left.get(t) ?? 0;
    if (n > 0) left.set(t, n - 1);
    else if (!FILLER.has(t) && !(ignoreFigures && /\d/.test(t))) out.push(t);
  }
  return out;
}

/** A slip of the keyboard: one letter added, dropped or changed in a word of four letters or more. */
function slip(x: string, y: string): boolean {
  return Math.min(x.length, y.length) >= 4 && editDistance(x, y, 1) <= 1;
}

/** Whether `a` and `b` name the same task; with `ignoreFigures`, "quý 1" and "quý 2" do. */
export function sameWording(a: string, b: string, ignoreFigures = false): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  const onlyA = missingFrom(ta, tb, ignoreFigures);
  const onlyB = missingFrom(tb, ta, ignoreFigures);
  if (onlyA.length !== onlyB.length) return false;
  const unpaired = [...onlyB];
  for (const x of onlyA) {
    const k = unpaired.findIndex((y) => slip(x, y));
    if (k < 0) return false;
    unpaired.splice(k, 1);
  }
  return true;
}
