/** Building an AgencyEntry from its fields: names in NFC with spaces collapsed, id from the fold. */
import { nfc } from "../text";
import type { AgencyEntry, IsoDate, Localized } from "../types";
import { exactKey, slugId } from "./normalize";

export interface EntryFields {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly variants?: readonly string[];
  readonly collective?: boolean;
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate;
  readonly successor?: string;
  readonly successorNote?: Localized;
  readonly uncertain?: boolean;
}

/** Builds the AgencyEntry of a validated record. */
export function makeEntry(fields: EntryFields, source: AgencyEntry["source"]): AgencyEntry {
  const name = exactKey(nfc(fields.name));
  const clean = (xs: readonly string[] | undefined): string[] => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const x of xs ?? []) {
      const v = exactKey(nfc(x));
      if (v === "" || v === name || seen.has(v)) continue;
      seen.add(v);
      out.push(v);
    }
    return out;
  };
  const entry: {
    -readonly [K in keyof AgencyEntry]: AgencyEntry[K];
  } = {
    id: slugId(name),
    name,
    aliases: clean(fields.aliases),
    variants: clean(fields.variants),
    collective: fields.collective ?? false,
    source,
  };
  if (fields.validFrom) entry.validFrom = fields.validFrom;
  if (fields.validUntil) entry.validUntil = fields.validUntil;
  if (fields.successor) entry.successor = exactKey(nfc(fields.successor));
  if (fields.successorNote) entry.successorNote = { vi: fields.successorNote.vi, en: fields.successorNote.en };
  if (fields.uncertain) entry.uncertain = true;
  return entry;
}
