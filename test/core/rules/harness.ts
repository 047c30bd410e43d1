/**
 * Runs one rule over a literal sheet through the real engine (detection, row analysis, agency matching,
 * deadline parsing), with every other rule switched off, and returns that rule's findings.
 */
import type { AgencyDirectory } from "../../../src/core/agencies/directory";
import { checkGrid } from "../../../src/core/engine";
import { createGrid, type LiteralCell } from "../../../src/core/grid";
import { ruleIds } from "../../../src/core/rules";
import type { Finding, Lang } from "../../../src/core/types";
import { TASK_HEADER } from "../../fixtures/grids";

export interface RunOptions {
  /** "2024" or "2026-2030"; else the engine reads it from the title or the deadlines. */
  readonly planPeriod?: string;
  /** A1 ranges merged in the sheet ("A6:F6"). */
  readonly merges?: string[];
  /** Options of the rule under test (its schema's defaults when absent). */
  readonly options?: unknown;
  readonly directory?: AgencyDirectory;
  readonly lang?: Lang;
  /** Date for the progress rules (overdue). */
  readonly asOf?: string;
}

export function runRule(ruleId: string, rows: LiteralCell[][], options: RunOptions = {}): Finding[] {
  if (!ruleIds.includes(ruleId)) throw new Error(`no rule “${ruleId}” in the catalogue`);
  const rules: Record<string, unknown> = {};
  for (const id of ruleIds) if (id !== ruleId) rules[id] = "off";
  if (options.options !== undefined) rules[ruleId] = options.options;
  const result = checkGrid(createGrid({ rows, merges: options.merges }), {
    planPeriod: options.planPeriod,
    rules,
    directory: options.directory,
    lang: options.lang,
    asOf: options.asOf,
  });
  if (!result.ok) throw new Error(result.message);
  return result.report.findings.filter((f) => f.rule === ruleId);
}

/* ------------------------------------------------------------------ literal tables */

export const TITLE_ROWS: LiteralCell[][] = [
  ["ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH"],
  ["PHỤ LỤC"],
  ["DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN “ĐỀ ÁN 06” TRÊN ĐỊA BÀN TỈNH TRONG NĂM 2024"],
];

export const HEADER: LiteralCell[] = [...TASK_HEADER];

/** Sheet row of the header in a `table()`. */
export const HEADER_ROW = TITLE_ROWS.length + 1;
/** Sheet row of the first body row in a `table()`. */
export const FIRST_ROW = HEADER_ROW + 1;

/** Title rows, the header, then the body rows: body row i sits on sheet row FIRST_ROW + i. */
export function table(...body: LiteralCell[][]): LiteralCell[][] {
  return [...TITLE_ROWS, HEADER, ...body];
}

/** A section heading written across the row, as in the plans. */
export function section(title: string): LiteralCell[] {
  return [title];
}

/** Column indexes of `table()`. */
export const COL = { number: 1, content: 2, lead: 3, coLead: 4, deliverable: 5, deadline: 6 } as const;

/** Distinct task texts from the 2024 seed, so that default rows are never duplicates of one another. */
export const CONTENTS: readonly string[] = [
  "Xây dựng kế hoạch kiểm tra, giám sát việc triển khai các nhiệm vụ của Đề án 06",
  "Theo dõi, đôn đốc triển khai thực hiện 42 mô hình Đề án 06 trên địa bàn tỉnh",
  "Quy chế thực hiện công tác số hóa và tái sử dụng dữ liệu thành phần hồ sơ",
  "Bố trí kinh phí để triển khai Đề án 06 đảm bảo hiệu quả, đồng bộ",
  "Sơ kết 06 tháng đầu năm 2024 công tác triển khai Đề án 06",
  "Báo cáo tổng kết năm 2024 công tác triển khai Đề án 06",
  "Định kỳ báo cáo tháng công tác triển khai Đề án 06 gửi Bộ Công an",
  "Rà soát văn bản quy phạm pháp luật phục vụ kết nối, khai thác dữ liệu",
  "Triển khai xây dựng kho dữ liệu thủ tục hành chính tỉnh",
  "Rà soát triển khai tối thiểu 20 dịch vụ công không sử dụng hồ sơ giấy",
  "Phân tích dữ liệu công dân đến độ tuổi tham gia nghĩa vụ quân sự",
  "Đẩy mạnh triển khai số hóa dữ liệu hộ tịch trên nền Cơ sở dữ liệu quốc gia về dân cư",
];

/** A complete, valid task row of the 2024 seed shape; override any cell. */
export function task(n: number | string, over: Partial<Record<keyof typeof COL, LiteralCell>> = {}): LiteralCell[] {
  const base: Record<keyof typeof COL, LiteralCell> = {
    number: n,
    content: CONTENTS[(Number.parseInt(String(n), 10) || 0) % CONTENTS.length],
    lead: "Công an tỉnh",
    coLead: "Văn phòng UBND tỉnh",
    deliverable: "Báo cáo kết quả thực hiện",
    deadline: "Tháng 6/2024",
  };
  const cells = { ...base, ...over };
  return [cells.number, cells.content, cells.lead, cells.coLead, cells.deliverable, cells.deadline];
}
