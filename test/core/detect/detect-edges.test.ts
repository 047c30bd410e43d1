import { createGrid, type Grid, type LiteralCell } from "../../../src/core/grid";
import { detectTable, findAppendix } from "../../../src/core/detect";
import { binhDinh2024Grid, TASK_HEADER, thaiNguyenIndicatorsGrid } from "../../fixtures/grids";
import { cols, failure, table } from "./detected";

describe("failures", () => {
  it("reports an empty sheet", () => {
    expect(failure(detectTable(createGrid({ rows: [] }))).reason).toBe("empty-sheet");
    expect(
      failure(
        detectTable(
          createGrid({
            rows: [
              ["", "  "],
              [null, "<p></p>"],
            ],
          }),
        ),
      ).reason,
    ).toBe("empty-sheet");
  });

  it("reports a sheet without an appendix, with the header names looked for", () => {
    const g = createGrid({
      sheet: "Danh sách cán bộ",
      rows: [
        ["Họ và tên", "Chức vụ", "Ngày sinh"],
        ["Nguyễn Văn A", "Trưởng phòng", new Date(Date.UTC(1980, 0, 2))],
      ],
    });
    const f = failure(detectTable(g));
    expect(f.reason).toBe("no-header");
    expect(f.sheet).toBe("Danh sách cán bộ");
    expect(f.lookedFor.content).toContain("Nội dung, nhiệm vụ cụ thể");
    expect(f.lookedFor.lead).toEqual(expect.arrayContaining(["Đơn vị chủ trì", "Cơ quan chủ trì", "Chủ trì"]));
    expect(f.lookedFor.deadline).toContain("Tiến độ");
  });

  it("reports a header without a task column", () => {
    const g = createGrid({
      rows: [
        ["STT", "Đơn vị chủ trì", "Thời hạn"],
        [1, "Công an tỉnh", "Quý I/2024"],
      ],
    });
    expect(failure(detectTable(g))).toMatchObject({ reason: "no-task-column", bestRow: 1 });
  });

  it("reports a forced header row outside the sheet", () => {
    expect(failure(detectTable(binhDinh2024Grid(), { headerRow: 500 })).reason).toBe("no-header");
  });

  it("does not take plan prose for a header", () => {
    const g = createGrid({
      rows: [
        ["Căn cứ Quyết định số 06/QĐ-TTg, Ủy ban nhân dân tỉnh ban hành kế hoạch với nội dung, nhiệm vụ như sau:"],
        ["1. Đơn vị chủ trì: Công an tỉnh; đơn vị phối hợp: các sở, ban, ngành; thời gian hoàn thành: năm 2024."],
      ],
    });
    expect(failure(detectTable(g)).reason).toBe("no-header");
  });
});

describe("a selected range", () => {
  const rows: LiteralCell[][] = [
    ["BẢNG TỔNG HỢP"],
    ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
    [1, "Tổng hợp số liệu", "Văn phòng UBND tỉnh", "Tháng 1/2024"],
    [],
    [],
    [null, "PHỤ LỤC"],
    [null, "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
    [null, 1, "Rà soát dữ liệu", "Công an tỉnh", "Sở Tư pháp", "Quý I/2024"],
    [null, 2, "Số hóa hồ sơ", "Sở Tư pháp", "Công an tỉnh", "Quý II/2024"],
  ];
  const grid = createGrid({ rows });

  it("detects only inside the range", () => {
    expect(table(detectTable(grid)).headerRow).toBe(7);
    const summary = table(detectTable(grid, { range: { top: 1, left: 1, bottom: 4, right: 6 } }));
    expect(summary.headerRow).toBe(2);
    expect(summary.lastRow).toBe(3);
    const t = table(detectTable(grid, { range: { top: 6, left: 2, bottom: 9, right: 6 } }));
    expect(t.headerRow).toBe(7);
    expect(t.titleRows).toEqual([{ row: 6, text: "PHỤ LỤC" }]);
    expect(cols(t)).toEqual({ number: 2, content: 3, lead: 4, coLead: 5, deadline: 6 });
    expect(t.lastRow).toBe(9);
  });

  it("ends the table at the range's last row", () => {
    expect(table(detectTable(grid, { range: { top: 6, left: 1, bottom: 8, right: 6 } })).lastRow).toBe(8);
  });

  it("fails on a range holding nothing, and on a mapping outside the range", () => {
    expect(failure(detectTable(grid, { range: { top: 20, left: 1, bottom: 30, right: 3 } })).reason).toBe(
      "empty-sheet",
    );
    const outside = detectTable(grid, { range: { top: 6, left: 2, bottom: 9, right: 6 }, mapping: { lead: "A" } });
    expect(failure(outside).reason).toBe("bad-mapping");
  });
});

describe("the end of the table", () => {
  const head = [TASK_HEADER];
  const task = (n: number): LiteralCell[] => [
    n,
    `Nhiệm vụ ${n}`,
    "Công an tỉnh",
    "Sở Tư pháp",
    "Báo cáo",
    "Quý I/2024",
  ];

  it("stops at a long gap followed by something else", () => {
    const g = createGrid({ rows: [...head, task(1), task(2), [], [], [], [], ["Ghi chú: số liệu tạm tính"]] });
    expect(table(detectTable(g)).lastRow).toBe(3);
  });

  it("goes on across a gap when numbered tasks follow", () => {
    const g = createGrid({ rows: [...head, task(1), [], [], [], [], task(2)] });
    expect(table(detectTable(g)).lastRow).toBe(7);
  });

  it("stops at the signature lines", () => {
    for (const footer of ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "CHỦ TỊCH"]) {
      const g = createGrid({ rows: [...head, task(1), task(2), [null, null, null, null, footer]] });
      expect([footer, table(detectTable(g)).lastRow]).toEqual([footer, 3]);
    }
  });

  it("does not stop at a task mentioning the chairman", () => {
    const g = createGrid({
      rows: [...head, task(1), [2, "Báo cáo Chủ tịch UBND tỉnh", "Công an tỉnh", null, null, "Tháng 3/2024"]],
    });
    expect(table(detectTable(g)).lastRow).toBe(3);
  });
});

