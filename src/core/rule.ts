/**
 * The rule API, ESLint style: each rule is a declarative `meta` and a `create()` returning start/row/end hooks.
 */
import type { z } from "zod";

export { formatMessage } from "./template";
import type { AgencyDirectory } from "./agencies/directory";
import type {
  AgencyMention,
  Analysis,
  ClassifiedRow,
  Deadline,
  Fix,
  IsoDate,
  Localized,
  MessageData,
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
  /**
   * Placeholder values; words go in both languages (`{ vi, en }`). A rule does not know the language a finding
   * is shown in: the words are rendered where the finding is shown (core/render.ts).
   */
  readonly data?: MessageData;
  /** A value to write, or words in both languages. */
  readonly suggestion?: string | Localized;
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
