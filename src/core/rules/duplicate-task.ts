/**
 * duplicate-task: the same or nearly the same task twice (same lead after matching, content identical after the
 * fold or with token Dice similarity ≥ threshold, and the same figures). Reported once, on the later task, naming
 * the earlier one. Also a task whose whole content is repeated word for word as a clause of another task of the
 * same lead (util/contained). The index in util/similar and the figure cut in util/candidates keep this
 * near-linear in the number of tasks.
 */
import { z } from "zod";
import { defineRule } from "../rule";
import type { TaskContext } from "../rule";
import type { TaskRecord } from "../types";
import { fold, foldWords, tokens } from "../text";
import { agencyKey } from "./util/agency";
import { SimilarIndex } from "./util/similar";
import { ContainmentCandidates, FigureRuns } from "./util/candidates";
import { closingClause, findContained, MIN_CONTAINED_CHARS } from "./util/contained";
import { sameWording } from "./util/wording";
import { cellState, excerpt, taskRef } from "./util/task";
import { defaultTaskVocabulary, expandShortForms, strippedText } from "./util/task-vocabulary";

interface Options {
  /** Token Dice similarity from which two contents count as the same task. */
  readonly threshold: number;
  /**
   * Tasks whose figures differ ("quý 1" / "quý 2", "20%" / "50%", two document numbers) are different tasks:
   * near-identical texts count as the same task only when they hold the same numbers.
   */
  readonly sameFigures: boolean;
}

const FIGURE = /\d/;

interface Piece {
  readonly text: string;
  readonly ids: readonly number[];
  readonly figures: readonly number[];
}

/**
 * Turns a task text into token ids of the index: the words `tokens()` gives, with "06" and "6" read as one
 * figure, and collects its figures for the group key. The text is cut at spaces and each distinct piece is
 * folded once, found again by a hash of its characters without cutting the string (a plan repeats a small
 * vocabulary, and this keeps 100,000 tasks cheap); `tokens()` splits a piece at its punctuation, so the words
 * are the same as for the whole text.
 */
function wordTokenizer(index: SimilarIndex): (text: string, ids: number[], figures: Set<number>) => void {
  const known = new Map<number, Piece[]>();
  const piece = (text: string, from: number, to: number, hash: number): Piece => {
    const same = known.get(hash);
    if (same) for (const p of same) if (p.text.length === to - from && text.startsWith(p.text, from)) return p;
    const word = text.slice(from, to);
    const pieceIds = tokens(word).map((t) => index.token(t.replace(/^0+(?=\d)/, "")));
    const p = { text: word, ids: pieceIds, figures: pieceIds.filter((id) => index.isLast(id)) };
    if (same) same.push(p);
    else known.set(hash, [p]);
    return p;
  };
  return (text, ids, figures) => {
    let from = 0;
    let hash = 0x811c9dc5;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      if (c !== 32) {
        hash = Math.imul(hash ^ c, 0x01000193);
        continue;
      }
      if (i > from) {
        const p = piece(text, from, i, hash >>> 0);
        for (const id of p.ids) ids.push(id);
        for (const id of p.figures) figures.add(id);
      }
      from = i + 1;
      hash = 0x811c9dc5;
    }
  };
}

/** The lead as one key, the same however its agencies are written; cached per lead text. */
function leadKeyer(): (tc: TaskContext) => string {
  const cache = new Map<string, string>();
  return (tc) => {
    const cell = tc.task.cells.lead;
    if (!cell) return "";
    let key = cache.get(cell.text);
    if (key === undefined) {
      if (cellState(cell) !== "filled") key = "";
      else if (tc.lead.length > 0) key = [...new Set(tc.lead.map(agencyKey))].sort().join("|");
      else key = `text:${foldWords(cell.text)}`;
      cache.set(cell.text, key);
    }
    return key;
  };
}

const NO_FIGURES: ReadonlySet<number> = new Set();

