/**
 * Detection and row analysis on the layouts of real 2025 appendices (rows verbatim from ../shared/corpus): the
 * header names those plans use, sub-headings and captions read as sections, numbering that restarts per section
 * or runs across sub-headings, and sub-item rows of one task.
 */
import { checkGrid } from "../../../src/core/engine";
import { createGrid, type LiteralCell } from "../../../src/core/grid";
import type { Analysis } from "../../../src/core/types";
import {
  CHAM_MUON_624,
  CHINH_PHU_SO_CT,
  CHINH_PHU_SO_NV,
  corpusGrid,
  HA_TANG_2597,
  KET_QUA_624,
  KHONG_KHI_PL1,
  KHONG_KHI_PL2,
  KIEN_NGHI_174,
  KINH_TE_SO_144,
  NHIEM_VU_6225,
  type CorpusRows,
} from "../../fixtures/corpus-layouts";

function check(source: CorpusRows, mergeDown?: Array<{ col: number; from: number; to: number }>) {
  const result = checkGrid(corpusGrid(source, { mergeDown }));
  if (!result.ok) throw new Error(result.message);
  return result;
}

const columnsOf = (a: Analysis) =>
  Object.fromEntries(Object.entries(a.table.columns).map(([k, c]) => [k, c?.col])) as Record<string, number>;

describe("the header names of 2025 plans", () => {
  it("reads “Kết quả dự kiến” as the deliverable and “Thời gian triển khai” as the deadline (QĐ 2597)", () => {
    const { analysis, report } = check(HA_TANG_2597);
    expect(columnsOf(analysis)).toEqual({ number: 1, content: 2, lead: 3, coLead: 4, deliverable: 5, deadline: 6 });
    expect(report.findings.filter((f) => f.rule === "missing-deliverable")).toEqual([]);
  });

  it("reads a header with a footnote marker, keeps the group column extra, takes the target as deliverable (QĐ 2530 I)", () => {
    const { analysis } = check(KHONG_KHI_PL1);
    expect(columnsOf(analysis)).toEqual({ number: 1, lead: 2, coLead: 3, content: 5, deliverable: 6, deadline: 7 });
    expect(analysis.table.extraColumns).toEqual([{ col: 4, header: "Thuộc nhóm nhiệm vụ, hành động[1]" }]);
  });

  it("takes the project name as the task, keeps the main content and the resources as extra (QĐ 2530 II)", () => {
    const { analysis, report } = check(KHONG_KHI_PL2);
    // Each project's product is a "- Sản phẩm: …" line of its main content: no note on the missing column.
    expect(report.findings.filter((f) => f.rule.startsWith("missing-"))).toEqual([]);
    expect(columnsOf(analysis)).toEqual({ number: 1, content: 2, lead: 4, coLead: 5, status: 6, deadline: 7 });
    expect(analysis.table.extraColumns.map((e) => e.header)).toEqual(["Nội dung chính", "Nguồn lực thực hiện[2]"]);
  });

  it("decides “Tiến độ” and “Kết quả thực hiện” by their cells in a report (TB 624 II)", () => {
    const { analysis, report } = check(KET_QUA_624);
    // "Đang thực hiện", "Đã hoàn thành" under Tiến độ; "Bộ … đã …", "Có 34/34 …" under Kết quả thực hiện
    expect(columnsOf(analysis)).toEqual({ number: 1, content: 2, lead: 3, deadline: 4, progressNote: 5, status: 6 });
    expect(report.findings.filter((f) => f.rule === "status-unknown")).toEqual([]);
  });

  it("reads “Kết quả thực hiện” holding expected results as the deliverable; the person responsible stays extra (CV 6225)", () => {
    const { analysis, report } = check(NHIEM_VU_6225);
    expect(columnsOf(analysis)).toEqual({ number: 1, content: 2, lead: 4, coLead: 5, deliverable: 6, deadline: 7 });
    expect(analysis.table.extraColumns).toEqual([{ col: 3, header: "Người đứng đầu chịu trách nhiệm" }]);
    expect(report.findings.filter((f) => f.rule === "status-unknown" || f.rule === "missing-deliverable")).toEqual([]);
  });

  it("reads the ministry handling each proposal as the lead of an assignment list (CV 174)", () => {
    const { analysis, report } = check(KIEN_NGHI_174);
    expect(columnsOf(analysis)).toEqual({ number: 1, content: 3, lead: 4 });
    expect(analysis.table.extraColumns).toEqual([{ col: 2, header: "Tỉnh kiến nghị" }]);
    // An assignment list has no co-operation, deliverable or deadline column by design: no finding, no note.
    expect(report.findings.filter((f) => f.rule.startsWith("missing-"))).toEqual([]);
  });

  it("reads a table of indicators: “Chỉ tiêu” with a unit “Đơn vị”, and “Chỉ tiêu” beside its lead alone", () => {
    const ct = check(CHINH_PHU_SO_CT).analysis;
    expect(ct.table.kind).toBe("indicators");
    expect(columnsOf(ct)).toEqual({ number: 1, content: 2, unit: 3, tracking: 5 });
    const bn = check(KINH_TE_SO_144);
    expect(bn.analysis.table.kind).toBe("indicators");
    expect(bn.report.findings.filter((f) => f.rule.startsWith("missing-"))).toEqual([]);
  });
});

