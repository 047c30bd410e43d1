/**
 * What the worksheet functions compute, apart from the Excel runtime: the appendix in a range's values, checked
 * by the same engine as every other surface, and its completion as of a date. No Office, React or exceljs here.
 */
import {
  type AgencyDirectory,
  defaultDirectory,
  entriesFromSheetRows,
  type SheetCell,
  type AgencyCompletion,
  type CompletionReport,
  isIsoDate,
  isoFromSerial,
  detectTable,
  checkGrid,
  foldWords,
  type IsoDate,
  type Lang,
} from "../core";
import type { PlainValue } from "../workbook/port";
import { summaryRows } from "../workbook/summary";
import { gridFromValues, withDateColumns } from "./grid-from-values";

/** Excel's error codes the functions return. */
export type FunctionErrorCode = "#N/A" | "#VALUE!";

/** A failure with the Excel error it stands for; functions.ts turns it into CustomFunctions.Error. */
export class FunctionError extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const TEXT = {
  badAsOf: {
    vi: "Ngày tính không hợp lệ: hãy ghi một ngày (số ngày của Excel) hoặc YYYY-MM-DD.",
    en: "Invalid as-of date: give a date (an Excel date) or YYYY-MM-DD.",
  },
  noTable: {
    vi: "Vùng không có phụ lục nhiệm vụ (cần cả dòng tiêu đề).",
    en: "The range holds no task appendix (include its header row).",
  },
  noAgency: { vi: "Cơ quan không chủ trì nhiệm vụ nào trong bảng", en: "The agency leads no task in the table" },
  nothingDue: { vi: "Cơ quan chưa có nhiệm vụ đến hạn", en: "The agency has no task due yet" },
  noName: { vi: "Hãy ghi tên cơ quan.", en: "Give an agency name." },
} as const;

function message(key: keyof typeof TEXT, lang: Lang): string {
  return lang === "vi" ? `${TEXT[key].vi} / ${TEXT[key].en}` : TEXT[key].en;
}

/** Today in local time, as YYYY-MM-DD. */
export function today(now: Date = new Date()): IsoDate {
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${m}-${d}`;
}

/** An as-of argument: an Excel date serial, "YYYY-MM-DD" text, or nothing (today). */
export function parseAsOf(value: unknown, lang: Lang = "vi", now?: () => Date): IsoDate {
  if (value === undefined || value === null || value === "") return today(now?.());
  if (typeof value === "number" && Number.isFinite(value) && value >= 1 && value < 2958466) {
    return isoFromSerial(Math.floor(value));
  }
  if (typeof value === "string") {
    const s = value.trim();
    if (isIsoDate(s)) return s;
  }
  throw new FunctionError("#VALUE!", message("badAsOf", lang));
}

export interface ValuesCheckOptions {
  readonly asOf: IsoDate;
  readonly lang?: Lang;
  readonly directory?: AgencyDirectory;
}

/** A cell of a range as Excel gives it to a function, as the agency sheet parser reads it. */
function sheetCell(v: unknown): SheetCell {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
}

/**
 * The directory with the user's agencies added, from the values of a "Danh mục cơ quan" range (its header row
 * included); the built-in directory when no range is given. A range that cannot be read is #VALUE!, naming the
 * row at fault.
 */
export function directoryFromValues(
  agencies: readonly (readonly unknown[])[] | undefined,
  lang: Lang = "vi",
): AgencyDirectory {
  if (agencies === undefined || agencies.length === 0) return defaultDirectory();
  const key = `${lang}|${JSON.stringify(agencies)}`;
  if (userDirectory?.key === key) return userDirectory.directory;
  const parsed = entriesFromSheetRows(agencies.map((row) => row.map(sheetCell)));
  if (parsed.errors.length > 0) {
    const en = parsed.errors[0].split(" / ")[1];
    throw new FunctionError("#VALUE!", lang === "vi" || en === undefined ? parsed.errors[0] : en);
  }
  const directory = parsed.entries.length > 0 ? defaultDirectory().extend(parsed.entries) : defaultDirectory();
  userDirectory = { key, directory };
  return directory;
}

/** The last user directory built (a sheet's functions all name the same agencies range). */
let userDirectory: { key: string; directory: AgencyDirectory } | undefined;

let cache: { key: string; report: CompletionReport; directory: AgencyDirectory } | undefined;

/** Completion of the appendix held in `values` (its header row included), as of `asOf`. */
export function completionFromValues(
  values: readonly (readonly unknown[])[],
  options: ValuesCheckOptions,
): { report: CompletionReport; directory: AgencyDirectory } {
  const lang = options.lang ?? "vi";
  const key = options.directory ? undefined : `${options.asOf}|${lang}|${JSON.stringify(values)}`;
  if (key !== undefined && cache?.key === key) return cache;
  const plain = gridFromValues(values);
  const detection = detectTable(plain);
  if (!detection.ok) throw new FunctionError("#N/A", message("noTable", lang));
  const cols = detection.table.columns;
  const dateCols = [cols.deadline?.col, cols.completionDate?.col].filter((c): c is number => c !== undefined);
  const grid = withDateColumns(plain, dateCols, detection.table.headerRow + 1);
  const directory = options.directory ?? defaultDirectory();
  const result = checkGrid(grid, { asOf: options.asOf, lang, directory });
  if (!result.ok || !result.report.completion) throw new FunctionError("#N/A", message("noTable", lang));
  const out = { report: result.report.completion, directory };
  if (key !== undefined) cache = { key, ...out };
  return out;
}

/** The row of `name` in the report: through the directory (variants, aliases), else by its folded words. */
export function findAgency(
  report: CompletionReport,
  name: string,
  directory: AgencyDirectory,
): AgencyCompletion | undefined {
  const wanted = new Set<string>([foldWords(name)]);
  for (const m of directory.mentions(name)) {
    if (m.agency) wanted.add(foldWords(m.agency.name));
    wanted.add(foldWords(m.text));
  }
  return report.agencies.find((a) => wanted.has(foldWords(a.agency)));
}

/** done ÷ due of one agency; a FunctionError (#N/A) when it leads nothing due. */
export function completionRate(
  values: readonly (readonly unknown[])[],
  agency: string,
  options: ValuesCheckOptions,
): number {
  const lang = options.lang ?? "vi";
  if (agency.trim() === "") throw new FunctionError("#VALUE!", message("noName", lang));
  const { report, directory } = completionFromValues(values, options);
  const row = findAgency(report, agency, directory);
  if (!row) throw new FunctionError("#N/A", `${message("noAgency", lang)}: ${agency}`);
  if (row.rate === null) throw new FunctionError("#N/A", `${message("nothingDue", lang)}: ${row.agency}`);
  return row.rate;
}

/** The summary table (header, one row per agency, total), as the summary sheet holds it; no rate → "". */
export function summaryTable(
  values: readonly (readonly unknown[])[],
  options: ValuesCheckOptions,
): Array<Array<string | number | boolean>> {
  const { report } = completionFromValues(values, options);
  return summaryRows(report, options.lang ?? "vi").map((r) => r.map((v: PlainValue) => (v === null ? "" : v)));
}
