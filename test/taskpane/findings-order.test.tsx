/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The findings list of the check tab on the example plan (real core, .xlsx workbook): searched through the project's
 * fold ("so lao dong" finds "Sở Lao động"), ordered by row or by section, and each rule's help page (the page the
 * build ships, docs/rules/<id>.md) opened in the pane in the language shown, closed with Escape, focus back.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Lang } from "../../src/core";
import { App } from "../../src/taskpane/App";
import type { RuleDoc } from "../../src/taskpane/help/ruleDoc";
import type { CheckSuccess } from "../../src/taskpane/paneTypes";
import { defaultServices } from "../../src/taskpane/services";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { ruleDocFiles } from "../../scripts/rule-docs";
import "./jsdom-shims";

configure({ asyncUtilTimeout: 20_000 });

const PAGES = ruleDocFiles(path.resolve(__dirname, "../../docs/rules"));
const loads: string[] = [];
const services = {
  ...defaultServices,
  // What fetchRuleDoc reads from dist/rules/, built from the same pages.
  loadRuleDoc: async (id: string, lang: Lang): Promise<RuleDoc> => {
    loads.push(`${id}.${lang}`);
    return JSON.parse(PAGES[`${id}.${lang}.json`]) as RuleDoc;
  },
};

const EXAMPLE = path.resolve(__dirname, "../../examples/ke-hoach-de-an-06-nam-2024.xlsx");

beforeEach(() => localStorage.clear());

async function pane(): Promise<CheckSuccess> {
  const book = await XlsxWorkbook.fromBuffer(await fs.readFile(EXAMPLE));
  book.setActiveSheet("Phụ lục");
  let last: CheckSuccess | undefined;
  render(<App port={book} services={services} theme="light" lang="vi" onResult={(r) => (last = r)} />);
  fireEvent.click(await screen.findByTestId("check"));
  await waitFor(() => expect(last).toBeDefined());
  await screen.findAllByTestId("finding-count");
  return last!;
}

const shown = () =>
  [...document.querySelectorAll<HTMLElement>("li[data-rule]")].map((li) => `${li.dataset.rule}@${li.dataset.cell}`);
const rows = () => [...document.querySelectorAll<HTMLElement>("li[data-rule]")].map((li) => Number(li.dataset.row));

it("searches the findings through the fold: message, the cell's text, the task's lead agency", async () => {
  const result = await pane();
  const total = result.report.findings.length;
  expect(shown()).toHaveLength(total);
  const search = screen.getByRole("searchbox", { name: "Tìm kiếm" });

  fireEvent.change(search, { target: { value: "so lao dong thuong binh" } });
  const plain = shown();
  // The agency written another way (C36, in the message), and a task led by that agency whose finding says nothing
  // of it (E45: no deliverable; found through the task's lead).
  expect(plain).toEqual(
    expect.arrayContaining(["agency-variant@C36", "missing-deliverable@E45", "duplicate-task@B47"]),
  );
  expect(plain).not.toContain("repeated-header@A15");
  expect(plain.length).toBeLessThan(total);
  expect(screen.getByTestId("shown-count").textContent).toBe(`Đang hiện ${plain.length}/${total} vấn đề`);

  // Written with its marks, the same findings.
  fireEvent.change(search, { target: { value: "Sở Lao Động  Thương binh" } });
  expect(shown()).toEqual(plain);

  // The flagged cell's own text: the vague deadline of task 19.
  fireEvent.change(search, { target: { value: "lo trinh huong dan cuc c06" } });
  expect(shown()).toEqual(["deadline-vague@F35"]);

  fireEvent.change(search, { target: { value: "không có chữ này" } });
  expect(shown()).toEqual([]);
  expect(screen.getByTestId("shown-count").textContent).toBe("Không có vấn đề nào khớp bộ lọc.");
  fireEvent.click(screen.getByRole("button", { name: "Bỏ lọc" }));
  expect(shown()).toHaveLength(total);
});

it("orders the findings by row, by section or by severity", async () => {
  const result = await pane();
  const total = result.report.findings.length;
  const sort = screen.getByRole("combobox", { name: "Sắp xếp theo" });
  // By severity (the default): errors first.
  const severities = [...document.querySelectorAll<HTMLElement>("li[data-rule]")].map((li) => li.dataset.severity);
  expect(severities.indexOf("error")).toBeLessThan(severities.indexOf("info"));

  fireEvent.change(sort, { target: { value: "row" } });
  const byRow = rows();
  expect(byRow).toHaveLength(total);
  expect(byRow).toEqual([...byRow].sort((a, b) => a - b));
  expect(byRow[0]).toBe(15);
  // Each finding names its kind when it is not under its rule's heading.
  const first = document.querySelector<HTMLElement>("li[data-rule]")!;
  expect(first.textContent).toContain("Dòng tiêu đề lặp lại");

  fireEvent.change(sort, { target: { value: "section" } });
  expect(rows()).toHaveLength(total);
  const groups = [...document.querySelectorAll<HTMLElement>("[data-section-group]")];
  const sections = result.analysis.sections;
  expect(groups.length).toBeGreaterThan(1);
  const starts = groups.map((g) => Number(g.dataset.sectionGroup));
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  for (const [i, g] of groups.entries()) {
    const inside = [...g.querySelectorAll<HTMLElement>("li[data-rule]")].map((li) => Number(li.dataset.row));
    const next = starts[i + 1] ?? Infinity;
    for (const r of inside) expect(r >= starts[i] && r < next).toBe(true);
    const section = sections.find((s) => s.row === starts[i]);
    if (section) expect(within(g).getByRole("heading").textContent).toContain(section.title);
  }
});

it("opens a rule's help page in the pane, in the language shown; Escape closes it and focus returns", async () => {
  await pane();
  const group = document.querySelector<HTMLElement>('[data-rule-group="missing-deliverable"]')!;
  const open = within(group).getByTestId("rule-help-open");
  expect(open.getAttribute("aria-label")).toBe("Hướng dẫn về “Thiếu kết quả, sản phẩm”");
  open.focus();
  fireEvent.click(open);
  const dialog = await screen.findByTestId("rule-help");
  await within(dialog).findByRole("heading", { name: "Vì sao quan trọng" });
  expect(within(dialog).getByText("Mã quy tắc: missing-deliverable")).toBeTruthy();
  expect(within(dialog).queryByText("Why it matters")).toBeNull();
  expect(loads).toContain("missing-deliverable.vi");

  fireEvent.keyDown(dialog, { key: "Escape" });
  await waitFor(() => expect(screen.queryByTestId("rule-help")).toBeNull());
  await act(() => new Promise((ok) => setTimeout(ok, 10)));
  expect(document.activeElement).toBe(open);

  // In English: the English section of the same page.
  fireEvent.click(document.querySelector('[data-lang="en"]')!);
  await waitFor(() => expect(open.getAttribute("aria-label")).toBe("Help on “Missing deliverable”"));
  fireEvent.click(open);
  const en = await screen.findByTestId("rule-help");
  // The dialog is modal: the one closed before gives the page back to screen readers first (tabster, asynchronously).
  await waitFor(() => expect(en.closest("[aria-hidden]")).toBeNull());
  await within(en).findByRole("heading", { name: "Why it matters" });
  expect(within(en).queryByText("Vì sao quan trọng")).toBeNull();
  fireEvent.click(within(en).getByTestId("rule-help-close"));
  await waitFor(() => expect(screen.queryByTestId("rule-help")).toBeNull());
});