/** The index group of a task: its lead, and its figures; cached, since leads and figures repeat. */
function grouper(index: SimilarIndex): (lead: string, figures: ReadonlySet<number>) => number {
  const byLead = new Map<string, Map<string | number, number>>();
  return (lead, figures) => {
    let byFigures = byLead.get(lead);
    if (!byFigures) byLead.set(lead, (byFigures = new Map()));
    const key = figures.size === 1 ? figures.values().next().value! : [...figures].sort((a, b) => a - b).join(",");
    let group = byFigures.get(key);
    if (group === undefined) {
      group = index.group(`${lead}#${key}`);
      byFigures.set(key, group);
    }
    return group;
  };
}

/**
 * A hash of the distinct numbers a raw text holds from `from` on (each run of digits, leading zeros dropped), read without
 * folding it. Two texts whose folded figures are the same set give the same hash (folding keeps digits and only
 * drops combining marks, which are read through here), so tasks alone under this hash and their lead cannot be
 * duplicates and need no tokenizing. Collisions only cost work.
 */
function figureHash(text: string, runs: FigureRuns, from = 0): number {
  runs.clear();
  const n = text.length;
  // The regular expression finds the next digit (fast, and allocates nothing); the run is read by hand.
  FIRST_DIGIT.lastIndex = from;
  while (FIRST_DIGIT.test(text)) {
    let i = FIRST_DIGIT.lastIndex - 1;
    let h = 0x811c9dc5;
    let leading = true;
    for (let c = text.charCodeAt(i); i < n; c = text.charCodeAt(++i)) {
      if (c >= 48 && c <= 57) {
        if (c === 48 && leading) continue;
        leading = false;
        h = Math.imul(h ^ c, 0x01000193);
      } else if (c < 0x300 || c > 0x36f) break;
    }
    FIRST_DIGIT.lastIndex = i;
    runs.insert(h | 0);
  }
  let set = 0x9e3779b1;
  const values = runs.values;
  for (let k = 0; k < runs.length; k++)
    if (k === 0 || values[k] !== values[k - 1]) set = Math.imul(set ^ values[k], 0x01000193);
  return set;
}

/** A digit; a run of digits continues through the combining marks the fold drops. */
const FIRST_DIGIT = /[0-9]/g;

/**
 * The first cut: a task's key is its lead and (when figures count) the hash of its figures. Tasks alone under
 * their key cannot repeat another and skip the index. Kept within small-integer range (cheaper to sort).
 */
function taskKeyer(
  leadKey: (tc: TaskContext) => string,
  hasLead: (tc: TaskContext) => boolean,
  figures: boolean,
  candidates: ContainmentCandidates,
): (tc: TaskContext, text: string) => number {
  const leadIds = new Map<string, number>();
  const runs = new FigureRuns();
  const tailRuns = new FigureRuns();
  return (tc, text) => {
    const lead = leadKey(tc);
    let leadId = leadIds.get(lead);
    if (leadId === undefined) leadIds.set(lead, (leadId = leadIds.size));
    runs.clear();
    const key = (figures ? Math.imul(leadId + 1, 0x85ebca6b) ^ figureHash(text, runs) : leadId) & 0x3fffffff;
    // Containment needs a lead: a task without one is compared by its whole text only.
    // A closing clause may be repeated alone: its own figures are what another text must hold.
    const tail = figures ? closingClause(text) : -1;
    if (tail > 0) figureHash(text, tailRuns, tail);
    candidates.add(hasLead(tc) ? leadId : -1, text, runs, tail > 0 ? tailRuns : undefined);
    return key;
  };
}

/** The keys that occur more than once. */
function sharedKeys(keys: Int32Array): Set<number> {
  const sorted = keys.slice().sort();
  const shared = new Set<number>();
  for (let k = 1; k < sorted.length; k++) if (sorted[k] === sorted[k - 1]) shared.add(sorted[k]);
  return shared;
}

/** How many earlier tasks a finding names at most. */
const MAX_RELATED = 3;

