/**
 * Builds the example workbook and the test fixture workbooks (run: `npm run examples`).
 *
 *   examples/ke-hoach-de-an-06-nam-2024.xlsx   the 2024 appendix of a real Đề án 06 plan (Bình Định), laid out as
 *                                              the signed document: title rows, repeated headers and rows split
 *                                              at page breaks exactly as in the source (scripts/binh-dinh-2024-appendix.tsv)
 *   test/fixtures/xlsx/plan-2024.xlsx          the same workbook
 *   test/fixtures/xlsx/plan-2026-restart.xlsx  a 2026 appendix, numbering restarting in each section (see PLAN_2026)
 *   test/fixtures/xlsx/two-sheets.xlsx         a cover sheet "Bìa", then the 2024 appendix on the second sheet
 *   test/fixtures/xlsx/no-appendix.xlsx        one sheet of unrelated data
 *   test/fixtures/xlsx/not-a-workbook.xlsx     a text file with an .xlsx name
 *   test/fixtures/xlsx/encrypted.xlsx          stands for a password-protected workbook: Excel saves those as an
 *                                              OLE2 compound file, so the file is the OLE2 signature
 *                                              D0 CF 11 E0 A1 B1 1A E1 followed by zeros (a 512-byte header)
 *   test/fixtures/xlsx/cell-errors.xlsx        a small appendix with #REF! in a lead cell and #N/A in a deadline cell
 *
 * It uses exceljs directly.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { ROOT, run } from "./paths";
import { cellsOf, isHeaderLine, isSectionLine, readSeedAppendix } from "./seed-appendix";

type Sheet = ExcelJS.Worksheet;
const EXAMPLES = path.join(ROOT, "examples");
const FIXTURES = path.join(ROOT, "test", "fixtures", "xlsx");

const FONT = "Times New Roman";
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WIDTHS = [6, 58, 24, 30, 26, 20];
const FIXED_DATE = new Date(Date.UTC(2024, 1, 20, 8, 0, 0));

/* ------------------------------------------------------------------ layout helpers */

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Rõ Việc";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function appendixSheet(wb: ExcelJS.Workbook, name: string): Sheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

/** A title line merged across A:F, centred. */
function titleRow(
  ws: Sheet,
  row: number,
  text: string,
  { bold = true, italic = false, height }: { bold?: boolean; italic?: boolean; height?: number } = {},
): void {
  ws.mergeCells(row, 1, row, 6);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size: 13, bold, italic };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  if (height) ws.getRow(row).height = height;
}

function headerRow(ws: Sheet, row: number, values: string[]): void {
  values.forEach((v, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = v;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
  });
  fitHeight(ws, row);
}

/** A section heading ("I. VỀ …") merged across A:F, bold. */
function sectionRow(ws: Sheet, row: number, text: string): void {
  ws.mergeCells(row, 1, row, 6);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size: 12, bold: true };
  cell.alignment = { horizontal: "left", vertical: "middle", wrapText: true };
  for (let c = 1; c <= 6; c++) ws.getCell(row, c).border = BORDER;
  fitHeight(ws, row);
}

/** A task row (or a piece of one): numbers in column A as number cells, text wrapped, every cell bordered. */
function taskRow(ws: Sheet, row: number, values: ExcelJS.CellValue[], dateFormat = "dd/mm/yyyy"): void {
  for (let c = 1; c <= 6; c++) {
    const cell = ws.getCell(row, c);
    let v = values[c - 1];
    if (c === 1 && typeof v === "string" && /^\d+$/.test(v.trim())) v = Number(v.trim());
    if (v !== undefined && v !== null && v !== "") cell.value = v;
    if (v instanceof Date) cell.numFmt = dateFormat;
    cell.font = { name: FONT, size: 12 };
    cell.alignment = { horizontal: c === 1 ? "center" : "left", vertical: "top", wrapText: true };
    cell.border = BORDER;
  }
  fitHeight(ws, row);
}

