/**
 * The worksheet functions of Rõ Việc (namespace ROVIEC, set in the manifest), run in the shared runtime. The
 * JSDoc tags below are read by custom-functions-metadata-plugin to generate functions.json. Each function takes
 * the appendix as a range, so Excel recalculates it whenever the range changes.
 */
import type { Lang } from "../core";
import { completionRate, directoryFromValues, FunctionError, parseAsOf, summaryTable } from "./completion";

/** The language of messages: English when Office runs in English, else Vietnamese. */
function functionLang(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const display = office?.context?.displayLanguage ?? "";
  return display.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** A failure as Excel shows it (#N/A, #VALUE!) inside Excel; the failure itself elsewhere (tests). */
function excelError(e: unknown): unknown {
  if (!(e instanceof FunctionError) || typeof CustomFunctions === "undefined") return e;
  const code = e.code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.message);
}

/**
 * Tỷ lệ hoàn thành của một cơ quan chủ trì tính đến một ngày (số nhiệm vụ hoàn thành ÷ số nhiệm vụ đến hạn). /
 * Completion rate of a lead agency as of a date (tasks done ÷ tasks due).
 * @customfunction COMPLETION
 * @param table Bảng phụ lục nhiệm vụ, gồm cả dòng tiêu đề / The task appendix, header row included.
 * @param agency Tên cơ quan chủ trì (tên chuẩn, tên viết tắt hoặc cách viết khác) / The lead agency's name (canonical, alias or variant).
 * @param [as_of] Ngày tính (mặc định hôm nay) / As-of date (today by default).
 * @param [agencies] Bảng “Danh mục cơ quan” của người dùng, gồm cả dòng tiêu đề / The user's “Danh mục cơ quan” (agencies) table, header row included.
 * @returns Tỷ lệ 0..1; #N/A khi cơ quan chưa có nhiệm vụ đến hạn / The rate 0..1; #N/A when nothing is due.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function completion(table: any[][], agency: string, as_of?: any, agencies?: any[][]): number {
  const lang = functionLang();
  try {
    const directory = agencies ? directoryFromValues(agencies, lang) : undefined;
    return completionRate(table, String(agency ?? ""), { asOf: parseAsOf(as_of, lang), lang, directory });
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * Bảng tổng hợp tiến độ theo cơ quan chủ trì tính đến một ngày (mỗi cơ quan một dòng, dòng tổng cộng). /
 * Progress summary per lead agency as of a date (one row per agency, then the total).
 * @customfunction SUMMARY
 * @param table Bảng phụ lục nhiệm vụ, gồm cả dòng tiêu đề / The task appendix, header row included.
 * @param [as_of] Ngày tính (mặc định hôm nay) / As-of date (today by default).
 * @param [agencies] Bảng “Danh mục cơ quan” của người dùng, gồm cả dòng tiêu đề / The user's “Danh mục cơ quan” (agencies) table, header row included.
 * @returns Bảng tổng hợp / The summary table.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function summary(table: any[][], as_of?: any, agencies?: any[][]): any[][] {
  const lang = functionLang();
  try {
    const directory = agencies ? directoryFromValues(agencies, lang) : undefined;
    return summaryTable(table, { asOf: parseAsOf(as_of, lang), lang, directory });
  } catch (e) {
    throw excelError(e);
  }
}

if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("COMPLETION", completion);
  CustomFunctions.associate("SUMMARY", summary);
}
