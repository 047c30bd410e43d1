import { createGrid, type Grid, type LiteralCell } from "../../../src/core/grid";
import { analyzeRows, detectTable } from "../../../src/core/detect";
import type { Analysis, RowKind, TaskRecord } from "../../../src/core/types";
import { binhDinh2024Grid, plan2026RestartGrid, TASK_HEADER, thaiNguyenIndicatorsGrid } from "../../fixtures/grids";

function analyze(grid: Grid): Analysis {
  const d = detectTable(grid);
  if (!d.ok) throw new Error(`no table: ${JSON.stringify(d.failure)}`);
  return analyzeRows(grid, d.table);
}

function rowsOf(a: Analysis, kind: RowKind): number[] {
  return a.rows.filter((r) => r.kind === kind).map((r) => r.row);
}

function task(a: Analysis, label: string): TaskRecord {
  const t = a.tasks.find((x) => x.label === label);
  if (!t) throw new Error(`no task ${label}`);
  return t;
}

function tasksPerSection(a: Analysis): number[] {
  const counts = a.sections.map(() => 0);
  for (const t of a.tasks) if (t.section !== undefined) counts[t.section]++;
  return counts;
}

const HEADER: LiteralCell[] = [...TASK_HEADER];

describe("analyzeRows on the 2024 appendix (Bình Định seed)", () => {
  const grid = binhDinh2024Grid();
  const a = analyze(grid);

  it("classifies every body row once, in order", () => {
    expect(a.rows.map((r) => r.row)).toEqual(Array.from({ length: grid.rowCount - 4 }, (_, i) => i + 5));
    expect(rowsOf(a, "note")).toEqual([]);
    expect(rowsOf(a, "blank")).toEqual([]);
  });

  it("finds the 41 tasks, numbered through the whole table", () => {
    expect(a.tasks).toHaveLength(41);
    expect(a.numberingPerSection).toBe(false);
    expect(a.tasks.map((t) => t.label)).toEqual(Array.from({ length: 41 }, (_, i) => String(i + 1)));
    expect(a.tasks.map((t) => t.number)).toEqual(a.tasks.map((t) => t.label));
    expect(task(a, "26").cells.lead?.text).toBe("Sở Lao động-Thương binh và Xã hội");
  });

  it("reads the seven sections and their declared counts", () => {
    expect(a.sections.map((s) => s.label)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
    expect(a.sections.map((s) => s.declaredCount)).toEqual([8, 9, 3, 8, 6, 3, 4]);
    expect(tasksPerSection(a)).toEqual([8, 9, 3, 8, 6, 3, 4]);
    expect(a.sections[0]).toEqual({
      row: 5,
      label: "I",
      title: "VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (08 NHIỆM VỤ)",
      declaredCount: 8,
      col: 1,
    });
    expect(rowsOf(a, "section")).toEqual(a.sections.map((s) => s.row));
    expect(a.rows.filter((r) => r.kind === "section").map((r) => r.section)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("recognises the six headers repeated at the page breaks, plain or wrapped in <b>", () => {
    expect(rowsOf(a, "repeated-header")).toEqual([12, 21, 28, 36, 46, 56]);
    expect(grid.rows[21 - 1][0]).toEqual({ kind: "text", text: "<b>STT</b>" });
  });

  it("re-joins the co-operating agencies of task 6, split by a page break", () => {
    const t6 = task(a, "6");
    expect(t6.rows).toEqual([11, 13]);
    expect(a.rows.find((r) => r.row === 13)).toEqual({ row: 13, kind: "continuation", continues: 11 });
    const co = t6.cells.coLead!;
    expect(co.text).toBe("Văn phòng UBND tỉnh, các sở, ban, ngành, UBND các huyện, thị xã, thành phố");
    expect(co.pieces).toEqual([
      { row: 11, text: "Văn phòng UBND tỉnh, các sở, ban," },
      { row: 13, text: "ngành, UBND các huyện, thị xã, thành phố" },
    ]);
    expect(co.row).toBe(11);
    expect(co.value).toEqual({ kind: "text", text: "Văn phòng UBND tỉnh, các sở, ban," });
    expect(t6.cells.deadline?.text).toBe("Tháng 12/2024");
    expect(t6.cells.deadline?.pieces).toEqual([]);
  });

  it("re-joins task 38's content, co-operating agencies and deliverable", () => {
    const t38 = task(a, "38");
    expect(t38.rows).toEqual([55, 57]);
    expect(t38.section).toBe(6);
    expect(t38.cells.coLead?.text).toBe("Công an tỉnh, Sở Thông tin và Truyền thông, các sở, ban, ngành");
    expect(t38.cells.deliverable?.text).toBe(
      "Các sản phẩm tuyên truyền trực quan như: video, ấn phẩm, pano, ap pich...",
    );
    const content = t38.cells.content!;
    expect(content.hasHtml).toBe(true);
    expect(content.original).toMatch(
      /\( <i>pano, áp phích, video hướng dẫn người dân<\/i> \) <i>thực hiện dịch vụ công/,
    );
    expect(content.text).toMatch(/hình thức \( pano, áp phích, video hướng dẫn người dân \) thực hiện dịch vụ công/);
    expect(content.text).not.toContain("<");
    expect(content.pieces.map((p) => p.row)).toEqual([55, 57]);
    expect(t38.cells.lead?.text).toBe("Sở Văn hóa và Thể thao");
    expect(t38.cells.deadline?.text).toBe("Thực hiện thường xuyên");
  });

  it("leaves empty cells empty (the 8 tasks without a deliverable, task 12 without co-operating agency)", () => {
    const noDeliverable = a.tasks.filter((t) => t.cells.deliverable?.text === "").map((t) => t.label);
    expect(noDeliverable).toEqual(["14", "19", "26", "27", "28", "32", "35", "37"]);
    const t12 = task(a, "12").cells.coLead!;
    expect(t12).toMatchObject({ col: 4, row: 20, original: "", text: "", hasHtml: false, pieces: [], merged: false });
    expect(t12.value.kind).toBe("empty");
  });

  it("gives number cells as numbers and plain text as written", () => {
    const t1 = task(a, "1");
    expect(t1.cells.number?.value).toEqual({ kind: "number", value: 1 });
    expect(t1.cells.lead?.original).toBe("Công an tỉnh, UBND các huyện, thị xã, thành phố");
    expect(t1.cells.lead?.merged).toBe(false);
  });

  it("re-joins across a blank row and a repeated header when the page breaks are blank rows", () => {
    const b = analyze(binhDinh2024Grid({ pageBreakBlankRows: true }));
    expect(b.tasks).toHaveLength(41);
    expect(rowsOf(b, "blank")).toHaveLength(6);
    expect(rowsOf(b, "repeated-header")).toHaveLength(6);
    expect(task(b, "6").cells.coLead?.text).toBe(task(a, "6").cells.coLead?.text);
    expect(task(b, "38").cells.content?.text).toBe(task(a, "38").cells.content?.text);
    expect(b.rows.filter((r) => r.kind === "continuation")).toHaveLength(2);
  });
});

describe("analyzeRows on appendix I (indicators, numbering per section)", () => {
  const a = analyze(thaiNguyenIndicatorsGrid());

  it("restarts the numbering in each section and labels tasks I.1 … V.2", () => {
    expect(a.numberingPerSection).toBe(true);
    expect(a.tasks).toHaveLength(26);
    expect(tasksPerSection(a)).toEqual([8, 6, 6, 4, 2]);
    expect(a.tasks[0].label).toBe("I.1");
    expect(a.tasks[8].label).toBe("II.1");
    expect(a.tasks[a.tasks.length - 1].label).toBe("V.2");
    expect(a.tasks[8].number).toBe("1");
  });

  it("reads the sections from the number column, HTML removed", () => {
    expect(a.sections.map((s) => s.label)).toEqual(["I", "II", "III", "IV", "V"]);
    expect(a.sections[1]).toEqual({
      row: 15,
      label: "II",
      title: "Thúc đẩy phát triển kinh tế số - xã hội số",
      declaredCount: undefined,
      col: 2,
    });
  });

  it("keeps the indicator cells", () => {
    const t = task(a, "III.3");
    expect(t.cells.unit?.text).toBe("Tài khoản");
    expect(t.cells.tracking?.text).toBe("Công an tỉnh");
    expect(t.cells.content?.text).toBe("Cấp tài khoản định danh điện tử cho người nước ngoài");
  });
});

describe("a 2026 appendix: numbering per section, merged section rows, <p> cells, date cells", () => {
  const a = analyze(plan2026RestartGrid());

  it("labels the tasks by section", () => {
    expect(a.numberingPerSection).toBe(true);
    expect(a.tasks.map((t) => t.label)).toEqual(["I.1", "I.2", "II.1", "II.2", "II.3", "III.1", "III.2", "III.3"]);
    expect(a.sections.map((s) => [s.label, s.declaredCount])).toEqual([
      ["I", 2],
      ["II", 3],
      ["III", 3],
    ]);
    expect(a.sections[0].title).toBe("HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH (02 nhiệm vụ)");
  });

  it("keeps a date cell's date", () => {
    const d = task(a, "II.1").cells.deadline!;
    expect(d.value).toEqual({ kind: "date", iso: "2026-09-30" });
    expect(d.text).toBe("2026-09-30");
  });

  it("removes <p> for checking and keeps it in the original", () => {
    const c = task(a, "I.2").cells.content!;
    expect(c.hasHtml).toBe(true);
    expect(c.original).toBe("<p>Xây dựng quy chế chia sẻ dữ liệu giữa các cơ quan</p>");
    expect(c.text).toBe("Xây dựng quy chế chia sẻ dữ liệu giữa các cơ quan");
  });

  it("keeps the extra column out of the task cells", () => {
    expect(Object.keys(task(a, "II.1").cells).sort()).toEqual(
      ["coLead", "content", "deadline", "deliverable", "lead", "number"].sort(),
    );
  });
});

describe("merged cells", () => {
  it("gives a value merged down over several task rows to each of them", () => {
    const rows: LiteralCell[][] = [
      HEADER,
      [1, "Nhiệm vụ một", "Công an tỉnh", "Sở Tư pháp", "Báo cáo", "Quý I/2024"],
      [2, "Nhiệm vụ hai", null, "Sở Y tế", "Báo cáo", "Quý II/2024"],
      [3, "Nhiệm vụ ba", null, "Sở Nội vụ", "Báo cáo", "Quý III/2024"],
      [4, "Nhiệm vụ bốn", "Sở Tư pháp", "Công an tỉnh", "Kế hoạch", "Quý IV/2024"],
    ];
    const a = analyze(createGrid({ rows, merges: ["C2:C4"] }));
    expect(a.tasks).toHaveLength(4);
    for (const label of ["1", "2", "3"]) {
      expect(task(a, label).cells.lead).toMatchObject({ text: "Công an tỉnh", row: 2, merged: true });
    }
    expect(task(a, "4").cells.lead).toMatchObject({ text: "Sở Tư pháp", row: 5, merged: false });
  });

  it("keeps a task whose number and content are merged over two rows as one task", () => {
    const rows: LiteralCell[][] = [
      HEADER,
      [1, "Nhiệm vụ một", "Công an tỉnh", "Sở Tư pháp", "Báo cáo", "Quý I/2024"],
      [null, null, null, "Sở Y tế", "Kế hoạch", null],
      [2, "Nhiệm vụ hai", "Sở Y tế", "Công an tỉnh", "Báo cáo", "Quý II/2024"],
    ];
    const a = analyze(createGrid({ rows, merges: ["A2:A3", "B2:B3", "C2:C3", "F2:F3"] }));
    expect(a.tasks.map((t) => t.label)).toEqual(["1", "2"]);
    expect(a.rows.find((r) => r.row === 3)).toEqual({ row: 3, kind: "continuation", continues: 2, viaMerge: true });
    const t1 = task(a, "1");
    expect(t1.rows).toEqual([2, 3]);
    expect(t1.cells.coLead?.text).toBe("Sở Tư pháp Sở Y tế");
    expect(t1.cells.content).toMatchObject({ text: "Nhiệm vụ một", merged: false });
    expect(t1.cells.deadline).toMatchObject({ text: "Quý I/2024", merged: false });
  });

  it("reads a section heading merged across the row, and one written in bold without a merge", () => {
    const rows: LiteralCell[][] = [
      HEADER,
      ["A. NHIỆM VỤ CHUNG (01 nhiệm vụ)"],
      [1, "Nhiệm vụ một", "Công an tỉnh", "Sở Tư pháp", "Báo cáo", "Quý I/2024"],
      [null, "NHIỆM VỤ CỤ THỂ (8 nhiệm vụ)"],
      [2, "Nhiệm vụ hai", "Sở Y tế", "Công an tỉnh", "Báo cáo", "Quý II/2024"],
    ];
    const a = analyze(createGrid({ rows, merges: ["A2:F2"], bold: ["B4"] }));
    expect(a.sections.map((s) => [s.row, s.label, s.title, s.declaredCount, s.col])).toEqual([
      [2, "A", "NHIỆM VỤ CHUNG (01 nhiệm vụ)", 1, 1],
      [4, "", "NHIỆM VỤ CỤ THỂ (8 nhiệm vụ)", 8, 2],
    ]);
    expect(a.tasks.map((t) => t.section)).toEqual([0, 1]);
  });
});

describe("rows inside the body", () => {
  const task1: LiteralCell[] = [1, "Nhiệm vụ một.", "Công an tỉnh", "Sở Tư pháp", "Báo cáo", "Quý I/2024"];

  it("classifies a repeated header with its column-number row", () => {
    const numbers = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"];
    const rows: LiteralCell[][] = [
      HEADER,
      numbers,
      task1,
      HEADER.map((h) => `<b>${h}</b>`),
      numbers,
      [2, "Nhiệm vụ hai", "Sở Y tế", null, "Báo cáo", "Quý II/2024"],
    ];
    const a = analyze(createGrid({ rows }));
    expect(a.rows.map((r) => [r.row, r.kind])).toEqual([
      [3, "task"],
      [4, "repeated-header"],
      [5, "column-numbers"],
      [6, "task"],
    ]);
  });

  it("takes a row without number but with lead and deadline as an unnumbered task", () => {
    const rows: LiteralCell[][] = [HEADER, task1, [null, "Nhiệm vụ bổ sung", "Sở Nội vụ", null, null, "Quý III/2024"]];
    const a = analyze(createGrid({ rows }));
    expect(a.tasks).toHaveLength(2);
    expect(a.tasks[1]).toMatchObject({ row: 3, number: "", label: "" });
    expect(a.tasks[1].cells.lead?.text).toBe("Sở Nội vụ");
  });

  it("joins a piece starting upper case when the cell above reads as unfinished", () => {
    const rows: LiteralCell[][] = [
      HEADER,
      [1, "Triển khai các tiện ích của", "Công an tỉnh", "Sở Tư pháp", "Báo cáo", "Quý I/2024"],
      [null, "Đề án 06 trên địa bàn tỉnh"],
    ];
    const a = analyze(createGrid({ rows }));
    expect(a.rows[1]).toEqual({ row: 3, kind: "continuation", continues: 2 });
    expect(a.tasks[0].cells.content?.text).toBe("Triển khai các tiện ích của Đề án 06 trên địa bàn tỉnh");
  });

  it("leaves a stray line after a finished task as a note, and a signature line as a footer", () => {
    const rows: LiteralCell[][] = [
      HEADER,
      task1,
      [null, "Ghi chú: số liệu đến hết tháng 6."],
      [null, null, null, null, "KT. CHỦ TỊCH"],
    ];
    const grid = createGrid({ rows });
    const d = detectTable(grid);
    if (!d.ok) throw new Error("no table");
    const a = analyzeRows(grid, { ...d.table, lastRow: 4 });
    expect(a.rows.map((r) => r.kind)).toEqual(["task", "note", "footer"]);
  });

  it("starts a continuation on a lower-case piece even with content", () => {
    const rows: LiteralCell[][] = [
      HEADER,
      task1,
      [null, "và các địa phương", null, null, null, null],
      [2, "Hai", "Sở Y tế", null, "Báo cáo", "Năm 2024"],
    ];
    const a = analyze(createGrid({ rows }));
    expect(a.tasks.map((t) => t.rows)).toEqual([[2, 3], [4]]);
  });

  it("reads numbers as written: 1., 01, 1.2, a)", () => {
    const rows: LiteralCell[][] = [
      HEADER,
      ["1.", "Một", "Công an tỉnh", null, null, "Quý I/2024"],
      ["01", "Hai", "Công an tỉnh", null, null, "Quý I/2024"],
      ["1.2", "Ba", "Công an tỉnh", null, null, "Quý I/2024"],
      ["a)", "Bốn", "Công an tỉnh", null, null, "Quý I/2024"],
    ];
    const a = analyze(createGrid({ rows }));
    expect(a.tasks.map((t) => t.number)).toEqual(["1.", "01", "1.2", "a)"]);
  });

  it("takes every row with content as a task in a table without number column", () => {
    const rows: LiteralCell[][] = [
      ["Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
      ["Rà soát thủ tục", "Văn phòng UBND tỉnh", "Quý I/2024"],
      ["Tập huấn cán bộ", null, null],
      ["tại các xã, phường", null, null],
    ];
    const a = analyze(createGrid({ rows }));
    expect(a.tasks.map((t) => t.rows)).toEqual([[2], [3, 4]]);
    expect(a.tasks.map((t) => t.label)).toEqual(["", ""]);
  });

  it("classifies rows in linear time over a large table", () => {
    const rows: LiteralCell[][] = [HEADER];
    for (let i = 1; i <= 20000; i++) {
      rows.push([
        i,
        `Nhiệm vụ số ${i} về chuyển đổi số`,
        "Công an tỉnh",
        "Các sở, ban, ngành",
        "Báo cáo",
        "Quý II/2024",
      ]);
    }
    const a = analyze(createGrid({ rows }));
    expect(a.tasks).toHaveLength(20000);
    expect(a.tasks[19999]).toMatchObject({ row: 20001, label: "20000" });
  });
});

describe("parts lettered A, B and a closing total", () => {
  const grid = createGrid({
    rows: [
      ["PHỤ LỤC I"],
      ["DANH MỤC NHIỆM VỤ NĂM 2026"],
      ["TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả sản phẩm", "Thời hạn hoàn thành"],
      ["A", "NHIỆM VỤ TRỌNG TÂM (03 nhiệm vụ)"],
      [1, "Rà soát thủ tục hành chính", "Công an tỉnh", "Sở Nội vụ", "Báo cáo", "Quý I/2026"],
      [2, "Số hóa hồ sơ hộ tịch", "Sở Tư pháp", "Công an tỉnh", "Dữ liệu hộ tịch", "Quý II/2026"],
      ["B", "Nhiệm vụ thường xuyên"],
      [1, "Cấp căn cước", "Công an tỉnh", "UBND các xã, phường", "Thẻ căn cước", "Thường xuyên"],
      ["C.", "Nội dung khác"],
      [null, "Tổng cộng: 04 nhiệm vụ"],
    ] as LiteralCell[][],
    merges: ["B7:F7"],
  });
  const a = analyze(grid);

  it("reads a capital letter with a heading (capitals, or merged across) as a section", () => {
    expect(a.sections.map((s) => [s.row, s.label, s.declaredCount])).toEqual([
      [4, "A", 3],
      [7, "B", undefined],
    ]);
    expect(a.tasks.map((t) => t.label)).toEqual(["A.1", "A.2", "B.1"]);
  });

  it("does not take a letter next to ordinary text for a section", () => {
    expect(a.rows.find((r) => r.row === 9)?.kind).not.toBe("section");
  });

  it("ends the table before the closing total, which is not the rest of the last task", () => {
    expect(a.table.lastRow).toBe(9);
    expect(a.rows.some((r) => r.kind === "continuation")).toBe(false);
  });
});

describe("content merged over two columns, and numbers written with a full stop", () => {
  const grid = createGrid({
    rows: [
      ["PHỤ LỤC"],
      ["NHIỆM VỤ NĂM 2026"],
      ["STT", "Nội dung nhiệm vụ", null, "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"],
      ["1.", "Rà soát thủ tục hành chính", null, "Công an tỉnh", "Sở Tư pháp", "Quý II/2026", "Báo cáo"],
      ["2.", "Số hóa hồ sơ hộ tịch", null, "Sở Tư pháp", "Công an tỉnh", "Quý III/2026", "Dữ liệu"],
    ] as LiteralCell[][],
    merges: ["B3:C3", "B4:C4", "B5:C5"],
  });
  const a = analyze(grid);

  it("reads the first row merged like the header as data, not as a second header row", () => {
    expect(a.table.headerRows).toEqual([3]);
    expect(a.table.firstRow).toBe(4);
    expect(a.tasks.map((t) => t.row)).toEqual([4, 5]);
  });

  it("names tasks written “1.” as task 1", () => {
    expect(a.tasks.map((t) => [t.number, t.label])).toEqual([
      ["1.", "1"],
      ["2.", "2"],
    ]);
  });
});
