/**
 * Layout transformations of a sheet that keep its content: the same tasks, agencies and deadlines laid out
 * differently (columns in another order, title rows removed or doubled, a two-row header, blank rows and columns,
 * an unrelated column, the table moved, header text broken over lines or in capitals). Each gives the new grid
 * and where an original cell now stands, so findings can be compared through the transformation.
 */
import { EMPTY, boldKey, type CellRange, type CellValue, type Grid } from "../../src/core";

/** One row or column of the new sheet: a source row/column (1-based), or a new one. */
type Source = number | "new";

export interface Transformed {
  readonly grid: Grid;
  /** The new row of a source row (its first copy), undefined when removed. */
  readonly row: (r: number) => number | undefined;
  /** The new column of a source column. */
  readonly col: (c: number) => number | undefined;
}

/** What a transformation knows of the table it moves: the header rows and the table's last column. */
export interface TableShape {
  readonly headerRows: readonly number[];
  readonly lastCol: number;
}

function at(grid: Grid, r: number, c: number): CellValue {
  return grid.rows[r - 1]?.[c - 1] ?? EMPTY;
}

/**
 * The first and last positions of `list` holding a value in [from, to], when they hold each of those once, in
 * order, with only new rows or columns between them (Excel widens a merge across a row or column inserted in it).
 */
function runOf(list: readonly Source[], from: number, to: number): [number, number] | undefined {
  const pos: number[] = [];
  list.forEach((s, i) => {
    if (s !== "new" && s >= from && s <= to) pos.push(i + 1);
  });
  if (pos.length !== to - from + 1) return undefined;
  for (let k = pos[0]; k <= pos[pos.length - 1]; k++) {
    const s = list[k - 1];
    if (s !== "new" && (s < from || s > to)) return undefined;
  }
  return [pos[0], pos[pos.length - 1]];
}

/**
 * A sheet made of source rows and columns in a new order. A merge keeps its master's value in its new top-left
 * cell; a one-row merge of a row written twice is merged in each copy; a merge whose rows or columns no longer
 * form a run is dropped. `cell` overrides values of the new sheet (new header rows, inserted text).
 */
