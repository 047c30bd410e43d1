/**
 * What "Nhập từ Word" calls outside the pane: the Word reader (loaded on first use, in a chunk of its own, so the
 * pane opens without it) and the appendix sheet writer (through the port). Tests may hand the view others.
 */
import type { AgencyDirectory, Grid } from "../../core";
import { writeAppendixSheet } from "../../workbook/appendix-sheet";
import type { WorkbookPort } from "../../workbook/port";
import type { WordGrids, WordNames } from "../../workbook/word-read";

export interface ImportServices {
  /** The appendix grids of a .docx (its tables, or its task list written as prose). Throws DocxReadError. */
  readWord(bytes: Uint8Array, names: WordNames, directory: AgencyDirectory): Promise<WordGrids>;
  /** The task list written as prose in a pasted text; undefined when it assigns no task. */
  readText(text: string, sheet: string, directory: AgencyDirectory): Promise<WordGrids | undefined>;
  /** Adds the grid as a formatted appendix sheet under a free name; the name used. */
  writeAppendix(port: WorkbookPort, grid: Grid): Promise<string>;
}

const reader = () => import(/* webpackChunkName: "word-reader" */ "../../workbook/word-read");

export const defaultImportServices: ImportServices = {
  async readWord(bytes, names, directory) {
    return (await reader()).wordGrids(bytes, names, directory);
  },
  async readText(text, sheet, directory) {
    const read = (await reader()).proseAppendix(text, sheet, directory);
    return read && { grids: [read.grid], prose: read.prose, converted: [] };
  },
  writeAppendix: (port, grid) => writeAppendixSheet(port, grid),
};
