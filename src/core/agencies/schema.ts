/**
 * The directory file (src/data/agencies.json) and a user's extension file share one shape, validated here.
 * Errors name the entry (1-based, as people count) and the field, in Vietnamese then English.
 */
import { z } from "zod";
import { isIsoDate } from "../dates";
import { fold, nfc } from "../text";
import type { AgencyEntry } from "../types";
import { makeEntry } from "./entry";
import { exactKey } from "./normalize";

export { entriesFromSheetRows, SHEET_NAME, SHEET_HEADERS } from "./sheet";
export type { SheetParseResult, SheetCell } from "./sheet";
export { makeEntry } from "./entry";

const isoDateString = z
  .string()
  .refine(isIsoDate, { message: "ngày phải viết YYYY-MM-DD / a date must be written YYYY-MM-DD" });

const nameString = z
  .string()
  .transform((s) => exactKey(nfc(s)))
  .refine((s) => s !== "", { message: "không được để trống / must not be empty" });

export const agencyEntrySchema = z
  .object({
    name: nameString,
    aliases: z.array(nameString).default([]),
    variants: z.array(nameString).default([]),
    collective: z.boolean().default(false),
    validFrom: isoDateString.optional(),
    validUntil: isoDateString.optional(),
    successor: nameString.optional(),
    successorNote: z
      .object({ vi: z.string().min(1), en: z.string().min(1) })
      .strict()
      .optional(),
    uncertain: z.boolean().optional(),
  })
  .strict();

export type AgencyEntryInput = z.input<typeof agencyEntrySchema>;

export const directoryFileSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().optional(),
    agencies: z.array(z.unknown()),
  })
  .strict();

export type DirectoryParseResult =
  { readonly ok: true; readonly entries: AgencyEntry[] } | { readonly ok: false; readonly errors: string[] };

export interface ParseOptions {
  /**
   * Names a user file's successors may refer to besides its own entries (the default directory's names).
   * Without it, a user file's successors are not checked (they may name a default entry).
   */
  readonly knownNames?: Iterable<string>;
}

function where(index: number, path: readonly (string | number)[]): { vi: string; en: string } {
  const field = path.length === 0 ? "" : path.map((p) => (typeof p === "number" ? `[${p}]` : p)).join(".");
  const f = field.replace(/\.\[/g, "[");
  return {
    vi: `Mục ${index + 1}${f ? `, trường "${f}"` : ""}`,
    en: `Entry ${index + 1}${f ? `, field "${f}"` : ""}`,
  };
}

/** Cross-entry checks: duplicate names and forms, successors that name nothing, dates in the wrong order. */
export function checkEntries(entries: readonly AgencyEntry[], knownNames?: Iterable<string>): string[] {
  const errors: string[] = [];
  const owner = new Map<string, number>(); // fold of every name/alias/variant → entry index
  const names = new Set<string>();
  for (const n of knownNames ?? []) names.add(fold(n));
  entries.forEach((e) => names.add(fold(e.name)));
  const checkSuccessors = knownNames !== undefined || entries.every((e) => e.source === "default");
  const ids = new Map<string, number>();
  entries.forEach((e, i) => {
    const w = where(i, []);
    const prevId = ids.get(e.id);
    if (prevId !== undefined) {
      errors.push(
        `${w.vi}: "${e.name}" trùng với mục ${prevId + 1} / ${w.en}: "${e.name}" duplicates entry ${prevId + 1}`,
      );
    } else ids.set(e.id, i);
    for (const form of [e.name, ...e.aliases, ...e.variants]) {
      const k = fold(form);
      const prev = owner.get(k);
      if (prev !== undefined && prev !== i) {
        errors.push(
          `${w.vi}: tên "${form}" đã thuộc mục ${prev + 1} / ${w.en}: the name "${form}" already belongs to entry ${prev + 1}`,
        );
      } else owner.set(k, i);
    }
    if (e.validFrom && e.validUntil && e.validFrom > e.validUntil) {
      const f = where(i, ["validFrom"]);
      errors.push(`${f.vi}: sau validUntil / ${f.en}: after validUntil`);
    }
    if (e.successor !== undefined) {
      const f = where(i, ["successor"]);
      if (fold(e.successor) === fold(e.name)) {
        errors.push(`${f.vi}: cơ quan không thể kế thừa chính nó / ${f.en}: an agency cannot succeed itself`);
      } else if (checkSuccessors && !names.has(fold(e.successor))) {
        errors.push(
          `${f.vi}: không có cơ quan "${e.successor}" trong danh mục / ${f.en}: no agency "${e.successor}" in the directory`,
        );
      }
    }
    if (e.uncertain && (e.validUntil || e.successor)) {
      const f = where(i, ["uncertain"]);
      errors.push(
        `${f.vi}: thông tin chưa chắc chắn chỉ được ghi là tên khác, không ghi ngày hết hiệu lực hay cơ quan kế thừa / ` +
          `${f.en}: an uncertain fact is an alias only, without validUntil or successor`,
      );
    }
  });
  return errors;
}

/** Validates a directory file (the default one or a user's) and builds its entries. */
export function parseDirectoryData(
  json: unknown,
  source: "default" | "user",
  options: ParseOptions = {},
): DirectoryParseResult {
  const file = Array.isArray(json) ? { agencies: json } : json;
  const top = directoryFileSchema.safeParse(file);
  if (!top.success) {
    return {
      ok: false,
      errors: top.error.issues.map((iss) => {
        const p = iss.path.length ? iss.path.join(".") : "(tệp / file)";
        return `${p}: ${iss.message} / the file must be an object {"agencies": [...]}`;
      }),
    };
  }
  const errors: string[] = [];
  const entries: AgencyEntry[] = [];
  top.data.agencies.forEach((raw, i) => {
    const r = agencyEntrySchema.safeParse(raw);
    if (!r.success) {
      for (const iss of r.error.issues) {
        const w = where(i, iss.path);
        const msg =
          iss.code === "unrecognized_keys"
            ? `trường không biết ${iss.keys.join(", ")} / unknown field ${iss.keys.join(", ")}`
            : iss.message;
        errors.push(`${w.vi} / ${w.en}: ${msg}`);
      }
      return;
    }
    entries.push(makeEntry(r.data, source));
  });
  if (errors.length > 0) return { ok: false, errors };
  const cross = checkEntries(entries, options.knownNames);
  return cross.length > 0 ? { ok: false, errors: cross } : { ok: true, entries };
}
