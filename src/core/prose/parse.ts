/**
 * A task list written as prose, turned into appendix rows. Plans often assign their tasks agency by agency
 * ("1. Công an tỉnh", then "- <task>", "+ Đơn vị phối hợp: …", "+ Sản phẩm: …", "+ Tiến độ: …"); others name the lead
 * in the sentence ("Giao Sở Y tế chủ trì …") or on a line of its own ("+ Chủ trì: …").
 *
 * The mechanism, for plans never seen:
 * - the text is cut into parts at its Roman-numbered headings (the whole text is one part when it has none);
 * - in each part, the heading level whose headings name bodies (the agency directory recognises them, or they are
 *   collectives) for at least half of its headings is the level of the leads: each heading there is the lead of the
 *   tasks under it; other headings become section rows;
 * - a bullet or a paragraph is a task; an attribute line fills the column its label names (the header vocabulary's
 *   column names); a paragraph ending with ":" introduces what follows and is not a task;
 * - a part is kept when it assigns something (a lead heading, a lead in a sentence or an attribute line);
 * - every line of a kept part lands in a row or in `unplaced`, with the reason; the user's words are kept as written.
 */
import type { AgencyDirectory } from "../agencies/directory";
import type { HeaderVocabulary } from "../detect/vocabulary";
import { parseDeadlineText } from "../deadline";
import { foldWords, trimEndOf } from "../text";
import { proseLines, type AttributeKey, type HeadingLevel, type ProseLine } from "./lines";
import type { ProseVocabulary } from "./vocabulary";

export interface ProseSection {
  readonly kind: "section";
  readonly number: string;
  readonly text: string;
  readonly line: number;
}

export interface ProseTask {
  readonly kind: "task";
  readonly number: string;
  readonly content: string;
  readonly lead: string;
  readonly coLead: string;
  readonly deliverable: string;
  readonly deadline: string;
  /** Where the lead was read: the heading the task is under, an attribute line, the task's sentence, or nowhere. */
  readonly leadFrom: "heading" | "attribute" | "sentence" | "none";
  /** The source lines of the task and of its attribute lines. */
  readonly lines: readonly number[];
}

export type ProseRow = ProseSection | ProseTask;

export type UnplacedReason = "intro" | "no-task";

export interface UnplacedLine {
  readonly line: number;
  readonly text: string;
  readonly reason: UnplacedReason;
}

export interface ProseTable {
  /** The heading of the (first) part read, e.g. "NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN". */
  readonly title?: string;
  readonly rows: readonly ProseRow[];
  readonly unplaced: readonly UnplacedLine[];
  readonly taskCount: number;
}

export interface ProseOptions {
  readonly directory: AgencyDirectory;
  readonly headers: HeaderVocabulary;
  readonly vocabulary: ProseVocabulary;
}

const LEVELS: readonly HeadingLevel[] = ["roman", "number", "subnumber", "letter"];
const depth = (l: HeadingLevel): number => LEVELS.indexOf(l);
/** Longest name of one body; a heading naming several ("Các sở, ban, ngành; các cơ quan …; UBND …") may be longer. */
const MAX_AGENCY_WORDS = 16;
const MAX_NAMES_WORDS = 40;

/**
 * Longest collective read by its shape alone, in syllables ("các cơ quan Trung ương đóng trên địa bàn tỉnh"); a longer
 * "Các …" is a sentence.
 */
const MAX_COLLECTIVE_WORDS = 12;
/** Words that join names without being part of one ("Sở A và Sở B"). */
const JOINERS = new Set(["va", "cung"]);

/** Whether a text names bodies only: every piece known to the directory, or a short collective. */
function namesBodies(text: string, directory: AgencyDirectory): boolean {
  if (text.split(/\s+/).length > MAX_NAMES_WORDS) return false;
  const ms = directory.mentions(text);
  const named = ms.every((m) => {
    const n = m.text.split(/\s+/).length;
    return (m.agency !== undefined && n <= MAX_AGENCY_WORDS) || (m.collective && n <= MAX_COLLECTIVE_WORDS);
  });
  if (ms.length === 0 || !named) return false;
  // The names cover the text: "Sở Tài chính tham mưu, đề xuất …" names a body but is a sentence.
  const covered = new Set(ms.flatMap((m) => foldWords(m.text).split(" ")));
  return foldWords(text)
    .split(" ")
    .every((w) => covered.has(w) || JOINERS.has(w));
}

