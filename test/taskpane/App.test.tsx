/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { LANG_KEY } from "../../src/taskpane/settings";
import { FakePort } from "./fakePort";
import { SHEET, appendixSheet, notesSheet, scriptedServices, type ScriptedServices } from "./fixtures";

// The pane is tested against scripted core services; the real ones are exercised in App.integration.test.tsx.
jest.mock("../../src/taskpane/services", () => ({ defaultServices: undefined }));

function setup(options: { active?: string; observable?: boolean; lang?: "vi" | "en" } = {}) {
  const port = new FakePort({
    sheets: { [SHEET]: appendixSheet(), "Ghi chú": notesSheet() },
    active: options.active ?? SHEET,
    observable: options.observable,
  });
  const services = scriptedServices();
  const view = render(<App port={port} services={services} theme="light" lang={options.lang ?? "vi"} />);
  return { port, services, view };
}

async function checked(services: ScriptedServices) {
  fireEvent.click(await screen.findByTestId("check"));
  await screen.findByTestId("finding-count");
  expect(services.check).toHaveBeenCalled();
}

/** Text of an element, spaces collapsed. */
function text(el: Element | null): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** A listbox option by its text (role queries over Fluent's large DOM are slow). */
async function option(match: string | RegExp): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await waitFor(() => {
    found = Array.from(document.querySelectorAll<HTMLElement>('[role="option"]')).find((o) =>
      typeof match === "string" ? text(o) === match : match.test(text(o)),
    );
    expect(found).toBeDefined();
  });
  return found!;
}

function findingItems(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>("li[data-rule]"));
}

beforeEach(() => localStorage.clear());