describe("sub-headings and captions are sections", () => {
  it("nests III.1 and III.1.1 under III, numbering running 1–32 across them (QĐ 2629 II)", () => {
    const { analysis, report } = check(CHINH_PHU_SO_NV);
    expect(analysis.sections.map((s) => s.label)).toEqual([
      "III",
      "III.1",
      "III.1.1",
      "III.1.2",
      "III.1.3",
      "III.2",
      "IV",
    ]);
    expect(analysis.nesting?.map((n) => [n.level, n.parent])).toEqual([
      [0, undefined],
      [1, 0],
      [2, 1],
      [2, 1],
      [2, 1],
      [1, 0],
      [0, undefined],
    ]);
    expect(analysis.tasks).toHaveLength(33);
    expect(analysis.tasks.map((t) => t.label).slice(3, 6)).toEqual(["III.4", "III.5", "III.6"]);
    expect(analysis.tasks[analysis.tasks.length - 1].label).toBe("IV.1");
    const structural = report.findings.filter((f) => /^(missing-|numbering|split-row|section-)/.test(f.rule));
    expect(structural).toEqual([]);
  });

  it("restarts the numbering under each of I.1, I.2, II.1 (QĐ 2629 I)", () => {
    const { analysis } = check(CHINH_PHU_SO_CT);
    expect(analysis.sections.map((s) => s.label)).toEqual(["I", "I.1", "I.2", "II", "II.1"]);
    expect(analysis.tasks.map((t) => t.label)).toEqual(["I.1.1", "I.1.2", "I.2.1", "II.1.1"]);
  });

  it("reads the unnumbered sub-headings per minister as sections, not as split rows (TB 624 II)", () => {
    const { analysis, report } = check(KET_QUA_624);
    expect(analysis.sections.map((s) => [s.row, s.label])).toEqual([
      [5, ""],
      [15, ""],
      [22, ""],
      [27, ""],
      [31, ""],
      [34, ""],
    ]);
    expect(analysis.sections[1].title).toBe("Nhiệm vụ giao Bộ trưởng Bộ Công an chỉ đạo");
    expect(analysis.tasks).toHaveLength(27);
    expect(report.findings.filter((f) => f.rule === "split-row" || f.rule.startsWith("missing-"))).toEqual([]);
    // The numbering runs across the sub-headings: the printed 19, 22, 20, 21 is one mistake, reported once.
    const numbering = report.findings.filter((f) => f.rule === "numbering");
    expect(numbering.map((f) => [f.row, f.messageId, f.suggestion, f.related?.map((r) => r.row)])).toEqual([
      [28, "skip", "20", [29]],
    ]);
  });

  it("reads the same sub-headings written in bold without merging as sections (TB 624 II)", () => {
    const grid = corpusGrid(KET_QUA_624);
    const unmerged = { ...grid, merges: grid.merges.filter((m) => m.top < 5) };
    const result = checkGrid(unmerged);
    if (!result.ok) throw new Error(result.message);
    expect(result.analysis.sections.map((s) => [s.row, s.title])).toEqual(
      check(KET_QUA_624).analysis.sections.map((s) => [s.row, s.title]),
    );
    expect(result.report.findings.filter((f) => f.rule === "split-row")).toEqual([]);
  });

  it("keeps a bold task's text broken over a page with that task (bold under bold is no heading)", () => {
    const rows: LiteralCell[][] = [
      ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
      [1, "Xây dựng kế hoạch kiểm tra, giám sát việc triển khai các nhiệm vụ", "Bộ Công an", "31/12/2025"],
      [null, "và các nội dung khác có liên quan"],
      [2, "Vận hành Trung tâm dữ liệu quốc gia", "Bộ Công an", "31/12/2025"],
      [null, "Nhiệm vụ giao Bộ trưởng Bộ Tài chính chỉ đạo"],
      [3, "Xây dựng cơ chế tài chính đặc thù", "Bộ Tài chính", "31/12/2025"],
    ];
    const result = checkGrid(createGrid({ rows, bold: ["A1", "B1", "C1", "D1", "B2", "B3", "B5"] }));
    if (!result.ok) throw new Error(result.message);
    expect(result.analysis.sections.map((s) => [s.row, s.title])).toEqual([
      [5, "Nhiệm vụ giao Bộ trưởng Bộ Tài chính chỉ đạo"],
    ]);
    expect(result.report.findings.filter((f) => f.rule === "split-row").map((f) => f.row)).toEqual([3]);
  });

  it("reads each table's caption as a section, restarts the numbering, and takes its repeated header as layout (TB 624 I)", () => {
    const { analysis, report } = check(CHAM_MUON_624);
    expect(analysis.sections.map((s) => [s.row, s.label])).toEqual([
      [9, "2"],
      [13, "3"],
    ]);
    expect(analysis.tasks.map((t) => t.label)).toEqual(["1", "2", "2.1", "2.2", "3.1"]);
    expect(report.findings.filter((f) => f.rule === "numbering")).toEqual([]);
    expect(analysis.rows.filter((r) => r.kind === "repeated-header")).toEqual([
      { row: 10, kind: "repeated-header", underSection: true },
      { row: 14, kind: "repeated-header", underSection: true },
    ]);
    expect(report.findings.filter((f) => f.rule === "repeated-header")).toEqual([]);
    // A list of overdue tasks has neither co-operation nor deliverable column by design: no note either.
    expect(report.findings.filter((f) => f.rule.startsWith("missing-"))).toEqual([]);
  });

  it("reads parts A.–L. as letters (“I.” after “H.”, no F or J) with one unnumbered task per part (QĐ 2530 I)", () => {
    const { analysis, report } = check(KHONG_KHI_PL1);
    expect(analysis.sections.map((s) => s.label)).toEqual(["A", "B", "C", "D", "E", "G", "H", "I", "K", "L"]);
    expect(new Set(analysis.nesting?.map((n) => n.level))).toEqual(new Set([0]));
    expect(analysis.tasks.map((t) => t.label)).toEqual([
      "A.1",
      "B.1",
      "B.2",
      "C.1",
      "C.2",
      "D",
      "E",
      "G",
      "H",
      "I",
      "K",
      "L",
    ]);
    expect(report.findings.filter((f) => f.rule === "numbering")).toEqual([]);
  });
});