/** Longest sentence read as a deadline at the end of a task's text ("… Hoàn thành trong tháng 02/2024."). */
const MAX_DEADLINE_WORDS = 10;

/** The task's text and the deadline its last sentence states, when it states one and no line said it. */
export function trailingDeadline(content: string): { content: string; deadline: string } | undefined {
  const cut = trimEndOf(content, ".; ").lastIndexOf(". ");
  if (cut < 0) return undefined;
  const last = content.slice(cut + 2).trim();
  if (last.split(/\s+/).length > MAX_DEADLINE_WORDS) return undefined;
  if (parseDeadlineText(last).kind !== "dated") return undefined;
  return { content: content.slice(0, cut + 1).trim(), deadline: last };
}

/** The lead named at the start of a sentence: "[Giao] <bodies> chủ trì …"; undefined when there is none. */
export function sentenceLead(text: string, opts: ProseOptions): string | undefined {
  const words = text.split(" ").slice(0, MAX_AGENCY_WORDS + 6);
  const folded = words.map((w) => foldWords(w));
  const starts = (i: number, phrase: string): number => {
    const ts = phrase.split(" ");
    for (let k = 0; k < ts.length; k++) if (folded[i + k] !== ts[k]) return 0;
    return ts.length;
  };
  let from = 0;
  for (const a of opts.vocabulary.assignWords) {
    const n = starts(0, a);
    if (n > 0) {
      from = n;
      break;
    }
  }
  for (let i = from + 1; i < words.length && i - from <= MAX_AGENCY_WORDS; i++) {
    if (!opts.vocabulary.leadMarkers.some((m) => starts(i, m) > 0)) continue;
    const candidate = trimEndOf(words.slice(from, i).join(" "), ",;:( ");
    return candidate !== "" && namesBodies(candidate, opts.directory) ? candidate : undefined;
  }
  return undefined;
}

interface Part {
  readonly heading?: Extract<ProseLine, { kind: "heading" }>;
  readonly lines: ProseLine[];
}

/** The text cut at its Roman-numbered headings; what follows a line ending the list is left out until the next. */
function parts(lines: readonly ProseLine[]): Part[] {
  const out: Part[] = [];
  let cur: Part = { lines: [] };
  let ended = false;
  for (const l of lines) {
    if (l.kind === "heading" && l.level === "roman") {
      if (cur.heading || cur.lines.length > 0) out.push(cur);
      cur = { heading: l, lines: [] };
      ended = false;
    } else if (l.kind === "end") ended = true;
    else if (!ended) cur.lines.push(l);
  }
  if (cur.heading || cur.lines.length > 0) out.push(cur);
  return out;
}

/** The heading level whose headings name the leads, if any. */
function leadLevel(part: Part, directory: AgencyDirectory): HeadingLevel | undefined {
  let best: { level: HeadingLevel; bodies: number } | undefined;
  for (const level of LEVELS.slice(1)) {
    const hs = part.lines.filter((l) => l.kind === "heading" && l.level === level);
    const bodies = hs.filter((h) => namesBodies(h.text, directory)).length;
    if (bodies === 0 || bodies * 2 < hs.length) continue;
    if (!best || bodies > best.bodies) best = { level, bodies };
  }
  return best?.level;
}

interface Draft {
  number: string;
  content: string;
  lead: string;
  leadFrom: ProseTask["leadFrom"];
  fields: Partial<Record<AttributeKey, string>>;
  lines: number[];
}

