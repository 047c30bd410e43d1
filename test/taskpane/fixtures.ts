/**
 * A small appendix (after the Bình Định 2024 plan) and scripted core services, so the pane's behaviour can be
 * tested apart from the rules' exact output.
 */
import { completionAsOf, type CheckOptions, type CheckResult } from "../../src/core/engine";
import type { CheckSuccess } from "../../src/taskpane/paneTypes";
import type { Grid } from "../../src/core/grid";
import { cellText } from "../../src/core/text";
import type { TaskContext } from "../../src/core/rule";
import type {
  AgencyMention,
  DetectedTable,
  DetectionFailure,
  DetectionResult,
  Finding,
  Fix,
  Lang,
  TaskRecord,
} from "../../src/core/types";
import { addAcceptances, planFixes, readAcceptances, revokeAcceptances } from "../../src/workbook/marking";
import type { DetectOptions, DirectoryInfo, PaneServices } from "../../src/taskpane/services";
import { TASK_HEADER } from "../fixtures/grids";
import type { FakeSheet } from "./fakePort";

export const SHEET = "Phụ lục";

export function appendixSheet(): FakeSheet {
  return {
    rows: [
      ["UBND TỈNH BÌNH ĐỊNH"],
      ["PHỤ LỤC"],
      ["NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 NĂM 2024"],
      ["(Kèm theo Kế hoạch số 26/KH-UBND ngày 20/02/2024 của UBND tỉnh)"],
      [...TASK_HEADER],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      ["II. VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN (09 NHIỆM VỤ)"],
      [
        13,
        "100% kết quả giải quyết TTHC được lưu trữ điện tử.",
        "Văn phòng UBND tỉnh",
        "Các sở, ban, ngành",
        "Báo cáo",
        "Trong năm 2024",
      ],
      [
        14,
        "100% người dân được định danh, xác thực điện tử.",
        "Văn phòng UBND tỉnh",
        "Các sở, ban, ngành",
        null,
        "Trong năm 2024",
      ],
      [
        26,
        "Thu thập thông tin người lao động.",
        "Sở Lao động-Thương binh và Xã hội",
        "Công an tỉnh",
        "Báo cáo",
        "Trong năm 2024",
      ],
      [36, "Đánh giá an toàn thông tin.", "Các cơ quan, đơn vị", "Công an tỉnh", null, "Thực hiện thường xuyên"],
      [40, "Tuyên truyền sử dụng VNeID.", "Công an tỉnh", "Văn phòng UBND tỉnh", "Tờ rơi", "Hàng tháng"],
    ],
    merges: ["A1:F1", "A2:F2", "A3:F3", "A4:F4", "A7:F7"],
    bold: ["A5", "B5", "C5", "D5", "E5", "F5", "A7"],
  };
}

export function notesSheet(): FakeSheet {
  return { rows: [["Ghi chú"], ["Kế hoạch đã trình Chủ tịch UBND tỉnh ký ngày 20/02/2024."]] };
}

const KEYS = ["number", "content", "lead", "coLead", "deliverable", "deadline"] as const;

export function table(sheet = SHEET, overrides: Partial<Record<(typeof KEYS)[number], number>> = {}): DetectedTable {
  const columns: DetectedTable["columns"] = {};
  KEYS.forEach((key, i) => {
    const col = overrides[key] ?? i + 1;
    (columns as Record<string, unknown>)[key] = {
      key,
      col,
      header: TASK_HEADER[col - 1] ?? "",
      source: key in overrides ? "mapping" : "detected",
    };
  });
  return {
    sheet,
    kind: "tasks",
    headerRow: 5,
    headerRows: [5],
    numberRow: 6,
    firstRow: 7,
    lastRow: 12,
    lastCol: 6,
    columns,
    extraColumns: [],
    targetColumns: [],
    titleRows: [
      { row: 1, text: "UBND TỈNH BÌNH ĐỊNH" },
      { row: 2, text: "PHỤ LỤC" },
    ],
  };
}

export const LOOKED_FOR: DetectionFailure["lookedFor"] = {
  number: ["STT", "TT", "Số TT"],
  content: ["Nội dung, nhiệm vụ cụ thể", "Nhiệm vụ", "Nội dung"],
  lead: ["Đơn vị chủ trì", "Cơ quan chủ trì", "Chủ trì"],
  deadline: ["Thời gian hoàn thành", "Thời hạn"],
};

