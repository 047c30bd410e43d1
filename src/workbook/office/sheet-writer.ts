/**
 * Writing whole sheets (findings, change log, summary, hidden state). A second write of the same sheet updates it
 * in place: its table and charts are deleted and its cells cleared, then everything is written again, so there is
 * never a second copy. Two syncs for a new sheet, three for an existing one (plus one per ~4 MB of values).
 */
import { columnLetter, rangeAddress, type CellRange } from "../../core";
import type { PlainRows, SheetSpec } from "../port";
import { OP_BYTES, SyncBatcher } from "./batch";
import { columnPoints, excelWriteValue } from "./cells";

/** The name the add-in gives the chart of a sheet, so the next write finds it. */
export function chartName(spec: SheetSpec): string {
  return `${(spec.table?.name ?? spec.name).replace(/[^A-Za-z0-9_]/g, "_")}_chart`;
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

function rowBytes(row: ReadonlyArray<string | number | boolean>): number {
  return row.reduce<number>((n, v) => n + String(v).length * 2 + 8, 16);
}

export async function writeSheet(context: Excel.RequestContext, spec: SheetSpec): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();

  const exists = sheets.items.some((s) => sameName(s.name, spec.name));
  let ws: Excel.Worksheet;
  if (exists) {
    ws = sheets.getItem(spec.name);
    ws.tables.load("items/name");
    ws.charts.load("items/name");
    await context.sync();
    for (const t of ws.tables.items) t.delete();
    for (const c of ws.charts.items) c.delete();
    const all = ws.getRange();
    all.conditionalFormats.clearAll();
    all.clear("All");
    ws.freezePanes.unfreeze();
  } else {
    ws = sheets.add(spec.name);
  }
  const tableName = spec.table ? freeTableName(spec.table.name, spec.name, tables.items) : undefined;
  ws.visibility = spec.hidden ? "VeryHidden" : "Visible";

  const width = spec.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const height = spec.rows.length;
  const batcher = new SyncBatcher(context);
  if (width > 0 && height > 0) {
    await writeRows(ws, spec.rows, width, batcher);
    await decorate(ws, spec, tableName, width, height, batcher);
  }
  await batcher.add(OP_BYTES);
  await batcher.flush();
}

/** Values in row blocks of at most ~4 MB each. */
async function writeRows(ws: Excel.Worksheet, rows: PlainRows, width: number, batcher: SyncBatcher): Promise<void> {
  let block: (string | number | boolean)[][] = [];
  let top = 1;
  let bytes = 0;
  const put = async () => {
    if (!block.length) return;
    await batcher.add(bytes + OP_BYTES);
    const range: CellRange = { top, left: 1, bottom: top + block.length - 1, right: width };
    ws.getRange(rangeAddress(range)).values = block;
    top += block.length;
    block = [];
    bytes = 0;
  };
  for (const r of rows) {
    const row = Array.from({ length: width }, (_, j) => excelWriteValue(r[j] ?? null));
    const b = rowBytes(row);
    if (bytes + b > 1024 * 1024) await put();
    block.push(row);
    bytes += b;
  }
  await put();
}

/**
 * The table name to use: the requested one unless a table on another sheet (say a renamed copy of this sheet)
 * holds it; then the first free "name_2", "name_3", … so nothing of the user's is deleted.
 */
function freeTableName(name: string, sheet: string, tables: readonly Excel.Table[]): string {
  const taken = new Set(
    tables.filter((t) => !sameName(t.worksheet.name, sheet)).map((t) => t.name.toLocaleLowerCase()),
  );
  let candidate = name;
  for (let i = 2; taken.has(candidate.toLocaleLowerCase()); i++) candidate = `${name}_${i}`;
  return candidate;
}

async function decorate(
  ws: Excel.Worksheet,
  spec: SheetSpec,
  tableName: string | undefined,
  width: number,
  height: number,
  batcher: SyncBatcher,
): Promise<void> {
  const col = (c: number, from: number, to: number) => `${columnLetter(c)}${from}:${columnLetter(c)}${to}`;
  await batcher.add(OP_BYTES * (4 + width + (spec.links?.length ?? 0)));
  if (spec.header) {
    ws.getRange(rangeAddress({ top: 1, left: 1, bottom: 1, right: width })).format.font.bold = true;
    ws.freezePanes.freezeRows(1);
  }
  if (spec.columnWidths?.length) {
    spec.columnWidths.forEach((w, i) => {
      if (w > 0) ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = columnPoints(w);
    });
  } else {
    ws.getRange(rangeAddress({ top: 1, left: 1, bottom: height, right: width })).format.autofitColumns();
  }
  for (const link of spec.links ?? []) {
    ws.getRange(`${columnLetter(link.col)}${link.row}`).hyperlink = {
      documentReference: link.target,
      textToDisplay: link.text,
    };
  }
  const firstData = spec.header ? 2 : 1;
  if (spec.rateColumn && height >= firstData) {
    const rates = ws.getRange(col(spec.rateColumn, firstData, height));
    rates.numberFormat = Array.from({ length: height - firstData + 1 }, () => ["0%"]);
    const bars = rates.conditionalFormats.add("DataBar");
    bars.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
    bars.dataBar.upperBoundRule = { type: "Number", formula: "1" };
  }
  if (tableName) {
    const table = ws.tables.add(rangeAddress({ top: 1, left: 1, bottom: height, right: width }), true);
    table.name = tableName;
  }
  // The total row, when the spec has one, is left out of the chart (as the exceljs adapter does).
  const last = spec.chart?.totalRow ? height - 1 : height;
  if (spec.chart && last >= firstData) {
    const { labelColumn, valueColumn, title } = spec.chart;
    const chart = ws.charts.add("BarClustered", ws.getRange(col(valueColumn, 1, last)), "Columns");
    chart.name = chartName(spec);
    chart.title.text = title;
    chart.legend.visible = false;
    chart.series.getItemAt(0).setXAxisValues(ws.getRange(col(labelColumn, firstData, last)));
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.setPosition(`${columnLetter(width + 2)}2`, `${columnLetter(width + 10)}${Math.max(20, height + 2)}`);
  }
}

/** Deletes a sheet if it exists. Two syncs. */
export async function deleteSheet(context: Excel.RequestContext, name: string): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (ws.isNullObject) return;
  ws.delete();
  await context.sync();
}
