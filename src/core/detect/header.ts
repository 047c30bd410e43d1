/**
 * The header of an appendix: which row it is, whether a second row of sub-headers hangs under it ("Mục tiêu"
 * over "Năm 2026" / "Năm 2030", "Đơn vị" over "Chủ trì" / "Phối hợp"), the "(1) (2) (3)" row under it, and which
 * column holds what.
 */
import type { CellRange } from "../grid";
import type { ColumnKey, TargetColumn } from "../types";
import {
  cellLooksLike,
  columnNumberToken,
  headerYear,
  isYearHeader,
  resultLooksLike,
  unitLooksLike,
  type CellKind,
} from "./patterns";
import { valueText, type SheetReader } from "./sheet";
import { headerFold, MAX_HEADER_LENGTH, type HeaderVocabulary } from "./vocabulary";

export interface HeaderCell {
  readonly col: number;
  /** Text of the first header row (a horizontally merged parent is repeated over its columns). */
  readonly top: string;
  /** Text of the second header row, "" when none. */
  readonly sub: string;
  /** Both joined: the column's header as written. */
  readonly text: string;
}

export interface AssignedColumn {
  readonly key: ColumnKey;
  readonly col: number;
  readonly score: number;
}

export interface HeaderLayout {
  readonly headerRows: readonly number[];
  readonly numberRow?: number;
  readonly firstRow: number;
  readonly lastCol: number;
  readonly cells: ReadonlyMap<number, HeaderCell>;
  readonly assigned: ReadonlyMap<ColumnKey, AssignedColumn>;
  readonly targets: readonly TargetColumn[];
  readonly extras: ReadonlyArray<{ readonly col: number; readonly header: string }>;
  readonly score: number;
  readonly valid: boolean;
}

const CORE_KEYS: ReadonlySet<ColumnKey> = new Set(["content", "lead", "coLead", "deliverable", "deadline", "unit"]);

/** On equal match quality a column goes to the earlier key ("Kết quả thực hiện": status before progress note). */
const KEY_ORDER: Readonly<Record<ColumnKey, number>> = {
  number: 0,
  content: 1,
  lead: 2,
  coLead: 3,
  deliverable: 4,
  deadline: 5,
  status: 6,
  completionDate: 7,
  progressNote: 8,
  unit: 9,
  tracking: 10,
  actual: 11,
};

/** Rows sampled under an ambiguous header to decide what it means. */
const SAMPLE_ROWS = 60;

/** Own (non-merged-from-above) non-empty cells of a row, as [col, value] pairs. */
function ownCells(reader: SheetReader, row: number, left: number, right: number) {
  const out: Array<{ col: number; text: string; folded: string }> = [];
  for (let c = left; c <= right; c++) {
    const o = reader.own(row, c);
    if (o.fromAbove || o.value.kind === "empty") continue;
    const text = valueText(o.value);
    if (text !== "") out.push({ col: c, text, folded: headerFold(text) });
  }
  return out;
}

/** A "(1) (2) (3)" row: at least `min` cells, all small numbers or letters, the numbers increasing. */
export function isNumberRow(reader: SheetReader, row: number, left: number, right: number, min = 3): boolean {
  let count = 0;
  let last = 0;
  for (let c = left; c <= right; c++) {
    const o = reader.own(row, c);
    if (o.fromAbove || o.value.kind === "empty") continue;
    const n = columnNumberToken(o.value);
    if (n === undefined) return false;
    if (n > 0) {
      if (n <= last) return false;
      last = n;
    }
    count++;
  }
  return count >= min;
}

/** A cell that could be a header: a known name, a target group, or a short text without figures. */
function isHeaderLike(vocab: HeaderVocabulary, text: string, folded: string): boolean {
  if (folded === "" || folded.length > MAX_HEADER_LENGTH) return false;
  if (vocab.candidates(folded).length > 0 || vocab.isTargetGroup(folded) || vocab.isOther(folded)) return true;
  return text.length <= 40 && !/\d/.test(text);
}

function isSubHeaderRow(reader: SheetReader, vocab: HeaderVocabulary, row: number, area: CellRange): boolean {
  const cells = ownCells(reader, row, area.left, area.right);
  // One cell alone is a section heading or a stray line more often than a row of sub-headers.
  if (cells.length < 2) return false;
  return cells.every(
    (c) => isYearHeader(c.folded) || vocab.candidates(c.folded).some((k) => k.quality >= 2) || vocab.isOther(c.folded),
  );
}

