/**
 * Realistic task appendices for the Office adapter tests, after the Bình Định 2024 plan (seeds): title rows merged
 * across the table, a bold header, a row of column numbers, merged bold section rows, a header repeated after a
 * page break with a continuation row, a real date cell, an error cell, a percentage and a hidden row.
 */
import { binhDinh2024Task, TASK_HEADER } from "../../fixtures/grids";
import { FakeSheet, type Literal } from "./fake-excel";

const HEADER: Literal[] = [...TASK_HEADER];

/** Columns of a task line without its number: 0 content, 1 lead, 2 co-lead, 3 deliverable, 4 deadline. */
const DELIVERABLE = 3;
const DEADLINE = 4;

/** Task `n` of the 2024 seed without its number, with some cells replaced. */
function seedTask(n: number, replace: Record<number, Literal> = {}): Literal[] {
  return binhDinh2024Task(n)
    .slice(1)
    .map((cell, i) => (i in replace ? replace[i] : cell));
}

/** Tasks 1–5, 7, 9 and 19 of the seed; task 5 with a real date, 9 without a deliverable, 19 with #REF!. */
const TASKS: Literal[][] = [
  seedTask(1),
  seedTask(2),
  seedTask(3),
  seedTask(4),
  seedTask(5, { [DEADLINE]: { serial: 45473, format: "dd/mm/yyyy" } }),
  seedTask(7),
  seedTask(9, { [DELIVERABLE]: null }),
  seedTask(19, { [DELIVERABLE]: { error: "#REF!" } }),
];

const SECTIONS = [
  "I. VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (08 NHIỆM VỤ)",
  "II. VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN (09 NHIỆM VỤ)",
  "III. VỀ PHÁT TRIỂN KINH TẾ SỐ, XÃ HỘI SỐ (03 NHIỆM VỤ)",
  "IV. VỀ PHÁT TRIỂN CÔNG DÂN SỐ (08 NHIỆM VỤ)",
];

/** Rows 1–6: province, "PHỤ LỤC", title, "(Kèm theo …)", header, column numbers. */
function titleRows(sheet: FakeSheet): void {
  sheet.setRows([
    ["UBND TỈNH BÌNH ĐỊNH"],
    ["PHỤ LỤC"],
    ["NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 NĂM 2024"],
    ["(Kèm theo Kế hoạch số 25/KH-UBND ngày 05/02/2024 của UBND tỉnh Bình Định)"],
    HEADER,
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
  ]);
  for (const r of [2, 3, 4]) sheet.merges.push({ top: r, left: 1, bottom: r, right: 6 });
  for (const a of ["1:1", "2:1", "3:1"]) sheet.update(Number(a.split(":")[0]), 1, { bold: true });
  for (let c = 1; c <= 6; c++) sheet.update(5, c, { bold: true });
}

function section(sheet: FakeSheet, row: number, text: string): void {
  sheet.set(row, 1, text);
  sheet.update(row, 1, { bold: true });
  sheet.merges.push({ top: row, left: 1, bottom: row, right: 6 });
}

/** The 50-row appendix: where its known cells are. */
export const SMALL = {
  rows: 50,
  sectionRows: [7, 18, 27, 31],
  repeatedHeader: 16,
  continuation: 17,
  hiddenRow: 30,
  dateCell: { row: 12, col: 6 }, // task 5: 30/06/2024 as a real date
  emptyCell: { row: 14, col: 5 }, // task 7: no deliverable
  errorCell: { row: 15, col: 5 }, // task 8: #REF!
  percentCell: { row: 50, col: 6 }, // 75 % as a number formatted "0%"
};

export function smallAppendix(sheet: FakeSheet): void {
  titleRows(sheet);
  let n = 1;
  const tasks = (from: number, to: number) => {
    for (let row = from; row <= to; row++) {
      sheet.setRows([[n, ...TASKS[(n - 1) % TASKS.length]]], row);
      n++;
    }
  };
  section(sheet, 7, SECTIONS[0]);
  tasks(8, 15);
  sheet.setRows([HEADER], SMALL.repeatedHeader); // header repeated after a page break …
  sheet.set(SMALL.continuation, 4, "ngành, UBND các huyện, thị xã, thành phố"); // … and the rest of a split row
  section(sheet, 18, SECTIONS[1]);
  tasks(19, 26);
  section(sheet, 27, SECTIONS[2]);
  tasks(28, 30);
  section(sheet, 31, SECTIONS[3]);
  tasks(32, 49);
  sheet.setRows([[null, "Tỷ lệ hoàn thành", null, null, null, 0.75]], 50);
  sheet.update(SMALL.percentCell.row, SMALL.percentCell.col, { format: "0%" });
  sheet.hiddenRows.add(SMALL.hiddenRow);
}

/** A 20,000-row appendix: a section every 1,000 rows, a date every 7th task, a hidden row every 997th. */
export const LARGE = { rows: 20000, firstTask: 8 };

export function largeAppendix(sheet: FakeSheet): void {
  titleRows(sheet);
  let n = 1;
  for (let row = 7; row <= LARGE.rows; row++) {
    if ((row - 7) % 1000 === 0) {
      section(sheet, row, `${romanish((row - 7) / 1000 + 1)}. NHÓM NHIỆM VỤ ${(row - 7) / 1000 + 1}`);
      continue;
    }
    const t = TASKS[n % TASKS.length];
    const deadline: Literal = n % 7 === 0 ? { serial: 45366 + (n % 300), format: "d/m/yyyy" } : t[4];
    sheet.setRows([[n, `${t[0]} (${n})`, t[1], t[2], t[3], deadline]], row);
    n++;
    if (row % 997 === 0) sheet.hiddenRows.add(row);
  }
}

const ONES = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

/** Roman numeral of 1 … 39 (the large appendix has 20 sections). */
function romanish(k: number): string {
  return "X".repeat(Math.floor(k / 10)) + ONES[k % 10];
}
