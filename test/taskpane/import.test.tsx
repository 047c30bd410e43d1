/** @jest-environment jsdom */
/**
 * "Nhập từ Word" in the pane, over the real Word reader, core and appendix sheet writer with an in-memory workbook:
 * choose a .docx (or paste a prose task list), see what was read, write it as a new sheet, and find it checked.
 */
import "./jsdom-shims";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { checkGrid, createGrid, findAppendix, rangeAddress, type Grid } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { appendixSheetPlan } from "../../src/workbook/appendix-sheet";
import { wordGrids } from "../../src/workbook/word-read";
import { binhDinh2024Task, TASK_HEADER } from "../fixtures/grids";
import { FakePort } from "./fakePort";
import { appendixSheet } from "./fixtures";

const ROOT = path.resolve(__dirname, "../..");
const DOCX = (name: string) => readFileSync(path.join(ROOT, "test/fixtures/docx", name));
const LAI_CHAU = readFileSync(path.join(ROOT, "test/fixtures/prose/lai-chau-2026-plan.txt"), "utf8");

beforeEach(() => localStorage.clear());

/** A workbook whose only sheet is the user's, named as the Word table's sheet will be ("Bảng 1"). */
function workbook(): FakePort {
  return new FakePort({ sheets: { "Bảng 1": appendixSheet() } });
}

async function openImport(lang: "vi" | "en" = "vi") {
  await screen.findByTestId("check");
  fireEvent.click(screen.getByRole("tab", { name: lang === "vi" ? "Nhập từ Word" : "Import from Word" }));
  return screen.findByTestId("import-pick");
}

function choose(name: string, bytes: Uint8Array<ArrayBuffer> | string) {
  const file = new File([bytes], name, {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
  fireEvent.change(screen.getByTestId("import-file"), { target: { files: [file] } });
}

const figure = (id: string) => Number(screen.getByTestId(`import-${id}`).textContent);

async function plan2024(): Promise<Grid> {
  const read = await wordGrids(new Uint8Array(DOCX("plan-2024.docx")), { table: (n) => `Bảng ${n}`, prose: "x" });
  return findAppendix(read.grids)!.grid;
}

it("reads a .docx, previews it, writes it as a new sheet beside the user's and checks it", async () => {
  const grid = await plan2024();
  const expected = checkGrid(grid);
  if (!expected.ok) throw new Error("the fixture holds an appendix");
  const port = workbook();
  const before = JSON.stringify(port.sheets["Bảng 1"].rows);
  render(<App port={port} theme="light" lang="vi" />);
  const pick = await openImport();
  // The file input is named and the button that opens it is reached by keyboard.
  expect(screen.getByLabelText("Tệp Word (.docx) có phụ lục nhiệm vụ")).toBe(screen.getByTestId("import-file"));
  expect(pick.tagName).toBe("BUTTON");

  choose("ke-hoach-2024.docx", DOCX("plan-2024.docx"));
  const preview = await screen.findByTestId("import-preview", {}, { timeout: 10000 });
  expect(preview.textContent).toContain("Đã đọc “ke-hoach-2024.docx”");
  expect(figure("tasks")).toBe(expected.report.stats.tasks);
  expect(figure("tasks")).toBeGreaterThan(20);
  expect(figure("sections")).toBe(expected.report.stats.sections);
  expect(figure("leads")).toBeGreaterThan(5);
  expect(screen.queryByTestId("import-unplaced")).toBeNull();
  expect(screen.queryByTestId("import-converted")).toBeNull();
  expect(port.callsOf("addSheet")).toEqual([]);

  fireEvent.click(screen.getByTestId("import-write"));
  await screen.findByText("Đã ghi phụ lục vào trang tính mới “Bảng 1 (2)” và kiểm tra.");

  // The user's sheet is untouched; the new one holds the appendix laid out as `ro-viec import` lays it out.
  expect(JSON.stringify(port.sheets["Bảng 1"].rows)).toBe(before);
  const written = port.sheets["Bảng 1 (2)"];
  const plan = appendixSheetPlan(grid);
  expect(written.rows.length).toBe(grid.rowCount);
  expect(written.rows).toEqual(plan.rows);
  expect(written.merges!.sort()).toEqual(grid.merges.map(rangeAddress).sort());
  expect(written.merges!.length).toBeGreaterThan(3);
  const header = expected.analysis.table.headerRow;
  expect(written.rows[header - 1][0]).toBe("STT");
  expect(written.bold).toEqual(expect.arrayContaining([`${header}:1`, `${header}:2`]));
  expect(written.layout?.page).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });

  // The pane switched to the new sheet and checked it: the check tab lists its findings.
  expect(port.callsOf("select")[0]).toEqual(["Bảng 1 (2)", { top: 1, left: 1, bottom: 1, right: 1 }]);
  expect(screen.getByRole("tab", { name: "Kiểm tra" }).getAttribute("aria-selected")).toBe("true");
  await waitFor(() => expect(Number(screen.getAllByTestId("finding-count")[0].textContent)).toBeGreaterThan(0));
  const again = createGrid({ sheet: "Bảng 1 (2)", rows: written.rows, merges: written.merges, bold: written.bold });
  const check = checkGrid(again);
  expect(check.ok && check.report.findings.length).toBe(Number(screen.getAllByTestId("finding-count")[0].textContent));
  expect(port.callsOf("readGrid").at(-1)?.[0]).toBe("Bảng 1 (2)");
});