function hasTwoRows(reader: SheetReader, vocab: HeaderVocabulary, h: number, area: CellRange): boolean {
  if (h + 1 > area.bottom) return false;
  // A header row has several cells, all header-like: a title merged across the sheet, or a task row above a
  // repeated header, is not the parent of the row under it.
  const parents = ownCells(reader, h, area.left, area.right);
  if (parents.length < 2 || !parents.every((c) => isHeaderLike(vocab, c.text, c.folded))) return false;
  if (isNumberRow(reader, h + 1, area.left, area.right, 2)) return false;
  for (let c = area.left; c <= area.right; c++) {
    const m = reader.mergeAt(h, c);
    if (!m || m.top !== h) continue;
    if (m.bottom > h) return true;
    if (m.right > m.left && c === m.left) {
      // A row merged the same way under it is the first row of data laid out alike (content spanning two
      // columns), not sub-headers splitting a group header.
      const below = reader.mergeAt(h + 1, c);
      if (below && below.left === m.left && below.right === m.right) continue;
      for (let k = m.left; k <= Math.min(m.right, area.right); k++) {
        const o = reader.own(h + 1, k);
        if (!o.fromAbove && o.value.kind !== "empty") return true;
      }
    }
  }
  return isSubHeaderRow(reader, vocab, h + 1, area);
}

interface Candidate {
  readonly col: number;
  readonly key: ColumnKey;
  /** Match quality, plus a bonus for a sub-header's own match (used for ordering only). */
  readonly score: number;
  readonly quality: number;
  readonly index: number;
  readonly length: number;
}

/** What the cells under an ambiguous header say: the key they choose, and how much of them are statuses. */
interface Decision {
  readonly col: number;
  readonly order: readonly ColumnKey[];
  readonly score: number;
  /** Share of the cells that are plain statuses: the column most like one gets the status key first. */
  readonly statusShare: number;
}

function decideAmbiguous(
  reader: SheetReader,
  col: number,
  firstRow: number,
  bottom: number,
  choices: readonly ColumnKey[],
  indicators: boolean,
): Omit<Decision, "col" | "score"> {
  const results = choices.includes("deliverable") || choices.includes("progressNote");
  // A plain "Kết quả" beside indicator targets states the target itself: neither a deliverable nor an actual.
  if (indicators && choices[0] === "deliverable") return { order: [], statusShare: 0 };
  const tally = new Map<CellKind, number>();
  let filled = 0;
  const end = Math.min(bottom, firstRow + SAMPLE_ROWS - 1);
  for (let r = firstRow; r <= end; r++) {
    const o = reader.own(r, col);
    if (o.fromAbove || o.value.kind === "empty") continue;
    const kind = results
      ? resultLooksLike(o.value)
      : choices.includes("unit")
        ? unitLooksLike(o.value)
        : cellLooksLike(o.value);
    if (kind === undefined) continue;
    filled++;
    tally.set(kind, (tally.get(kind) ?? 0) + 1);
  }
  const count = (k: CellKind) => tally.get(k) ?? 0;
  const scoreOf = (key: ColumnKey): number => {
    switch (key) {
      case "deadline":
        return count("deadline");
      case "status":
      case "progressNote":
        return count("status") + count("report");
      case "deliverable":
        return indicators ? -1 : count("text");
      case "unit":
        return count("unit");
      case "lead":
        return count("text");
      default:
        return 0;
    }
  };
  let decided = choices[0];
  let best = scoreOf(decided);
  for (const k of choices) {
    const sc = scoreOf(k);
    if (sc > best) {
      best = sc;
      decided = k;
    }
  }
  // A progress column goes to the status, else the progress note; the other meanings come after.
  const progress: ColumnKey[] = ["status", "progressNote"];
  const order: ColumnKey[] = progress.includes(decided) ? [...progress] : [decided];
  for (const k of choices) if (!order.includes(k) && !(k === "deliverable" && indicators)) order.push(k);
  if (!results && !choices.includes("unit")) order.push("progressNote");
  return { order, statusShare: filled > 0 ? count("status") / filled : 0 };
}

