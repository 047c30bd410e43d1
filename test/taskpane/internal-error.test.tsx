/** @jest-environment jsdom */
/**
 * The pane over the real core on a sheet whose detection meets a defect: it says the check failed on that sheet
 * (an internal error, with its cause) in the pane's language, not "no appendix found", and does not crash.
 */
import { render, screen } from "@testing-library/react";
import type { CellRange, Grid } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { FakePort } from "./fakePort";
import { SHEET, appendixSheet } from "./fixtures";
import { FAULT, throwingGrid } from "../fixtures/throwing-grid";

class FaultyPort extends FakePort {
  override async readGrid(sheet: string, range?: CellRange): Promise<Grid> {
    return throwingGrid(await super.readGrid(sheet, range), 6);
  }
}

beforeEach(() => localStorage.clear());

it.each([
  ["vi", "Không kiểm tra được trang tính này", "lỗi bên trong Rõ Việc", "Không tìm thấy phụ lục nhiệm vụ"],
  ["en", "This sheet could not be checked", "internal error in Rõ Việc", "No task appendix found"],
] as const)("says the check failed on the sheet, with the cause (%s)", async (lang, title, words, notThis) => {
  const port = new FaultyPort({ sheets: { [SHEET]: appendixSheet() } });
  render(<App port={port} theme="light" lang={lang} />);
  const box = await screen.findByTestId("check-failed");
  const text = box.textContent ?? "";
  expect(text).toContain(title);
  expect(text).toContain(words);
  expect(text).toContain(`“${SHEET}”`);
  expect(text).toContain(FAULT);
  expect(document.body.textContent).not.toContain(notThis);
  expect(screen.queryByTestId("no-table")).toBeNull();
});