describe("the rows of one task", () => {
  // Part A task 1 of QĐ 2530 I: four sub-items on their own rows, STT, lead, co-operation and group left to the task.
  const taskRows = [6, 7, 8, 9, 10];

  it("keeps sub-item rows that leave the lead empty in their task, with no missing-* or split-row finding", () => {
    const { analysis, report } = check(KHONG_KHI_PL1);
    const a1 = analysis.tasks[0];
    expect(a1.rows).toEqual(taskRows);
    expect(a1.cells.lead?.text).toBe("Bộ Nông nghiệp và Môi trường");
    expect(a1.cells.deliverable?.pieces.map((p) => p.row)).toEqual(taskRows);
    const onRows = report.findings.filter((f) => taskRows.includes(f.row) && /^(missing-|split-row)/.test(f.rule));
    expect(onRows).toEqual([]);
  });

  it("is the same when the task's cells are merged down over its sub-items, as in the source", () => {
    const merged = check(
      KHONG_KHI_PL1,
      [1, 2, 3, 4].map((col) => ({ col, from: 6, to: 10 })),
    );
    expect(merged.analysis.tasks.map((t) => [t.row, t.rows.length, t.label])).toEqual(
      check(KHONG_KHI_PL1).analysis.tasks.map((t) => [t.row, t.rows.length, t.label]),
    );
    expect(merged.analysis.rows.filter((r) => taskRows.includes(r.row)).map((r) => r.kind)).toEqual([
      "task",
      "continuation",
      "continuation",
      "continuation",
      "continuation",
    ]);
  });
});

