/**
 * A cell that should name agencies (lead, co-operating) holding a number, a date or a logical value instead (5,
 * 01/03/2024, TRUE) names nobody: one finding per kind of value in the document, the other rows related. Used by
 * the missing-* rules of those columns, which define the message `not-a-name` ({{task}}, {{what}}, {{value}}).
 */
import { formatVi } from "../../dates";
import { notAName, type NotANameKind } from "../../filled";
import type { CellValue } from "../../grid";
import type { Descriptor } from "../../rule";
import { cellText } from "../../text";
import type { Localized, TaskCell, TaskRecord } from "../../types";
import { OncePerDocument } from "./agency";
import { taskRef } from "./task";

/** What a cell holds instead of a name, in words. */
const WORDS: Readonly<Record<NotANameKind, Localized>> = {
  number: { vi: "số", en: "the number" },
  date: { vi: "ngày", en: "the date" },
  boolean: { vi: "giá trị đúng/sai", en: "the logical value" },
};

/** The value as the user sees it: a date as 01/03/2024 in Vietnamese, 2024-03-01 in English. */
function shownValue(value: CellValue): string | Localized {
  return value.kind === "date" ? { vi: formatVi(value.iso), en: value.iso } : cellText(value);
}

export class NotANameFindings {
  private readonly once = new OncePerDocument();

  /** Notes the cell when it holds no name; false when it holds text. */
  add(task: TaskRecord, cell: TaskCell | undefined, col: number): boolean {
    const kind = notAName(cell);
    if (!cell || !kind) return false;
    this.once.add(kind, {
      messageId: "not-a-name",
      row: cell.row,
      col,
      task,
      data: { task: taskRef(task), what: WORDS[kind], value: shownValue(cell.value) },
    });
    return true;
  }

  flush(report: (d: Descriptor) => void): void {
    this.once.flush(report);
  }
}