/**
 * Row height for wrapped text, estimated from the text length and the column widths: not every spreadsheet
 * program fits row heights when it opens a file.
 */
function fitHeight(ws: Sheet, row: number, widths = WIDTHS): void {
  let lines = 1;
  const merged = ws.getCell(row, 1).isMerged && ws.getCell(row, 2).isMerged;
  const total = widths.reduce((a, b) => a + b, 0);
  for (let c = 1; c <= widths.length; c++) {
    const v = ws.getCell(row, c).value;
    if (typeof v !== "string" || (merged && c > 1)) continue;
    const perLine = Math.max(4, Math.floor((merged ? total : widths[c - 1]) * 1.1));
    const n = v.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  }
  ws.getRow(row).height = lines * 15.75 + 3;
}

/** The signature block under the table, on the right. */
function signature(ws: Sheet, row: number): void {
  ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"].forEach((text, i) => {
    ws.mergeCells(row + i, 4, row + i, 6);
    const cell = ws.getCell(row + i, 4);
    cell.value = text;
    cell.font = { name: FONT, size: 13, bold: true };
    cell.alignment = { horizontal: "center" };
  });
}

function printTitles(ws: Sheet, headerRowNumber: number): void {
  ws.pageSetup.printTitlesRow = `${headerRowNumber}:${headerRowNumber}`;
  ws.views = [{ state: "normal", activeCell: "A1", showGridLines: true }];
}

/* ------------------------------------------------------------------ the 2024 appendix (Bình Định) */

/**
 * Rows 1–4: title lines; row 5 blank; row 6 the header; from row 7 every line of the seed table, one sheet row per
 * line (seed blank lines stay blank rows, with a manual page break after them where a repeated header follows).
 * Repeated headers and the pieces of tasks 6 and 38 split by page breaks are kept as the seed has them.
 */
function build2024(ws: Sheet): void {
  const { title, attached, table } = readSeedAppendix();

  titleRow(ws, 1, "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH");
  titleRow(ws, 2, "PHỤ LỤC");
  titleRow(ws, 3, title, { height: 36 });
  titleRow(ws, 4, attached, { bold: false, italic: true, height: 20 });
  const headerAt = 6;
  headerRow(ws, headerAt, table[0].split("\t"));
  ws.getRow(headerAt).height = 33;

  let row = headerAt;
  for (const line of table.slice(1)) {
    row++;
    if (line.trim() === "") continue;
    const cells = cellsOf(line);
    if (isHeaderLine(cells)) {
      headerRow(ws, row, cells.slice(0, 6));
      // The page ended on the row above: break there, as the printed plan does.
      ws.getRow(row - 1).addPageBreak();
    } else if (isSectionLine(cells)) {
      sectionRow(ws, row, cells[0].replace(/<\/?b>/g, "").trim());
    } else {
      taskRow(ws, row, cells.slice(0, 6));
    }
  }
  signature(ws, row + 3);
  printTitles(ws, headerAt);
}

/* ------------------------------------------------------------------ the 2026 appendix, numbering per section */

/**
 * PLAN_2026 — a 2026 appendix whose numbering restarts in each section (labels I.1 … III.3). Sheet "Phụ lục":
 * rows 1–4 titles, row 6 header, row 7 the column numbers (1)…(6), tasks from row 8. What a careful reviewer
 * finds in it, and nothing else:
 *
 *   - I.2 (row 10, B10): the task text carries HTML fragments "<p>…</p>" left by a copy from a web system.
 *   - I.3 (row 11, D11): the co-operating agencies "Sở Tư pháp; Công an tỉnh" are the same two agencies as the
 *     lead "Công an tỉnh, Sở Tư pháp": an agency cannot co-operate with itself.
 *   - II.1 (row 14, C14): the lead "Sở Thông tin và Truyền thông" no longer exists since 1 March 2025 (merged
 *     into Sở Khoa học và Công nghệ; press and publishing went to Sở Văn hóa, Thể thao và Du lịch): suggest
 *     "Sở Khoa học và Công nghệ".
 *   - II.3 (row 16, B16): HTML fragments "<p>…</p>" in the task text.
 *   - II.4 (row 17, F17): the deadline "Tháng 13/2027" is not understood (there is no 13th month): no due date.
 *
 *   Not findings: the date cells in the deadline column (F10, F15, F19) are real 2026 dates; "Báo và Phát thanh,
 *   Truyền hình tỉnh" (D20) is one agency whose name contains a comma; "Ngày 22 hàng tháng" and "Thực hiện thường
 *   xuyên" are recurring/continuous deadlines; the restart of numbering in each section is the plan's style.
 */
