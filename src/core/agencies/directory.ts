/**
 * The agency directory and matcher: which agencies exist (and when), their accepted names and known
 * misspellings, and the matching of the pieces of a lead / co-operating agency cell against them.
 * Matching rules are described in matcher.ts (one piece) and split.ts (a whole cell).
 */
import { fold } from "../text";
import type { AgencyEntry, AgencyMention, PlanPeriod } from "../types";
import { AgencyIndex } from "./matcher";
import { segmentCell } from "./split";

const MEMO_LIMIT = 100_000;

export class AgencyDirectory {
  private readonly index: AgencyIndex;
  private readonly names = new Map<string, AgencyEntry>();
  private readonly memo = new Map<string, readonly AgencyMention[]>();

  /** `entries` in priority order: when two entries claim one name, the earlier one wins. */
  constructor(readonly entries: readonly AgencyEntry[]) {
    for (const e of entries) if (!this.names.has(fold(e.name))) this.names.set(fold(e.name), e);
    this.index = new AgencyIndex(entries);
  }

  /** Entry by canonical name (folded comparison). */
  byName(name: string): AgencyEntry | undefined {
    return this.names.get(fold(name));
  }

  /** Matches one piece naming one agency (no splitting). */
  match(piece: string): AgencyMention {
    return this.index.match(piece);
  }

  /**
   * Splits a cell naming several agencies and matches each piece. Memoised by cell text: the same cell text gives
   * the same (frozen) array, shared by every task that names it.
   */
  mentions(cellText: string): readonly AgencyMention[] {
    let m = this.memo.get(cellText);
    if (!m) {
      m = Object.freeze(segmentCell(cellText, this.index));
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(cellText, m);
    }
    return m;
  }

  /**
   * Whether the agency existed at some time during the plan period: it did not if it ended before the period
   * began (validUntil < from) or began after it ended (validFrom > to). Uncertain facts never end an agency.
   */
  existedDuring(entry: AgencyEntry, period: PlanPeriod): boolean {
    if (entry.uncertain) return true;
    if (entry.validUntil !== undefined && entry.validUntil < period.from) return false;
    if (entry.validFrom !== undefined && entry.validFrom > period.to) return false;
    return true;
  }

  /** The entry whose work passed to this one's successor, when the directory knows it. */
  successorOf(entry: AgencyEntry): AgencyEntry | undefined {
    return entry.successor === undefined ? undefined : this.byName(entry.successor);
  }

  /**
   * A directory with the user's entries added. A user entry with the same (folded) name as an existing one
   * replaces it — its dates, successor and collective flag win — and keeps the existing aliases and variants
   * after its own. User entries are matched first.
   */
  extend(entries: readonly AgencyEntry[]): AgencyDirectory {
    const user = new Map<string, AgencyEntry>();
    for (const e of entries) if (!user.has(fold(e.name))) user.set(fold(e.name), e);
    const merged: AgencyEntry[] = [];
    for (const u of user.values()) {
      const old = this.byName(u.name);
      if (!old) {
        merged.push(u);
        continue;
      }
      const union = (a: readonly string[], b: readonly string[]): string[] => {
        const seen = new Set([fold(u.name)]);
        return [...a, ...b].filter((x) => !seen.has(fold(x)) && (seen.add(fold(x)), true));
      };
      merged.push({ ...u, aliases: union(u.aliases, old.aliases), variants: union(u.variants, old.variants) });
    }
    const rest = this.entries.filter((e) => !user.has(fold(e.name)));
    return new AgencyDirectory([...merged, ...rest]);
  }
}
