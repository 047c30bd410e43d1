/**
 * The rule API, ESLint style: each rule is a declarative `meta` and a `create()` returning start/row/end hooks.
 */
import type { z } from "zod";
import type { AgencyDirectory } from "./agencies/directory";
import type {
  AgencyMention,
  Analysis,
  ClassifiedRow,
  Deadline,
  Fix,
  IsoDate,
  Lang,
  Localized,
  PlanPeriod,
  Severity,
  TaskRecord,
} from "./types";

export interface RuleMeta<O> {
  readonly id: string;
  readonly severity: Severity;
  readonly docs: {
    readonly description: Localized;
    /** Path of the rule's page, relative to the repository. */
    readonly url: string;
  };
  /** Message templates by id; `{{name}}` is replaced by `data.name`. */
  readonly messages: Readonly<Record<string, Localized>>;
  /** Options schema; `parse(undefined)` must give the defaults. */
  readonly schema: z.ZodType<O, z.ZodTypeDef, unknown>;
}

/** A task with everything the rules need, computed once by the engine. */
export interface TaskContext {
  readonly task: TaskRecord;
  readonly lead: readonly AgencyMention[];
  readonly coLead: readonly AgencyMention[];
  readonly deadline?: Deadline;
}

/** One row as the rules see it. The engine reuses one event object for every row: read it, do not keep it. */
export interface RowEvent {
  readonly row: ClassifiedRow;
  /** Set on the row where a task starts. */
  readonly task?: TaskContext;
}

export interface Descriptor {
  readonly messageId: string;
  readonly row: number;
  readonly col: number;
  readonly task?: TaskRecord;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly suggestion?: string;
  readonly related?: ReadonlyArray<{ readonly row: number; readonly task: string }>;
  /** Overrides the rule's severity for this finding (agency-variant reports case-only differences as info). */
  readonly severity?: Severity;
  readonly fix?: Fix;
}

export interface RuleContext<O> {
  readonly options: O;
  readonly analysis: Analysis;
  readonly tasks: readonly TaskContext[];
  readonly directory: AgencyDirectory;
  readonly planPeriod: PlanPeriod | null;
  readonly asOf?: IsoDate;
  readonly lang: Lang;
  report(descriptor: Descriptor): void;
}

export interface RuleHooks {
  start?(): void;
  row?(event: RowEvent): void;
  end?(): void;
}

export interface Rule<O = unknown> {
  readonly meta: RuleMeta<O>;
  create(context: RuleContext<O>): RuleHooks;
}

/** Helps a rule file keep its option type while the registry holds `Rule<unknown>`. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}

export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  const parts = compiled(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (k in data ? String(data[k]) : `{{${k}}}`) + parts[i + 1];
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
