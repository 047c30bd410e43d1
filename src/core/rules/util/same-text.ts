/**
 * A reviewer writes a thing once: the same text on many rows (a vague deadline phrase, a deadline the add-in
 * cannot read) is one finding at its first row, with the other rows in `related`. Texts are compared through the
 * fold, punctuation aside ("Theo Kế hoạch riêng" and "Theo kế hoạch riêng." are one text).
 */
import { foldWords } from "../../text";
import type { Localized, TaskRecord } from "../../types";

export interface Occurrence<T> {
  /** What the first row gave (its message data, suggestion …). */
  readonly first: T;
  readonly task: TaskRecord;
  /** The later rows with the same text, in the order they were added. */
  readonly others: Array<{ readonly row: number; readonly task: TaskRecord }>;
}

/** Groups rows by their text through the fold; `groups()` lists them in the order their first row came. */
export class SameText<T> {
  private readonly byKey = new Map<string, Occurrence<T>>();

  add(text: string, task: TaskRecord, row: number, first: () => T): void {
    const key = foldWords(text);
    const hit = this.byKey.get(key);
    if (hit) hit.others.push({ row, task });
    else this.byKey.set(key, { first: first(), task, others: [] });
  }

  groups(): IterableIterator<Occurrence<T>> {
    return this.byKey.values();
  }
}

/** How many task numbers a message lists before "…". */
const MAX_LISTED = 8;

/** The tasks of a group for a message: "II.7, II.8", "1, 2, 3, 4, 5, 6, 7, 8, …". */
export function listTasks(refs: ReadonlyArray<string | Localized>): string | Localized {
  if (refs.every((r): r is string => typeof r === "string")) return joinTasks(refs);
  // A task named by its row is words: the list is given in each language.
  return {
    vi: joinTasks(refs.map((r) => (typeof r === "string" ? r : r.vi))),
    en: joinTasks(refs.map((r) => (typeof r === "string" ? r : r.en))),
  };
}

function joinTasks(refs: readonly string[]): string {
  return refs.length <= MAX_LISTED ? refs.join(", ") : `${refs.slice(0, MAX_LISTED).join(", ")}, …`;
}