describe("a numbered sub-heading (“5.1 Thương mại”) with its tasks numbered under it", () => {
  // Rows of KH 617/KH-UBND Đồng Tháp, grouped under numbered sub-headings as provincial plans do.
  const header: LiteralCell[] = ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
  const support =
    "Hỗ trợ cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh phát triển, kinh doanh trên môi trường số.";
  const ppp =
    "Xây dựng Kế hoạch hỗ trợ doanh nghiệp tham gia phát triển các ứng dụng, dịch vụ số mới theo hình thức hợp tác công tư (PPP)";
  const rows: LiteralCell[][] = [
    ["PHỤ LỤC"],
    ["DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM"],
    header,
    ["II. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ CHUYỂN ĐỔI SỐ DOANH NGHIỆP"],
    ["5.1", "Thương mại"],
    [1, support, "Sở Công Thương", "UBND các xã, phường", "Thường xuyên"],
    ["5.2", "Khoa học và công nghệ"],
    [
      1,
      "Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp.",
      "Sở KH&CN",
      "Các sở, ban, ngành tỉnh",
      "Quí IV-2025",
    ],
    [2, ppp, "Sở KH&CN", "Các sở, ban, ngành tỉnh", "Thường xuyên"],
  ];
  const grid = createGrid({ rows, merges: ["A1:E1", "A2:E2", "A4:E4"] });

  it("is a section, not a task: no missing-* or numbering finding, tasks labelled 5.1.1, 5.2.1, 5.2.2", () => {
    const result = checkGrid(grid);
    if (!result.ok) throw new Error(result.message);
    expect(result.analysis.sections.map((s) => [s.row, s.label, s.title])).toEqual([
      [4, "II", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ CHUYỂN ĐỔI SỐ DOANH NGHIỆP"],
      [5, "5.1", "Thương mại"],
      [7, "5.2", "Khoa học và công nghệ"],
    ]);
    expect(result.analysis.tasks.map((t) => t.label)).toEqual(["5.1.1", "5.2.1", "5.2.2"]);
    expect(result.report.findings.filter((f) => /^(missing-(content|lead|deadline)|numbering)/.test(f.rule))).toEqual(
      [],
    );
  });

  it("stays a task when the row numbered 5.1 has its own lead, or when 5.2 follows it", () => {
    const tasks: LiteralCell[][] = [
      rows[0],
      rows[1],
      header,
      ["5.1", support, "Sở Công Thương", "UBND các xã, phường", "Thường xuyên"],
      ["5.2", "Thương mại"],
      ["5.3", ppp, "Sở KH&CN", "Các sở, ban, ngành tỉnh", "Thường xuyên"],
    ];
    const result = checkGrid(createGrid({ rows: tasks, merges: ["A1:E1", "A2:E2"] }));
    if (!result.ok) throw new Error(result.message);
    expect(result.analysis.sections).toEqual([]);
    expect(result.analysis.tasks.map((t) => t.number)).toEqual(["5.1", "5.2", "5.3"]);
    expect(result.report.findings.filter((f) => f.rule === "missing-lead").map((f) => f.row)).toEqual([5]);
  });
});