describe("findAppendix", () => {
  const cover = createGrid({
    sheet: "Bìa",
    rows: [["ỦY BAN NHÂN DÂN TỈNH"], ["KẾ HOẠCH"], ["Triển khai Đề án 06 năm 2024"]],
  });

  it("picks the sheet holding the task appendix", () => {
    const found = findAppendix([cover, thaiNguyenIndicatorsGrid(), binhDinh2024Grid()]);
    expect(found?.grid.sheet).toBe("Phụ lục");
    expect(found?.table.headerRow).toBe(4);
  });

  it("takes an indicator table when it is the only appendix", () => {
    expect(findAppendix([cover, thaiNguyenIndicatorsGrid()])?.table.kind).toBe("indicators");
  });

  it("prefers a task table to an indicator table scoring the same", () => {
    const indicators = createGrid({
      sheet: "Chỉ tiêu",
      rows: [
        ["STT", "Nội dung", "Đơn vị tính", "Năm 2026"],
        [1, "Tỷ lệ hồ sơ trực tuyến", "%", 80],
      ],
    });
    const tasks = createGrid({
      sheet: "Nhiệm vụ",
      rows: [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Ghi chú", "Kinh phí"],
        [1, "Số hóa hồ sơ", "Sở Tư pháp", null, null],
      ],
    });
    expect(table(detectTable(indicators)).kind).toBe("indicators");
    expect(findAppendix([indicators, tasks])?.grid.sheet).toBe("Nhiệm vụ");
    expect(findAppendix([tasks, indicators])?.grid.sheet).toBe("Nhiệm vụ");
  });

  it("returns undefined when no sheet holds an appendix", () => {
    expect(findAppendix([cover, createGrid({ rows: [] })])).toBeUndefined();
    expect(findAppendix([])).toBeUndefined();
  });
});

describe("odd grids", () => {
  it("reads a grid that is a window on a larger sheet", () => {
    const base = binhDinh2024Grid();
    const window: Grid = { ...base, rows: base.rows.slice(3), origin: { row: 4, col: 1 } };
    const t = table(detectTable(window));
    expect(t.headerRow).toBe(4);
    expect(t.lastRow).toBe(base.rowCount);
    expect(t.titleRows).toEqual([]);
  });

  it("never throws on odd values", () => {
    const g = createGrid({
      rows: [
        [{ error: "#REF!" }, true, 3.5, new Date(Date.UTC(2024, 0, 1)), "x".repeat(50000)],
        TASK_HEADER,
        [{ error: "#N/A" }, null, false, -1, "<b></b>", Number.NaN],
      ],
      merges: ["A1:Z1000", "B2:B2", "C5:A1"],
    });
    expect(() => detectTable(g)).not.toThrow();
  });
});
