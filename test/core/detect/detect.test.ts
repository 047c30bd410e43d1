import { createGrid, type LiteralCell } from "../../../src/core/grid";
import { detectTable } from "../../../src/core/detect";
import { binhDinh2024Grid, plan2026RestartGrid, TASK_HEADER, thaiNguyenIndicatorsGrid } from "../../fixtures/grids";
import { cols, failure, table } from "./detected";

describe("detectTable on the 2024 appendix (Bình Định seed)", () => {
  const grid = binhDinh2024Grid();
  const t = table(detectTable(grid));

  it("finds the header under the three title rows", () => {
    expect(t.headerRow).toBe(4);
    expect(t.headerRows).toEqual([4]);
    expect(t.numberRow).toBeUndefined();
    expect(t.firstRow).toBe(5);
    expect(t.lastRow).toBe(grid.rowCount);
    expect(t.lastCol).toBe(6);
    expect(t.kind).toBe("tasks");
    expect(t.sheet).toBe("Phụ lục");
  });

  it("keeps the title rows, with the plan title as written", () => {
    expect(t.titleRows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(t.titleRows[0].text).toBe("PHỤ LỤC");
    expect(t.titleRows[1].text).toBe(
      "DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN “ĐỀ ÁN 06” TRÊN ĐỊA BÀN TỈNH TRONG NĂM 2024",
    );
    expect(t.titleRows[2].text).toMatch(/^\(Kèm theo Quyết định số .*của Chủ tịch UBND tỉnh\)$/);
  });

  it("maps the six columns with their headers as written", () => {
    expect(cols(t)).toEqual({ number: 1, content: 2, lead: 3, coLead: 4, deliverable: 5, deadline: 6 });
    expect(t.columns.content).toEqual({
      key: "content",
      col: 2,
      header: "Nội dung, nhiệm vụ cụ thể",
      source: "detected",
    });
    expect(t.columns.deliverable?.header).toBe("Kết quả sản phẩm");
    expect(t.extraColumns).toEqual([]);
    expect(t.targetColumns).toEqual([]);
  });

  it("is the same with the page breaks kept as blank rows", () => {
    const withBlanks = binhDinh2024Grid({ pageBreakBlankRows: true });
    const u = table(detectTable(withBlanks));
    expect(u.headerRow).toBe(4);
    expect(u.lastRow).toBe(withBlanks.rowCount);
    expect(cols(u)).toEqual(cols(t));
  });

  it("honours a forced header row (a repeated header)", () => {
    const u = table(detectTable(grid, { headerRow: 12 }));
    expect(u.headerRow).toBe(12);
    expect(u.firstRow).toBe(13);
    expect(u.titleRows.map((r) => r.row)).toContain(11);
  });
});

describe("detectTable on appendix I (indicator targets, two-row header)", () => {
  const grid = thaiNguyenIndicatorsGrid();
  const t = table(detectTable(grid));

  it("reads both header rows and the target years", () => {
    expect(t.kind).toBe("indicators");
    expect(t.headerRow).toBe(4);
    expect(t.headerRows).toEqual([4, 5]);
    expect(t.firstRow).toBe(6);
    expect(t.lastRow).toBe(grid.rowCount);
    expect(t.targetColumns).toEqual([
      { col: 4, year: 2026, header: "MỤC TIÊU Năm 2026" },
      { col: 5, year: 2030, header: "MỤC TIÊU Năm 2030" },
    ]);
  });

  it("maps the indicator columns; the merged-down headers are read once", () => {
    expect(cols(t)).toEqual({ number: 1, content: 2, unit: 3, tracking: 6 });
    expect(t.columns.unit?.header).toBe("ĐƠN VỊ TÍNH");
    expect(t.columns.content?.header).toBe("MỤC TIÊU CỤ THỂ");
    expect(t.extraColumns).toEqual([]);
    expect(t.titleRows[0].text).toBe("PHỤ LỤC I");
  });
});

describe("an indicator table being tracked", () => {
  it('reads "Kết quả thực hiện" as the actual value, not a task status', () => {
    const g = createGrid({
      rows: [
        ["STT", "Mục tiêu cụ thể", "Đơn vị tính", "Mục tiêu năm 2026", "Kết quả thực hiện", "Đơn vị theo dõi"],
        [1, "Tỷ lệ hồ sơ trực tuyến", "%", 80, "91,8%", "Văn phòng UBND tỉnh"],
      ],
    });
    const t = table(detectTable(g));
    expect(t.kind).toBe("indicators");
    expect(t.targetColumns).toEqual([{ col: 4, year: 2026, header: "Mục tiêu năm 2026" }]);
    expect(cols(t)).toEqual({ number: 1, content: 2, unit: 3, actual: 5, tracking: 6 });
  });
});

describe("detectTable on a 2026 appendix with a column-number row and a signature block", () => {
  const t = table(detectTable(plan2026RestartGrid()));

  it("puts the (1) (2) … row under the header and starts the body after it", () => {
    expect(t.headerRow).toBe(5);
    expect(t.numberRow).toBe(6);
    expect(t.firstRow).toBe(7);
  });

  it("ends the body before the signature block", () => {
    expect(t.lastRow).toBe(17);
  });

  it("keeps the note column as an extra column", () => {
    expect(cols(t)).toEqual({ number: 1, content: 2, lead: 3, coLead: 4, deliverable: 5, deadline: 6 });
    expect(t.extraColumns).toEqual([{ col: 7, header: "Ghi chú" }]);
    expect(t.titleRows).toHaveLength(4);
  });

  it("reads a plain-number column row too", () => {
    const g = createGrid({
      rows: [
        ["PHỤ LỤC"],
        TASK_HEADER,
        [1, 2, 3, 4, 5, 6],
        [1, "Nhiệm vụ A", "Công an tỉnh", "Sở Tư pháp", "Báo cáo", "Quý I/2024"],
      ],
    });
    const u = table(detectTable(g));
    expect(u.numberRow).toBe(3);
    expect(u.firstRow).toBe(4);
  });
});

describe("columns in any order", () => {
  const rows: LiteralCell[][] = [
    ["PHỤ LỤC"],
    ["Nhiệm vụ", "Thời hạn", "TT", "Kinh phí", "Cơ quan phối hợp", "Cơ quan chủ trì", "Kết quả, sản phẩm", "Ghi chú"],
    ["Rà soát quy trình", "Quý II/2024", 1, "Ngân sách tỉnh", "Công an tỉnh", "Sở Tư pháp", "Báo cáo", null],
  ];
  const t = table(detectTable(createGrid({ rows })));

  it("maps each column wherever it stands and keeps the unknown ones", () => {
    expect(cols(t)).toEqual({ content: 1, deadline: 2, number: 3, coLead: 5, lead: 6, deliverable: 7 });
    expect(t.extraColumns).toEqual([
      { col: 4, header: "Kinh phí" },
      { col: 8, header: "Ghi chú" },
    ]);
    expect(t.lastCol).toBe(8);
  });
});

describe("a header whose cells are merged over two rows", () => {
  const rows: LiteralCell[][] = [
    ["KẾ HOẠCH TRIỂN KHAI NĂM 2025"],
    ["STT", "Nội dung công việc", "Đơn vị", null, "Thời gian thực hiện", "Sản phẩm"],
    [null, null, "Chủ trì", "Phối hợp", null, null],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
    [1, "Cập nhật dữ liệu dân cư", "Công an tỉnh", "UBND các xã, phường", "Tháng 6/2025", "Báo cáo"],
  ];
  const grid = createGrid({ rows, merges: ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"] });
  const t = table(detectTable(grid));

  it("reads the sub-headers under the merged parent", () => {
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.numberRow).toBe(4);
    expect(t.firstRow).toBe(5);
    expect(cols(t)).toEqual({ number: 1, content: 2, lead: 3, coLead: 4, deadline: 5, deliverable: 6 });
    expect(t.columns.lead?.header).toBe("Đơn vị Chủ trì");
    expect(t.columns.coLead?.header).toBe("Đơn vị Phối hợp");
  });

  it('reads "Đơn vị thực hiện" over "Chủ trì" / "Phối hợp", and headers broken over lines', () => {
    const u = table(
      detectTable(
        createGrid({
          rows: [
            ["TT", "Nội dung\nnhiệm vụ", "Đơn vị thực hiện", null, "Thời hạn\nhoàn thành"],
            [null, null, "Chủ trì", "Phối hợp", null],
            [1, "Cập nhật dữ liệu", "Công an tỉnh", "UBND các xã, phường", "Tháng 6/2025"],
          ],
          merges: ["C1:D1"],
        }),
      ),
    );
    expect(cols(u)).toEqual({ number: 1, content: 2, lead: 3, coLead: 4, deadline: 5 });
    expect(u.columns.content?.header).toBe("Nội dung nhiệm vụ");
  });

  it("reads the same header without the merges (sub-headers alone on the second row)", () => {
    const u = table(detectTable(createGrid({ rows })));
    expect(u.headerRows).toEqual([2, 3]);
    expect(cols(u)).toEqual(cols(t));
  });
});

describe('"Tiến độ" and the progress columns', () => {
  const head = ["STT", "Nội dung", "Đơn vị chủ trì"];
  const body = (extra: LiteralCell[][]) =>
    extra.map((cells, i): LiteralCell[] => [i + 1, `Nhiệm vụ ${i + 1}`, "Công an tỉnh", ...cells]);

  it("is the deadline in a plan (the cells below are deadlines)", () => {
    const g = createGrid({
      rows: [[...head, "Tiến độ"], ...body([["Quý I/2024"], ["Tháng 6/2024"], ["Thường xuyên"]])],
    });
    expect(cols(table(detectTable(g)))).toMatchObject({ deadline: 4 });
  });

  it("is the progress in a report (the cells below are statuses)", () => {
    const g = createGrid({
      rows: [
        [...head, "Thời hạn", "Tiến độ"],
        ...body([
          ["Quý I/2024", "Đã hoàn thành"],
          ["Tháng 6/2024", "Đang thực hiện"],
          ["Năm 2024", "Chưa thực hiện"],
        ]),
      ],
    });
    expect(cols(table(detectTable(g)))).toMatchObject({ deadline: 4, status: 5 });
  });

  it("is a status even with deadlines in it when the status words win", () => {
    const g = createGrid({
      rows: [[...head, "Tiến độ"], ...body([["Đã hoàn thành tháng 3/2024"], ["Đang thực hiện"], ["Chưa thực hiện"]])],
    });
    const t = table(detectTable(g));
    expect(t.columns.status?.col).toBe(4);
    expect(t.columns.deadline).toBeUndefined();
  });

  it('reads "Kết quả thực hiện" as progress and "Kết quả sản phẩm" as the deliverable', () => {
    const g = createGrid({
      rows: [
        [...head, "Kết quả sản phẩm", "Thời hạn hoàn thành", "Kết quả thực hiện", "Ngày hoàn thành"],
        ...body([["Báo cáo", "Quý I/2024", "Đã hoàn thành", "15/3/2024"]]),
      ],
    });
    expect(cols(table(detectTable(g)))).toMatchObject({ deliverable: 4, deadline: 5, status: 6, completionDate: 7 });
  });

  it('keeps "Tình trạng" as the status and "Kết quả thực hiện" as the progress note when both exist', () => {
    const g = createGrid({
      rows: [
        [...head, "Thời hạn", "Kết quả thực hiện", "Tình trạng"],
        ...body([["Quý I/2024", "Đã ban hành Kế hoạch số 12/KH-UBND", "Hoàn thành"]]),
      ],
    });
    expect(cols(table(detectTable(g)))).toMatchObject({ deadline: 4, progressNote: 5, status: 6 });
  });
});

describe("an explicit column mapping", () => {
  const rows: LiteralCell[][] = [
    [
      "STT",
      "Nội dung, nhiệm vụ cụ thể",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Hình thức văn bản",
      "Thời hạn",
      "Ghi chú",
    ],
    [
      1,
      "Ban hành quy chế",
      "Văn phòng UBND tỉnh",
      "Sở Tư pháp",
      "Quyết định",
      "Quý I/2024",
      "Cơ quan chủ trì: Sở Nội vụ",
    ],
  ];
  const grid = createGrid({ rows });

  it("maps a column detection did not recognise", () => {
    const t = table(detectTable(grid, { mapping: { deliverable: "E" } }));
    expect(t.columns.deliverable).toEqual({
      key: "deliverable",
      col: 5,
      header: "Hình thức văn bản",
      source: "mapping",
    });
    expect(t.extraColumns).toEqual([{ col: 7, header: "Ghi chú" }]);
    expect(t.columns.lead?.source).toBe("detected");
  });

  it("overrides a detected column by index; the column it replaces becomes an extra", () => {
    const t = table(detectTable(grid, { mapping: { lead: 7 } }));
    expect(t.columns.lead).toMatchObject({ col: 7, source: "mapping", header: "Ghi chú" });
    expect(t.extraColumns.map((e) => e.col)).toEqual([3, 5]);
  });

  it("drops a detected key whose column the mapping gives to another key", () => {
    const t = table(detectTable(grid, { mapping: { coLead: "c" } }));
    expect(t.columns.coLead).toMatchObject({ col: 3, source: "mapping" });
    expect(t.columns.lead).toBeUndefined();
  });

  it("fails on a column outside the sheet, an impossible column or an unknown key", () => {
    expect(failure(detectTable(grid, { mapping: { lead: "Z" } }))).toMatchObject({
      reason: "bad-mapping",
      sheet: "Sheet1",
    });
    expect(failure(detectTable(grid, { mapping: { lead: 0 } })).reason).toBe("bad-mapping");
    expect(failure(detectTable(grid, { mapping: { lead: "??" } })).reason).toBe("bad-mapping");
    const junk = JSON.parse('{"leader": "C"}') as Record<string, string>;
    expect(failure(detectTable(grid, { mapping: junk })).reason).toBe("bad-mapping");
    expect(failure(detectTable(grid, { mapping: { deadline: "H" } })).detail).toContain("H");
  });
});
