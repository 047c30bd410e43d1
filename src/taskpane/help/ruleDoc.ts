/**
 * A rule's help page as the build writes it (scripts/rule-docs.ts: docs/rules/<id>.md → dist/rules/<id>.<lang>.json)
 * and the loader that fetches it on demand, beside the page that loads the pane. Plain data: the pane renders it as
 * React elements, never as HTML.
 */
import type { Lang } from "../../core";
import type { RuleDoc } from "./ruleDocShape";

export type { DocBlock, DocInline, RuleDoc } from "./ruleDocShape";

const RULE_ID = /^[a-z0-9-]+$/;

/** Where the page of `ruleId` in `lang` is, relative to the page that shows the pane. */
export function ruleDocPath(ruleId: string, lang: Lang): string {
  if (!RULE_ID.test(ruleId)) throw new Error(`not a rule id: ${ruleId}`);
  return `rules/${ruleId}.${lang}.json`;
}

/** Fetches a rule's page shipped in dist/rules/ (same origin as the pane). */
export async function fetchRuleDoc(ruleId: string, lang: Lang): Promise<RuleDoc> {
  const url = new URL(ruleDocPath(ruleId, lang), document.baseURI);
  const response = await fetch(url.href);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  const doc = (await response.json()) as RuleDoc;
  if (doc.id !== ruleId || !Array.isArray(doc.blocks)) throw new Error(`${url.pathname}: not a rule page`);
  return doc;
}
