/**
 * Accepted findings ("Chấp nhận"), like Excel's "Ignore error": a reviewer says a finding is deliberate, with a
 * reason, and it is not shown or counted again — until the text of its cell changes. Pure: the acceptances are
 * read and written elsewhere (src/workbook/marking/acceptances.ts keeps them in the workbook's state sheet); here
 * a report is filtered by them. See docs/acceptances.md.
 *
 * An acceptance is keyed by the sheet, the finding's cell, its rule and a short hash of what the finding says
 * (message id and data), and holds a fingerprint of the cell's text when accepted: a finding matches when all of
 * these are the same now. Editing the cell changes the fingerprint, so the finding comes back.
 */
import { cellAddress, rawCell, type Grid } from "./grid";
import type { Report } from "./report";
import { cellText } from "./text";
import type { Finding } from "./types";

export interface Acceptance {
  readonly sheet: string;
  /** The finding's cell, 1-based. */
  readonly row: number;
  readonly col: number;
  readonly rule: string;
  /** Hash of the finding's message id and data: which of a cell's findings of the rule is accepted. */
  readonly finding: string;
  /** Hash of the cell's text when accepted (NFC, white space collapsed). */
  readonly text: string;
  /** The reviewer's reason, as typed (may be empty). */
  readonly reason: string;
  /** When it was accepted (ISO date and time), where known. */
  readonly at?: string;
}

/** A finding not shown because it was accepted, with the acceptance that hides it. */
export interface AcceptedFinding {
  readonly finding: Finding;
  readonly acceptance: Acceptance;
}

/**
 * cyrb53: a fast 53-bit string hash, as 14 hex digits. Not cryptographic: it tells a changed text from the one
 * accepted, and two different texts of a cell colliding is a chance of about one in 2^53.
 */
export function shortHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, "0");
}

/** The fingerprint of a cell's text: NFC, white space collapsed and trimmed, hashed. */
export function cellFingerprint(grid: Grid, row: number, col: number): string {
  const text = row >= 1 && col >= 1 ? cellText(rawCell(grid, row, col)) : "";
  return shortHash(text.normalize("NFC").replace(/\s+/g, " ").trim());
}

/** Object keys sorted, so that the same data always gives the same text. */
function stable(v: unknown): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "null";
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
    .join(",")}}`;
}

/**
 * Data that changes with the as-of date, not with the sheet (an overdue task's days late, the date itself): left out
 * of a finding's hash, so an acceptance does not lapse overnight.
 */
const AS_OF_DATA: ReadonlySet<string> = new Set(["asOf", "days"]);

/** Which finding of its cell and rule this is: its message id and data (as-of values aside), hashed. */
export function findingHash(f: Finding): string {
  const data = Object.fromEntries(Object.entries(f.data).filter(([k]) => !AS_OF_DATA.has(k)));
  return shortHash(`${f.messageId}|${stable(data)}`);
}

function keyOf(sheet: string, row: number, col: number, rule: string, finding: string): string {
  return `${sheet.normalize("NFC")}\u0000${row}:${col}\u0000${rule}\u0000${finding}`;
}

export function acceptanceKey(a: Acceptance): string {
  return keyOf(a.sheet, a.row, a.col, a.rule, a.finding);
}

/** The acceptance of `f` (checked on `grid`) with a reason: what "Chấp nhận" stores. */
export function acceptFinding(grid: Grid, f: Finding, reason: string, at?: string): Acceptance {
  return {
    sheet: grid.sheet,
    row: f.row,
    col: f.col,
    rule: f.rule,
    finding: findingHash(f),
    text: cellFingerprint(grid, f.row, f.col),
    reason: reason.normalize("NFC").trim(),
    ...(at !== undefined ? { at } : {}),
  };
}

/** Whether `a` is the acceptance of `f` — the same sheet, cell, rule and finding — whatever the cell holds now. */
export function acceptanceOf(a: Acceptance, sheet: string, f: Finding): boolean {
  return acceptanceKey(a) === keyOf(sheet, f.row, f.col, f.rule, findingHash(f));
}

export interface AcceptanceView {
  /** The report without the accepted findings, its counts and validity recomputed. */
  readonly report: Report;
  /** The findings hidden, each with its acceptance. */
  readonly accepted: readonly AcceptedFinding[];
  /**
   * Acceptances of this sheet that hide nothing: their cell's text changed since (the finding is shown again), or
   * the finding is gone. Kept in the workbook until the user revokes them; listed so nothing is lost silently.
   */
  readonly unmatched: readonly Acceptance[];
}

/**
 * The report of a check of `grid` with the accepted findings set aside: a finding is hidden when an acceptance has
 * its sheet, cell, rule and finding hash, and the cell's text is still the text accepted. Counts (errors,
 * warnings, infos) and `valid` are those of the findings shown.
 */
export function applyAcceptances(report: Report, grid: Grid, acceptances: readonly Acceptance[]): AcceptanceView {
  const mine = acceptances.filter((a) => a.sheet.normalize("NFC") === report.sheet.normalize("NFC"));
  if (mine.length === 0) return { report, accepted: [], unmatched: [] };
  const byKey = new Map(mine.map((a) => [acceptanceKey(a), a]));
  const used = new Set<Acceptance>();
  const shown: Finding[] = [];
  const accepted: AcceptedFinding[] = [];
  for (const f of report.findings) {
    const a = byKey.get(keyOf(report.sheet, f.row, f.col, f.rule, findingHash(f)));
    if (a && a.text === cellFingerprint(grid, f.row, f.col)) {
      accepted.push({ finding: f, acceptance: a });
      used.add(a);
    } else shown.push(f);
  }
  if (accepted.length === 0) return { report, accepted, unmatched: mine };
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of shown) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return {
    report: { ...report, findings: shown, valid: errors === 0, stats: { ...report.stats, errors, warnings, infos } },
    accepted,
    unmatched: mine.filter((a) => !used.has(a)),
  };
}

/** "E14" of an acceptance, for lists. */
export function acceptanceCell(a: Acceptance): string {
  return cellAddress(a.row, a.col);
}