const PLAN_2026: {
  province: string;
  title: string;
  attached: string;
  header: string[];
  sections: Array<{ title: string; tasks: Array<[string, string, string, string, string | Date]> }>;
} = {
  province: "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
  title: "DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN ĐỀ ÁN 06 TRÊN ĐỊA BÀN TỈNH NĂM 2026",
  attached: "(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng      năm 2026 của Ủy ban nhân dân tỉnh)",
  header: [
    "STT",
    "Nội dung, nhiệm vụ",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Kết quả, sản phẩm",
    "Thời hạn hoàn thành",
  ],
  sections: [
    {
      title: "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (04 NHIỆM VỤ)",
      tasks: [
        [
          "Ban hành Kế hoạch kiểm tra, giám sát việc triển khai các nhiệm vụ Đề án 06 năm 2026 tại các sở, ban, ngành và UBND các xã, phường",
          "Công an tỉnh",
          "Văn phòng UBND tỉnh; Sở Nội vụ",
          "Kế hoạch kiểm tra, giám sát",
          "Tháng 3/2026",
        ],
        [
          "<p>Sơ kết 06 tháng đầu năm 2026 công tác triển khai Đề án 06 trên địa bàn tỉnh</p>",
          "Công an tỉnh",
          "Các sở, ban, ngành; UBND các xã, phường",
          "Báo cáo sơ kết",
          new Date(Date.UTC(2026, 5, 30)),
        ],
        [
          "Rà soát, đề xuất sửa đổi, bổ sung quy định của tỉnh về tái sử dụng dữ liệu thành phần hồ sơ, kết quả giải quyết thủ tục hành chính đã được số hóa",
          "Công an tỉnh, Sở Tư pháp",
          "Sở Tư pháp; Công an tỉnh",
          "Báo cáo rà soát, đề xuất",
          "Quý II/2026",
        ],
        [
          "Định kỳ báo cáo kết quả triển khai Đề án 06 gửi Ban Chỉ đạo tỉnh và Bộ Công an",
          "Công an tỉnh",
          "Các sở, ban, ngành; UBND các xã, phường",
          "Báo cáo",
          "Ngày 22 hàng tháng",
        ],
      ],
    },
    {
      title: "II. PHÁT TRIỂN DỊCH VỤ CÔNG TRỰC TUYẾN, KẾT NỐI, CHIA SẺ DỮ LIỆU (04 NHIỆM VỤ)",
      tasks: [
        [
          "Duy trì kết nối, chia sẻ dữ liệu giữa Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với Cơ sở dữ liệu quốc gia về dân cư",
          "Sở Thông tin và Truyền thông",
          "Công an tỉnh; Văn phòng UBND tỉnh",
          "Báo cáo kết quả thực hiện",
          "Thực hiện thường xuyên",
        ],
        [
          "Tái cấu trúc quy trình, cắt giảm thành phần hồ sơ đối với các thủ tục hành chính đã khai thác được dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư",
          "Văn phòng UBND tỉnh",
          "Các sở, ban, ngành; UBND các xã, phường",
          "Quyết định phê duyệt phương án tái cấu trúc quy trình",
          new Date(Date.UTC(2026, 8, 30)),
        ],
        [
          "<p>Triển khai thanh toán không dùng tiền mặt đối với phí, lệ phí giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh</p>",
          "Sở Tài chính",
          "Thuế tỉnh; Văn phòng UBND tỉnh",
          "Báo cáo kết quả thực hiện",
          "Quý IV/2026",
        ],
        [
          "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc lĩnh vực hộ tịch, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư",
          "Sở Tư pháp",
          "UBND các xã, phường; Công an tỉnh",
          "Dữ liệu hộ tịch được số hóa, làm sạch",
          "Tháng 13/2027",
        ],
      ],
    },
    {
      title: "III. PHÁT TRIỂN CÔNG DÂN SỐ (03 NHIỆM VỤ)",
      tasks: [
        [
          "Đẩy mạnh cấp, kích hoạt tài khoản định danh điện tử mức độ 2 cho công dân từ đủ 14 tuổi trở lên",
          "Công an tỉnh",
          "UBND các xã, phường; Tỉnh đoàn",
          "Báo cáo kết quả thực hiện",
          new Date(Date.UTC(2026, 11, 31)),
        ],
        [
          "Tuyên truyền, hướng dẫn người dân sử dụng các tiện ích trên ứng dụng VNeID",
          "Sở Văn hóa, Thể thao và Du lịch",
          "Báo và Phát thanh, Truyền hình tỉnh; Công an tỉnh",
          "Tin, bài, phóng sự tuyên truyền",
          "Thực hiện thường xuyên",
        ],
        [
          "Chi trả các chính sách an sinh xã hội qua tài khoản ngân hàng của người thụ hưởng đã được xác thực với Cơ sở dữ liệu quốc gia về dân cư",
          "Sở Y tế",
          "Bảo hiểm xã hội tỉnh; Công an tỉnh",
          "Báo cáo kết quả thực hiện",
          "Quý III/2026",
        ],
      ],
    },
  ],
};