/** Reads the header starting at row `h` and scores it. */
export function headerLayout(reader: SheetReader, vocab: HeaderVocabulary, area: CellRange, h: number): HeaderLayout {
  const twoRows = hasTwoRows(reader, vocab, h, area);
  const headerRows = twoRows ? [h, h + 1] : [h];
  const next = h + headerRows.length;
  const numberRow = next <= area.bottom && isNumberRow(reader, next, area.left, area.right) ? next : undefined;
  const firstRow = (numberRow ?? next - 1) + 1;

  const cells = new Map<number, HeaderCell>();
  let lastCol = area.left - 1;
  for (let c = area.left; c <= area.right; c++) {
    const m = reader.mergeAt(h, c);
    const continuesAbove = m !== undefined && m.top < h;
    const top = continuesAbove ? "" : valueText(reader.shown(h, c));
    const topOwned = !m || m.left === c;
    let sub = "";
    if (twoRows) {
      const o = reader.own(h + 1, c);
      if (!o.fromAbove) sub = valueText(o.value);
    }
    const text = sub !== "" ? (top !== "" ? `${top} ${sub}` : sub) : topOwned ? top : "";
    if (text === "") continue;
    cells.set(c, { col: c, top, sub, text });
    lastCol = c;
  }

  const targets: TargetColumn[] = [];
  const candidates: Candidate[] = [];
  const ambiguous: Array<{ col: number; choices: readonly ColumnKey[]; score: number }> = [];
  const known = new Set<number>();
  for (const cell of cells.values()) {
    const topFold = headerFold(cell.top);
    const subFold = headerFold(cell.sub);
    const textFold = headerFold(cell.text);
    const year =
      subFold !== ""
        ? isYearHeader(subFold) && (topFold === "" || vocab.isTargetGroup(topFold))
          ? headerYear(subFold)
          : undefined
        : isYearHeader(textFold) || vocab.isTargetGroup(textFold)
          ? headerYear(textFold)
          : undefined;
    if (year !== undefined) {
      targets.push({ col: cell.col, year, header: cell.text });
      known.add(cell.col);
      continue;
    }
    const best = new Map<ColumnKey, Candidate & { choices?: readonly ColumnKey[] }>();
    const add = (folded: string, bonus: number) => {
      for (const k of vocab.candidates(folded)) {
        const score = k.quality + bonus;
        const prev = best.get(k.key);
        if (prev && prev.score >= score) continue;
        best.set(k.key, {
          col: cell.col,
          key: k.key,
          score,
          quality: k.quality,
          index: k.index,
          length: k.length ?? 0,
          choices: k.choices,
        });
      }
    };
    add(textFold, 0);
    if (subFold !== "") add(subFold, 0.5);
    const list = [...best.values()].sort(
      (a, b) => b.score - a.score || b.length - a.length || KEY_ORDER[a.key] - KEY_ORDER[b.key] || a.index - b.index,
    );
    if (list.length === 0) continue;
    const top1 = list[0];
    // A header known to map to nothing ("Văn bản giao nhiệm vụ", "Nguồn lực thực hiện") stays an extra column,
    // whatever key a word inside it touches.
    const other = vocab.otherQuality(textFold);
    if (other > 0 && other >= top1.quality) continue;
    known.add(cell.col);
    if (top1.choices) ambiguous.push({ col: cell.col, choices: top1.choices, score: top1.quality });
    else candidates.push(...list);
  }

  candidates.sort(
    (a, b) => b.score - a.score || KEY_ORDER[a.key] - KEY_ORDER[b.key] || a.index - b.index || a.col - b.col,
  );
  const assigned = new Map<ColumnKey, AssignedColumn>();
  const usedCols = new Set<number>();
  for (const c of candidates) {
    if (assigned.has(c.key) || usedCols.has(c.col)) continue;
    assigned.set(c.key, { key: c.key, col: c.col, score: c.quality });
    usedCols.add(c.col);
  }
  const indicators = assigned.has("unit") || targets.length > 0 || ambiguous.some((a) => a.choices[0] === "unit");
  const decisions: Decision[] = ambiguous.map((a) => ({
    col: a.col,
    score: a.score,
    ...decideAmbiguous(reader, a.col, firstRow, area.bottom, a.choices, indicators),
  }));
  // The column most like a status column takes the status first ("Tiến độ" of statuses beside "Kết quả thực hiện").
  decisions.sort((a, b) => b.statusShare - a.statusShare || a.col - b.col);
  for (const a of decisions) {
    const key = a.order.find((k) => !assigned.has(k));
    if (!key) {
      known.delete(a.col);
      continue;
    }
    assigned.set(key, { key, col: a.col, score: a.score });
    usedCols.add(a.col);
  }

  const extras: Array<{ col: number; header: string }> = [];
  let score = 0;
  for (const a of assigned.values()) score += a.score;
  if (targets.length > 0) score += 1;
  for (const cell of cells.values()) {
    if (usedCols.has(cell.col) || targets.some((t) => t.col === cell.col)) continue;
    extras.push({ col: cell.col, header: cell.text });
    score += vocab.isOther(headerFold(cell.text)) ? 0.5 : -0.25;
  }
  let core = false;
  for (const k of assigned.keys()) if (CORE_KEYS.has(k)) core = true;
  const valid = core && assigned.size + (targets.length > 0 ? 1 : 0) >= 2;
  return { headerRows, numberRow, firstRow, lastCol, cells, assigned, targets, extras, score, valid };
}

/**
 * Rows looked at for the header: the first rows of the area holding anything (empty rows between them are passed
 * over, however many). A sheet whose header lies further down is not found; the message then says this bound.
 */
export const SCAN_NON_EMPTY_ROWS = 40;

export interface HeaderSearch {
  readonly best?: HeaderLayout;
  /** Best row seen, even when it does not make a header. */
  readonly bestRow?: number;
}

/** Finds the most header-like row among the first rows of `area`. */
export function findHeader(reader: SheetReader, vocab: HeaderVocabulary, area: CellRange): HeaderSearch {
  let best: HeaderLayout | undefined;
  let bestRow: number | undefined;
  let bestRowScore = 0;
  let seen = 0;
  for (let r = area.top; r <= area.bottom && seen < SCAN_NON_EMPTY_ROWS; r++) {
    if (ownCells(reader, r, area.left, area.right).length === 0) continue;
    seen++;
    const layout = headerLayout(reader, vocab, area, r);
    if (layout.score > bestRowScore) {
      bestRowScore = layout.score;
      bestRow = r;
    }
    if (layout.valid && (!best || layout.score > best.score)) best = layout;
  }
  return { best, bestRow };
}
