/**
 * Builds a realistic workbook from a corpus appendix, as a clerk's Excel file would hold it: title lines merged
 * across the table and bold, a bold header, section and caption rows merged and bold, the vertical merges the source
 * had, whole numbers typed as numbers, wrapped text and borders. The layout comes from the appendix's label file
 * where the rebuild cannot tell (which rows are sections, which cells were merged down).
 */
import ExcelJS from "exceljs";
import type { Layout } from "./labels";
import type { CorpusSheet } from "./tsv";

/** "I", "IV", "A", "A.", "I.1", "III.1.2", "5.1" — the label of a section or sub-heading. */
const SECTION_LABEL = /^(?:[IVXLC]+|[A-Z]|[IVXLC]+(?:\.\d+)+|\d+(?:\.\d+)+)\.?$/;
/** "I. NÂNG CAO …", "A. BỘ …": a section title written in one cell with its label. */
const LABELLED_TITLE = /^(?:[IVXLC]+|[A-Z])\.\s+\S/;

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function filledCols(row: ReadonlyArray<string>): number[] {
  const out: number[] = [];
  row.forEach((v, i) => {
    if (v !== "") out.push(i + 1);
  });
  return out;
}

/** The header row: the first row with two or more filled cells. */
export function headerRowOf(sheet: CorpusSheet): number {
  const i = sheet.rows.findIndex((r) => filledCols(r).length >= 2);
  if (i < 0) throw new Error("no header row (no line with two cells)");
  return i + 1;
}

function isAutoSection(row: ReadonlyArray<string>): boolean {
  const filled = filledCols(row);
  if (filled.length === 0 || filled[filled.length - 1] > 2) return false;
  const first = row[0] ?? "";
  if (filled.length === 1 && filled[0] === 1) return LABELLED_TITLE.test(first);
  return first === "" || SECTION_LABEL.test(first);
}

export interface BuiltWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly sheetName: string;
  readonly headerRow: number;
}

export function buildWorkbook(sheet: CorpusSheet, layout: Layout = {}, sheetName = "Phụ lục"): BuiltWorkbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  const width = sheet.width;
  const header = headerRowOf(sheet);
  const sections = new Set(layout.sectionRows ?? []);
  const notSections = new Set(layout.notSectionRows ?? []);
  const captions = new Set(layout.captionRows ?? []);

  sheet.rows.forEach((cells, i) => {
    const r = i + 1;
    const row = ws.getRow(r);
    cells.forEach((text, j) => {
      if (text === "") return;
      const cell = row.getCell(j + 1);
      cell.value = /^\d{1,9}$/.test(text) ? Number(text) : text;
    });
  });

  const mergeAcross = (r: number, from: number, bold: boolean): void => {
    if (from < width) ws.mergeCells(r, from, r, width);
    const row = ws.getRow(r);
    row.font = { bold };
  };

  sheet.rows.forEach((cells, i) => {
    const r = i + 1;
    const filled = filledCols(cells);
    if (r < header) {
      if (filled.length === 1 && filled[0] === 1) mergeAcross(r, 1, true);
      ws.getRow(r).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      return;
    }
    if (r === header) {
      ws.getRow(r).font = { bold: true };
      return;
    }
    const caption = captions.has(r) || (filled.length === 1 && filled[0] === 1 && !LABELLED_TITLE.test(cells[0]));
    const section = !caption && !notSections.has(r) && (sections.has(r) || isAutoSection(cells));
    if (caption) mergeAcross(r, 1, true);
    else if (section) {
      const textCol = filled.length === 0 ? 1 : filled[filled.length - 1];
      mergeAcross(r, textCol, true);
      if (textCol > 1) ws.getRow(r).getCell(1).font = { bold: true };
    } else if (filled.length >= 2 && sheet.rows[header - 1].every((h, j) => h === (cells[j] ?? ""))) {
      ws.getRow(r).font = { bold: true }; // a header repeated by the document (several tables in one appendix)
    }
  });

  for (const m of layout.mergeDown ?? []) {
    for (const c of m.cols) {
      for (let r = m.from + 1; r <= m.to; r++) {
        if ((sheet.rows[r - 1]?.[c - 1] ?? "") !== "") {
          throw new Error(`mergeDown ${m.from}-${m.to} col ${c}: row ${r} is not empty`);
        }
      }
      ws.mergeCells(m.from, c, m.to, c);
    }
  }

  for (let r = header; r <= sheet.rows.length; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: true };
    }
  }
  for (let c = 1; c <= width; c++) {
    const longest = sheet.rows.slice(header - 1).reduce((n, r) => Math.max(n, (r[c - 1] ?? "").length), 0);
    ws.getColumn(c).width = Math.max(6, Math.min(60, Math.round(longest / 4)));
  }
  return { workbook: wb, sheetName, headerRow: header };
}
