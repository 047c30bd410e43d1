/**
 * Reading the user's agency file (--agencies) with every refusal said in the user's language: a folder is a
 * folder, a JSON syntax error names its line and column, a validation error names the entry and field and what was
 * expected — never the JSON parser's or the validator's own English text (that is kept for --verbose). A UTF-8
 * byte order mark (as Notepad writes one) is skipped.
 */
import type { ZodIssue } from "zod";
import { agencyEntrySchema, directoryFileSchema, parseDirectoryData, type AgencyEntry, type Lang } from "../core";
import { t, type CliMessageId } from "./messages";

export type AgencyFileResult =
  | { readonly ok: true; readonly entries: AgencyEntry[] }
  | { readonly ok: false; readonly id: CliMessageId; readonly data: Record<string, string>; readonly detail: string };

/** Text without a leading byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Where JSON.parse stopped, from its message ("… at position 7"); the end of the text when it ran out. */
function syntaxPlace(text: string, message: string): { line: number; column: number } {
  const m = /position (\d+)/.exec(message);
  return lineColumn(text, m ? Number(m[1]) : text.length);
}

const TYPE_NAMES: Readonly<Record<string, { vi: string; en: string }>> = {
  string: { vi: "chuỗi ký tự", en: "text" },
  number: { vi: "số", en: "a number" },
  boolean: { vi: "true hoặc false", en: "true or false" },
  array: { vi: "danh sách [...]", en: "a list [...]" },
  object: { vi: "đối tượng {...}", en: "an object {...}" },
  null: { vi: "null", en: "null" },
  undefined: { vi: "không có", en: "nothing" },
};

function typeName(type: string, lang: Lang): string {
  return TYPE_NAMES[type]?.[lang] ?? type;
}

/** Where an issue is: "mục 3, trường "name"" / "entry 3, field "name"", or the file itself. */
function place(entry: number | undefined, path: readonly (string | number)[], lang: Lang): string {
  const field = path
    .map((p) => (typeof p === "number" ? `[${p}]` : p))
    .join(".")
    .replace(/\.\[/g, "[");
  const parts: string[] = [];
  if (entry !== undefined) parts.push(t("agencies-entry", lang, { n: entry + 1 }));
  if (field) parts.push(t("agencies-field", lang, { field }));
  return parts.length > 0 ? parts.join(", ") : t("agencies-whole-file", lang);
}

/** One validation issue in the user's language. */
function describeIssue(issue: ZodIssue, entry: number | undefined, lang: Lang): string {
  const where = place(entry, issue.path, lang);
  switch (issue.code) {
    case "invalid_type":
      if (issue.received === "undefined") return t("agencies-issue-missing", lang, { where });
      return t("agencies-issue-type", lang, {
        where,
        expected: typeName(issue.expected, lang),
        received: typeName(issue.received, lang),
      });
    case "unrecognized_keys":
      return t("agencies-issue-unknown-field", lang, { where, keys: issue.keys.join(", ") });
    case "too_small":
      return t("agencies-issue-empty", lang, { where });
    case "custom": {
      // The schema's own messages are written "Vietnamese / English".
      return `${where}: ${pickLanguage(issue.message, lang)}`;
    }
    default:
      return t("agencies-issue-other", lang, { where });
  }
}

/** The user's half of a "Vietnamese / English" text (the whole text when it is not written so). */
export function pickLanguage(text: string, lang: Lang): string {
  const parts = text.split(" / ");
  if (parts.length !== 2) return text;
  return lang === "vi" ? parts[0] : parts[1];
}

/** Validates the text of an agency file; the first problem is said, in the user's language. */
export function readAgencyFile(raw: string, lang: Lang): AgencyFileResult {
  const text = stripBom(raw);
  if (text.trim() === "") return { ok: false, id: "agencies-empty", data: {}, detail: "" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const at = syntaxPlace(text, detail);
    return { ok: false, id: "agencies-bad-json", data: { line: String(at.line), column: String(at.column) }, detail };
  }
  const file = Array.isArray(json) ? { agencies: json } : json;
  const top = directoryFileSchema.safeParse(file);
  if (!top.success) {
    const issue = top.error.issues[0];
    const shape =
      typeof file !== "object" || file === null || Array.isArray(file) || issue.path[0] === "agencies"
        ? t("agencies-issue-shape", lang)
        : describeIssue(issue, undefined, lang);
    return { ok: false, id: "agencies-invalid", data: { detail: shape }, detail: top.error.message };
  }
  const issues: string[] = [];
  top.data.agencies.forEach((entry, i) => {
    const r = agencyEntrySchema.safeParse(entry);
    if (!r.success) for (const issue of r.error.issues) issues.push(describeIssue(issue, i, lang));
  });
  if (issues.length > 0) {
    const more = issues.length > 1 ? t("agencies-more", lang, { n: issues.length - 1 }) : "";
    return { ok: false, id: "agencies-invalid", data: { detail: issues[0] + more }, detail: issues.join("; ") };
  }
  const parsed = parseDirectoryData(json, "user");
  if (parsed.ok) return { ok: true, entries: parsed.entries };
  const first = pickLanguage(parsed.errors[0] ?? "", lang);
  const more = parsed.errors.length > 1 ? t("agencies-more", lang, { n: parsed.errors.length - 1 }) : "";
  return { ok: false, id: "agencies-invalid", data: { detail: first + more }, detail: parsed.errors.join("; ") };
}
