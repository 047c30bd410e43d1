/**
 * Data validation through Office.js ("Tạo danh sách chọn"): which cells already hold one (Range.getSpecialCells,
 * ExcelApi 1.9), what a range holds, writing and clearing. Each is queued whole and synced once (more only when the
 * queued estimate passes about 4 MB): rules go out per multi-area address (RangeAreas.dataValidation), never per
 * cell, so the round trips do not grow with the rows of a table.
 */
import { isoFromSerial, rangeAddress, type CellRange } from "../../core";
import type { ValidationRule, ValidationSpec, ValidationState, ValidationWrite } from "../port";
import { joinAddresses, parseAreas } from "./address";
import { OP_BYTES, SyncBatcher } from "./batch";

/** Estimated response bytes of one range's validation read (type and rule). */
const READ_BYTES = 400;

const clip = (a: CellRange, b: CellRange): CellRange | undefined => {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
};

/** The cells of `ranges` holding a validation of any kind. One sync. */
export async function validatedCells(
  context: Excel.RequestContext,
  sheet: string,
  ranges: readonly CellRange[],
): Promise<CellRange[]> {
  if (ranges.length === 0) return [];
  const ws = context.workbook.worksheets.getItem(sheet);
  const batcher = new SyncBatcher(context);
  const found: { range: CellRange; areas: Excel.RangeAreas }[] = [];
  for (const range of ranges) {
    await batcher.add(OP_BYTES);
    const areas = ws.getRange(rangeAddress(range)).getSpecialCellsOrNullObject("DataValidations");
    areas.load("address");
    found.push({ range, areas });
  }
  await batcher.flush();
  const out: CellRange[] = [];
  for (const { range, areas } of found) {
    if (areas.isNullObject) continue;
    // Excel may widen a search from one cell to the sheet: keep what lies inside the range asked about.
    for (const a of parseAreas(areas.address)) {
      const c = clip(a, range);
      if (c) out.push(c);
    }
  }
  return out;
}

function isoOf(v: unknown): string | undefined {
  if (typeof v === "number") return isoFromSerial(v);
  if (typeof v !== "string") return undefined;
  const t = v.trim().replace(/^=/, "");
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return t.slice(0, 10);
  if (/^\d+(\.\d+)?$/.test(t)) return isoFromSerial(Number(t));
  return undefined;
}

function ruleOf(type: string, rule: Excel.DataValidationRule | undefined): ValidationRule | undefined {
  if (type === "List" && rule?.list && typeof rule.list.source === "string") {
    return { type: "list", source: rule.list.source.replace(/^=/, "") };
  }
  if (type === "Date" && rule?.date && rule.date.operator === "Between") {
    const from = isoOf(rule.date.formula1);
    const to = isoOf(rule.date.formula2);
    if (from && to) return { type: "date", from, to };
  }
  return undefined;
}

/** The validation of each range. One sync per ~4 MB of answers. */
export async function readValidations(
  context: Excel.RequestContext,
  sheet: string,
  ranges: readonly CellRange[],
): Promise<ValidationState[]> {
  if (ranges.length === 0) return [];
  const ws = context.workbook.worksheets.getItem(sheet);
  const batcher = new SyncBatcher(context);
  const reads: Excel.DataValidation[] = [];
  for (const range of ranges) {
    await batcher.add(READ_BYTES);
    const dv = ws.getRange(rangeAddress(range)).dataValidation;
    dv.load("type,rule");
    reads.push(dv);
  }
  await batcher.flush();
  return reads.map((dv): ValidationState => {
    const type = String(dv.type);
    if (type === "None") return { kind: "none" };
    if (type === "Inconsistent" || type === "MixedCriteria") return { kind: "mixed" };
    const rule = ruleOf(type, dv.rule);
    return rule ? { kind: "rule", rule } : { kind: "other" };
  });
}

function excelRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.type === "list") return { list: { inCellDropDown: true, source: `=${rule.source}` } };
  return { date: { formula1: rule.from, formula2: rule.to, operator: "Between" } };
}

function errorAlert(spec: ValidationSpec): Excel.DataValidationErrorAlert {
  const style = spec.alert === "warning" ? "Warning" : spec.alert === "stop" ? "Stop" : "Information";
  return { showAlert: spec.alert !== "none", style, title: spec.title, message: spec.message };
}

/** Puts each rule on its cells, one multi-area range per ~2000 characters of address. One sync. */
export async function writeValidations(
  context: Excel.RequestContext,
  sheet: string,
  writes: readonly ValidationWrite[],
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const batcher = new SyncBatcher(context);
  for (const w of writes) {
    for (const address of joinAddresses(w.ranges)) {
      await batcher.add(OP_BYTES * 2 + address.length + w.spec.message.length * 3);
      const dv = ws.getRanges(address).dataValidation;
      dv.ignoreBlanks = true;
      dv.rule = excelRule(w.spec.rule);
      dv.errorAlert = errorAlert(w.spec);
    }
  }
  await batcher.flush();
}

/** Removes the validation of the cells. One sync. */
export async function clearValidations(
  context: Excel.RequestContext,
  sheet: string,
  ranges: readonly CellRange[],
): Promise<void> {
  if (ranges.length === 0) return;
  const ws = context.workbook.worksheets.getItem(sheet);
  const batcher = new SyncBatcher(context);
  for (const address of joinAddresses(ranges)) {
    await batcher.add(OP_BYTES + address.length);
    ws.getRanges(address).dataValidation.clear();
  }
  await batcher.flush();
}
