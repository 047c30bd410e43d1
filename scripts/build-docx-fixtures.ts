/**
 * Builds the Word test documents with the `docx` library (a development dependency; run:
 * `npm run build:scripts && node lib/scripts/build-docx-fixtures.js`):
 *
 *   test/fixtures/docx/plan-2024.docx   the 2024 appendix of the Bình Định plan (scripts/binh-dinh-2024-appendix.tsv,
 *                                       the source of examples/ke-hoach-de-an-06-nam-2024.xlsx) as Word has it: the
 *                                       title lines as paragraphs above the table, section rows merged across the
 *                                       six columns (gridSpan) and bold, the table split at each page break of the
 *                                       source into a new table after a page break, the header repeated at the top
 *                                       of each part (marked as a repeating header row), and the two rows the source
 *                                       splits across a page break split the same way
 *   test/fixtures/docx/tcvn3.docx       a short appendix typed in the legacy TCVN3 encoding (".VnTime", capitals in
 *                                       ".VnTimeH"), with a task spanning two rows (vertical merge)
 *   test/fixtures/docx/prose.docx       the Lai Châu plan's section IV as Word list paragraphs (automatic numbering
 *                                       for the agency headings, bullets for the tasks)
 *   test/fixtures/docx/no-table.docx    a letter with no table and no task list
 */
import * as docx from "docx";
import * as fs from "fs";
import * as path from "path";
import { toTcvn3 } from "../src/core";
import { ROOT, run } from "./paths";
import { cellsOf, isHeaderLine, isSectionLine, readSeedAppendix } from "./seed-appendix";

const OUT = path.join(ROOT, "test", "fixtures", "docx");
const FONT = "Times New Roman";
const WIDTHS = [700, 5200, 2000, 2600, 2200, 1800];

const strip = (s: string): string =>
  s
    .replace(/<\/?b>/g, "")
    .replace(/\*+/g, "")
    .trim();

interface TextOptions {
  bold?: boolean;
  italic?: boolean;
  font?: string;
}

function para(
  text: string,
  {
    bold = false,
    italic = false,
    font = FONT,
    pageBreakBefore = false,
  }: TextOptions & { pageBreakBefore?: boolean } = {},
): docx.Paragraph {
  return new docx.Paragraph({
    pageBreakBefore,
    alignment: docx.AlignmentType.CENTER,
    children: [new docx.TextRun({ text, bold, italics: italic, font })],
  });
}

interface CellOptions extends TextOptions {
  span?: number;
  vMerge?: (typeof docx.VerticalMergeType)[keyof typeof docx.VerticalMergeType];
}

function cell(text: string, { bold = false, span = 1, font = FONT, vMerge }: CellOptions = {}): docx.TableCell {
  const lines = String(text ?? "").split("\n");
  return new docx.TableCell({
    columnSpan: span,
    verticalMerge: vMerge,
    children: [
      new docx.Paragraph({
        children: lines.map((l, i) => new docx.TextRun({ text: l, bold, font, break: i > 0 ? 1 : 0 })),
      }),
    ],
  });
}

function table(rows: docx.TableRow[]): docx.Table {
  return new docx.Table({ columnWidths: WIDTHS, rows });
}

async function write(name: string, children: Array<docx.Paragraph | docx.Table>): Promise<void> {
  const doc = new docx.Document({
    creator: "Rõ Việc",
    sections: [{ properties: { page: { size: { orientation: docx.PageOrientation.LANDSCAPE } } }, children }],
  });
  const buf = await docx.Packer.toBuffer(doc);
  fs.writeFileSync(path.join(OUT, name), buf);
}

async function plan2024(): Promise<void> {
  const { title, attached, table: lines } = readSeedAppendix();
  const children: Array<docx.Paragraph | docx.Table> = [
    para("ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", { bold: true }),
    para("PHỤ LỤC", { bold: true }),
    para(title, { bold: true }),
    para(attached, { italic: true }),
    new docx.Paragraph({ children: [] }),
  ];
  let rows: docx.TableRow[] = [];
  let pageBreak = false;
  const flush = () => {
    if (rows.length === 0) return;
    if (pageBreak) children.push(new docx.Paragraph({ children: [new docx.PageBreak()] }));
    children.push(table(rows));
    rows = [];
  };
  for (const line of lines) {
    if (line.trim() === "") {
      flush();
      pageBreak = true;
      continue;
    }
    const cells = cellsOf(line);
    const plain = cells.map(strip);
    if (isHeaderLine(cells)) {
      rows.push(
        new docx.TableRow({ tableHeader: true, children: plain.slice(0, 6).map((t) => cell(t, { bold: true })) }),
      );
    } else if (isSectionLine(cells)) {
      rows.push(new docx.TableRow({ children: [cell(plain[0], { bold: true, span: 6 })] }));
    } else {
      rows.push(new docx.TableRow({ children: plain.slice(0, 6).map((t) => cell(t)) }));
    }
  }
  flush();
  children.push(para("KT. CHỦ TỊCH", { bold: true }), para("PHÓ CHỦ TỊCH", { bold: true }));
  await write("plan-2024.docx", children);
}

