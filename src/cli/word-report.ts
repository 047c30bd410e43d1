/**
 * The JSON report of a table read from Word: the same fields as for a sheet (rows and columns of the grid the core
 * checked, 1-based), and for each finding and each row it cites its place in the document — the Word table
 * (counted from the top of the document), its row and column — with the place in words and the message naming the
 * rows it cites the same way, as the text report does.
 */
import { publicFinding, renderFinding, type Finding, type Lang, type PublicFinding } from "../core";
import { cellPlace, placeOfRow, rowNamer, wordTables, type RowPlaces, type TablePlace } from "../i18n/places";

/** A place in the document as the JSON report gives it. */
export type PublicPlace =
  | { readonly table: number; readonly row: number; readonly column?: number; readonly text?: string }
  | { readonly table: number; readonly titleLine: number; readonly column?: number; readonly text?: string };

function placeJson(place: TablePlace): PublicPlace {
  return "row" in place ? { table: place.table, row: place.row } : { table: place.table, titleLine: place.titleLine };
}

/** A finding of a Word table as the JSON report gives it. */
export function wordFinding(f: Finding, lang: Lang, places: RowPlaces): PublicFinding & { place?: PublicPlace } {
  const base = publicFinding(f);
  const place = placeOfRow(places, f.row);
  const { message, suggestion } = renderFinding(f, lang, rowNamer(places, lang));
  const related = f.related?.map((r) => {
    const p = placeOfRow(places, r.row);
    return p ? { ...r, place: placeJson(p) } : r;
  });
  return {
    ...base,
    message,
    ...(suggestion !== undefined ? { suggestion } : {}),
    ...(place ? { place: { ...placeJson(place), column: f.col, text: cellPlace(place, f.col, lang) } } : {}),
    ...(related ? { related } : {}),
  };
}

/** The Word tables the checked table was read from, for the report's `table`. */
export function wordTablesJson(places: RowPlaces): { wordTables: number[] } {
  return { wordTables: wordTables(places) };
}
