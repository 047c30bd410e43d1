/**
 * Words at the edge: a finding carries its rule, message id and data; this turns them into words in the language
 * a surface shows, from the rule's own message templates. Every surface (pane, browser page, command line, marked
 * workbook, functions) renders through here, so switching the language renders again without checking again.
 */
import { describeFailure, describeOptionFailure, type OptionFailure } from "./messages";
import { ruleById } from "./rules";
import { formatMessage } from "./template";
import type { DetectionFailure, Finding, Lang, MessageData, MessageValue } from "./types";

export type RenderableFinding = Pick<
  Finding,
  "rule" | "messageId" | "data" | "message" | "suggestion" | "suggestionWords"
>;

export interface RenderedFinding {
  readonly message: string;
  readonly suggestion?: string;
}

/**
 * Names a sheet row as the surface shows it, after the word for a row ("4 của bảng 2" for a table read from Word);
 * undefined leaves the number.
 */
export type RowName = (row: number) => string | undefined;

/** The placeholders of the rules' messages that hold a sheet row. */
const ROW_PLACEHOLDERS = ["row", "headerRow", "taskRow", "otherRow", "previousRow"] as const;

function withRowNames(data: MessageData, rowName: RowName): MessageData {
  const out: Record<string, MessageValue> = { ...data };
  for (const k of ROW_PLACEHOLDERS) {
    const v = data[k];
    const name = typeof v === "number" ? rowName(v) : undefined;
    if (name !== undefined) out[k] = name;
  }
  return out;
}

/**
 * The message of a rule's finding in `lang`, the rows it cites named by `rowName` when given. A finding made outside
 * the rule catalogue (by hand, in a test) has no template to render: its message stays as written.
 */
export function renderMessage(
  f: Pick<Finding, "rule" | "messageId" | "data" | "message">,
  lang: Lang,
  rowName?: RowName,
): string {
  const template = ruleById(f.rule)?.meta.messages[f.messageId];
  if (!template) return f.message;
  return formatMessage(template[lang], rowName ? withRowNames(f.data, rowName) : f.data, lang);
}

/**
 * The suggestion in `lang`: words in that language (citing the finding's data as its message does, rows named by
 * `rowName` when given), or the value to write as it is.
 */
export function renderSuggestion(
  f: Pick<Finding, "suggestion" | "suggestionWords"> & { readonly data?: MessageData },
  lang: Lang,
  rowName?: RowName,
): string | undefined {
  if (!f.suggestionWords) return f.suggestion;
  const data = f.data ?? {};
  return formatMessage(f.suggestionWords[lang], rowName ? withRowNames(data, rowName) : data, lang);
}

export function renderFinding(f: RenderableFinding, lang: Lang, rowName?: RowName): RenderedFinding {
  const suggestion = renderSuggestion(f, lang, rowName);
  const message = renderMessage(f, lang, rowName);
  return suggestion === undefined ? { message } : { message, suggestion };
}

/** Why a sheet could not be checked (no appendix, a bad option), in `lang`. */
export function renderFailure(failure: DetectionFailure | OptionFailure, lang: Lang): string {
  return "lookedFor" in failure ? describeFailure(failure, lang) : describeOptionFailure(failure, lang);
}

/** A rule's one-sentence description in `lang` (what it checks), for tooltips. */
export function describeRule(ruleId: string, lang: Lang): string | undefined {
  return ruleById(ruleId)?.meta.docs.description[lang];
}
