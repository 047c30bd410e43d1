/**
 * Message templates: `{{name}}` is replaced by `data.name`. A value given in both languages (words, not a value
 * as written in the sheet) is rendered in the language asked for.
 */
import type { Lang, MessageData } from "./types";

export function formatMessage(template: string, data: MessageData = {}, lang: Lang = "vi"): string {
  const parts = compiled(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    const v = data[k];
    out += (v === undefined ? `{{${k}}}` : typeof v === "object" ? v[lang] : String(v)) + parts[i + 1];
  }
  return out;
}

/**
 * A template split once into text and placeholder names, alternating: ["Task ", "task", " has no lead"]. Templates
 * are few and every finding formats one, so they are remembered (in a table emptied when large).
 */
function compiled(template: string): readonly string[] {
  let parts = TEMPLATES.get(template);
  if (parts === undefined) {
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    if (TEMPLATES.size >= TEMPLATE_CACHE_SIZE) TEMPLATES.clear();
    TEMPLATES.set(template, parts);
  }
  return parts;
}

const TEMPLATE_CACHE_SIZE = 2_000;
const TEMPLATES = new Map<string, readonly string[]>();
