/**
 * Builds examples/theo-doi-tien-do-2024.xlsx: the 2024 appendix (examples/ke-hoach-de-an-06-nam-2024.xlsx, built by
 * scripts/build-examples.ts) reused as the monthly tracking sheet, the way provinces report at mid-year: two
 * columns added, "Tình trạng" (status, as clerks write it) and "Ngày hoàn thành" (completion date), filled for
 * the position at 30/06/2024. Run: `npm run examples` (after build-examples). It uses exceljs directly.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { ROOT, run } from "./paths";

const SOURCE = path.join(ROOT, "examples", "ke-hoach-de-an-06-nam-2024.xlsx");
const TARGET = path.join(ROOT, "examples", "theo-doi-tien-do-2024.xlsx");
const FIXED_DATE = new Date(Date.UTC(2024, 6, 2, 8, 0, 0));
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * Status and completion date per task number, as at 30/06/2024. Tasks not listed are in progress. Dates come as
 * date cells and, for a few, as text the way clerks type them.
 */
const PROGRESS: Record<number, [string, (Date | string)?]> = {
  1: ["Hoàn thành", d("2024-02-20")],
  2: ["Hoàn thành", d("2024-03-05")], // late: due February
  3: ["Đã hoàn thành", "28/3/2024"],
  4: ["Đang thực hiện"], // overdue
  5: ["Hoàn thành", d("2024-06-25")],
  7: ["Thực hiện thường xuyên"],
  8: ["Đang triển khai"],
  9: ["Hoàn thành", d("2024-06-14")],
  10: ["Đã hoàn thành", d("2023-06-28")],
  12: ["Thực hiện hằng tháng"],
  18: ["Hoàn thành", d("2024-03-29")],
  19: ["Chưa có hướng dẫn của Cục C06"],
  21: ["Chưa thực hiện"], // overdue
  22: ["Hoàn thành", "26/4/2024"],
  23: ["Đang thực hiện (đạt 70%)"], // overdue
  24: ["Hoàn thành", d("2024-06-28")],
  25: ["Hoàn thành", d("2024-05-15")], // done before it is due
  29: ["Hoàn thành", d("2024-04-10")], // late: due Q1
  30: ["Hoàn thành", d("2024-04-25")],
  31: [""], // blank: overdue
  35: ["Chưa triển khai"],
  39: ["Đang thực hiện"],
};

function headerText(v: ExcelJS.CellValue): string {
  return String(v ?? "")
    .replace(/<[^>]+>/g, "")
    .trim();
}

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SOURCE);
  wb.modified = FIXED_DATE;
  const ws = wb.worksheets[0];
  ws.getColumn(7).width = 22;
  ws.getColumn(8).width = 14;
  let tasks = 0;
  ws.eachRow((row, r) => {
    const a = row.getCell(1).value;
    if (headerText(a) === "STT") {
      ["Tình trạng", "Ngày hoàn thành"].forEach((text, i) => {
        const cell = row.getCell(7 + i);
        const like = row.getCell(6);
        cell.value = typeof like.value === "string" && like.value.includes("<b>") ? `<b>${text}</b>` : text;
        cell.font = like.font;
        cell.alignment = like.alignment;
        cell.border = BORDER;
      });
      return;
    }
    if (typeof a !== "number" || ws.getCell(r, 1).isMerged) return;
    tasks++;
    const [status, done] = PROGRESS[a] ?? ["Đang thực hiện"];
    const font = row.getCell(6).font;
    [status, done].forEach((v, i) => {
      const cell = row.getCell(7 + i);
      if (v !== undefined && v !== "") cell.value = v;
      if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
      cell.font = font;
      cell.alignment = { horizontal: i === 1 ? "center" : "left", vertical: "top", wrapText: true };
      cell.border = BORDER;
    });
  });
  await wb.xlsx.writeFile(TARGET);
  console.log(`${path.relative(ROOT, TARGET)}: ${tasks} tasks`);
}

run(main);
