/**
 * The 2024 appendix of the Bình Định plan as the scripts read it (scripts/binh-dinh-2024-appendix.tsv): line 1 the
 * heading, line 2 the title, line 3 the "attached to" line, then after blank lines the table, one TAB-separated
 * line a row, from the header line on. Cells carry the source's markup ("<b>…</b>", "**…**"); a blank line is a
 * page break. The example workbook (build-examples) and the Word fixture (build-docx-fixtures) both lay it out.
 */
import * as fs from "fs";
import * as path from "path";
import { SCRIPTS } from "./paths";

export const SEED = path.join(SCRIPTS, "binh-dinh-2024-appendix.tsv");

export interface SeedAppendix {
  /** The title line, markdown removed. */
  title: string;
  /** The "(Kèm theo …)" line, markdown removed. */
  attached: string;
  /** The table's lines from the header line on; "" is a page break. */
  table: string[];
}

/** The title lines are markdown: stars removed. */
const unstar = (s: string): string => s.replace(/\*+/g, "").trim();

export function readSeedAppendix(file = SEED): SeedAppendix {
  const lines = fs.readFileSync(file, "utf8").replace(/\r/g, "").split("\n");
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let i = 3;
  while (lines[i].trim() === "") i++;
  return { title: unstar(lines[1]), attached: unstar(lines[2]), table: lines.slice(i) };
}

/** A table line's six cells ("" where the line has fewer). */
export function cellsOf(line: string): string[] {
  const cells = line.split("\t");
  while (cells.length < 6) cells.push("");
  return cells;
}

/** A header line (repeated at the top of each page). */
export const isHeaderLine = (cells: string[]): boolean => cells[0].replace(/<[^>]+>/g, "").trim() === "STT";

/** A section heading: its first cell all bold, the others empty. */
export const isSectionLine = (cells: string[]): boolean =>
  /^<b>.*<\/b>$/.test(cells[0].trim()) && cells.slice(1).every((c) => c.trim() === "");
