/**
 * The shape shared by the missing-* rules: a task must fill one column (after continuation rows are re-joined).
 * A cell holding an Excel error is left to cell-error; a placeholder ("-", "x", "chưa có") counts as missing.
 */
import { z } from "zod";
import { defineRule, type Rule, type RuleContext } from "../../rule";
import { defaultHeaderVocabulary, headerFold } from "../../detect/vocabulary";
import { rawCell } from "../../grid";
import { cellText } from "../../text";
import type { ColumnKey, Localized, Severity } from "../../types";
import { NotANameFindings } from "./not-a-name";
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
  /**
   * `missing` ({{task}}), `placeholder` ({{task}}, {{value}}), `no-column` (no data); for a column of agency names,
   * `not-a-name` ({{task}}, {{what}}, {{value}}): the cell holds a number, a date or a logical value (one finding per
   * kind of value in the document, the other rows related).
   */
  readonly messages: {
    readonly missing: Localized;
    readonly placeholder: Localized;
    readonly "no-column": Localized;
    readonly "not-a-name"?: Localized;
  };
  /** Whether the rule also applies to indicator tables (appendix I style). */
  readonly indicators: boolean;
  /**
   * Severity of the one finding for a table without the column. A plan's form without a deliverable, deadline or
   * co-operation column is what it is: one note, never an error per task. Default: the rule's severity.
   */
  readonly noColumnSeverity?: Severity;
  /**
   * The other columns of the plan form. When set, a table without this rule's column gets its one note only when it
   * has all of these (a plan that left out just this column), and not when the cells name this column's content
   * themselves ("- Sản phẩm: …" lines in the task text). A list of another form (overdue tasks, recommendations
   * to ministries) lacks several of them by design: no note.
   */
  readonly planForm?: readonly ColumnKey[];
}

/** A line "- Sản phẩm: …" or "Kết quả: …" inside a cell: the words before the colon. */
const LABELLED_LINE = /(?:^|\n)\s*[-+•*]?\s*([^:\n]{2,40}):/gu;
/** Tasks looked at for labelled lines. */
const SAMPLE_TASKS = 200;

/** Whether most tasks write `key`'s content inside another cell, as a labelled line ("- Sản phẩm: …"). */
function writtenInCells<O>(context: RuleContext<O>, key: ColumnKey): boolean {
  const vocab = defaultHeaderVocabulary();
  const grid = context.analysis.grid;
  const cols = [
    ...(context.analysis.table.columns.content ? [context.analysis.table.columns.content.col] : []),
    ...context.analysis.table.extraColumns.map((e) => e.col),
  ];
  const tasks = context.tasks.slice(0, SAMPLE_TASKS);
  let named = 0;
  for (const tc of tasks) {
    let found = false;
    for (const col of cols) {
      const text = cellText(rawCell(grid, tc.task.row, col));
      for (const m of text.matchAll(LABELLED_LINE)) {
        if (vocab.candidates(headerFold(m[1])).some((c) => c.key === key && c.quality === 3)) found = true;
      }
      if (found) break;
    }
    if (found) named++;
  }
  return tasks.length > 0 && named * 2 >= tasks.length;
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
      const names = config.messages["not-a-name"] !== undefined;
      const notNames = names ? new NotANameFindings() : undefined;
      return {
        start() {
          if (!applies || column || context.tasks.length === 0) return;
          if (config.planForm) {
            const columns = table.columns;
            if (config.planForm.some((k) => !columns[k]) || writtenInCells(context, config.column)) return;
          }
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
          if (state === "error") return;
          if (state === "filled") {
            notNames?.add(task, cell, column.col);
            return;
          }
          const data = { task: taskRef(task), value: cell?.original.trim() ?? "" };
          context.report({
            messageId: state === "empty" ? "missing" : "placeholder",
            row: task.row,
            col: column.col,
            task,
            data,
          });
        },
        end() {
          notNames?.flush((d) => context.report(d));
        },
      };
    },
  });
}