function finding(f: Omit<Finding, "column" | "cell" | "messageId" | "data"> & { cell: string }): Finding {
  return { ...f, column: f.cell.replace(/\d+/g, ""), messageId: "default", data: {} };
}

/** Five findings: two errors, two warnings, one note; messages in the language asked. */
export function findings(lang: Lang = "vi"): Finding[] {
  const vi = lang === "vi";
  return [
    finding({
      rule: "missing-deliverable",
      severity: "error",
      row: 9,
      col: 5,
      cell: "E9",
      task: "14",
      message: vi ? "Nhiệm vụ 14 chưa ghi kết quả, sản phẩm." : "Task 14 names no deliverable.",
      suggestion: vi ? "Ghi rõ sản phẩm đầu ra, ví dụ “Báo cáo kết quả”." : "Name the output, e.g. “Report”.",
    }),
    finding({
      rule: "missing-deliverable",
      severity: "error",
      row: 11,
      col: 5,
      cell: "E11",
      task: "36",
      message: vi ? "Nhiệm vụ 36 chưa ghi kết quả, sản phẩm." : "Task 36 names no deliverable.",
    }),
    finding({
      rule: "agency-variant",
      severity: "warning",
      row: 10,
      col: 3,
      cell: "C10",
      task: "26",
      message: vi ? "“Sở Lao động-Thương binh và Xã hội” viết khác tên chuẩn." : "Agency spelled differently.",
      suggestion: "Sở Lao động – Thương binh và Xã hội",
      fix: {
        kind: "replace-text",
        row: 10,
        col: 3,
        from: "Sở Lao động-Thương binh và Xã hội",
        to: "Sở Lao động – Thương binh và Xã hội",
      },
    }),
    finding({
      rule: "collective-lead",
      severity: "warning",
      row: 11,
      col: 3,
      cell: "C11",
      task: "36",
      message: vi ? "“Các cơ quan, đơn vị” không chỉ rõ ai chủ trì." : "“Các cơ quan, đơn vị” names nobody.",
    }),
    finding({
      rule: "deadline-vague",
      severity: "info",
      row: 12,
      col: 6,
      cell: "F12",
      task: "40",
      message: vi ? "Thời hạn “Hàng tháng” không có mốc hoàn thành." : "“Hàng tháng” has no completion date.",
    }),
  ];
}

function mention(text: string, name = text): AgencyMention {
  return {
    text,
    kind: text === name ? "canonical" : "variant",
    collective: /^các /i.test(text),
    agency: {
      id: name,
      name,
      aliases: [],
      variants: [],
      collective: /^các /i.test(text),
      source: "default",
    },
  };
}

function taskAt(grid: Grid, row: number): TaskContext {
  const text = (col: number) => cellText(grid.rows[row - 1]?.[col - 1] ?? { kind: "empty" });
  const record: TaskRecord = { row, rows: [row], number: text(1), label: text(1), cells: {} };
  const lead = text(3);
  return {
    task: record,
    lead: lead ? [mention(lead, lead.startsWith("Sở Lao động") ? "Sở Lao động – Thương binh và Xã hội" : lead)] : [],
    coLead: [],
  };
}

export interface ScriptedServices extends PaneServices {
  detect: jest.Mock<DetectionResult, [Grid, DetectOptions]>;
  check: jest.Mock<CheckResult, [Grid, CheckOptions]>;
  loadDirectory: jest.Mock<Promise<DirectoryInfo>, [unknown]>;
  createAgencySheet: jest.Mock;
  mark: jest.Mock;
  clearMarks: jest.Mock;
  applyFixes: jest.Mock;
  undoFixes: jest.Mock;
  renderFinding: jest.Mock;
  completion: jest.Mock;
  writeSummary: jest.Mock;
  appendixSheet: jest.Mock;
  /** Findings the next checks return (by default the five above). */
  next: { findings?: (lang: Lang) => Finding[] };
}

/** A grid holds the appendix when its fifth row starts with "STT" (inside the range, when one is given). */
function hasAppendix(grid: Grid): boolean {
  return cellText(grid.rows[4]?.[0] ?? { kind: "empty" }) === "STT";
}

