/** The browser page's grid marks, as the pane's list shows the findings. */
import { type Finding, worseSeverity } from "../core";
import type { CellMark } from "./SheetGrid";

/**
 * Each cell's mark: the worst severity of the findings shown there; a cell whose findings were all accepted is
 * marked "accepted", not flagged.
 */
export function cellMarks(shown: readonly Finding[], acceptedCells: readonly string[]): Map<string, CellMark> {
  const m = new Map<string, CellMark>();
  for (const f of shown) {
    const prev = m.get(f.cell);
    m.set(f.cell, prev && prev !== "accepted" ? worseSeverity(prev, f.severity) : f.severity);
  }
  for (const cell of acceptedCells) if (!m.has(cell)) m.set(cell, "accepted");
  return m;
}