it("reads a pasted prose task list: tasks, sections, leads, and the line it could not place listed", async () => {
  const port = workbook();
  render(<App port={port} theme="light" lang="vi" />);
  await openImport();
  fireEvent.change(screen.getByTestId("import-text"), { target: { value: LAI_CHAU } });
  fireEvent.click(screen.getByTestId("import-read"));
  await screen.findByTestId("import-preview", {}, { timeout: 10000 });
  expect(screen.getByTestId("import-preview").textContent).toContain("Đã đọc văn bản dán");
  expect(figure("tasks")).toBe(38);
  expect(figure("sections")).toBe(14);
  expect(figure("leads")).toBeGreaterThanOrEqual(14);
  const unplaced = screen.getByTestId("import-unplaced");
  expect(unplaced.textContent).toContain("1 dòng không xếp được vào bảng");
  expect(within(unplaced).getByText(/^Dòng 408: Căn cứ chức năng, nhiệm vụ được giao/)).toBeTruthy();

  fireEvent.click(screen.getByTestId("import-write"));
  await screen.findByText("Đã ghi phụ lục vào trang tính mới “Phụ lục” và kiểm tra.");
  const sheet = port.sheets["Phụ lục"];
  expect(sheet.rows[1].slice(0, 3)).toEqual(["STT", expect.any(String), "Đơn vị chủ trì"]);
  expect(sheet.rows[3][1]).toBe("Công an tỉnh");
  await waitFor(() => expect(screen.getAllByTestId("finding-count").length).toBeGreaterThan(0));
  // The check reports the tasks with no deliverable or deadline of their own.
  expect(document.querySelectorAll('li[data-rule="missing-deliverable"]').length).toBeGreaterThan(0);
});

