/**
 * Fuzz (fast-check) of marking and fixes with long and adversarial cells: agency cells and task text built from
 * names, separators, brackets, connectives, runs of punctuation, digits, line breaks and HTML fragments, some
 * repeated thousands of times (up to Excel's 32,767 characters). Across every run: no exception; applying the
 * fixes twice equals applying them once; no cell ever passes 32,767 characters (a fix that would is refused with a
 * message naming the cell); marking then clearing gives back every cell, with no fill or note left.
 */
import fc from "fast-check";
import { checkGrid } from "../../../src/core/engine";
import { createGrid, type LiteralCell } from "../../../src/core/grid";
import type { Finding, Fix } from "../../../src/core/types";
import { applyFixes, clearMarks, markFindings } from "../../../src/workbook/marking";
import { MAX_CELL_CHARS } from "../../../src/workbook/marking/fixes";
import { FakePort } from "../../taskpane/fakePort";
import { table, task } from "../../core/rules/harness";

const SHEET = "Phụ lục";

/** Pieces a clerk's cell (or a damaged one) is made of. */
const FRAGMENTS = [
  "Sở Tài chính",
  "Sở KH&CN",
  "Sở khoa học và Công nghệ",
  "Sở Kế hoạch đầu tư",
  "Sở Lao động-Thương binh và Xã hội",
  "UBND các huyện, thị xã, thành phố",
  "các sở, ban, ngành",
  "Ngân hàng nhà nước khu vực XII",
  "Bộ CHQS tỉnh",
  "Sở Y tế (phòng Nghiệp vụ)",
  "Hợp tác xã Tân Phú",
  ", ",
  "; ",
  "\n",
  "\n- ",
  " và ",
  "các ",
  "(",
  ")",
  ". . .",
  ",,,",
  ";;",
  "--",
  "–",
  "/",
  "1",
  "2024",
  "Quý IV/2024",
  "<b",
  "<br/>",
  "&nbsp;",
  "  ",
  "Chủ trì: ",
  "khoản 1, ",
];

/** A cell: fragments, each possibly repeated many times, cut at Excel's limit. */
const longCell = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "grapheme", maxLength: 12 })),
      fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 3000 }) }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) =>
    parts
      .map(([text, times]) => text.repeat(times))
      .join("")
      .slice(0, MAX_CELL_CHARS),
  );

const PLACES = ["lead", "coLead", "content", "deliverable", "deadline"] as const;

function findingsOf(rows: LiteralCell[][], planPeriod: string): readonly Finding[] {
  const result = checkGrid(createGrid({ sheet: SHEET, rows }), { planPeriod, asOf: "2024-12-31" });
  if (!result.ok) return [];
  return result.report.findings;
}

function longest(rows: readonly LiteralCell[][]): number {
  return Math.max(0, ...rows.flat().map((c) => (typeof c === "string" ? c.length : 0)));
}

const copy = (rows: LiteralCell[][]): LiteralCell[][] => rows.map((r) => [...r]);
let runs = 0;
let longCells = 0;
let fixesApplied = 0;
let refused = 0;

describe("marking and fixes on long and adversarial cells", () => {
  afterAll(() => {
    console.log(
      `fuzz long cells: runs=${runs} cells_over_10k=${longCells} fixes_applied=${fixesApplied} refused=${refused} exceptions=0`,
    );
  });

  it("no exception; fixes twice = once; no cell past 32,767 characters; mark → clear gives every cell back", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...PLACES), longCell), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("2024", "2026"),
        async (cells, period) => {
          runs++;
          const over: Partial<Record<(typeof PLACES)[number], LiteralCell>> = {};
          for (const [place, text] of cells) over[place] = text;
          const rows = table(task(1, over), task(2, { lead: cells[0][1] }));
          if (longest(rows) > 10_000) longCells++;

          const findings = findingsOf(rows, period);
          const fixes: Fix[] = findings.flatMap((f) => (f.fix ? [f.fix] : []));
          const port = new FakePort({ sheets: { [SHEET]: { rows: copy(rows) } } });
          const result = await applyFixes(port, SHEET, fixes);
          fixesApplied += result.changed;
          refused += result.refused.length;
          for (const r of result.refused)
            expect(r.message).toMatch(new RegExp(`${r.cell}.*32767|32767.*${r.cell}`, "s"));
          const once = copy(port.sheets[SHEET].rows);
          expect(longest(once)).toBeLessThanOrEqual(MAX_CELL_CHARS);
          await applyFixes(port, SHEET, fixes);
          expect(port.sheets[SHEET].rows).toEqual(once);

          const marking = new FakePort({ sheets: { [SHEET]: { rows: copy(rows) } } });
          await markFindings(marking, SHEET, findings);
          await clearMarks(marking);
          expect(marking.sheets[SHEET].rows).toEqual(rows);
          expect([...marking.looks.keys()]).toEqual([]);
        },
      ),
      { numRuns: 60, seed: Number(process.env.FC_SEED ?? 20261207) },
    );
  }, 600_000);
});
