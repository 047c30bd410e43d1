/**
 * Data validation of an exceljs worksheet ("Tạo danh sách chọn"). exceljs keeps one entry per cell address in
 * `worksheet.dataValidations.model` (a range read from a file is expanded cell by cell; cells read from one range
 * share one object) and joins equal neighbours into ranges when it writes. A validation is removed by deleting its
 * key: `remove()` and assigning `undefined` leave a key whose value the writer cannot render.
 */
import type ExcelJS from "exceljs";
import { cellAddress, isoOfDate, parseRange, type CellRange } from "../../core";
import type { ValidationRule, ValidationSpec, ValidationState, ValidationWrite } from "../port";
import { columnRuns, eachCell } from "../ranges";

type Model = Record<string, ExcelJS.DataValidation | undefined>;

function model(ws: ExcelJS.Worksheet): Model {
  return (ws as unknown as { dataValidations: { model: Model } }).dataValidations.model;
}

/** Cells holding a validation, keyed row:col (a range key, which exceljs allows when set in code, is expanded). */
function validatedKeys(m: Model): Set<string> {
  const keys = new Set<string>();
  for (const [address, dv] of Object.entries(m)) {
    if (!dv) continue;
    const r = parseRange(address.replace(/\$/g, ""));
    if (r) eachCell([r], (row, col) => keys.add(`${row}:${col}`));
  }
  return keys;
}

export function validatedCells(ws: ExcelJS.Worksheet, ranges: readonly CellRange[]): CellRange[] {
  const keys = validatedKeys(model(ws));
  const out: CellRange[] = [];
  for (const r of ranges) {
    for (let col = r.left; col <= r.right; col++) {
      const rows: number[] = [];
      for (let row = r.top; row <= r.bottom; row++) if (keys.has(`${row}:${col}`)) rows.push(row);
      out.push(...columnRuns(col, rows));
    }
  }
  return out;
}

function isoOf(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return isoOfDate(v);
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  return undefined;
}

/** The rule of one cell's validation, in the port's terms ("other" for any kind Rõ Việc does not write). */
export function ruleOf(dv: ExcelJS.DataValidation): ValidationRule | undefined {
  const f = dv.formulae ?? [];
  if (dv.type === "list" && typeof f[0] === "string" && !/^\s*"/.test(f[0])) return { type: "list", source: f[0] };
  if (dv.type === "date" && (dv.operator ?? "between") === "between") {
    const from = isoOf(f[0]);
    const to = isoOf(f[1]);
    if (from && to) return { type: "date", from, to };
  }
  return undefined;
}

function stateOf(dv: ExcelJS.DataValidation | undefined): ValidationState {
  if (!dv) return { kind: "none" };
  const rule = ruleOf(dv);
  return rule ? { kind: "rule", rule } : { kind: "other" };
}

export function readValidations(ws: ExcelJS.Worksheet, ranges: readonly CellRange[]): ValidationState[] {
  const m = model(ws);
  return ranges.map((r) => {
    let first: ValidationState | undefined;
    let firstJson = "";
    let mixed = false;
    eachCell([r], (row, col) => {
      if (mixed) return;
      const s = stateOf(m[cellAddress(row, col)]);
      const json = JSON.stringify(s);
      if (first === undefined) {
        first = s;
        firstJson = json;
      } else if (json !== firstJson) mixed = true;
    });
    return mixed ? { kind: "mixed" } : (first ?? { kind: "none" });
  });
}

function toExcelJs(spec: ValidationSpec): ExcelJS.DataValidation {
  const alert =
    spec.alert === "none"
      ? { showErrorMessage: false }
      : { showErrorMessage: true, errorStyle: spec.alert, errorTitle: spec.title, error: spec.message };
  const rule = spec.rule;
  if (rule.type === "list") return { type: "list", allowBlank: true, formulae: [rule.source], ...alert };
  return {
    type: "date",
    operator: "between",
    allowBlank: true,
    formulae: [new Date(`${rule.from}T00:00:00Z`), new Date(`${rule.to}T00:00:00Z`)],
    ...alert,
  };
}

export function writeValidations(ws: ExcelJS.Worksheet, writes: readonly ValidationWrite[]): void {
  const m = model(ws);
  for (const w of writes) {
    // One object for the cells of a write, as exceljs shares one for the cells of a range it reads.
    const dv = toExcelJs(w.spec);
    eachCell(w.ranges, (row, col) => (m[cellAddress(row, col)] = dv));
  }
}

export function clearValidations(ws: ExcelJS.Worksheet, ranges: readonly CellRange[]): void {
  const m = model(ws);
  eachCell(ranges, (row, col) => delete m[cellAddress(row, col)]);
}
