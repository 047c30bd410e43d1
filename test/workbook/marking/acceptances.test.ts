import { acceptFinding, checkGrid, type Acceptance } from "../../../src/core";
import {
  addAcceptances,
  clearMarks,
  markFindings,
  readAcceptances,
  revokeAcceptances,
  STATE_SHEET,
} from "../../../src/workbook/marking";
import { decodeAccepted, decodeStateSheet, encodeState } from "../../../src/workbook/marking/state-sheet";
import { writeOwnSheet } from "../../../src/workbook/marking/own-sheets";
import type { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { cellSnapshot, openFixture, reopen, SHEET } from "./helpers";

async function checked(wb: XlsxWorkbook) {
  const r = checkGrid(await wb.readGrid(SHEET), {});
  if (!r.ok) throw new Error(r.message);
  return r;
}

async function sheets(wb: XlsxWorkbook): Promise<string[]> {
  return (await wb.listSheets()).map((s) => s.name);
}

describe("acceptances in the workbook's state sheet", () => {
  it("round-trips through the state sheet beside cell records and created sheets, skipping rows it cannot read", () => {
    const a: Acceptance = {
      sheet: SHEET,
      row: 21,
      col: 6,
      rule: "deadline-outside-plan",
      finding: "00abc",
      text: "0def",
      reason: "Lý do “có ngoặc” và\nxuống dòng",
      at: "2024-07-01 09:00",
    };
    const rows = encodeState([{ sheet: SHEET, row: 3, col: 2, fill: "{}", note: null }], [], [a]);
    rows.push([JSON.stringify({ accepted: { sheet: SHEET, row: "x" } }), null, null, null, null]);
    expect(decodeStateSheet(rows)).toEqual({
      records: [{ sheet: SHEET, row: 3, col: 2, fill: "{}", note: null }],
      created: [],
    });
    expect(decodeAccepted(rows)).toEqual([a]);
  });

  it("survives marking, writing a sheet of its own, clearing the marks and reopening; goes only when asked", async () => {
    const wb = await openFixture("plan-2024.xlsx");
    const before = cellSnapshot(wb, SHEET);
    const r = await checked(wb);
    const [first, second] = r.report.findings;
    const accepted = [acceptFinding(r.analysis.grid, first, "Giữ nguyên theo văn bản gốc")];
    expect(await addAcceptances(wb, accepted)).toEqual(accepted);
    // Accepting the same finding again replaces it: one acceptance per finding.
    const again = acceptFinding(r.analysis.grid, first, "Lý do mới");
    expect(await addAcceptances(wb, [again])).toEqual([again]);
    await addAcceptances(wb, [acceptFinding(r.analysis.grid, second, "")]);

    await markFindings(wb, SHEET, r.report.findings);
    await writeOwnSheet(wb, "summary", { name: "Rõ Việc – Tiến độ", rows: [["x"]] });
    expect(await readAcceptances(wb)).toHaveLength(2);

    const saved = await reopen(wb);
    expect((await readAcceptances(saved)).map((a) => a.reason)).toEqual(["Lý do mới", ""]);
    expect(await clearMarks(saved)).toMatchObject({ keptAcceptances: 2 });
    // The marks are gone, the sheets Rõ Việc created too; the state sheet holds only the acceptances.
    expect(cellSnapshot(saved, SHEET)).toEqual(before);
    expect(await sheets(saved)).toEqual([SHEET, STATE_SHEET]);
    const reread = await reopen(saved);
    expect(await readAcceptances(reread)).toHaveLength(2);

    expect(await revokeAcceptances(reread, [again])).toHaveLength(1);
    expect(await clearMarks(reread, { everything: true })).toEqual({ restored: 0 });
    expect(await sheets(reread)).toEqual([SHEET]);
    expect(cellSnapshot(await reopen(reread), SHEET)).toEqual(before);
  });

  it("removes the state sheet when the last acceptance is revoked and nothing is marked", async () => {
    const wb = await openFixture("plan-2024.xlsx");
    const r = await checked(wb);
    const a = acceptFinding(r.analysis.grid, r.report.findings[0], "");
    await addAcceptances(wb, [a]);
    expect(await sheets(wb)).toContain(STATE_SHEET);
    expect(await revokeAcceptances(wb, [a])).toEqual([]);
    expect(await sheets(wb)).toEqual([SHEET]);
  });
});
