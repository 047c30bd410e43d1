/** Saving the annotated copy from the browser page. */

/** "ke-hoach.xlsx" → "ke-hoach.ro-viec.xlsx". */
export function annotatedName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, "") || "phu-luc";
  return `${base}.ro-viec.xlsx`;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers the bytes to the user as a download named `name`. */
export function saveBytes(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
