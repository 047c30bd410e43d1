/**
 * The UI catalogues (Vietnamese first, English) and the one function that renders a message.
 */
import type { Lang } from "../core";
import { en } from "./en";
import { ruleTitleOf } from "./glossary";
import { vi, type MessageKey } from "./vi";

export type { MessageKey } from "./vi";
export type { Lang } from "../core";

export const LANGS: readonly Lang[] = ["vi", "en"];
export const DEFAULT_LANG: Lang = "vi";

const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { vi, en };

export type MessageParams = Readonly<Record<string, string | number>>;

/** Number as people write it in the language: 1.234 in Vietnamese, 1,234 in English. */
export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB").format(n);
}

/** Renders the message `key` in `lang`; `{{name}}` is replaced by `params.name` (numbers formatted). */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = CATALOGUES[lang][key] ?? CATALOGUES[DEFAULT_LANG][key] ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const v = params[name];
    return typeof v === "number" ? formatNumber(lang, v) : v;
  });
}

/** A bound translator for one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** Short title of a rule for headings and filters; `fallback` (e.g. the rule's own description) before the id. */
export function ruleTitle(lang: Lang, ruleId: string, fallback?: string): string {
  const title = ruleTitleOf(ruleId, lang);
  return title !== ruleId ? title : (fallback ?? ruleId);
}

export function isLang(v: unknown): v is Lang {
  return v === "vi" || v === "en";
}
