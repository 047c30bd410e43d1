/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * Accepting a finding ("Chấp nhận") end to end, over the real core and marking and an .xlsx workbook: accept with a
 * reason → save → reopen with exceljs → still accepted in the pane and in `ro-viec check` on that file (not counted,
 * listed with --show-accepted); edit the cell → the finding is back. "Bỏ qua lần này" lasts one session only.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { configure, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { run } from "../../src/cli/main";
import { App } from "../../src/taskpane/App";
import type { CheckSuccess } from "../../src/taskpane/paneTypes";
import { STATE_SHEET } from "../../src/workbook/marking";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import "./jsdom-shims";

// A busy machine re-checks slower than testing-library's one second.
configure({ asyncUtilTimeout: 20_000 });

const EXAMPLE = path.resolve(__dirname, "../../examples/ke-hoach-de-an-06-nam-2024.xlsx");
const SHEET = "Phụ lục";
const REASON = "Nhiệm vụ chuyển tiếp từ kế hoạch năm 2023";

beforeEach(() => localStorage.clear());

async function open(bytes: Uint8Array): Promise<XlsxWorkbook> {
  const book = await XlsxWorkbook.fromBuffer(bytes);
  book.setActiveSheet(SHEET);
  return book;
}

/** Renders the pane over `book`, checks, and returns the last result. */
async function pane(book: XlsxWorkbook): Promise<() => CheckSuccess> {
  let last: CheckSuccess | undefined;
  render(<App port={book} theme="light" lang="vi" onResult={(r) => (last = r)} />);
  fireEvent.click(await screen.findByTestId("check"));
  await waitFor(() => expect(last).toBeDefined());
  await waitFor(() => expect(screen.getByTestId("check").hasAttribute("disabled")).toBe(false));
  return () => last!;
}

const findingCount = () => Number(screen.getAllByTestId("finding-count")[0].textContent);
const item = (rule: string, row: number) =>
  document.querySelector<HTMLElement>(`li[data-rule="${rule}"][data-row="${row}"]`);

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await run(args, { out: (s) => (out += s + "\n"), err: (s) => (out += s + "\n") });
  return { code, out };
}

it("keeps an acceptance through save and reopen, in the pane and the command line, until the cell changes", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ro-viec-accept-"));
  const book = await open(await fs.readFile(EXAMPLE));
  await pane(book);
  const before = findingCount();
  const finding = item("deadline-outside-plan", 21)!;
  expect(finding).not.toBeNull();

  fireEvent.click(within(finding).getByTestId("accept-open"));
  fireEvent.change(within(finding).getByTestId("accept-reason"), { target: { value: REASON } });
  fireEvent.click(within(finding).getByTestId("accept"));
  await screen.findByText("Đã chấp nhận vấn đề ở ô F21 và lưu vào tệp.");
  await waitFor(() => expect(item("deadline-outside-plan", 21)).toBeNull());
  expect(findingCount()).toBe(before - 1);
  expect(screen.getByTestId("accepted-count").textContent).toBe("1 đã chấp nhận");

  // Save, close, reopen: the acceptance is in the file (the very hidden state sheet).
  const saved = await book.toBuffer();
  cleanup();
  const reopened = await open(saved);
  expect((await reopened.listSheets()).find((s) => s.name === STATE_SHEET)?.visible).toBe(false);
  await pane(reopened);
  await waitFor(() => expect(screen.getByTestId("accepted-count").textContent).toBe("1 đã chấp nhận"));
  expect(item("deadline-outside-plan", 21)).toBeNull();
  expect(findingCount()).toBe(before - 1);
  fireEvent.click(screen.getByTestId("accepted-count"));
  const listed = screen.getByTestId("accepted").querySelector<HTMLElement>('li[data-rule="deadline-outside-plan"]')!;
  expect(listed.textContent).toContain(`Lý do: ${REASON}`);
  expect(listed.textContent).toContain("F21");
  cleanup();

  // The command line reading the same file honours it.
  const file = path.join(dir, "accepted.xlsx");
  await fs.writeFile(file, saved);
  const plain = await cli(["check", EXAMPLE, "--json"]);
  const original = JSON.parse(plain.out) as { stats: { errors: number }; findings: { cell: string; rule: string }[] };
  const json = await cli(["check", file, "--json", "--show-accepted"]);
  const report = JSON.parse(json.out) as typeof original & { accepted: { cell: string; reason: string }[] };
  expect(report.findings.some((f) => f.cell === "F21" && f.rule === "deadline-outside-plan")).toBe(false);
  expect(report.findings).toHaveLength(original.findings.length - 1);
  expect(report.stats.errors).toBe(original.stats.errors - 1);
  expect(report.accepted).toEqual([expect.objectContaining({ cell: "F21", reason: REASON })]);
  const text = await cli(["check", file]);
  expect(text.out).not.toContain("F21     lỗi");
  expect(text.out).toContain("1 phát hiện đã chấp nhận (lưu trong tệp) không tính vào tổng");
  const shown = await cli(["check", file, "--show-accepted", "--lang", "en"]);
  expect(shown.out).toContain("Findings accepted (1), not counted in the totals:");
  expect(shown.out).toMatch(/F21 .*deadline-outside-plan/);
  expect(shown.out).toContain(`→ reason: “${REASON}”`);

  // Editing the cell revokes it: the finding is back, in the command line and in the pane.
  const edited = await open(saved);
  await edited.writeValues(SHEET, [{ row: 21, col: 6, value: "Tháng 5/2023" }]);
  const editedBytes = await edited.toBuffer();
  await fs.writeFile(file, editedBytes);
  const back = JSON.parse((await cli(["check", file, "--json"])).out) as typeof original;
  expect(back.findings.some((f) => f.cell === "F21" && f.rule === "deadline-outside-plan")).toBe(true);
  expect(back.stats.errors).toBe(original.stats.errors);
  await pane(await open(editedBytes));
  expect(item("deadline-outside-plan", 21)).not.toBeNull();
  expect(screen.queryByTestId("accepted-count")).toBeNull();
  await fs.rm(dir, { recursive: true, force: true });
});

