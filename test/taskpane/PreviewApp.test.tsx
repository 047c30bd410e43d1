/** @jest-environment jsdom */
/** The browser page in jsdom, over an in-memory workbook: opening, the grid, selection and the marked copy. */
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { PreviewApp, type PreviewWorkbook } from "../../src/preview/PreviewApp";
import { FakePort } from "./fakePort";
import { SHEET, appendixSheet, notesSheet, scriptedServices } from "./fixtures";
import "./jsdom-shims";

// Opening and checking a workbook can take seconds on a loaded machine.
configure({ asyncUtilTimeout: 20_000 });

jest.mock("../../src/taskpane/services", () => ({ defaultServices: undefined }));

/** The names the page gave the Word reader, one entry per file opened. */
const wordOpened: Array<{ table: string; prose: string }> = [];
jest.mock("../../src/workbook/word-workbook", () => ({
  openWordAsWorkbook: async (bytes: Uint8Array, names: { table: (n: number) => string; prose: string }) => {
    if (bytes.length === 0) throw new Error("empty");
    if (wordOpened.length > 0 || names.table(1) === "Table 1")
      throw Object.assign(new Error("nothing"), { code: "nothing" });
    wordOpened.push({ table: names.table(1), prose: names.prose });
    return { workbook: await openBook(bytes), converted: [] };
  },
}));

class FakeBook extends FakePort implements PreviewWorkbook {
  static opened: FakeBook[] = [];
  async toBuffer(): Promise<Uint8Array> {
    return Uint8Array.from([0x50, 0x4b, 3, 4]);
  }
  setActiveSheet(name: string): void {
    this.active = name;
  }
}

function openBook(bytes: Uint8Array): Promise<PreviewWorkbook> {
  expect(bytes.length).toBeGreaterThan(0);
  // The notes sheet is active in the file: the page must find the appendix on the other sheet.
  const book = new FakeBook({ sheets: { "Ghi chú": notesSheet(), [SHEET]: appendixSheet() }, active: "Ghi chú" });
  FakeBook.opened.push(book);
  return Promise.resolve(book);
}

function chooseFile(name: string) {
  const input = screen.getByTestId("workbook-file");
  fireEvent.change(input, { target: { files: [new File(["PK..."], name)] } });
}

beforeEach(() => {
  localStorage.clear();
  FakeBook.opened = [];
});

it("explains, in the user's language, why a file cannot be read", async () => {
  const open = jest.fn(async () => {
    throw Object.assign(new Error("encrypted"), { code: "encrypted" });
  });
  render(<PreviewApp lang="vi" services={scriptedServices()} open={open} />);
  chooseFile("bao-cao.xlsx");
  const message = await screen.findByTestId("open-error");
  expect(message.textContent).toContain("Tệp “bao-cao.xlsx” được bảo vệ bằng mật khẩu");
  expect(screen.queryByTestId("pane")).toBeNull();
});

it("opens the appendix sheet, shows the grid, highlights a finding's cell and downloads a marked copy", async () => {
  const services = scriptedServices();
  render(<PreviewApp lang="vi" services={services} open={openBook} />);
  chooseFile("ke-hoach-2024.xlsx");

  await screen.findByTestId("pane");
  expect((screen.getByTestId("sheet-picker") as HTMLSelectElement).value).toBe(SHEET);
  await waitFor(() => expect(document.querySelector('td[data-cell="B9"]')).not.toBeNull());
  expect(document.querySelector('td[data-cell="B9"]')?.textContent).toContain("định danh, xác thực điện tử");
  expect(document.querySelector('td[data-cell="A1"]')?.getAttribute("colspan")).toBe("6");

  const download = screen.getByTestId("download") as HTMLButtonElement;
  expect(download.disabled).toBe(true);
  fireEvent.click(await screen.findByTestId("check"));
  await screen.findByTestId("finding-count");
  expect(download.disabled).toBe(false);
  expect(document.querySelector('td[data-cell="E9"]')?.className).not.toBe(
    document.querySelector('td[data-cell="E8"]')?.className,
  );

  const finding = document.querySelector<HTMLElement>('li[data-rule="missing-deliverable"][data-row="9"]')!;
  fireEvent.click(finding.querySelector("button")!);
  await waitFor(() => expect(document.querySelector('td[data-selected="true"]')?.getAttribute("data-cell")).toBe("E9"));

  // A click on the grid selects too, shift-click extends: the pane's "use the selected range" reads it.
  fireEvent.click(document.querySelector('td[data-cell="A5"]')!);
  fireEvent.click(document.querySelector('td[data-cell="F12"]')!, { shiftKey: true });
  await waitFor(() =>
    expect(FakeBook.opened[0].selection).toEqual({ sheet: SHEET, range: { top: 5, left: 1, bottom: 12, right: 6 } }),
  );

  const createObjectURL = jest.fn(() => "blob:marked");
  Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
  const clicks: string[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(this.download);
  });
  fireEvent.click(download);
  await waitFor(() =>
    expect([clicks, screen.queryByTestId("open-error")?.textContent]).toEqual([
      ["ke-hoach-2024.ro-viec.xlsx"],
      undefined,
    ]),
  );
  // The copy is marked, not the workbook on screen.
  expect(FakeBook.opened).toHaveLength(2);
  expect(services.mark).toHaveBeenCalledWith(FakeBook.opened[1], SHEET, expect.any(Array), "vi");
  expect(FakeBook.opened[1].active).toBe(SHEET);
  click.mockRestore();
});

