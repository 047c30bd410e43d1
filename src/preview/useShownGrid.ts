/**
 * The grid the browser page shows: the sheet read from the open file, re-read when the pane writes (fixes) or the
 * sheet changes. While a file opens, and until the new file's (or sheet's) grid is read, there is none: never the
 * previous file's grid under the new file's pane.
 */
import { useEffect, useState } from "react";
import type { Grid } from "../core";
import type { PreviewWorkbook } from "./open";

export function useShownGrid(
  file: { readonly wb: PreviewWorkbook; readonly seq: number } | undefined,
  sheet: string | undefined,
  version: number,
  opening: boolean,
): Grid | undefined {
  // The grid read, with the file (its seq) and sheet it was read from.
  const [read, setRead] = useState<{ key: string; grid: Grid }>();
  const key = file && sheet ? `${file.seq}:${sheet}` : undefined;
  useEffect(() => {
    if (!file || !sheet) {
      setRead(undefined);
      return;
    }
    let cancelled = false;
    const readKey = `${file.seq}:${sheet}`;
    file.wb.readGrid(sheet).then(
      (grid) => !cancelled && setRead({ key: readKey, grid }),
      () => !cancelled && setRead(undefined),
    );
    return () => {
      cancelled = true;
    };
  }, [file, sheet, version]);
  return !opening && read && read.key === key ? read.grid : undefined;
}