function build2026(ws: Sheet): void {
  titleRow(ws, 1, PLAN_2026.province);
  titleRow(ws, 2, "PHỤ LỤC");
  titleRow(ws, 3, PLAN_2026.title, { height: 36 });
  titleRow(ws, 4, PLAN_2026.attached, { bold: false, italic: true });
  headerRow(ws, 6, PLAN_2026.header);
  headerRow(
    ws,
    7,
    PLAN_2026.header.map((_, i) => `(${i + 1})`),
  );
  ws.getRow(7).font = { name: FONT, size: 11, italic: true };
  let row = 7;
  for (const section of PLAN_2026.sections) {
    sectionRow(ws, ++row, section.title);
    section.tasks.forEach((t, i) => taskRow(ws, ++row, [i + 1, ...t]));
  }
  signature(ws, row + 3);
  printTitles(ws, 6);
}

/* ------------------------------------------------------------------ small fixtures */

function buildCellErrors(ws: Sheet): void {
  titleRow(ws, 1, "PHỤ LỤC");
  titleRow(ws, 2, "DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 NĂM 2026");
  headerRow(ws, 4, ["STT", "Nội dung, nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả sản phẩm", "Thời hạn"]);
  sectionRow(ws, 5, "I. NHIỆM VỤ TRỌNG TÂM (03 NHIỆM VỤ)");
  taskRow(ws, 6, [
    1,
    "Rà soát, làm sạch dữ liệu dân cư trên địa bàn tỉnh",
    "Công an tỉnh",
    "UBND các xã, phường",
    "Báo cáo",
    "Quý I/2026",
  ]);
  // A lead cell whose lookup lost its source: the cached value is #REF!.
  taskRow(ws, 7, [
    2,
    "Kết nối Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với Cơ sở dữ liệu quốc gia về dân cư",
    { error: "#REF!" },
    "Công an tỉnh",
    "Báo cáo kết quả",
    "Tháng 6/2026",
  ]);
  // A deadline looked up from a list that has no entry for this task: a formula whose cached result is #N/A.
  taskRow(ws, 8, [
    3,
    "Tuyên truyền, hướng dẫn người dân sử dụng ứng dụng VNeID",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Công an tỉnh",
    "Tin, bài tuyên truyền",
    { formula: "NA()", result: { error: "#N/A" } },
  ]);
  printTitles(ws, 4);
}