describe("opening", () => {
  it("shows the sheet, the header row and the detected columns with a dropdown each", async () => {
    const { services } = setup();
    expect(text(await screen.findByTestId("table-sheet"))).toContain(SHEET);
    expect(text(screen.getByTestId("table-header-row"))).toContain("5 · Dòng 7–12");
    expect(services.detect).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: /Cột của phụ lục/ }));
    const lead = screen.getByRole("combobox", { name: "Đơn vị chủ trì" });
    expect(text(lead)).toContain("Cột C · Đơn vị chủ trì");
    expect(screen.getAllByRole("combobox")).toHaveLength(8);
    expect(text(screen.getByRole("combobox", { name: "Tình trạng" }))).toContain("(không có)");
  });

  it("re-detects with the mapping the user picks", async () => {
    const { services } = setup();
    await screen.findByTestId("table-sheet");
    fireEvent.click(screen.getByRole("button", { name: /Cột của phụ lục/ }));
    fireEvent.click(screen.getByRole("combobox", { name: "Kết quả, sản phẩm" }));
    fireEvent.click(await option("Cột F · Thời gian hoàn thành"));
    await waitFor(() =>
      expect(services.detect).toHaveBeenLastCalledWith(
        expect.anything(),
        expect.objectContaining({ mapping: { deliverable: 6 } }),
      ),
    );
    expect(text(screen.getByRole("combobox", { name: "Kết quả, sản phẩm" }))).toContain("Cột F");
    fireEvent.click(await screen.findByTestId("check"));
    await waitFor(() => expect(services.check).toHaveBeenCalled());
    expect(services.check.mock.calls[0][1].mapping).toEqual({ deliverable: 6 });
  });

  it("passes a plan period the user types and refuses one that is not a year or a span", async () => {
    const { services } = setup();
    const input = (await screen.findByTestId("plan-period")) as HTMLInputElement;
    fireEvent.change(input, { target: { value: "2026 – 2030" } });
    fireEvent.click(screen.getByTestId("check"));
    await screen.findByTestId("finding-count");
    expect(services.check.mock.calls[0][1].planPeriod).toBe("2026-2030");
    fireEvent.change(input, { target: { value: "năm nay" } });
    expect(await screen.findByText("Hãy ghi một năm (2024) hoặc một giai đoạn (2026-2030).")).toBeTruthy();
    expect((screen.getByTestId("check") as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("no appendix", () => {
  it("says what was looked for and can use the selected range", async () => {
    const { port, services } = setup({ active: "Ghi chú" });
    expect(text(await screen.findByTestId("no-table"))).toContain("Không tìm thấy phụ lục nhiệm vụ");
    const lookedFor = screen.getByTestId("looked-for");
    expect(text(lookedFor)).toContain("STT: “STT”, “TT”, “Số TT”");
    expect(text(lookedFor)).toContain("“Đơn vị chủ trì”, “Cơ quan chủ trì”");

    // Nothing selected: say so.
    fireEvent.click(screen.getByRole("button", { name: "Dùng vùng đang chọn" }));
    expect(text(await screen.findByTestId("notice"))).toContain("Chưa có vùng nào được chọn.");

    const range = { top: 5, left: 1, bottom: 12, right: 6 };
    port.selection = { sheet: SHEET, range };
    fireEvent.click(screen.getByRole("button", { name: "Dùng vùng đang chọn" }));
    expect(text(await screen.findByTestId("table-sheet"))).toContain(`${SHEET} · Vùng A5:F12`);
    expect(port.callsOf("readGrid").at(-1)).toEqual([SHEET, range]);
    expect(services.detect.mock.calls.at(-1)![1].range).toEqual(range);

    fireEvent.click(screen.getByTestId("check"));
    await screen.findByTestId("finding-count");
    expect(services.check.mock.calls[0][1].range).toEqual(range);
  });
});

describe("findings", () => {
  it("are grouped by severity and by rule, with counts", async () => {
    const { services } = setup();
    await checked(services);
    expect(text(screen.getByTestId("finding-count"))).toMatch(/^5$/);
    expect(text(screen.getByRole("status"))).toContain("5 vấn đề: 2 lỗi, 2 cảnh báo, 1 thông tin.");

    const groups = Array.from(document.querySelectorAll<HTMLElement>("[data-severity-group]"));
    expect(groups.map((g) => g.dataset.severityGroup)).toEqual(["error", "warning", "info"]);
    expect(text(within(groups[0]).getByRole("heading"))).toContain("Lỗi2");
    const missing = within(groups[0]).getByRole("list", { name: "Thiếu kết quả, sản phẩm (2)" });
    expect(
      within(missing)
        .getAllByRole("listitem")
        .map((li) => li.dataset.row),
    ).toEqual(["9", "11"]);
    expect(within(groups[1]).getAllByRole("list")).toHaveLength(2);

    const first = findingItems()[0];
    expect(first.dataset.rule).toBe("missing-deliverable");
    expect(text(first)).toContain("NV 14");
    expect(text(first)).toContain("Nhiệm vụ 14 chưa ghi kết quả, sản phẩm.");
    expect(text(first)).toContain("Gợi ý: Ghi rõ sản phẩm đầu ra");
  });

  it("select their cell on click and on Enter", async () => {
    const { port, services } = setup();
    await checked(services);
    const [first, , variant] = findingItems();
    fireEvent.click(within(first).getByText("Nhiệm vụ 14 chưa ghi kết quả, sản phẩm."));
    await waitFor(() => expect(port.callsOf("select")).toHaveLength(1));
    expect(port.callsOf("select")[0]).toEqual([SHEET, { top: 9, left: 5, bottom: 9, right: 5 }]);

    const button = within(variant).getAllByRole("button")[0];
    button.focus();
    fireEvent.keyDown(button, { key: "Enter" });
    await waitFor(() => expect(port.callsOf("select")).toHaveLength(2));
    expect(port.callsOf("select")[1]).toEqual([SHEET, { top: 10, left: 3, bottom: 10, right: 3 }]);
  });

  it("filter by severity, rule and agency", async () => {
    const { services } = setup();
    await checked(services);
    expect(findingItems()).toHaveLength(5);

    fireEvent.click(screen.getByRole("button", { name: /Cảnh báo 2/ }));
    expect(findingItems().map((li) => li.dataset.rule)).toEqual(["agency-variant", "collective-lead"]);
    expect(text(screen.getByTestId("shown-count"))).toContain("Đang hiện 2/5 vấn đề");
    fireEvent.click(screen.getByRole("button", { name: /Cảnh báo 2/ }));
    expect(findingItems()).toHaveLength(5);

    fireEvent.click(screen.getByTestId("rule-filter"));
    fireEvent.click(await option(/Thiếu kết quả, sản phẩm \(2\)/));
    expect(findingItems().map((li) => li.dataset.row)).toEqual(["9", "11"]);

    fireEvent.click(screen.getByTestId("agency-filter"));
    fireEvent.click(await option(/Các cơ quan, đơn vị \(2\)/));
    expect(findingItems().map((li) => li.dataset.row)).toEqual(["11"]);

    fireEvent.click(screen.getByRole("button", { name: "Bỏ lọc" }));
    expect(findingItems()).toHaveLength(5);
  });

  it("say so when the appendix is clean", async () => {
    const { services } = setup();
    services.next.findings = () => [];
    await checked(services);
    expect(text(screen.getByTestId("finding-count"))).toMatch(/^0$/);
    expect(text(screen.getByRole("status"))).toContain("Không có vấn đề nào: 5 nhiệm vụ đều rõ việc.");
    expect(findingItems()).toHaveLength(0);
  });
});

describe("marking and fixing", () => {
  it("marks, clears, fixes one, fixes all and undoes, checking again after each change", async () => {
    const { port, services } = setup();
    await checked(services);

    fireEvent.click(screen.getByTestId("mark"));
    await waitFor(() => expect(services.mark).toHaveBeenCalledTimes(1));
    expect(services.mark).toHaveBeenCalledWith(
      port,
      SHEET,
      expect.arrayContaining([expect.objectContaining({ cell: "E9" })]),
      "vi",
    );
    expect(text(await screen.findByTestId("notice"))).toContain("Đã đánh dấu 4 ô");

    fireEvent.click(screen.getByTestId("clear-marks"));
    await waitFor(() => expect(services.clearMarks).toHaveBeenCalledWith(port));
    expect(text(await screen.findByTestId("notice"))).toContain("Đã xóa đánh dấu.");

    const variant = findingItems().find((li) => li.dataset.rule === "agency-variant")!;
    expect(findingItems().filter((li) => within(li).queryByTestId("fix"))).toHaveLength(1);
    fireEvent.click(within(variant).getByRole("button", { name: "Sửa ô C10" }));
    await waitFor(() => expect(services.applyFixes).toHaveBeenCalledTimes(1));
    expect(services.applyFixes.mock.calls[0][2]).toEqual([
      expect.objectContaining({ kind: "replace-text", row: 10, col: 3 }),
    ]);
    await waitFor(() => expect(services.check).toHaveBeenCalledTimes(2));
    expect(text(await screen.findByTestId("notice"))).toContain("Đã sửa 1 chỗ và kiểm tra lại.");
    expect(port.callsOf("select")).toHaveLength(0); // the fix button does not select

    fireEvent.click(await screen.findByTestId("fix-all"));
    await waitFor(() => expect(services.applyFixes).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(services.check).toHaveBeenCalledTimes(3));
    await screen.findByText("Đã sửa 1 chỗ và kiểm tra lại.");
    await waitFor(() => expect((screen.getByTestId("undo") as HTMLButtonElement).disabled).toBe(false));

    fireEvent.click(await screen.findByTestId("undo"));
    await waitFor(() => expect(services.undoFixes).toHaveBeenCalledWith(port, SHEET));
    await waitFor(() => expect(services.check).toHaveBeenCalledTimes(4));
    expect(text(await screen.findByTestId("notice"))).toContain("Đã hoàn tác và kiểm tra lại.");
    expect(screen.queryByTestId("undo")).toBeNull();
  });

  it("shows an error from the workbook instead of failing silently", async () => {
    const { services } = setup();
    await checked(services);
    services.mark.mockRejectedValueOnce(new Error("Sheet is protected"));
    fireEvent.click(screen.getByTestId("mark"));
    expect(text(await screen.findByTestId("notice"))).toContain("Có lỗi: Sheet is protected");
  });
});

describe("automatic check", () => {
  afterEach(() => jest.useRealTimers());

  it("is offered only when the port can report edits", async () => {
    setup();
    await screen.findByTestId("table-sheet");
    expect(screen.queryByTestId("auto-check")).toBeNull();
  });

  it("checks once, 1.5 s after the last edit, and stops listening when switched off", async () => {
    const { port, services } = setup({ observable: true });
    await screen.findByTestId("table-sheet");
    const toggle = screen.getByRole("switch", { name: "Tự động kiểm tra khi sửa" });
    fireEvent.click(toggle);
    await waitFor(() => expect(port.listenerCount(SHEET)).toBe(1));

    jest.useFakeTimers();
    port.emitChange(SHEET);
    act(() => jest.advanceTimersByTime(1000));
    port.emitChange(SHEET);
    act(() => jest.advanceTimersByTime(1000));
    expect(services.check).not.toHaveBeenCalled();
    await act(async () => {
      jest.advanceTimersByTime(600);
    });
    jest.useRealTimers();
    await waitFor(() => expect(services.check).toHaveBeenCalledTimes(1));

    fireEvent.click(toggle);
    await waitFor(() => expect(port.listenerCount(SHEET)).toBe(0));
  });
});

describe("language", () => {
  it("is Vietnamese by default, switches to English and is remembered", async () => {
    const port = new FakePort({ sheets: { [SHEET]: appendixSheet() } });
    const services = scriptedServices();
    const first = render(<App port={port} services={services} theme="light" />);
    expect(await screen.findByRole("tab", { name: "Kiểm tra" })).toBeTruthy();
    await checked(services);
    expect(text(findingItems()[0])).toContain("Nhiệm vụ 14 chưa ghi kết quả, sản phẩm.");
    const checks = services.check.mock.calls.length;

    fireEvent.click(screen.getByRole("button", { name: "EN" }));
    expect(await screen.findByRole("tab", { name: "Check" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Progress" })).toBeTruthy();
    // The findings are rendered again in English, from the check already made: nothing is checked again.
    await waitFor(() => expect(text(findingItems()[0])).toContain("Task 14 names no deliverable."));
    expect(services.check).toHaveBeenCalledTimes(checks);
    expect(services.check.mock.calls.every((c) => c[1].lang === undefined)).toBe(true);
    expect(text(screen.getByRole("status"))).toContain("Findings: 5. Errors: 2, warnings: 2, info: 1.");
    expect(localStorage.getItem(LANG_KEY)).toBe("en");
    first.unmount();

    render(<App port={port} services={scriptedServices()} theme="light" />);
    expect(await screen.findByRole("tab", { name: "Check" })).toBeTruthy();
  });
});

describe("tabs", () => {
  it("compute progress over the check tab's sheet, columns, plan period and range", async () => {
    // The active sheet holds no appendix: the user selects the table on the other sheet.
    const { port, services } = setup({ active: "Ghi chú" });
    await screen.findByTestId("no-table");
    const range = { top: 5, left: 1, bottom: 12, right: 6 };
    port.selection = { sheet: SHEET, range };
    fireEvent.click(screen.getByRole("button", { name: "Dùng vùng đang chọn" }));
    expect(text(await screen.findByTestId("table-sheet"))).toContain(`${SHEET} · Vùng A5:F12`);
    fireEvent.change(screen.getByTestId("plan-period"), { target: { value: "2026 – 2030" } });
    fireEvent.click(screen.getByRole("button", { name: /Cột của phụ lục/ }));
    fireEvent.click(screen.getByRole("combobox", { name: "Kết quả, sản phẩm" }));
    fireEvent.click(await option("Cột F · Thời gian hoàn thành"));
    await waitFor(() => expect(text(screen.getByRole("combobox", { name: "Kết quả, sản phẩm" }))).toContain("Cột F"));
    expect(port.active).toBe("Ghi chú");
    const reads = port.callsOf("readGrid").length;

    fireEvent.click(screen.getByRole("tab", { name: "Tiến độ" }));
    await waitFor(() => expect(services.check).toHaveBeenCalled());
    // The progress tab checks the session's sheet and range (read again, for the cells as they are now).
    expect(port.callsOf("readGrid").slice(reads)).toEqual([[SHEET, range]]);
    expect(services.check.mock.calls.at(-1)![1]).toEqual(
      expect.objectContaining({ mapping: { deliverable: 6 }, planPeriod: "2026-2030", range }),
    );
  });

  it("show the progress view and the user's agencies, and create the agency sheet", async () => {
    const { port, services } = setup();
    await screen.findByTestId("table-sheet");
    fireEvent.click(screen.getByRole("tab", { name: "Tiến độ" }));
    expect(await screen.findByRole("tabpanel", { name: "Tiến độ" })).toBeTruthy();

    fireEvent.click(screen.getByRole("tab", { name: "Cơ quan" }));
    expect(text(await screen.findByTestId("agency-count"))).toContain("Chưa có trang tính “Danh mục cơ quan”.");
    fireEvent.click(screen.getByTestId("create-agency-sheet"));
    await waitFor(() => expect(services.createAgencySheet).toHaveBeenCalledWith(port));
    expect(text(await screen.findByTestId("agency-count"))).toContain("Trang tính “Danh mục cơ quan” có 0 cơ quan.");
    expect(screen.queryByTestId("create-agency-sheet")).toBeNull();

    // Entries added to the sheet count at the next check: the directory is read again.
    expect(port.plainSheets.get("Danh mục cơ quan")!.rows).toEqual([["Tên cơ quan"]]);
    await port.writeSheet({
      name: "Danh mục cơ quan",
      rows: [["Tên cơ quan"], ["Trung tâm Phục vụ hành chính công tỉnh"]],
    });
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await checked(services);
    const info = await services.loadDirectory.mock.results.at(-1)!.value;
    expect(info.userCount).toBe(1);
    expect(services.check.mock.calls.at(-1)![1].directory).toBe(info.directory);
  });
});