it("ignores a finding for this session only, and revokes an acceptance", async () => {
  const bytes = await fs.readFile(EXAMPLE);
  const book = await open(bytes);
  await pane(book);
  const before = findingCount();

  const d23 = item("missing-co-lead", 23)!;
  fireEvent.click(within(d23).getByTestId("accept-open"));
  fireEvent.click(within(d23).getByTestId("ignore"));
  await waitFor(() => expect(item("missing-co-lead", 23)).toBeNull());
  expect(findingCount()).toBe(before - 1);
  fireEvent.click(screen.getByTestId("accepted-count"));
  expect(screen.getByTestId("accepted").textContent).toContain("Bỏ qua lần này");
  // Nothing was written for it: the workbook has no state sheet.
  expect(await book.readSheet(STATE_SHEET)).toBeUndefined();

  const e27 = item("missing-deliverable", 27)!;
  fireEvent.click(within(e27).getByTestId("accept-open"));
  fireEvent.click(within(e27).getByTestId("accept"));
  await waitFor(() => expect(screen.getByTestId("accepted-count").textContent).toBe("2 đã chấp nhận"));
  expect(findingCount()).toBe(before - 2);

  // A new session (the pane opened again on the same workbook) keeps the acceptance, not the one-time ignore.
  cleanup();
  await pane(book);
  await waitFor(() => expect(screen.getByTestId("accepted-count").textContent).toBe("1 đã chấp nhận"));
  expect(item("missing-co-lead", 23)).not.toBeNull();
  expect(item("missing-deliverable", 27)).toBeNull();

  // "Xóa đánh dấu" keeps the acceptance and says so; revoking it brings the finding back and leaves no state.
  fireEvent.click(screen.getByTestId("mark"));
  await screen.findByText(/Đã đánh dấu \d+ ô/);
  fireEvent.click(screen.getByTestId("clear-marks"));
  await screen.findByText(/Đã xóa đánh dấu\. Giữ 1 vấn đề đã chấp nhận/);
  expect(await book.readSheet(STATE_SHEET)).toBeDefined();
  fireEvent.click(screen.getByTestId("accepted-count"));
  fireEvent.click(within(screen.getByTestId("accepted")).getByTestId("revoke"));
  await waitFor(() => expect(item("missing-deliverable", 27)).not.toBeNull());
  expect(screen.queryByTestId("accepted-count")).toBeNull();
  expect(findingCount()).toBe(before);
  expect(await book.readSheet(STATE_SHEET)).toBeUndefined();
});
