/** @jest-environment jsdom */
/**
 * "Tạo danh sách chọn" / "Xóa danh sách chọn" in the pane, over the real core and marking layer with an in-memory
 * workbook: the buttons dispatch through the services, the workbook gets the lists on the lead and co-operating
 * cells of the task rows (a cell with the user's own rule left alone, and said so), and removing them leaves no
 * validation, no lists sheet and no state sheet.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { LISTS_SHEET, STATE_SHEET } from "../../src/workbook/marking";
import { FakePort } from "./fakePort";
import { SHEET, appendixSheet } from "./fixtures";

async function check(): Promise<void> {
  fireEvent.click(await screen.findByTestId("check"));
  await waitFor(() => {
    expect(document.querySelector('[data-testid="finding-count"]')).not.toBeNull();
    expect(screen.getByTestId("check").hasAttribute("disabled")).toBe(false);
  });
}

beforeEach(() => localStorage.clear());

it("creates the dropdown lists on the checked table and removes them without a trace", async () => {
  const port = new FakePort({ sheets: { [SHEET]: appendixSheet() } });
  // The user's own rule on the lead cell of the first task (row 8).
  const own = {
    rule: { type: "list" as const, source: "'Danh sách'!$A$1:$A$5" },
    alert: "stop" as const,
    title: "",
    message: "",
  };
  port.validations.set(`${SHEET}!8:3`, own);
  render(<App port={port} theme="light" lang="vi" />);
  await screen.findByTestId("check");
  expect(screen.getByTestId("dropdowns").hasAttribute("disabled")).toBe(true); // nothing checked yet
  await check();

  fireEvent.click(screen.getByTestId("dropdowns"));
  await screen.findByText(/Đã tạo danh sách chọn trên \d+ ô \(Đơn vị chủ trì, Đơn vị phối hợp\)\. Giữ nguyên 1 ô/);
  expect(port.validations.get(`${SHEET}!8:3`)).toBe(own);
  const lead = port.validations.get(`${SHEET}!9:3`)!;
  expect(lead.rule).toMatchObject({ type: "list", source: expect.stringContaining(LISTS_SHEET) });
  expect(lead.alert).toBe("warning");
  expect(port.validations.get(`${SHEET}!9:4`)!.alert).toBe("none");
  expect(port.validations.has(`${SHEET}!7:3`)).toBe(false); // the section row
  expect(port.plainSheets.get(LISTS_SHEET)?.hidden).toBe(true);

  fireEvent.click(screen.getByTestId("clear-dropdowns"));
  await screen.findByText(/Đã xóa danh sách chọn trên \d+ ô\./);
  expect([...port.validations.keys()]).toEqual([`${SHEET}!8:3`]);
  expect(port.plainSheets.has(LISTS_SHEET)).toBe(false);
  expect(port.plainSheets.has(STATE_SHEET)).toBe(false);
});

it("names the buttons in English too, takes the focus, and reports in English", async () => {
  const port = new FakePort({ sheets: { [SHEET]: appendixSheet() } });
  render(<App port={port} theme="light" lang="en" />);
  await check();
  const create = screen.getByTestId("dropdowns");
  expect(create.textContent).toBe("Create dropdown lists");
  expect(screen.getByTestId("clear-dropdowns").textContent).toBe("Remove dropdown lists");
  create.focus();
  expect(document.activeElement).toBe(create);
  fireEvent.click(create);
  await screen.findByText(/Dropdown lists added to \d+ cells \(Lead agency, Co-operating agencies\)\./);
  expect(port.callsOf("writeValidations")).toHaveLength(1);
});