/** A .docx whose body is `body` (WordprocessingML), as Word would zip it (the parts the reader needs). */
async function docx(body: string): Promise<Uint8Array<ArrayBuffer>> {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const zip = new JSZip();
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
const tr = (cells: readonly unknown[]) =>
  `<w:tr>${cells.map((c) => `<w:tc>${para(c === null ? "" : String(c))}</w:tc>`).join("")}</w:tr>`;
const table = (rows: (readonly unknown[])[]) => `<w:tbl>${rows.map(tr).join("")}</w:tbl>`;

it("lists the tables of a document with several, and writes the one the user picks", async () => {
  const bytes = await docx(
    table([
      ["ỦY BAN NHÂN DÂN TỈNH", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Số: 26/KH-UBND", "", "Bình Định, ngày 20 tháng 02 năm 2024"],
    ]) +
      para("PHỤ LỤC I") +
      table([TASK_HEADER, ...[1, 2, 3].map(binhDinh2024Task)]) +
      para("PHỤ LỤC II") +
      table([TASK_HEADER, ...[4, 5, 7, 9, 10, 11].map(binhDinh2024Task)]),
  );
  const port = workbook();
  render(<App port={port} theme="light" lang="vi" />);
  await openImport();
  choose("hai-phu-luc.docx", bytes);
  const list = await screen.findByTestId("import-tables", {}, { timeout: 10000 });
  const radios = within(list).getAllByRole<HTMLInputElement>("radio");
  expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual([
    "Bảng 1 — không phải phụ lục nhiệm vụ",
    "Bảng 2 — 3 nhiệm vụ",
    "Bảng 3 — 6 nhiệm vụ",
  ]);
  expect(radios[0].disabled).toBe(true);
  fireEvent.click(radios[2]);
  await waitFor(() => expect(figure("tasks")).toBe(6));
  fireEvent.click(screen.getByTestId("import-write"));
  await screen.findByText("Đã ghi phụ lục vào trang tính mới “Bảng 3” và kiểm tra.");
  const rows = port.sheets["Bảng 3"].rows;
  const numbers = rows.map((r) => String(r[0] ?? "")).filter((v) => /^\d+$/.test(v));
  expect(numbers).toEqual(["4", "5", "7", "9", "10", "11"]);
  expect(rows.some((r) => r[1] === binhDinh2024Task(11)[1])).toBe(true);
  expect(rows.some((r) => r[1] === binhDinh2024Task(1)[1])).toBe(false);
});

it("says it converted legacy TCVN3 text, in the language shown", async () => {
  render(<App port={workbook()} theme="light" lang="en" />);
  await openImport("en");
  choose("tcvn3.docx", DOCX("tcvn3.docx"));
  const note = await screen.findByTestId("import-converted", {}, { timeout: 10000 });
  expect(note.textContent).toBe("Text typed in a legacy encoding (TCVN3 (ABC)) was converted to Unicode.");
});

describe("a file or text that cannot be imported: one message in the user's language, nothing written", () => {
  const OLE2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array<number>(504).fill(0)]);

  it.each([
    [
      "vi",
      "bien-ban.doc",
      OLE2,
      "“bien-ban.doc” là tài liệu Word 97-2003 (.doc): hãy mở bằng Word, lưu thành .docx rồi chọn lại.",
    ],
    ["en", "notes.docx", "Kế hoạch số 12", "Cannot read “notes.docx”: it is not a Word .docx document."],
    [
      "vi",
      "thu.docx",
      DOCX("no-table.docx"),
      "“thu.docx” không có bảng phụ lục nào, cũng không có danh sách nhiệm vụ giao cho từng cơ quan.",
    ],
  ] as const)("%s: %s", async (lang, name, bytes, message) => {
    const port = workbook();
    render(<App port={port} theme="light" lang={lang} />);
    await openImport(lang);
    choose(name, typeof bytes === "string" ? bytes : new Uint8Array(bytes));
    const error = await screen.findByTestId("import-error", {}, { timeout: 10000 });
    expect(error.textContent).toBe(message);
    expect(screen.queryByTestId("import-preview")).toBeNull();
    expect(port.callsOf("addSheet")).toEqual([]);
  });

  it("a table with no appendix header", async () => {
    const port = workbook();
    render(<App port={port} theme="light" lang="en" />);
    await openImport("en");
    choose(
      "grid.docx",
      await docx(
        table([
          ["A", "B", "C"],
          ["1", "2", "3"],
        ]) + para("Kính gửi các sở."),
      ),
    );
    const error = await screen.findByTestId("import-error", {}, { timeout: 10000 });
    expect(error.textContent).toBe(
      "The tables in “grid.docx” have no task appendix header row (content, lead agency, deadline…).",
    );
    expect(port.callsOf("addSheet")).toEqual([]);
  });

  it("pasted text that assigns no task", async () => {
    const port = workbook();
    render(<App port={port} theme="light" lang="vi" />);
    await openImport();
    fireEvent.change(screen.getByTestId("import-text"), { target: { value: "Kính gửi các sở.\nĐề nghị báo cáo." } });
    await act(async () => {
      fireEvent.click(screen.getByTestId("import-read"));
    });
    const error = await screen.findByTestId("import-error");
    expect(error.textContent).toMatch(/^Văn bản dán không có nhiệm vụ nào giao cho cơ quan/);
    expect(port.callsOf("addSheet")).toEqual([]);
  });
});
