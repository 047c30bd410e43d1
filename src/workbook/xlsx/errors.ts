/**
 * Why a file cannot be read as a workbook, found from its first bytes before exceljs sees it, so the user gets
 * one clear sentence instead of a zip library's stack trace.
 */

export type WorkbookReadErrorCode = "not-a-workbook" | "damaged" | "encrypted" | "empty";

const MESSAGES: Readonly<Record<WorkbookReadErrorCode, { readonly vi: string; readonly en: string }>> = {
  "not-a-workbook": {
    vi: "Tệp không phải là sổ làm việc Excel (.xlsx).",
    en: "The file is not an Excel workbook (.xlsx).",
  },
  damaged: {
    vi: "Tệp là sổ làm việc Excel nhưng bị hỏng, không đọc được: hãy mở trong Excel, sửa rồi lưu lại.",
    en: "The file is an Excel workbook but it is damaged and cannot be read: open it in Excel, repair it and save it.",
  },
  encrypted: {
    vi: "Tệp được bảo vệ bằng mật khẩu: hãy mở trong Excel, gỡ mật khẩu rồi lưu lại trước khi kiểm tra.",
    en: "The workbook is password-protected: open it in Excel, remove the password and save it before checking.",
  },
  empty: {
    vi: "Tệp trống: không có trang tính nào để đọc.",
    en: "The file is empty: there is no sheet to read.",
  },
};

export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  /** The same sentence in Vietnamese and English; `message` is both, Vietnamese first. */
  readonly vi: string;
  readonly en: string;
  /** The technical cause (the zip or XML reader's text), for a verbose report only. */
  readonly detail: string | undefined;

  constructor(code: WorkbookReadErrorCode, detail?: string) {
    const m = MESSAGES[code];
    super(`${m.vi} / ${m.en}${detail ? ` (${detail})` : ""}`);
    this.name = "WorkbookReadError";
    this.code = code;
    this.vi = m.vi;
    this.en = m.en;
    this.detail = detail;
  }
}

/** OLE2 compound file signature: how Excel stores a password-protected .xlsx (and the old .xls format). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** True when `name` occurs in the bytes as UTF-16LE (how compound-file directory entries spell stream names). */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const n = name.length * 2;
  const limit = Math.min(bytes.length, 1 << 22) - n;
  outer: for (let i = 0; i <= limit; i++) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** True when the ASCII `name` occurs in the first or last megabyte of the bytes (where zip entry names are). */
function containsAscii(bytes: Uint8Array, name: string): boolean {
  const window = 1 << 20;
  const search = (from: number, to: number): boolean => {
    const first = name.charCodeAt(0);
    outer: for (let i = Math.max(0, from); i <= Math.min(to, bytes.length) - name.length; i++) {
      if (bytes[i] !== first) continue;
      for (let k = 1; k < name.length; k++) if (bytes[i + k] !== name.charCodeAt(k)) continue outer;
      return true;
    }
    return false;
  };
  return search(0, window) || (bytes.length > window && search(bytes.length - window, bytes.length));
}

/**
 * True when a zip archive names the parts of an Excel workbook ("xl/workbook.xml"): a file that then cannot be
 * read is a damaged workbook, not some other kind of file.
 */
export function namesWorkbookParts(bytes: Uint8Array): boolean {
  return WORKBOOK_PARTS.some((name) => containsAscii(bytes, name));
}

const WORKBOOK_PARTS = ["xl/workbook.xml", "xl/_rels/", "xl/worksheets/", "xl/styles.xml", "xl/sharedStrings.xml"];

/** True for an old Excel 97-2003 .xls file (an OLE2 file with a Workbook stream and no encrypted package). */
export function isLegacyXls(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, OLE_SIGNATURE) &&
    !containsUtf16(bytes, "EncryptedPackage") &&
    (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book"))
  );
}

export function asBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Throws a WorkbookReadError when the bytes are certainly not an .xlsx: nothing at all, an OLE2 compound file
 * (an encrypted workbook; an old .xls without an EncryptedPackage stream is reported as not-a-workbook), or
 * anything that is not a zip archive.
 */
export function assertXlsxBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookReadError("empty");
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (isLegacyXls(bytes)) throw new WorkbookReadError("not-a-workbook", "Excel 97-2003 .xls");
    throw new WorkbookReadError("encrypted");
  }
  // Local file header "PK\x03\x04", or the end-of-central-directory record of an empty archive "PK\x05\x06".
  const zip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
  if (!zip) throw new WorkbookReadError("not-a-workbook");
}