function readPart(part: Part, opts: ProseOptions, rows: ProseRow[], unplaced: UnplacedLine[]): boolean {
  const level = leadLevel(part, opts.directory);
  let agency: { text: string; label: string; depth: number } | undefined;
  let sectionLabel = "";
  let count = 0;
  let task: Draft | undefined;
  /** Where a continuation line goes: the task's text or the attribute written last. */
  let last: AttributeKey | "content" | undefined;
  let said = 0;
  let attributes = 0;
  const out: ProseRow[] = [];
  const close = (): void => {
    if (!task) return;
    const f = task.fields;
    const lead = f.lead ?? task.lead;
    const stated = f.deadline === undefined ? trailingDeadline(task.content) : undefined;
    if (stated) f.deadline = stated.deadline;
    out.push({
      kind: "task",
      number: task.number,
      content: stated?.content ?? task.content,
      lead,
      coLead: f.coLead ?? "",
      deliverable: f.deliverable ?? "",
      deadline: f.deadline ?? "",
      leadFrom: f.lead !== undefined ? "attribute" : lead === "" ? "none" : task.leadFrom,
      lines: task.lines,
    });
    task = undefined;
  };
  const open = (text: string, line: number): void => {
    close();
    count++;
    const prefix = agency?.label ?? sectionLabel;
    const named = sentenceLead(text, opts);
    if (named !== undefined) said++;
    task = {
      number: prefix === "" ? String(count) : `${prefix}.${count}`,
      content: text,
      lead: named ?? agency?.text ?? "",
      leadFrom: named !== undefined ? "sentence" : agency ? "heading" : "none",
      fields: {},
      lines: [line],
    };
    last = "content";
  };
  for (const l of part.lines) {
    switch (l.kind) {
      case "heading": {
        close();
        last = undefined;
        count = 0;
        const d = depth(l.level);
        const isLead = l.level === level && namesBodies(l.text, opts.directory);
        if (isLead) agency = { text: l.text, label: l.label, depth: d };
        else if (agency && d <= agency.depth) agency = undefined;
        sectionLabel = l.label;
        out.push({ kind: "section", number: l.label, text: l.text, line: l.line });
        break;
      }
      case "attribute":
        attributes++;
        if (!task) {
          unplaced.push({ line: l.line, text: `${l.label}: ${l.text}`, reason: "no-task" });
          last = undefined;
          break;
        }
        // A second line with the same label adds to the first, on a line of its own.
        task.fields[l.key] = task.fields[l.key] === undefined ? l.text : `${task.fields[l.key]}\n${l.text}`;
        task.lines.push(l.line);
        last = l.key;
        break;
      case "continuation": {
        const key = last;
        if (!task || key === undefined) {
          unplaced.push({ line: l.line, text: l.text, reason: "no-task" });
          break;
        }
        if (key === "content") task.content = `${task.content} ${l.text}`;
        else task.fields[key] = `${task.fields[key] ?? ""} ${l.text}`.trim();
        task.lines.push(l.line);
        break;
      }
      case "bullet":
        open(l.text, l.line);
        break;
      case "end":
        break;
      case "paragraph":
        if (/:\s*$/.test(l.text)) {
          close();
          last = undefined;
          unplaced.push({ line: l.line, text: l.text, reason: "intro" });
        } else open(l.text, l.line);
        break;
    }
  }
  close();
  // A part assigns tasks when its headings name the leads, when it has attribute lines, or when at least half of
  // its tasks name their lead in the sentence (one "… chủ trì" in a paragraph of aims is not an assignment).
  const tasks = out.filter((r) => r.kind === "task").length;
  const assigns = level !== undefined || attributes > 0 || (said > 0 && said * 2 >= tasks);
  if (!assigns) return false;
  rows.push(...out);
  return true;
}

/** Reads the task list of a plan written as prose (the text of a .docx or pasted text). */
export function parseProse(text: string, opts: ProseOptions): ProseTable {
  const lines = proseLines(text, opts.vocabulary, opts.headers);
  const rows: ProseRow[] = [];
  const unplaced: UnplacedLine[] = [];
  let title: string | undefined;
  for (const part of parts(lines)) {
    const mine: UnplacedLine[] = [];
    if (readPart(part, opts, rows, mine)) {
      title ??= part.heading?.text;
      unplaced.push(...mine);
    }
  }
  const taskCount = rows.filter((r) => r.kind === "task").length;
  return title === undefined ? { rows, unplaced, taskCount } : { title, rows, unplaced, taskCount };
}
