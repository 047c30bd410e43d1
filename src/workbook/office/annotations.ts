/**
 * Notes and threaded comments on cells. The add-in writes its remarks as notes where Excel has the notes API
 * (ExcelApi 1.18) and as threaded comments elsewhere. A cell that already carries a threaded comment gets a reply
 * instead (Excel does not allow a note and a threaded comment on the same cell).
 */
import { boldKey, cellAddress, parseAddress } from "../../core";
import { stripSheet } from "./address";
import type { CellRef } from "../port";

export type NoteApi = "note" | "comment";

export interface CellComment {
  readonly comment: Excel.Comment;
  readonly content: string;
  readonly replies: number;
}

export interface Annotations {
  /** Notes looked up per cell (notes API only); a null object where the cell has none. */
  readonly notes: ReadonlyMap<string, Excel.Note>;
  /** Threaded comments of the sheet by "row:col". */
  readonly comments: ReadonlyMap<string, CellComment>;
}

export interface PendingAnnotations {
  readonly notes: Map<string, Excel.Note>;
  readonly comments: Excel.CommentCollection;
}

export const cellKey = (c: CellRef): string => boldKey(c.row, c.col);

/** Queues the lookups (no sync): the note of every cell when notes are available, and the sheet's comments. */
export function queueAnnotations(ws: Excel.Worksheet, cells: readonly CellRef[], api: NoteApi): PendingAnnotations {
  const notes = new Map<string, Excel.Note>();
  if (api === "note") {
    for (const c of cells) {
      const key = cellKey(c);
      if (notes.has(key)) continue;
      const note = ws.notes.getItemOrNullObject(cellAddress(c.row, c.col));
      note.load("content");
      notes.set(key, note);
    }
  }
  const comments = ws.comments;
  comments.load("items/content");
  return { notes, comments };
}

/** After the queued lookups were synced: locates the comments (one more sync, only when the sheet has any). */
export async function resolveAnnotations(
  context: Excel.RequestContext,
  pending: PendingAnnotations,
): Promise<Annotations> {
  const items = pending.comments.items;
  const comments = new Map<string, CellComment>();
  if (items.length > 0) {
    const located = items.map((comment) => {
      const where = comment.getLocation();
      where.load("address");
      return { comment, where, replies: comment.replies.getCount() };
    });
    await context.sync();
    for (const { comment, where, replies } of located) {
      const at = parseAddress(stripSheet(where.address).split(":")[0].replace(/\$/g, ""));
      if (at) comments.set(cellKey(at), { comment, content: comment.content, replies: replies.value });
    }
  }
  return { notes: pending.notes, comments };
}

/** Where a remark for this cell goes: a reply when the cell has a threaded comment, else the available API. */
export function viaFor(key: string, ann: Annotations, api: NoteApi): NoteApi {
  return ann.comments.has(key) ? "comment" : api;
}

/** The user's own note or comment text on the cell, or null. */
export function userText(key: string, ann: Annotations, via: NoteApi): string | null {
  if (via === "comment") return ann.comments.get(key)?.content ?? null;
  const note = ann.notes.get(key);
  return note && !note.isNullObject ? note.content : null;
}