it("shows a cell whose finding was accepted in the pane as accepted in the grid, not flagged", async () => {
  render(<PreviewApp lang="vi" services={scriptedServices()} open={openBook} />);
  chooseFile("ke-hoach-2024.xlsx");
  fireEvent.click(await screen.findByTestId("check"));
  await screen.findByTestId("finding-count");
  const cell = () => document.querySelector<HTMLElement>('td[data-cell="E9"]')!;
  await waitFor(() => expect(cell().dataset.mark).toBe("error"));
  const flagged = cell().className;

  const finding = document.querySelector<HTMLElement>('li[data-rule="missing-deliverable"][data-row="9"]')!;
  fireEvent.click(within(finding).getByTestId("accept-open"));
  fireEvent.change(within(finding).getByTestId("accept-reason"), {
    target: { value: "Sản phẩm ghi ở kế hoạch riêng" },
  });
  fireEvent.click(within(finding).getByTestId("accept"));
  await waitFor(() => expect(cell().dataset.mark).toBe("accepted"));
  expect(cell().className).not.toBe(flagged);
  expect(cell().title).toBe("Vấn đề ở ô này đã được chấp nhận");

  // Revoked: flagged again.
  fireEvent.click(await screen.findByTestId("accepted-count"));
  fireEvent.click(await screen.findByTestId("revoke"));
  await waitFor(() => expect(cell().dataset.mark).toBe("error"));
});

it("clears the previous file's grid while a new file opens, then shows the new file's", async () => {
  let release: (book: PreviewWorkbook) => void = () => undefined;
  const open = jest
    .fn<Promise<PreviewWorkbook>, [Uint8Array]>()
    .mockImplementationOnce(openBook)
    .mockImplementationOnce(() => new Promise((ok) => (release = ok)));
  render(<PreviewApp lang="vi" services={scriptedServices()} open={open} />);
  chooseFile("ke-hoach-2024.xlsx");
  await waitFor(() => expect(document.querySelector('td[data-cell="B9"]')).not.toBeNull());

  chooseFile("ke-hoach-2025.xlsx");
  // The second file is still being read: no cell of the first is left on screen, a spinner says why.
  expect((await screen.findByTestId("grid-loading")).textContent).toContain("Đang mở tệp…");
  expect(document.querySelector("td[data-cell]")).toBeNull();

  const second = new FakeBook({ sheets: { [SHEET]: { rows: [["Kế hoạch năm 2025"]] } } });
  // The spinner shows as soon as the file is chosen, before its bytes are read and handed to open().
  await waitFor(() => expect(open).toHaveBeenCalledTimes(2));
  release(second);
  await waitFor(() => expect(document.querySelector('td[data-cell="A1"]')?.textContent).toBe("Kế hoạch năm 2025"));
  expect(document.querySelector('td[data-cell="B9"]')).toBeNull();
  expect(screen.queryByTestId("grid-loading")).toBeNull();
});

describe("a Word file (its reading is tested in Node and in Chromium; here the page's handling of it)", () => {
  it("opens a .docx as Word, whatever open() the page was given, and shows its appendix sheet", async () => {
    wordOpened.length = 0;
    const open = jest.fn(openBook);
    render(<PreviewApp lang="vi" services={scriptedServices()} open={open} />);
    chooseFile("ke-hoach.docx");
    await screen.findByTestId("pane");
    expect(open).not.toHaveBeenCalled();
    expect(wordOpened).toEqual([{ table: "Bảng 1", prose: "Phụ lục" }]);
    expect((screen.getByTestId("sheet-picker") as HTMLSelectElement).value).toBe(SHEET);
  });

  it("says why a Word file cannot be opened, in the user's language", async () => {
    render(<PreviewApp lang="en" services={scriptedServices()} open={openBook} />);
    chooseFile("cong-van.docx");
    const message = await screen.findByTestId("open-error");
    expect(message.textContent).toContain("“cong-van.docx” has no appendix table and no list of tasks");
  });
});
