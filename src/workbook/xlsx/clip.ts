/**
 * Bounds what a file's merges and data validations claim by the rows the sheet holds. exceljs makes a cell object
 * for every cell a merge or a validation covers, so one merge over a whole column (H1:H1048576) in a 7 KB file
 * would cost gigabytes; ranges reaching below the sheet's last row are cut at that row before exceljs reads the
 * file (nothing is lost: the rows below hold nothing).
 */
import JSZip from "jszip";

/** Excel's last row: a range reaching it claims the whole column. */
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const RANGE = /([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})/g;

/** The number of the sheet's last `<row>` element (rows are written in order); 1 when it has none. */
export function lastRowOf(xml: string): number {
  const at = xml.lastIndexOf("<row ");
  if (at < 0) return 1;
  const m = /\br="(\d+)"/.exec(xml.slice(at, at + 200));
  return m ? Math.max(1, Number(m[1])) : 1;
}

function clipRanges(refs: string, last: number): string {
  return refs.replace(RANGE, (all, c1: string, r1: string, c2: string, r2: string) => {
    const top = Number(r1);
    const bottom = Number(r2);
    if (bottom <= last) return all;
    return `${c1}${top}:${c2}${Math.max(top, last)}`;
  });
}

/** The sheet's XML with every merge and validation range cut at its last row. */
export function clipSheetXml(xml: string): string {
  if (!xml.includes("<mergeCell ") && !xml.includes("<dataValidation ")) return xml;
  const last = lastRowOf(xml);
  return xml
    .replace(
      /(<mergeCell\b[^>]*?\bref=")([^"]*)(")/g,
      (_, a: string, refs: string, z: string) => a + clipRanges(refs, last) + z,
    )
    .replace(
      /(<dataValidation\b[^>]*?\bsqref=")([^"]*)(")/g,
      (_, a: string, refs: string, z: string) => a + clipRanges(refs, last) + z,
    );
}

/** The file with its sheets' merges and validations bounded; the same bytes when nothing reaches past a sheet. */
export async function clipClaims(bytes: Uint8Array): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes; // exceljs says what is wrong with it
  }
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name];
    if (!SHEET_PART.test(name) || file.dir) continue;
    const xml = await file.async("string");
    const clipped = clipSheetXml(xml);
    if (clipped !== xml) {
      zip.file(name, clipped);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "STORE" }) : bytes;
}
