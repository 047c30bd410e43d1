/**
 * Reads a corpus appendix: a tab-separated rebuild of a real appendix (see test/corpus/appendices/README.md).
 * Lines starting with "# " describe the source; every other line is one sheet row, its TAB-separated fields the
 * cells from column A, and the two characters "\n" inside a field a line break in the cell.
 */

export interface CorpusSheet {
  /** The "# key: value" lines, by key ("source", "document", "title", "period", "note", "footnote [1]" …). */
  readonly meta: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  /** rows[r - 1][c - 1]: the text of sheet row r, column c ("" when empty). */
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
  /** Number of columns of the widest row (the header's width). */
  readonly width: number;
}

export function parseCorpusTsv(text: string): CorpusSheet {
  const meta: { key: string; value: string }[] = [];
  const rows: string[][] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  for (const line of lines) {
    if (line.startsWith("# ")) {
      const body = line.slice(2);
      const colon = body.indexOf(": ");
      meta.push(colon < 0 ? { key: "", value: body } : { key: body.slice(0, colon), value: body.slice(colon + 2) });
      continue;
    }
    rows.push(line.split("\t").map((cell) => cell.split("\\n").join("\n").trim().normalize("NFC")));
  }
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return { meta, rows, width };
}