export function remap(
  grid: Grid,
  rows: readonly Source[],
  cols: readonly Source[],
  cell: (r: number, c: number) => CellValue | undefined = () => undefined,
): Transformed {
  const out: CellValue[][] = rows.map((sr, i) =>
    cols.map((sc, j) => cell(i + 1, j + 1) ?? (sr === "new" || sc === "new" ? EMPTY : at(grid, sr, sc))),
  );
  const merges: CellRange[] = [];
  const bold = new Set<string>();
  const place = (m: CellRange, top: number, bottom: number): void => {
    const cs = runOf(cols, m.left, m.right);
    if (!cs) return;
    const master = at(grid, m.top, m.left);
    const c0 = cols.indexOf(m.left) + 1;
    const r0 = rows.indexOf(m.top, top - 1) + 1;
    if (r0 > 0 && c0 > 0 && (r0 !== top || c0 !== cs[0]) && cell(top, cs[0]) === undefined) {
      out[r0 - 1][c0 - 1] = EMPTY;
      out[top - 1][cs[0] - 1] = master;
    }
    merges.push({ top, bottom, left: cs[0], right: cs[1] });
  };
  for (const m of grid.merges) {
    if (m.top === m.bottom) {
      rows.forEach((s, i) => {
        if (s === m.top) place(m, i + 1, i + 1);
      });
      continue;
    }
    const rs = runOf(rows, m.top, m.bottom);
    if (rs) place(m, rs[0], rs[1]);
  }
  for (const key of grid.bold ?? []) {
    const [r, c] = key.split(":").map(Number);
    rows.forEach((s, i) => {
      const j = cols.indexOf(c);
      if (s === r && j >= 0) bold.add(boldKey(i + 1, j + 1));
    });
  }
  const rowOf = (r: number): number | undefined => {
    const i = rows.indexOf(r);
    return i < 0 ? undefined : i + 1;
  };
  const colOf = (c: number): number | undefined => {
    const j = cols.indexOf(c);
    return j < 0 ? undefined : j + 1;
  };
  return {
    grid: {
      sheet: grid.sheet,
      rowCount: out.length,
      colCount: cols.length,
      rows: out,
      merges,
      bold,
    },
    row: rowOf,
    col: colOf,
  };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function allRows(grid: Grid): number[] {
  return range(1, grid.rowCount);
}

function allCols(grid: Grid): number[] {
  return range(1, Math.max(grid.colCount, ...grid.merges.map((m) => m.right)));
}

/** Columns after the first, in reverse order (the number column stays first, as every plan has it). */
export function reverseColumns(grid: Grid, shape: TableShape): Transformed {
  const cols = allCols(grid);
  const body = cols.slice(1, shape.lastCol).reverse();
  return remap(grid, allRows(grid), [cols[0], ...body, ...cols.slice(shape.lastCol)]);
}

/** The columns after the first rotated by one (the last table column comes second). */
export function rotateColumns(grid: Grid, shape: TableShape): Transformed {
  const cols = allCols(grid);
  const body = cols.slice(1, shape.lastCol);
  return remap(grid, allRows(grid), [
    cols[0],
    body[body.length - 1],
    ...body.slice(0, -1),
    ...cols.slice(shape.lastCol),
  ]);
}

/**
 * No title rows: the sheet starts at the header. What was said on the first title row (the note that the plan
 * period is a guess) is said on the header, the first row there is.
 */
export function withoutTitles(grid: Grid, shape: TableShape): Transformed {
  const t = remap(grid, range(shape.headerRows[0], grid.rowCount), allCols(grid));
  return { ...t, row: (r) => (r < shape.headerRows[0] ? 1 : t.row(r)) };
}

/** Every title row written twice. */
export function doubledTitles(grid: Grid, shape: TableShape): Transformed {
  const first = shape.headerRows[0];
  const titles = range(1, first - 1).flatMap((r) => [r, r]);
  return remap(grid, [...titles, ...range(first, grid.rowCount)], allCols(grid));
}

const text = (t: string): CellValue => ({ kind: "text", text: t });

function cellText(v: CellValue): string {
  return v.kind === "text" ? v.text : v.kind === "number" ? String(v.value) : "";
}

/**
 * A two-row header: each header cell merged down over two rows, and, when the lead and co-operating columns stand
 * side by side, a group heading over them ("Cơ quan thực hiện") with their names in the second row.
 */
export function twoRowHeader(grid: Grid, shape: TableShape, pair?: readonly [number, number]): Transformed {
  const h = shape.headerRows[0];
  const rows: Source[] = [...range(1, h), "new", ...range(h + 1, grid.rowCount)];
  const grouped = pair && Math.abs(pair[0] - pair[1]) === 1 ? [Math.min(...pair), Math.max(...pair)] : undefined;
  const t = remap(grid, rows, allCols(grid), (r, c) => {
    if (!grouped || (c !== grouped[0] && c !== grouped[1])) return r === h + 1 ? EMPTY : undefined;
    if (r === h) return c === grouped[0] ? text("Cơ quan thực hiện") : EMPTY;
    if (r === h + 1) return at(grid, h, c);
    return undefined;
  });
  const merges = [...t.grid.merges];
  for (let c = 1; c <= shape.lastCol; c++) {
    if (grouped && (c === grouped[0] || c === grouped[1])) continue;
    merges.push({ top: h, bottom: h + 1, left: c, right: c });
  }
  if (grouped) merges.push({ top: h, bottom: h, left: grouped[0], right: grouped[1] });
  return { ...t, grid: { ...t.grid, merges } };
}

/** A blank column after the second and a blank row after the header and in the middle of the body. */
export function blankRowAndColumn(grid: Grid, shape: TableShape): Transformed {
  const h = shape.headerRows[shape.headerRows.length - 1];
  const mid = Math.floor((h + 1 + grid.rowCount) / 2);
  const rows: Source[] = [...range(1, h), "new", ...range(h + 1, mid), "new", ...range(mid + 1, grid.rowCount)];
  const cols = allCols(grid);
  return remap(grid, rows, [cols[0], cols[1], "new", ...cols.slice(2)]);
}

/** An unrelated "Ghi chú" column after the table, its body cells empty. */
export function notesColumn(grid: Grid, shape: TableShape): Transformed {
  const cols = allCols(grid);
  const h = shape.headerRows[0];
  const at = shape.lastCol + 1;
  return remap(grid, allRows(grid), [...cols.slice(0, shape.lastCol), "new", ...cols.slice(shape.lastCol)], (r, c) =>
    r === h && c === at ? text("Ghi chú") : undefined,
  );
}

/** The whole sheet moved to start at B3 (a blank column A, two blank rows on top). */
export function startAtB3(grid: Grid): Transformed {
  return remap(grid, ["new", "new", ...allRows(grid)], ["new", ...allCols(grid)]);
}

/** Header text in capitals, each name broken over two lines at its middle space. */
export function headerLinesAndCase(grid: Grid, shape: TableShape): Transformed {
  const h = new Set(shape.headerRows);
  return remap(grid, allRows(grid), allCols(grid), (r, c) => {
    if (!h.has(r)) return undefined;
    const t = cellText(at(grid, r, c));
    if (t === "" || at(grid, r, c).kind !== "text") return undefined;
    const words = t.toUpperCase().split(" ");
    if (words.length < 2) return text(words.join(" "));
    const k = Math.ceil(words.length / 2);
    return text(`${words.slice(0, k).join(" ")}\n${words.slice(k).join(" ")}`);
  });
}

/** Body rows merged across (section and caption rows) left unmerged, their text where it was; bold kept. */
export function sectionsUnmerged(grid: Grid, shape: TableShape): Transformed {
  const h = shape.headerRows[shape.headerRows.length - 1];
  const t = remap(grid, allRows(grid), allCols(grid));
  const merges = t.grid.merges.filter((m) => m.top <= h || m.left === m.right);
  return { ...t, grid: { ...t.grid, merges } };
}

/** No bold anywhere (a sheet whose formatting was lost): merges alone show the sections. */
export function noBold(grid: Grid): Transformed {
  const t = remap(grid, allRows(grid), allCols(grid));
  return { ...t, grid: { ...t.grid, bold: new Set<string>() } };
}

/** A row of column numbers "(1) (2) …" under the header, as many plans have. */
export function columnNumbersRow(grid: Grid, shape: TableShape): Transformed {
  const h = shape.headerRows[shape.headerRows.length - 1];
  const rows: Source[] = [...range(1, h), "new", ...range(h + 1, grid.rowCount)];
  return remap(grid, rows, allCols(grid), (r, c) => (r === h + 1 && c <= shape.lastCol ? text(`(${c})`) : undefined));
}
