import type ExcelJS from "exceljs";
import { clearMarks, markFindings, readState, STATE_SHEET } from "../../../src/workbook/marking";
import { cellMarks, findingsSheetSpec, sheetRef } from "../../../src/workbook/marking/mark";
import type { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { cellSnapshot, finding, openFixture, reopen, SHEET } from "./helpers";

const USER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } };
const USER_RICH_NOTE: ExcelJS.Comment = {
  texts: [
    { font: { bold: true, size: 9, name: "Tahoma" }, text: "Nguyễn Thu Hoa:" },
    { font: { size: 9, name: "Tahoma" }, text: "\nĐã hỏi Sở Tài chính, chờ trả lời." },
  ],
};

/** The 2024 plan as a clerk left it: a green fill and a note of her own on some cells. */
async function planWithUserMarks(): Promise<XlsxWorkbook> {
  const wb = await openFixture("plan-2024.xlsx");
  const ws = wb.workbook.getWorksheet(SHEET)!;
  ws.getCell("C49").style = { ...ws.getCell("C49").style, fill: USER_FILL };
  ws.getCell("C49").note = "kiểm tra tên sở";
  ws.getCell("E27").note = USER_RICH_NOTE; // an empty deliverable cell (it has borders)
  ws.getCell("F21").style = { ...ws.getCell("F21").style, fill: USER_FILL };
  return reopen(wb);
}

const FINDINGS = [
  finding(27, 5, "error", "Nhiệm vụ 14 thiếu kết quả, sản phẩm.", { rule: "missing-deliverable", task: "14" }),
  finding(49, 3, "warning", "“Sở Kế hoạch đầu tư” viết khác tên chuẩn.", {
    rule: "agency-variant",
    task: "29",
    suggestion: "Sở Kế hoạch và Đầu tư",
  }),
  finding(49, 3, "info", "Cơ quan đã giải thể năm 2025.", { rule: "agency-defunct", task: "29" }),
  finding(21, 6, "error", "Thời hạn “Tháng 6/2023” trước kỳ kế hoạch 2024.", { rule: "deadline-outside", task: "10" }),
  finding(47, 2, "warning", "Nhiệm vụ 28 trùng nhiệm vụ 26.", { rule: "duplicate-task", task: "28" }),
  finding(47, 2, "warning", "Nhiệm vụ 28 trùng nhiệm vụ 26.", { rule: "duplicate-task", task: "28" }),
  finding(7, 1, "info", "Mục I khai 08 nhiệm vụ.", { rule: "section-count" }),
  finding(0, 0, "info", "Kỳ kế hoạch lấy từ tiêu đề: 2024."),
];

describe("cellMarks", () => {
  it("gives each cell the colour of its worst finding and every distinct message", () => {
    const marks = cellMarks(FINDINGS, "vi");
    expect(marks).toHaveLength(5);
    const at = (row: number, col: number) => marks.find((m) => m.row === row && m.col === col)!;
    expect(at(27, 5).color).toBe("FFFFC7CE");
    expect(at(49, 3).color).toBe("FFFFEB9C");
    expect(at(7, 1).color).toBe("FFDDEBF7");
    expect(at(49, 3).note).toBe(
      "Rõ Việc: “Sở Kế hoạch đầu tư” viết khác tên chuẩn. (Gợi ý: Sở Kế hoạch và Đầu tư)\n" +
        "Rõ Việc: Cơ quan đã giải thể năm 2025.",
    );
    expect(at(47, 2).note).toBe("Rõ Việc: Nhiệm vụ 28 trùng nhiệm vụ 26.");
    expect(cellMarks([finding(3, 3, "info", "a"), finding(3, 3, "error", "b")], "en")[0]).toMatchObject({
      color: "FFFFC7CE",
      note: "Rõ Việc: a\nRõ Việc: b",
    });
  });

  it("quotes sheet names in links", () => {
    expect(sheetRef("Phụ lục", 14, 5)).toBe("'Phụ lục'!E14");
    expect(sheetRef("KH của Sở", 2, 1)).toBe("'KH của Sở'!A2");
    expect(sheetRef("Bà Hoa's", 2, 1)).toBe("'Bà Hoa''s'!A2");
  });

  it("lists findings with a link per located cell, in English too", () => {
    const spec = findingsSheetSpec(SHEET, FINDINGS.slice(0, 2).concat(FINDINGS[7]), "en");
    expect(spec.name).toBe("Rõ Việc – Findings");
    expect(spec.rows[0]).toEqual(["Cell", "Task", "Severity", "Rule", "Message", "Suggestion"]);
    expect(spec.rows[2]).toEqual([
      "C49",
      "29",
      "Warning",
      // the rule's title from the glossary, not its id
      "Agency not written canonically",
      "“Sở Kế hoạch đầu tư” viết khác tên chuẩn.",
      "Sở Kế hoạch và Đầu tư",
    ]);
    expect(spec.rows[3]).toEqual([null, null, "Info", "test-rule", "Kỳ kế hoạch lấy từ tiêu đề: 2024.", null]);
    expect(spec.links).toEqual([
      { row: 2, col: 1, target: "'Phụ lục'!E27", text: "E27" },
      { row: 3, col: 1, target: "'Phụ lục'!C49", text: "C49" },
    ]);
  });
});

