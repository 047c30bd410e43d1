/**
 * A finding's place in a Word document, named in the user's language from the glossary's terms: the core checks
 * the appendix as one grid (a table continued over page breaks read as one); the Word reader keeps, for each row of
 * that grid, the Word table and row it came from, and every surface (command line, JSON report, browser page)
 * names a cell or a row through here, so each says it the same way. Plain functions, no imports but the glossary.
 */
import { PLACE_TERMS } from "./glossary";

type PlaceLang = "vi" | "en";

/** A grid row read from a Word table (its 1-based number in the document and its row), or a title line above it. */
export type TablePlace =
  { readonly table: number; readonly row: number } | { readonly table: number; readonly titleLine: number };

/** The place of each grid row, by grid row (index 0 is row 1). */
export type RowPlaces = readonly TablePlace[];

function fill(template: string, data: Readonly<Record<string, number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, k: string) => (k in data ? String(data[k]) : whole));
}

/** The place of grid row `row`, if the grid came from a Word table. */
export function placeOfRow(places: RowPlaces | undefined, row: number): TablePlace | undefined {
  return places?.[row - 1];
}

/** "bảng 3, dòng 2, cột 1" / "table 3, row 2, column 1". */
export function cellPlace(place: TablePlace, col: number, lang: PlaceLang): string {
  return "row" in place
    ? fill(PLACE_TERMS.cell[lang], { table: place.table, row: place.row, col })
    : fill(PLACE_TERMS.titleCell[lang], { table: place.table, line: place.titleLine });
}

/** A row after the word for a row: "2 của bảng 3" ("dòng 2 của bảng 3") / "2 of table 3". */
export function rowPlace(place: TablePlace, lang: PlaceLang): string {
  return "row" in place
    ? fill(PLACE_TERMS.row[lang], { table: place.table, row: place.row })
    : fill(PLACE_TERMS.titleRow[lang], { table: place.table, line: place.titleLine });
}

/** Names grid rows as Word rows (for the rows a finding's message cites); undefined for a row it does not know. */
export function rowNamer(places: RowPlaces, lang: PlaceLang): (row: number) => string | undefined {
  return (row) => {
    const p = placeOfRow(places, row);
    return p ? rowPlace(p, lang) : undefined;
  };
}

/** The Word tables the rows came from, first to last: "bảng 1–7", or "bảng 2" for one. */
export function tablesOf(places: RowPlaces, lang: PlaceLang): string {
  const tables = places.map((p) => p.table);
  const first = Math.min(...tables);
  const last = Math.max(...tables);
  return first === last
    ? fill(PLACE_TERMS.table[lang], { table: first })
    : fill(PLACE_TERMS.tables[lang], { first, last });
}

/** "cột 2" / "column 2": a column of a Word table, where a sheet would give its letter. */
export function columnPlace(col: number, lang: PlaceLang): string {
  return fill(PLACE_TERMS.column[lang], { col });
}

/** The distinct Word tables of the rows, in order (for the JSON report). */
export function wordTables(places: RowPlaces): number[] {
  return [...new Set(places.map((p) => p.table))].sort((a, b) => a - b);
}
