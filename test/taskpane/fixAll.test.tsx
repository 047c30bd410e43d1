/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * "Sửa tất cả (N)" over the real core and marking: N is the number of cells the fixes change (a split row moves
 * several cells), the notice after it says the same N, and above 50 changes a confirmation lists them by rule first.
 */
import * as fs from "fs";
import * as path from "path";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { defaultServices } from "../../src/taskpane/services";
import { collectFixes, CONFIRM_FIXES_ABOVE } from "../../src/taskpane/findings";
import type { CheckSuccess } from "../../src/taskpane/paneTypes";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { FakePort } from "./fakePort";
import { SHEET, appendixSheet } from "./fixtures";
import "./jsdom-shims";

// A busy machine re-checks slower than testing-library's one second.
configure({ asyncUtilTimeout: 20_000 });

beforeEach(() => localStorage.clear());

const fixAllCount = (): number => Number(/\((\d+)\)/.exec(screen.getByTestId("fix-all").textContent ?? "")?.[1]);

async function checked(): Promise<void> {
  fireEvent.click(await screen.findByTestId("check"));
  await waitFor(() => expect(screen.getByTestId("finding-count")).toBeTruthy());
  await waitFor(() => expect(screen.getByTestId("check").hasAttribute("disabled")).toBe(false));
}

it("announces as many changes as it makes, a split row counting each cell it moves", async () => {
  const bytes = fs.readFileSync(path.resolve(__dirname, "../fixtures/xlsx/plan-2024.xlsx"));
  const book = await XlsxWorkbook.fromBuffer(bytes);
  book.setActiveSheet("Phụ lục");
  let last: CheckSuccess | undefined;
  render(<App port={book} theme="light" lang="vi" onResult={(r) => (last = r)} />);
  await checked();
  await waitFor(() => expect(last).toBeDefined());
  const fixes = collectFixes(last!.report.findings);
  const n = fixAllCount();
  // The fixture has rows split by a page break: joining one moves several cells, so cells outnumber fixes.
  expect(fixes.some((f) => f.kind === "join-row")).toBe(true);
  expect(n).toBeGreaterThan(fixes.length);
  expect(n).toBeLessThanOrEqual(CONFIRM_FIXES_ABOVE);

  fireEvent.click(screen.getByTestId("fix-all"));
  await screen.findByText(`Đã sửa ${n} chỗ và kiểm tra lại.`);
  expect(screen.queryByTestId("fix-all-confirm")).toBeNull();
  const log = await book.readSheet("Rõ Việc – Nhật ký sửa");
  const cells = new Set(log!.slice(1).map((r) => r[2]));
  expect(cells.size).toBe(n);
});

/** The pane's appendix with 60 more tasks, each pasted from a web system with HTML left in its text. */
function manyFixes() {
  const s = appendixSheet();
  for (let i = 0; i < 60; i++) {
    s.rows.push([
      41 + i,
      `<p>Triển khai nhiệm vụ số ${41 + i} của Đề án 06.</p>`,
      "Sở Tư pháp",
      "Công an tỉnh",
      "Báo cáo",
      "Tháng 12/2024",
    ]);
  }
  return s;
}

it("above 50 changes, lists them by rule and applies only when confirmed", async () => {
  const port = new FakePort({ sheets: { [SHEET]: manyFixes() } });
  const apply = jest.spyOn(defaultServices, "applyFixes");
  render(<App port={port} theme="light" lang="vi" />);
  await checked();
  const n = fixAllCount();
  expect(n).toBeGreaterThan(CONFIRM_FIXES_ABOVE);

  fireEvent.click(screen.getByTestId("fix-all"));
  const dialog = await screen.findByTestId("fix-all-confirm");
  expect(within(dialog).getByText(`Sửa ${n} ô?`)).toBeTruthy();
  const rules = Array.from(dialog.querySelectorAll<HTMLElement>("li[data-rule]"));
  expect(rules.reduce((k, li) => k + Number(li.dataset.count), 0)).toBeGreaterThanOrEqual(n);
  const byRule = Object.fromEntries(rules.map((li) => [li.dataset.rule, li]));
  expect(Object.keys(byRule).sort()).toEqual(["agency-variant", "html-markup"]);
  expect(Number(byRule["html-markup"].dataset.count)).toBe(60);
  expect(byRule["html-markup"].textContent).toContain("Còn mã HTML trong ô: 60 ô");
  expect(byRule["html-markup"].textContent).toContain("B13, B14");
  expect(Number(byRule["agency-variant"].dataset.count)).toBe(1);
  expect(byRule["agency-variant"].textContent).toContain("C10");

  fireEvent.click(within(dialog).getByTestId("fix-all-cancel"));
  await waitFor(() => expect(screen.queryByTestId("fix-all-confirm")).toBeNull());
  expect(apply).not.toHaveBeenCalled();
  expect(port.sheets[SHEET].rows[9][2]).toBe("Sở Lao động-Thương binh và Xã hội");

  fireEvent.click(screen.getByTestId("fix-all"));
  fireEvent.click(within(await screen.findByTestId("fix-all-confirm")).getByTestId("fix-all-apply"));
  await screen.findByText(`Đã sửa ${n} chỗ và kiểm tra lại.`);
  expect(apply).toHaveBeenCalledTimes(1);
  expect(port.sheets[SHEET].rows[9][2]).toBe("Sở Lao động – Thương binh và Xã hội");
  expect(port.sheets[SHEET].rows.slice(12).every((r) => !String(r[1]).includes("<p>"))).toBe(true);
  apply.mockRestore();
});