async function tcvn3(): Promise<void> {
  const vn = (t: string, opts: CellOptions = {}): docx.TableCell => cell(toTcvn3(t), { ...opts, font: ".VnTime" });
  const caps = (t: string): docx.Paragraph => para(toTcvn3(t.toLowerCase()), { bold: true, font: ".VnTimeH" });
  const header = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành"];
  await write("tcvn3.docx", [
    caps("PHỤ LỤC"),
    caps("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024"),
    table([
      new docx.TableRow({ tableHeader: true, children: header.map((h) => vn(h, { bold: true })) }),
      new docx.TableRow({ children: [vn("I", { bold: true }), vn("Hạ tầng số", { bold: true, span: 5 })] }),
      new docx.TableRow({
        children: [
          vn("1", { vMerge: docx.VerticalMergeType.RESTART }),
          vn("Nâng cấp mạng truyền số liệu chuyên dùng đến cấp xã", { vMerge: docx.VerticalMergeType.RESTART }),
          vn("Sở Thông tin và Truyền thông"),
          vn("Ủy ban nhân dân các huyện"),
          vn("Mạng được nâng cấp"),
          vn("Quý IV/2024"),
        ],
      }),
      new docx.TableRow({
        children: [
          vn("", { vMerge: docx.VerticalMergeType.CONTINUE }),
          vn("", { vMerge: docx.VerticalMergeType.CONTINUE }),
          vn("Bưu điện tỉnh"),
          vn("Sở Tài chính"),
          vn("Báo cáo kết quả"),
          vn("Tháng 12/2024"),
        ],
      }),
      new docx.TableRow({
        children: ["2", "Đào tạo kỹ năng số cho cán bộ, công chức", "Sở Nội vụ", "", "", "Năm 2024"].map((t) => vn(t)),
      }),
    ]),
  ]);
}

async function prose(): Promise<void> {
  const text = fs.readFileSync(path.join(ROOT, "test", "fixtures", "prose", "lai-chau-2026-plan.txt"), "utf8");
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith("IV. NHIỆM VỤ CỤ THỂ"));
  const end = lines.findIndex((l) => l.startsWith("V. KINH PHÍ"));
  const children: docx.Paragraph[] = [];
  for (const line of lines.slice(start, end)) {
    const t = line.trim();
    if (t === "") continue;
    let m: RegExpExecArray | null;
    if ((m = /^IV\. (.*)$/.exec(t)))
      children.push(
        new docx.Paragraph({
          numbering: { reference: "roman", level: 0 },
          children: [new docx.TextRun({ text: m[1], bold: true })],
        }),
      );
    else if ((m = /^\d+\. (.*)$/.exec(t)))
      children.push(
        new docx.Paragraph({
          numbering: { reference: "agencies", level: 0 },
          children: [new docx.TextRun({ text: m[1], bold: true })],
        }),
      );
    else if ((m = /^- (?!\+)(.*)$/.exec(t)) && !/^(Đơn vị phối hợp|Sản phẩm|Tiến độ):/.test(m[1]))
      children.push(new docx.Paragraph({ bullet: { level: 0 }, children: [new docx.TextRun(m[1])] }));
    else children.push(new docx.Paragraph({ children: [new docx.TextRun(t)] }));
  }
  const doc = new docx.Document({
    creator: "Rõ Việc",
    numbering: {
      config: [
        { reference: "roman", levels: [{ level: 0, format: docx.LevelFormat.UPPER_ROMAN, text: "%1.", start: 4 }] },
        { reference: "agencies", levels: [{ level: 0, format: docx.LevelFormat.DECIMAL, text: "%1.", start: 1 }] },
      ],
    },
    sections: [{ children }],
  });
  fs.writeFileSync(path.join(OUT, "prose.docx"), await docx.Packer.toBuffer(doc));
}

async function noTable(): Promise<void> {
  await write("no-table.docx", [
    para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true }),
    para("Kính gửi: Các sở, ban, ngành tỉnh."),
    para("Đề nghị các cơ quan báo cáo kết quả thực hiện trước ngày 15 hằng tháng."),
  ]);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  await plan2024();
  await tcvn3();
  await prose();
  await noTable();
  console.log("Wrote test/fixtures/docx/{plan-2024,tcvn3,prose,no-table}.docx");
}

run(main);