export function scriptedServices(): ScriptedServices {
  const next: ScriptedServices["next"] = {};
  const directory = { entries: [] } as unknown as DirectoryInfo["directory"];
  const detect = jest.fn((grid: Grid, options: DetectOptions): DetectionResult => {
    if (!hasAppendix(grid)) {
      return { ok: false, failure: { sheet: grid.sheet, reason: "no-header", lookedFor: LOOKED_FOR } };
    }
    const overrides: Record<string, number> = {};
    for (const [k, v] of Object.entries(options.mapping ?? {})) if (typeof v === "number") overrides[k] = v;
    return { ok: true, table: table(grid.sheet, overrides) };
  });
  const check = jest.fn((grid: Grid, options: CheckOptions): CheckResult => {
    if (!hasAppendix(grid)) {
      return {
        ok: false,
        failure: { sheet: grid.sheet, reason: "no-header", lookedFor: LOOKED_FOR },
        message: `Trang tính “${grid.sheet}” không có phụ lục nhiệm vụ.`,
      };
    }
    const lang = options.lang ?? "vi";
    const list = (next.findings ?? findings)(lang);
    const t = table(grid.sheet);
    const tasks = [8, 9, 10, 11, 12].map((r) => taskAt(grid, r));
    return {
      ok: true,
      report: {
        sheet: grid.sheet,
        table: { headerRow: 5, firstRow: 7, lastRow: 12, columns: {} },
        planPeriod: { from: "2024-01-01", to: "2024-12-31", source: "title" },
        valid: list.every((f) => f.severity !== "error"),
        stats: {
          tasks: tasks.length,
          sections: 1,
          errors: list.filter((f) => f.severity === "error").length,
          warnings: list.filter((f) => f.severity === "warning").length,
          infos: list.filter((f) => f.severity === "info").length,
          durationMs: 1,
        },
        findings: list,
      },
      analysis: {
        grid,
        table: t,
        rows: [],
        sections: [],
        tasks: tasks.map((x) => x.task),
        numberingPerSection: false,
      },
      tasks,
      planPeriod: { from: "2024-01-01", to: "2024-12-31", source: "title", label: "2024" },
      directory: options.directory ?? directory,
    };
  });
  return {
    next,
    detect,
    check,
    loadDirectory: jest.fn(async (port: unknown) => {
      const rows = await (port as { readSheet(n: string): Promise<unknown[][] | undefined> }).readSheet(
        "Danh mục cơ quan",
      );
      return {
        directory,
        defaultCount: 120,
        userCount: rows ? Math.max(0, rows.length - 1) : 0,
        sheetExists: rows !== undefined,
        problems: [],
      };
    }),
    createAgencySheet: jest.fn(async (port: { writeSheet(s: unknown): Promise<void> }) => {
      await port.writeSheet({ name: "Danh mục cơ quan", rows: [["Tên cơ quan"]], header: true });
    }),
    mark: jest.fn(async () => ({ cells: 4 })),
    clearMarks: jest.fn(async () => ({ restored: 4 })),
    createDropdowns: jest.fn(async () => ({ cells: 10, leftAlone: 0, kinds: ["lead", "coLead"] })),
    removeDropdowns: jest.fn(async () => ({ cleared: 10, changed: 0 })),
    readAcceptances: jest.fn(readAcceptances),
    addAcceptances: jest.fn(addAcceptances),
    revokeAcceptances: jest.fn(revokeAcceptances),
    applyFixes: jest.fn(async (_p: unknown, _s: string, fixes: unknown[]) => ({ changed: fixes.length })),
    undoFixes: jest.fn(async () => ({ restored: 1 })),
    planFixes: jest.fn((grid: Grid, fixes: readonly Fix[], lang: Lang) => planFixes(grid, fixes, lang)),
    completion: jest.fn((result: CheckSuccess, asOf: string) => completionAsOf(result, asOf)),
    writeSummary: jest.fn(async () => "Rõ Việc – Tiến độ"),
    appendixSheet: jest.fn((grids: readonly Grid[]) => grids.find(hasAppendix)?.sheet),
    // The scripted findings' words in the language asked (the real services render from the rules' messages).
    renderFinding: jest.fn((f: Finding, lang: Lang) => {
      const same = (next.findings ?? findings)(lang).find(
        (g) => g.rule === f.rule && g.row === f.row && g.col === f.col,
      );
      const shown = same ?? f;
      return shown.suggestion === undefined
        ? { message: shown.message }
        : { message: shown.message, suggestion: shown.suggestion };
    }),
  } as ScriptedServices;
}
