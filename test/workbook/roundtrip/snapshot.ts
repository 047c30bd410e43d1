/**
 * Everything a person could see in a workbook, sheet by sheet and cell by cell: sheet names, order and visibility,
 * merges, column widths, row heights, every cell's value, style and note, and every cell's data validation — to
 * compare a workbook before
 * marking with the same workbook after its marks were cleared.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { buildWorkbook } from "../../../src/corpus/build";
import { labelFileSchema } from "../../../src/corpus/labels";
import { parseCorpusTsv } from "../../../src/corpus/tsv";
import { cellAddress, type Grid } from "../../../src/core/grid";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";

export interface SheetSnapshot {
  readonly name: string;
  readonly state: string;
  readonly merges: string[];
  readonly widths: (number | null)[];
  readonly rows: Record<number, { height: number | null; hidden: boolean }>;
  readonly cells: Record<string, string>;
  /** Data validation by cell address (exceljs reads a range's validation cell by cell). */
  readonly validations: Record<string, string>;
}

function noteOf(cell: ExcelJS.Cell): unknown {
  const n = cell.note;
  if (n === undefined || n === null) return null;
  return typeof n === "string" ? n : n.texts;
}

export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: Record<string, string> = {};
  const rows: SheetSnapshot["rows"] = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height || row.hidden) rows[r] = { height: row.height ?? null, hidden: !!row.hidden };
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const style = JSON.stringify(cell.style ?? {});
      const note = noteOf(cell);
      if (cell.value === null && style === "{}" && note === null) return;
      cells[cellAddress(r, c)] = JSON.stringify({ value: cell.value, style: JSON.parse(style), note });
    });
  });
  const validations: Record<string, string> = {};
  const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  for (const [address, dv] of Object.entries(model)) if (dv) validations[address] = JSON.stringify(dv);
  return {
    name: ws.name,
    state: ws.state ?? "visible",
    merges: [...(ws.model.merges ?? [])].sort(),
    widths: (ws.columns ?? []).map((c) => c.width ?? null),
    rows,
    cells,
    validations,
  };
}

export async function workbookSnapshot(bytes: Uint8Array): Promise<SheetSnapshot[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb.worksheets.map(sheetSnapshot);
}

/** Differences between two snapshots, as readable lines (empty when equal). */
export function differences(a: readonly SheetSnapshot[], b: readonly SheetSnapshot[]): string[] {
  const out: string[] = [];
  const names = (s: readonly SheetSnapshot[]) => s.map((x) => `${x.name} (${x.state})`).join(", ");
  if (names(a) !== names(b)) out.push(`sheets: [${names(a)}] ≠ [${names(b)}]`);
  for (const sa of a) {
    const sb = b.find((x) => x.name === sa.name);
    if (!sb) continue;
    for (const c of new Set([...Object.keys(sa.validations), ...Object.keys(sb.validations)])) {
      if (sa.validations[c] !== sb.validations[c]) {
        out.push(`${sa.name}!${c} validation: ${sa.validations[c] ?? "∅"} ≠ ${sb.validations[c] ?? "∅"}`);
      }
    }
    for (const k of ["merges", "widths", "rows"] as const) {
      if (JSON.stringify(sa[k]) !== JSON.stringify(sb[k])) out.push(`${sa.name}: ${k} differ`);
    }
    const cells = new Set([...Object.keys(sa.cells), ...Object.keys(sb.cells)]);
    for (const c of cells) {
      if (sa.cells[c] !== sb.cells[c]) out.push(`${sa.name}!${c}: ${sa.cells[c] ?? "∅"} ≠ ${sb.cells[c] ?? "∅"}`);
    }
  }
  return out;
}

const ROOT = path.resolve(__dirname, "../../..");

export async function readFixture(rel: string): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(path.join(ROOT, rel)));
}

/** A corpus appendix as a clerk's workbook (the corpus builder), as bytes. */
export async function corpusWorkbook(name: string): Promise<Uint8Array> {
  const dir = path.join(ROOT, "test/corpus");
  const labels = labelFileSchema.parse(JSON.parse(await fs.readFile(path.join(dir, "labels", `${name}.json`), "utf8")));
  const text = await fs.readFile(path.join(dir, "appendices", labels.file), "utf8");
  const built = buildWorkbook(parseCorpusTsv(text), labels.layout);
  return new Uint8Array(await built.workbook.xlsx.writeBuffer());
}

/** Opens, lets `change` alter the workbook, and gives the bytes of the result. */
export async function variant(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = await XlsxWorkbook.fromBuffer(bytes);
  change(book.workbook);
  return book.toBuffer();
}

/** A grid (a test fixture's) written as a one-sheet workbook: values with their types, merges and bold cells. */
export async function gridWorkbook(grid: Grid, sheet = "Chỉ tiêu"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  grid.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const cell = ws.getCell(i + 1, j + 1);
      if (v.kind === "text") cell.value = v.text;
      else if (v.kind === "number" || v.kind === "boolean") cell.value = v.value;
      else if (v.kind === "date") cell.value = new Date(`${v.iso}T00:00:00Z`);
      else if (v.kind === "error") cell.value = { error: v.code as ExcelJS.CellErrorValue["error"] };
      if (grid.bold?.has(`${i + 1}:${j + 1}`)) cell.font = { bold: true };
    }),
  );
  for (const m of grid.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