export default defineRule<Options>({
  meta: {
    id: "duplicate-task",
    severity: "warning",
    docs: {
      description: {
        vi: "Một nhiệm vụ không được giao hai lần cho cùng một đơn vị chủ trì.",
        en: "A task is not assigned twice to the same lead agency.",
      },
      url: "docs/rules/duplicate-task.md",
    },
    messages: {
      identical: {
        vi: "Nhiệm vụ {{task}} trùng với nhiệm vụ {{other}} (dòng {{otherRow}}): cùng đơn vị chủ trì “{{lead}}” và cùng nội dung “{{content}}”.",
        en: "Task {{task}} repeats task {{other}} (row {{otherRow}}): same lead “{{lead}}” and the same content “{{content}}”.",
      },
      contained: {
        vi: "Nhiệm vụ {{task}} và nhiệm vụ {{other}} (dòng {{otherRow}}) cùng đơn vị chủ trì “{{lead}}”, và nội dung của nhiệm vụ này được chép nguyên văn trong nhiệm vụ kia: “{{content}}”.",
        en: "Task {{task}} and task {{other}} (row {{otherRow}}) have the same lead “{{lead}}”, and one repeats the other word for word: “{{content}}”.",
      },
      similar: {
        vi: "Nhiệm vụ {{task}} gần như trùng với nhiệm vụ {{other}} (dòng {{otherRow}}): cùng đơn vị chủ trì “{{lead}}”, nội dung gần giống nhau (“{{content}}”).",
        en: "Task {{task}} nearly repeats task {{other}} (row {{otherRow}}): same lead “{{lead}}” and almost the same content (“{{content}}”).",
      },
    },
    schema: z
      .object({ threshold: z.number().min(0.5).max(1).default(0.9), sameFigures: z.boolean().default(true) })
      .strict()
      .default({}),
  },
  create(context) {
    /** One finding on `task`, naming the first of the earlier tasks it repeats, the others related. */
    const reportRepeat = (
      messageId: "contained" | "identical" | "similar",
      task: TaskRecord,
      col: number,
      earlier: readonly TaskRecord[],
      content: string,
    ): void => {
      const first = earlier[0];
      context.report({
        messageId,
        row: task.row,
        col,
        task,
        data: {
          task: taskRef(task),
          other: taskRef(first),
          otherRow: first.row,
          lead: task.cells.lead?.text || "—",
          content: excerpt(content),
        },
        related: earlier.map((t) => ({ row: t.row, task: t.label })),
      });
    };
    const byLead = leadKeyer();
    // An indicator table lists each indicator once per period section ("Giai đoạn 2025-2027", "Giai đoạn
    // 2028-2030"): the same indicator in two sections is the form of the table, not a repeat.
    const perSection = context.analysis.table.kind === "indicators";
    const leadKey = perSection ? (tc: TaskContext) => `${byLead(tc)}#${tc.task.section ?? ""}` : byLead;
    const candidates = new ContainmentCandidates();
    const vocab = defaultTaskVocabulary();
    /**
     * Task texts as compared (util/task-vocabulary). The rows read them without their short forms written out
     * (figures and clause ends are the same), kept where they differ from the cell's text; the comparable text is
     * made only for the tasks the end compares, once each.
     */
    const stripped = new Map<TaskRecord, string>();
    const compared = new Map<TaskRecord, string>();
    const textOf = (t: TaskRecord): string => {
      let text = compared.get(t);
      if (text === undefined) {
        text = expandShortForms(stripped.get(t) ?? t.cells.content?.text ?? "", vocab);
        compared.set(t, text);
      }
      return text;
    };
    const keyOf = taskKeyer(leadKey, (tc) => byLead(tc) !== "", context.options.sameFigures, candidates);
    /** Tasks with content, and their keys; read as the rows pass, while each task is at hand. */
    let filled: TaskContext[] = [];
    let keys = new Int32Array(1024);
    let inOrder = true;
    let lastRow = 0;
    /** Tasks that repeat a clause of another word for word (or whose clause another repeats), once per task. */
    const reportContained = (asAdded: readonly TaskContext[], picked: number[], reported: Set<TaskContext>): void => {
      if (picked.length < 2) return;
      const group = new Map<string, number>();
      const tasks = picked.map((i) => asAdded[i]).sort((a, b) => a.task.row - b.task.row);
      const items = tasks.map((tc) => {
        const lead = leadKey(tc);
        let g = group.get(lead);
        if (g === undefined) group.set(lead, (g = group.size));
        return { group: g, text: textOf(tc.task) };
      });
      for (const m of findContained(items, MAX_RELATED)) {
        const tc = tasks[m.index];
        const cell = tc.task.cells.content;
        if (!cell || reported.has(tc)) continue;
        const earlier = m.earlier.map((j) => tasks[j]);
        const inner =
          items[m.index].text.length <= items[m.earlier[0]].text.length
            ? cell.text
            : (earlier[0].task.cells.content?.text ?? "");
        reportRepeat(
          "contained",
          tc.task,
          cell.col,
          earlier.map((e) => e.task),
          inner,
        );
      }
    };
    return {
      row(event) {
        const tc = event.task;
        const cell = tc?.task.cells.content;
        if (!tc || !cell || cellState(cell) !== "filled") return;
        if (tc.task.row < lastRow) inOrder = false;
        lastRow = tc.task.row;
        if (filled.length === keys.length) {
          const more = new Int32Array(keys.length * 2);
          more.set(keys);
          keys = more;
        }
        let text = strippedText(cell.text, tc.lead, vocab);
        if (text !== cell.text) stripped.set(tc.task, text);
        // A short text may reach the length of a clause only once its short forms are written out.
        if (!vocab.fullFormsPlain || text.length < MIN_CONTAINED_CHARS) text = textOf(tc.task);
        keys[filled.length] = keyOf(tc, text);
        filled.push(tc);
      },
      end() {
        let taskKeys = keys.subarray(0, filled.length);
        const asAdded = filled;
        if (!inOrder) {
          const byRow = filled;
          const unsorted = taskKeys;
          const order = Array.from(byRow.keys()).sort((a, b) => byRow[a].task.row - byRow[b].task.row);
          taskKeys = Int32Array.from(order, (i) => unsorted[i]);
          filled = order.map((i) => byRow[i]);
        }
        const shared = sharedKeys(taskKeys);
        const tasks: TaskContext[] = [];
        const index = new SimilarIndex((t) => FIGURE.test(t));
        const words = wordTokenizer(index);
        const ids: number[] = [];
        const figures = new Set<number>();
        const groupOf = grouper(index);
        for (let i = 0; i < filled.length; i++) {
          if (!shared.has(taskKeys[i])) continue;
          const tc = filled[i];
          tasks.push(tc);
          ids.length = 0;
          figures.clear();
          words(textOf(tc.task), ids, figures);
          index.add(groupOf(leadKey(tc), context.options.sameFigures ? figures : NO_FIGURES), ids);
        }
        const matches = index.find(context.options.threshold, { maxMatches: MAX_RELATED });
        const reported = new Set<TaskContext>();
        for (const m of matches) {
          const tc = tasks[m.index];
          const cell = tc.task.cells.content;
          if (!cell) continue;
          // Alike by their words is not yet the same task: the words that differ must not change the task.
          const earlier = m.earlier
            .map((j) => tasks[j].task)
            .filter((t) => m.identical || sameWording(textOf(tc.task), textOf(t), !context.options.sameFigures));
          if (earlier.length === 0) continue;
          // Texts alike only once a citation or a restated lead is set aside are near, not identical, repeats.
          const otherText = earlier[0].cells.content?.text ?? "";
          const identical = m.identical && (cell.text === otherText || fold(cell.text) === fold(otherText));
          reportRepeat(identical ? "identical" : "similar", tc.task, cell.col, earlier, cell.text);
          reported.add(tc);
        }
        reportContained(asAdded, candidates.select(), reported);
      },
    };
  },
});
