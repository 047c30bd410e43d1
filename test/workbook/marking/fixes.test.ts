import { rawCell } from "../../../src/core/grid";
import { cellText } from "../../../src/core/text";
import { applyFixes, clearMarks, planFixes, undoFixes } from "../../../src/workbook/marking";
import { parseLogRow } from "../../../src/workbook/marking/fixes";
import type { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { cellSnapshot, openFixture, reopen, SHEET } from "./helpers";

const LOG = "Rõ Việc – Nhật ký sửa";

async function text(wb: XlsxWorkbook, row: number, col: number, sheet = SHEET): Promise<string> {
  return cellText(rawCell(await wb.readGrid(sheet), row, col));
}

describe("applyFixes and undoFixes", () => {
  it("joins rows split by a page break, replaces text, logs every change, and undoes it all after reopening", async () => {
    const wb = await openFixture("plan-2024.xlsx");
    const before = cellSnapshot(wb, SHEET);
    const result = await applyFixes(wb, SHEET, [
      { kind: "join-row", row: 16, into: 13 },
      { kind: "join-row", row: 65, into: 62 },
      { kind: "replace-text", row: 49, col: 3, from: "Sở Kế hoạch đầu tư", to: "Sở Kế hoạch và Đầu tư" },
      { kind: "replace-text", row: 9, col: 3, from: "Sở Nội vụ", to: "Sở Tư pháp" },
    ]);
    expect(result.changed).toBe(9);
    expect(result.skipped).toEqual([{ kind: "replace-text", row: 9, col: 3, from: "Sở Nội vụ", to: "Sở Tư pháp" }]);

    expect(await text(wb, 13, 4)).toBe("Văn phòng UBND tỉnh, các sở, ban, ngành, UBND các huyện, thị xã, thành phố");
    expect(await text(wb, 16, 4)).toBe("");
    expect(await text(wb, 62, 2)).toBe(
      "Đẩy mạnh công tác tuyên truyền, kết quả thực hiện Đề án 06, nhất là các tiện ích người dân, doanh nghiệp " +
        "được hưởng dưới nhiều hình thức ( <i>pano, áp phích, video hướng dẫn người dân</i> ) " +
        "<i>thực hiện dịch vụ công tại Bộ phận Một cửa, trên màn hình led...).</i>",
    );
    expect(await text(wb, 62, 4)).toBe("Công an tỉnh, Sở Thông tin và Truyền thông, các sở, ban, ngành");
    expect(await text(wb, 62, 5)).toBe("Các sản phẩm tuyên truyền trực quan như: video, ấn phẩm, pano, ap pich...");
    const grid = await wb.readGrid(SHEET);
    expect([2, 4, 5].map((c) => rawCell(grid, 65, c).kind)).toEqual(["empty", "empty", "empty"]);
    expect(await text(wb, 49, 3)).toBe("Sở Kế hoạch và Đầu tư");

    const log = (await wb.readSheet(LOG))!;
    expect(log[0]).toEqual(["Thời gian", "Trang tính", "Ô", "Giá trị cũ", "Giá trị mới", "Dữ liệu khôi phục"]);
    expect(log).toHaveLength(10);
    expect(log[1][0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(log[1].slice(1, 5)).toEqual([
      SHEET,
      "D13",
      "Văn phòng UBND tỉnh, các sở, ban,",
      "Văn phòng UBND tỉnh, các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
    ]);
    expect(log[2].slice(1, 5)).toEqual([SHEET, "D16", "ngành, UBND các huyện, thị xã, thành phố", null]);
    expect(log[9].slice(1, 5)).toEqual([SHEET, "C49", "Sở Kế hoạch đầu tư", "Sở Kế hoạch và Đầu tư"]);

    const saved = await reopen(wb);
    expect(await undoFixes(saved, SHEET)).toEqual({ restored: 9 });
    expect((await saved.listSheets()).map((s) => s.name)).toEqual([SHEET]);
    expect(cellSnapshot(await reopen(saved), SHEET)).toEqual(before);
  });

  it("plans, without writing, exactly the cells it then changes (what 'Sửa tất cả (N)' announces)", async () => {
    const wb = await openFixture("plan-2024.xlsx");
    const fixes = [
      { kind: "join-row", row: 16, into: 13 },
      { kind: "join-row", row: 65, into: 62 },
      { kind: "replace-text", row: 49, col: 3, from: "Sở Kế hoạch đầu tư", to: "Sở Kế hoạch và Đầu tư" },
    ] as const;
    const before = cellSnapshot(wb, SHEET);
    const plan = planFixes(await wb.readGrid(SHEET), fixes);
    expect(cellSnapshot(wb, SHEET)).toEqual(before);
    expect(plan.cells).toBe(9);
    expect(new Set(plan.changes.map((c) => c.fix))).toEqual(new Set(fixes));
    expect((await applyFixes(wb, SHEET, fixes)).changed).toBe(plan.cells);
  });

  it("undoes several rounds newest first, so a cell changed twice gets its first value back", async () => {
    const wb = await openFixture("plan-2024.xlsx");
    const original = await text(wb, 36, 3);
    expect(original).toBe("Sở Lao động, Thương binh và Xã hội, Bảo hiểm xã hội tỉnh");
    const from = "Sở Lao động, Thương binh và Xã hội";
    await applyFixes(wb, SHEET, [
      { kind: "replace-text", row: 36, col: 3, from, to: "Sở Lao động – Thương binh và Xã hội" },
    ]);
    const second = await reopen(wb);
    await applyFixes(second, SHEET, [
      { kind: "replace-text", row: 36, col: 3, from: "Sở Lao động – Thương binh và Xã hội", to: "Sở Nội vụ" },
      { kind: "replace-text", row: 36, col: 3, from: "Bảo hiểm xã hội tỉnh", to: "BHXH tỉnh" },
    ]);
    expect(await text(second, 36, 3)).toBe("Sở Nội vụ, BHXH tỉnh");
    expect((await second.readSheet(LOG))!).toHaveLength(4);
    const third = await reopen(second);
    expect(await undoFixes(third, SHEET)).toEqual({ restored: 1 });
    expect(await text(third, 36, 3)).toBe(original);
    expect(await undoFixes(third, SHEET)).toEqual({ restored: 0 });
  });

  it("keeps the log of other sheets, and writes the English log when asked", async () => {
    const wb = await openFixture("two-sheets.xlsx");
    await applyFixes(
      wb,
      "Bìa",
      [{ kind: "replace-text", row: 3, col: 1, from: "KẾ HOẠCH", to: "KẾ HOẠCH 2024" }],
      "en",
    );
    await applyFixes(wb, SHEET, [{ kind: "replace-text", row: 49, col: 3, from: "đầu tư", to: "và Đầu tư" }], "en");
    // The log is listed in the very hidden state sheet, as a sheet Rõ Việc created.
    expect((await wb.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual([
      "Bìa",
      SHEET,
      "Rõ Việc – Change log",
    ]);
    const log = (await wb.readSheet("Rõ Việc – Change log"))!;
    expect(log[0]).toEqual(["Time", "Sheet", "Cell", "Old value", "New value", "Restore data"]);
    expect(log.map((r) => r[2])).toEqual(["Cell", "A3", "C49"]);

    expect(await undoFixes(wb, SHEET)).toEqual({ restored: 1 });
    expect(await text(wb, 49, 3)).toBe("Sở Kế hoạch đầu tư");
    expect((await wb.readSheet("Rõ Việc – Change log"))!.map((r) => r[2])).toEqual(["Cell", "A3"]);
    expect(await text(wb, 3, 1, "Bìa")).toBe("KẾ HOẠCH 2024");
    expect(await undoFixes(wb, "Bìa")).toEqual({ restored: 1 });
    expect(await text(wb, 3, 1, "Bìa")).toBe("KẾ HOẠCH");
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["Bìa", SHEET]);
  });

  it("does nothing for fixes that no longer fit", async () => {
    const wb = await openFixture("plan-2024.xlsx");
    const r = await applyFixes(wb, SHEET, [
      { kind: "join-row", row: 14, into: 13 },
      { kind: "replace-text", row: 8, col: 3, from: "", to: "x" },
    ]);
    expect(r.changed).toBe(0);
    expect(r.skipped).toHaveLength(2);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual([SHEET]);
    expect(await undoFixes(wb, SHEET)).toEqual({ restored: 0 });
    expect(await applyFixes(wb, SHEET, [])).toEqual({ changed: 0, skipped: [], refused: [] });
  });
});

describe("the change log is a sheet Rõ Việc created", () => {
  it("never reads, overwrites or removes a sheet of the user's under its name; clearing removes the log it wrote", async () => {
    const wb = await openFixture("plan-2024.xlsx");
    await wb.writeSheet({ name: LOG, rows: [["Ghi chép riêng"], ["Sở Y tế", 12]] });
    const mine = await wb.readSheet(LOG);
    const fix = {
      kind: "replace-text",
      row: 49,
      col: 3,
      from: "Sở Kế hoạch đầu tư",
      to: "Sở Kế hoạch và Đầu tư",
    } as const;
    expect((await applyFixes(wb, SHEET, [fix])).changed).toBe(1);
    expect(await wb.readSheet(LOG)).toEqual(mine);
    expect((await wb.readSheet(`${LOG} (2)`))![1].slice(1, 5)).toEqual([SHEET, "C49", fix.from, fix.to]);
    const saved = await reopen(wb);
    await clearMarks(saved);
    expect((await saved.listSheets()).map((s) => s.name)).toEqual([SHEET, LOG]);
    expect(await saved.readSheet(LOG)).toEqual(mine);
    expect(await text(saved, 49, 3)).toBe(fix.to);
  });

  it("takes over a log written before logs were listed (its own header, restore data on every row)", async () => {
    const wb = await openFixture("plan-2024.xlsx");
    const data = JSON.stringify({ sheet: SHEET, row: 49, col: 3, old: "Sở Kế hoạch đầu tư" });
    await wb.writeValues(SHEET, [{ row: 49, col: 3, value: "Sở Kế hoạch và Đầu tư" }]);
    await wb.writeSheet({
      name: LOG,
      rows: [
        ["Thời gian", "Trang tính", "Ô", "Giá trị cũ", "Giá trị mới", "Dữ liệu khôi phục"],
        ["2025-01-02 08:00:00", SHEET, "C49", "Sở Kế hoạch đầu tư", "Sở Kế hoạch và Đầu tư", data],
      ],
    });
    const again = await reopen(wb);
    expect(await undoFixes(again, SHEET)).toEqual({ restored: 1 });
    expect(await text(again, 49, 3)).toBe("Sở Kế hoạch đầu tư");
    expect((await again.listSheets()).map((s) => s.name)).toEqual([SHEET]);
  });
});

describe("parseLogRow", () => {
  it("reads the restore data, typed", () => {
    const data = JSON.stringify({ sheet: SHEET, row: 8, col: 1, old: 1 });
    expect(parseLogRow(["t", SHEET, "A8", "1", "2", data])).toEqual({ sheet: SHEET, row: 8, col: 1, old: 1 });
  });

  it("joins restore data continued in the next columns", () => {
    const long = "x".repeat(50);
    const json = JSON.stringify({ sheet: SHEET, row: 3, col: 2, old: long });
    const parts = [json.slice(0, 20), `~${json.slice(20, 40)}`, `~${json.slice(40)}`];
    expect(parseLogRow(["t", SHEET, "B3", long, null, ...parts])).toEqual({ sheet: SHEET, row: 3, col: 2, old: long });
  });

  it("falls back to the readable columns when the restore data is gone", () => {
    expect(parseLogRow(["t", SHEET, "E14", "Báo cáo", "Báo cáo kết quả", null])).toEqual({
      sheet: SHEET,
      row: 14,
      col: 5,
      old: "Báo cáo",
    });
    expect(parseLogRow(["t", null, "E14", "a", "b"])).toBeUndefined();
  });
});
