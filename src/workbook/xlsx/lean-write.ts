/**
 * Node only (the command line): writing a workbook the command line will not use again, in a fraction of the
 * memory of exceljs's `writeBuffer()`. The parts of the file hold the same text as exceljs writes (only the
 * deflated bytes differ); what is saved:
 *
 * - exceljs's `workbook.model` builds the model of every sheet twice (`worksheets` and `sheets`; the writer then
 *   replaces `sheets` by `worksheets`): on 100,000 rows the second copy is some 100 MB made only to be dropped.
 *   Each sheet's model is built once here.
 * - Once the models are built the workbook's own rows (a Row, a Cell and a value object per cell) are no longer
 *   read: they are released, so the workbook is empty afterwards.
 * - exceljs makes each part's whole text (30–40 MB for the sheet and the shared strings of 100,000 rows, twice
 *   over while its pieces are joined) and keeps every part until the zip is made. The sheets, their notes and the
 *   shared strings are deflated here as their text is made, about 32,768 tags at a time: only the compressed
 *   bytes are kept, and the text made dies young.
 * - The rows of the sheets' models are dropped once the sheets are written, before the shared strings are.
 */
import type ExcelJS from "exceljs";
import XLSX from "exceljs/lib/xlsx/xlsx";
import StreamBuf from "exceljs/lib/utils/stream-buf";
import type XmlStream from "exceljs/lib/utils/xml-stream";
import WorksheetXform from "exceljs/lib/xlsx/xform/sheet/worksheet-xform";
// exceljs's own "core" folder, not the project's core
// eslint-disable-next-line no-restricted-imports
import RelationshipsXform from "exceljs/lib/xlsx/xform/core/relationships-xform";
import CommentsXform from "exceljs/lib/xlsx/xform/comment/comments-xform";
import VmlNotesXform from "exceljs/lib/xlsx/xform/comment/vml-notes-xform";
import CompressedObject from "jszip/lib/compressedObject";
import { DEFLATE } from "jszip/lib/compressions";
import { Deflate } from "fflate";
import { renderStreaming } from "./compact-xml";

interface CellModel {
  type: number;
  style?: object;
}

interface SheetModel {
  id: number;
  rows: { cells: CellModel[] }[];
  rels?: unknown[];
  comments: unknown[];
}

interface BookModel {
  worksheets: SheetModel[];
  sharedStrings?: { count: number; model: unknown; render(xs: XmlStream, model: unknown): void };
}

interface Zip {
  append(data: unknown, options: { name: string }): void;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The zip CRC-32 of `bytes` continuing from `crc` (0 to start). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = crc ^ -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** One part of the file, rendered by `render` and deflated as its text is made: JSZip stores the bytes as given. */
export function deflatedPart(render: (xs: XmlStream) => void): CompressedObject {
  const out: Uint8Array[] = [];
  let compressed = 0;
  let size = 0;
  let crc = 0;
  const deflate = new Deflate({ level: 6 }, (data) => {
    out.push(data);
    compressed += data.length;
  });
  renderStreaming(render, (text) => {
    const bytes = Buffer.from(text, "utf8");
    crc = crc32(bytes, crc);
    size += bytes.length;
    deflate.push(bytes);
  });
  deflate.push(new Uint8Array(0), true);
  const data = new Uint8Array(compressed);
  let at = 0;
  for (const chunk of out) {
    data.set(chunk, at);
    at += chunk.length;
  }
  return new CompressedObject(compressed, size, crc, DEFLATE, data);
}

/** exceljs's writer with the sheets and the shared strings deflated as they are made (see above). */
class LeanXlsx extends XLSX {
  override async addWorksheets(zip: Zip, model: BookModel): Promise<void> {
    const worksheetXform = new WorksheetXform();
    const relationshipsXform = new RelationshipsXform();
    const commentsXform = new CommentsXform();
    const vmlNotesXform = new VmlNotesXform();
    for (const sheet of model.worksheets) {
      const id = sheet.id;
      zip.append(
        deflatedPart((xs) => worksheetXform.render(xs, sheet)),
        { name: `xl/worksheets/sheet${id}.xml` },
      );
      if (sheet.rels && sheet.rels.length) {
        const rels = sheet.rels;
        zip.append(
          deflatedPart((xs) => relationshipsXform.render(xs, rels)),
          {
            name: `xl/worksheets/_rels/sheet${id}.xml.rels`,
          },
        );
      }
      if (sheet.comments.length > 0) {
        zip.append(
          deflatedPart((xs) => commentsXform.render(xs, sheet)),
          { name: `xl/comments${id}.xml` },
        );
        zip.append(
          deflatedPart((xs) => vmlNotesXform.render(xs, sheet)),
          {
            name: `xl/drawings/vmlDrawing${id}.vml`,
          },
        );
      }
    }
    for (const sheet of model.worksheets) sheet.rows = [];
  }

  override async addSharedStrings(zip: Zip, model: BookModel): Promise<void> {
    const strings = model.sharedStrings;
    if (strings && strings.count) {
      zip.append(
        deflatedPart((xs) => strings.render(xs, strings.model)),
        { name: "xl/sharedStrings.xml" },
      );
    }
  }
}

/** exceljs ValueType.Formula: the style of a formula cell depends on its result's type. */
const FORMULA_TYPE = 6;

/**
 * Gives every cell without a style of its own one shared empty style per type of value. A cell read from a file
 * holds an empty style object of its own, and exceljs's writer works out the style of each object it has not seen
 * (remembering each in a WeakMap): 700,000 times the same work, and as many entries, on 100,000 rows. The style
 * worked out depends only on the style and the type of value, so the file written is the same.
 */
function shareEmptyStyles(sheets: readonly SheetModel[]): void {
  const shared = new Map<number, object>();
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      for (const cell of row.cells) {
        const style = cell.style;
        if (!style || cell.type === FORMULA_TYPE || !isEmptyObject(style)) continue;
        let one = shared.get(cell.type);
        if (!one) shared.set(cell.type, (one = {}));
        cell.style = one;
      }
    }
  }
}

function isEmptyObject(o: object): boolean {
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) return false;
  return Object.getPrototypeOf(o) === Object.prototype;
}

/** The workbook's model with each sheet's model built once. */
function bookModel(workbook: ExcelJS.Workbook): BookModel {
  const sheets = workbook.worksheets;
  const models = sheets.map((ws) => (ws as unknown as { model: SheetModel }).model);
  sheets.forEach((ws, i) => Object.defineProperty(ws, "model", { configurable: true, get: () => models[i] }));
  try {
    return (workbook as unknown as { model: BookModel }).model;
  } finally {
    for (const ws of sheets) delete (ws as unknown as { model?: unknown }).model;
  }
}

/**
 * The .xlsx bytes of `workbook`, which is emptied while they are made (its rows released): for a workbook that is
 * written once and then dropped, as the annotated copy of `ro-viec check --out`.
 */
export async function writeBufferOnce(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const model = bookModel(workbook);
  shareEmptyStyles(model.worksheets);
  for (const ws of workbook.worksheets) (ws as unknown as { _rows: unknown[] })._rows = [];
  const stream = new StreamBuf();
  await new LeanXlsx({ model }).write(stream, {});
  const out: unknown = stream.read();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
