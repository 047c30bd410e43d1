/**
 * Words at the edge: a finding carries its rule, message id and data; this turns them into words in the language
 * a surface shows, from the rule's own message templates. Every surface (pane, browser page, command line, marked
 * workbook, functions) renders through here, so switching the language renders again without checking again.
 */
import { describeFailure, describeOptionFailure, type OptionFailure } from "./messages";
import { ruleById } from "./rules";
import { formatMessage } from "./template";
import type { DetectionFailure, Finding, Lang } from "./types";

export type RenderableFinding = Pick<
  Finding,
  "rule" | "messageId" | "data" | "message" | "suggestion" | "suggestionWords"
>;

export interface RenderedFinding {
  readonly message: string;
  readonly suggestion?: string;
}

/**
 * The message of a rule's finding in `lang`. A finding made outside the rule catalogue (by hand, in a test) has no
 * template to render: its message stays as written.
 */
export function renderMessage(f: Pick<Finding, "rule" | "messageId" | "data" | "message">, lang: Lang): string {
  const template = ruleById(f.rule)?.meta.messages[f.messageId];
  return template ? formatMessage(template[lang], f.data, lang) : f.message;
}

/** The suggestion in `lang`: words in that language, or the value to write as it is. */
export function renderSuggestion(f: Pick<Finding, "suggestion" | "suggestionWords">, lang: Lang): string | undefined {
  return f.suggestionWords ? f.suggestionWords[lang] : f.suggestion;
}

export function renderFinding(f: RenderableFinding, lang: Lang): RenderedFinding {
  const suggestion = renderSuggestion(f, lang);
  return suggestion === undefined
    ? { message: renderMessage(f, lang) }
    : { message: renderMessage(f, lang), suggestion };
}

/** Why a sheet could not be checked (no appendix, a bad option), in `lang`. */
export function renderFailure(failure: DetectionFailure | OptionFailure, lang: Lang): string {
  return "lookedFor" in failure ? describeFailure(failure, lang) : describeOptionFailure(failure, lang);
}

/** A rule's one-sentence description in `lang` (what it checks), for tooltips. */
export function describeRule(ruleId: string, lang: Lang): string | undefined {
  return ruleById(ruleId)?.meta.docs.description[lang];
}