describe("markFindings and clearMarks", () => {
  it("marks the cells, keeps the user's own fill and note, and writes the findings and state sheets", async () => {
    const wb = await planWithUserMarks();
    const result = await markFindings(wb, SHEET, FINDINGS, "vi");
    expect(result).toEqual({ cells: 5, findings: 8 });

    const ws = wb.workbook.getWorksheet(SHEET)!;
    expect(ws.getCell("E27").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("C49").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(ws.getCell("F21").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("C49").note).toBe(
      "kiểm tra tên sở\n\nRõ Việc: “Sở Kế hoạch đầu tư” viết khác tên chuẩn. (Gợi ý: Sở Kế hoạch và Đầu tư)\n" +
        "Rõ Việc: Cơ quan đã giải thể năm 2025.",
    );
    const e27 = ws.getCell("E27").note as ExcelJS.Comment;
    expect(e27.texts?.slice(0, 2)).toEqual(USER_RICH_NOTE.texts);
    expect(e27.texts?.map((t) => t.text).join("")).toBe(
      "Nguyễn Thu Hoa:\nĐã hỏi Sở Tài chính, chờ trả lời.\n\nRõ Việc: Nhiệm vụ 14 thiếu kết quả, sản phẩm.",
    );
    // Cells next to a marked one keep their look (exceljs shares style objects between cells).
    const e26 = ws.getCell("E26").fill;
    expect(e26?.type === "pattern" && e26.pattern === "solid").toBe(false);

    expect(await wb.listSheets()).toEqual([
      { name: SHEET, visible: true },
      { name: STATE_SHEET, visible: false },
      { name: "Rõ Việc – Kết quả", visible: true },
    ]);
    expect(wb.workbook.getWorksheet(STATE_SHEET)!.state).toBe("veryHidden");
    const state = await readState(wb);
    expect(state).toHaveLength(5);
    expect(state.find((s) => s.row === 49 && s.col === 3)).toEqual({
      sheet: SHEET,
      row: 49,
      col: 3,
      fill: JSON.stringify(USER_FILL),
      note: "kiểm tra tên sở",
    });

    const list = await wb.readSheet("Rõ Việc – Kết quả");
    expect(list![0]).toEqual(["Ô", "Nhiệm vụ", "Mức độ", "Quy tắc", "Nội dung", "Gợi ý"]);
    expect(list![1]).toEqual([
      "E27",
      "14",
      "Lỗi",
      "Thiếu kết quả, sản phẩm",
      "Nhiệm vụ 14 thiếu kết quả, sản phẩm.",
      null,
    ]);
    expect(list).toHaveLength(9);
    expect(wb.workbook.getWorksheet("Rõ Việc – Kết quả")!.getCell("A2").value).toEqual({
      formula: `HYPERLINK("#'Phụ lục'!E27","E27")`,
      result: "E27",
    });
  });

  it("removes every mark after the file was saved and opened again, leaving values, fills and notes exactly", async () => {
    const original = await planWithUserMarks();
    const before = cellSnapshot(original, SHEET);
    expect(Object.keys(before).length).toBeGreaterThan(300);

    await markFindings(original, SHEET, FINDINGS);
    const marked = await reopen(original);
    expect(cellSnapshot(marked, SHEET)).not.toEqual(before);

    expect(await clearMarks(marked)).toEqual({ restored: 5 });
    expect((await marked.listSheets()).map((s) => s.name)).toEqual([SHEET]);
    const cleared = await reopen(marked);
    expect(cellSnapshot(cleared, SHEET)).toEqual(before);
    expect((await cleared.listSheets()).map((s) => s.name)).toEqual([SHEET]);
    expect(await clearMarks(cleared)).toEqual({ restored: 0 });
  });

  it("never saves its own marks as the original when a sheet is marked twice", async () => {
    const wb = await planWithUserMarks();
    const before = cellSnapshot(wb, SHEET);
    await markFindings(wb, SHEET, FINDINGS);
    const again = await reopen(wb);
    await markFindings(again, SHEET, [FINDINGS[1], finding(30, 4, "error", "Khác")]);
    const state = await readState(again);
    expect(state.map((s) => `${s.row}:${s.col}`).sort()).toEqual(["30:4", "49:3"]);
    expect(state.find((s) => s.row === 49)!.note).toBe("kiểm tra tên sở");
    // The cells only marked the first time are back to what they were.
    const ws = again.workbook.getWorksheet(SHEET)!;
    expect(ws.getCell("F21").fill).toEqual(USER_FILL);
    expect(ws.getCell("F21").note).toBeUndefined();
    expect(ws.getCell("C49").note).toBe(
      "kiểm tra tên sở\n\nRõ Việc: “Sở Kế hoạch đầu tư” viết khác tên chuẩn. (Gợi ý: Sở Kế hoạch và Đầu tư)",
    );

    const third = await reopen(again);
    expect(await clearMarks(third)).toEqual({ restored: 2 });
    expect(cellSnapshot(await reopen(third), SHEET)).toEqual(before);
  });

  it("keeps the marks of another sheet and writes an empty findings list when nothing is found", async () => {
    const wb = await openFixture("two-sheets.xlsx");
    const cover = cellSnapshot(wb, "Bìa");
    const plan = cellSnapshot(wb, SHEET);
    await markFindings(wb, "Bìa", [finding(1, 1, "info", "Trang bìa")], "en");
    await markFindings(wb, SHEET, [], "vi");
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["Bìa", SHEET, STATE_SHEET, "Rõ Việc – Kết quả"]);
    expect((await wb.readSheet("Rõ Việc – Kết quả"))![1]).toEqual([
      null,
      null,
      null,
      null,
      "Không có phát hiện nào.",
      null,
    ]);
    expect((await readState(wb)).map((s) => s.sheet)).toEqual(["Bìa"]);
    const back = await reopen(wb);
    expect(await clearMarks(back)).toEqual({ restored: 1 });
    const done = await reopen(back);
    expect(cellSnapshot(done, "Bìa")).toEqual(cover);
    expect(cellSnapshot(done, SHEET)).toEqual(plan);
    expect((await done.listSheets()).map((s) => s.name)).toEqual(["Bìa", SHEET]);
  });

  it("restores a user note longer than one cell holds", async () => {
    const wb = await openFixture("plan-2024.xlsx");
    const long = "Ghi chú rất dài về nhiệm vụ. ".repeat(2000); // 58,000 characters
    wb.workbook.getWorksheet(SHEET)!.getCell("B8").note = long;
    const opened = await reopen(wb);
    await markFindings(opened, SHEET, [finding(8, 2, "warning", "Nội dung quá dài")]);
    const marked = await reopen(opened);
    const rows = (await marked.readSheet(STATE_SHEET))!;
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows) for (const v of r) expect(String(v ?? "").length).toBeLessThanOrEqual(32767);
    await clearMarks(marked);
    const cleared = await reopen(marked);
    expect(cleared.workbook.getWorksheet(SHEET)!.getCell("B8").note).toBe(long);
  });

  it("drops the records of a sheet the user deleted", async () => {
    const wb = await openFixture("two-sheets.xlsx");
    await markFindings(wb, "Bìa", [finding(1, 1, "info", "x")]);
    await wb.deleteSheet("Bìa");
    expect(await clearMarks(wb)).toEqual({ restored: 0 });
    expect((await wb.listSheets()).map((s) => s.name)).toEqual([SHEET]);
  });
});
