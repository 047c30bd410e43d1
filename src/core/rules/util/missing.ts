/**
 * The shape shared by the missing-* rules: a task must fill one column (after continuation rows are re-joined).
 * A cell holding an Excel error is left to cell-error; a placeholder ("-", "x", "chưa có") counts as missing.
 */
import { z } from "zod";
import { defineRule, type Rule } from "../../rule";
import type { ColumnKey, Localized, Severity } from "../../types";
import { cellReader, cellState, columnOf, DEFAULT_PLACEHOLDERS, firstColumn, taskRef } from "./task";

export interface MissingOptions {
  /** Texts that mean "not filled in" (compared through the fold), besides punctuation-only cells. */
  readonly placeholders: readonly string[];
}

export const missingOptionsSchema: z.ZodType<MissingOptions, z.ZodTypeDef, unknown> = z
  .object({ placeholders: z.array(z.string()).default([...DEFAULT_PLACEHOLDERS]) })
  .strict()
  .default({});

export interface MissingRuleConfig {
  readonly id: string;
  readonly column: ColumnKey;
  readonly severity: Severity;
  readonly description: Localized;
  /** `missing` ({{task}}), `placeholder` ({{task}}, {{value}}), `no-column` (no data). */
  readonly messages: {
    readonly missing: Localized;
    readonly placeholder: Localized;
    readonly "no-column": Localized;
  };
  /** Whether the rule also applies to indicator tables (appendix I style). */
  readonly indicators: boolean;
  /**
   * Severity of the one finding for a table without the column. A plan's form without a deliverable, deadline or
   * co-operation column is what it is: one note, never an error per task. Default: the rule's severity.
   */
  readonly noColumnSeverity?: Severity;
}

/**
 * The default list itself when the options name the same placeholders: every rule then asks `cellState` with one
 * list, and the answers it keeps for a row serve them all.
 */
function sharedList(list: readonly string[]): readonly string[] {
  const same = list.length === DEFAULT_PLACEHOLDERS.length && list.every((p, i) => p === DEFAULT_PLACEHOLDERS[i]);
  return same ? DEFAULT_PLACEHOLDERS : list;
}

export function missingCellRule(config: MissingRuleConfig): Rule<MissingOptions> {
  return defineRule<MissingOptions>({
    meta: {
      id: config.id,
      severity: config.severity,
      docs: { description: config.description, url: `docs/rules/${config.id}.md` },
      messages: config.messages,
      schema: missingOptionsSchema,
    },
    create(context) {
      const table = context.analysis.table;
      const applies = config.indicators || table.kind === "tasks";
      const column = columnOf(context, config.column);
      const placeholders = sharedList(context.options.placeholders);
      const read = cellReader(config.column);
      return {
        start() {
          if (!applies || column || context.tasks.length === 0) return;
          context.report({
            messageId: "no-column",
            row: table.headerRow,
            col: firstColumn(context),
            severity: config.noColumnSeverity,
          });
        },
        row(event) {
          if (!applies || !column || !event.task) return;
          const task = event.task.task;
          const cell = read(task.cells);
          const state = cellState(cell, placeholders);
          if (state === "filled" || state === "error") return;
          const data = { task: taskRef(task, context.lang), value: cell?.original.trim() ?? "" };
          context.report({
            messageId: state === "empty" ? "missing" : "placeholder",
            row: task.row,
            col: column.col,
            task,
            data,
          });
        },
      };
    },
  });
}