function buildNoAppendix(ws: Sheet): void {
  const rows: Array<Array<string | Date>> = [
    ["Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Ngày sinh"],
    ["Nguyễn Văn An", "Trưởng phòng", "Phòng Hành chính – Tổng hợp", "0256 3822 101", new Date(Date.UTC(1978, 3, 12))],
    [
      "Trần Thị Bình",
      "Phó Trưởng phòng",
      "Phòng Hành chính – Tổng hợp",
      "0256 3822 102",
      new Date(Date.UTC(1983, 8, 2)),
    ],
    [
      "Lê Minh Châu",
      "Chuyên viên",
      "Phòng Kiểm soát thủ tục hành chính",
      "0256 3822 115",
      new Date(Date.UTC(1990, 0, 25)),
    ],
    [
      "Phạm Thu Dung",
      "Chuyên viên",
      "Trung tâm Phục vụ hành chính công",
      "0256 3822 120",
      new Date(Date.UTC(1995, 10, 7)),
    ],
  ];
  [24, 20, 36, 16, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  rows.forEach((r, i) => {
    r.forEach((v, c) => {
      const cell = ws.getCell(i + 1, c + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
      if (i === 0) cell.font = { bold: true };
    });
  });
}

function buildCover(ws: Sheet): void {
  ws.getColumn(1).width = 100;
  const lines: Array<[string, boolean]> = [
    ["ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", true],
    ["", false],
    ["KẾ HOẠCH", true],
    [
      "Thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 trên địa bàn tỉnh trong năm 2024",
      false,
    ],
    ["", false],
    ["Bình Định, tháng 02 năm 2024", false],
  ];
  lines.forEach(([text, bold], i) => {
    const cell = ws.getCell(i + 1, 1);
    if (text) cell.value = text;
    cell.font = { name: FONT, size: 14, bold };
    cell.alignment = { horizontal: "center", wrapText: true };
  });
}

/* ------------------------------------------------------------------ main */

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

async function main(): Promise<void> {
  {
    const wb = newWorkbook();
    build2024(appendixSheet(wb, "Phụ lục"));
    await save(wb, path.join(EXAMPLES, "ke-hoach-de-an-06-nam-2024.xlsx"));
    await save(wb, path.join(FIXTURES, "plan-2024.xlsx"));
  }
  {
    const wb = newWorkbook();
    build2026(appendixSheet(wb, "Phụ lục"));
    await save(wb, path.join(FIXTURES, "plan-2026-restart.xlsx"));
  }
  {
    const wb = newWorkbook();
    buildCover(wb.addWorksheet("Bìa"));
    build2024(appendixSheet(wb, "Phụ lục"));
    await save(wb, path.join(FIXTURES, "two-sheets.xlsx"));
  }
  {
    const wb = newWorkbook();
    buildNoAppendix(wb.addWorksheet("Danh sách cán bộ"));
    await save(wb, path.join(FIXTURES, "no-appendix.xlsx"));
  }
  {
    const wb = newWorkbook();
    buildCellErrors(appendixSheet(wb, "Phụ lục"));
    await save(wb, path.join(FIXTURES, "cell-errors.xlsx"));
  }
  fs.writeFileSync(
    path.join(FIXTURES, "not-a-workbook.xlsx"),
    "Đây không phải là tệp Excel: chỉ là văn bản mang đuôi .xlsx.\nThis is not an Excel file.\n",
  );
  console.log("wrote test/fixtures/xlsx/not-a-workbook.xlsx");
  const ole = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  fs.writeFileSync(path.join(FIXTURES, "encrypted.xlsx"), ole);
  console.log("wrote test/fixtures/xlsx/encrypted.xlsx");
}

run(main);
