/**
 * Agency fixes ("Sửa") are placed on the cell's segmented agency list: each replaces one name at its own place, the
 * same fix twice is one, a cell never grows past Excel's limit, and applying a set of fixes again changes nothing.
 */
import fc from "fast-check";
import { checkGrid } from "../../../src/core/engine";
import { createGrid, type LiteralCell } from "../../../src/core/grid";
import { ruleIds } from "../../../src/core/rules";
import type { Finding, Fix } from "../../../src/core/types";
import { applyFixes } from "../../../src/workbook/marking";
import { MAX_CELL_CHARS } from "../../../src/workbook/marking/fixes";
import { FakePort } from "../../taskpane/fakePort";
import { COL, FIRST_ROW, table, task } from "../../core/rules/harness";

const SHEET = "Phụ lục";
const AGENCY_RULES = ["agency-variant", "agency-defunct", "unknown-agency"];

function check(rows: LiteralCell[][], planPeriod: string): readonly Finding[] {
  const rules: Record<string, unknown> = {};
  for (const id of ruleIds) if (!AGENCY_RULES.includes(id)) rules[id] = "off";
  const result = checkGrid(createGrid({ rows }), { planPeriod, rules });
  if (!result.ok) throw new Error(result.message);
  return result.report.findings;
}

function copy(rows: LiteralCell[][]): LiteralCell[][] {
  return rows.map((r) => [...r]);
}

async function fixed(rows: LiteralCell[][], fixes: readonly Fix[]): Promise<LiteralCell[][]> {
  const port = new FakePort({ sheets: { [SHEET]: { rows: copy(rows) } } });
  await applyFixes(port, SHEET, fixes);
  return port.sheets[SHEET].rows;
}

const cellOf = (rows: LiteralCell[][], col: number): LiteralCell => rows[FIRST_ROW - 1][col - 1];

describe("agency fixes on the segmented list", () => {
  it("fixes the name where it stands, not every text that contains it (issue 10: the garbled co-operating cell)", async () => {
    const cell = "UBND các huyện, thị xã, thành phố; Sở Tài chính; UBND các huyện";
    const rows = table(task(1, { coLead: cell, deadline: "Tháng 6/2026" }));
    const findings = check(rows, "2026");
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes.length).toBeGreaterThan(0);
    const after = await fixed(rows, fixes);
    expect(cellOf(after, COL.coLead)).toBe("UBND các xã, phường; Sở Tài chính; UBND các xã, phường");
    // A replacement of every occurrence would have given "UBND các xã, phường, thị xã, thành phố; …".
  });

  it("applies identical fixes on one cell once", async () => {
    const rows = table(task(1, { coLead: "Sở KH&CN, Công an tỉnh" }));
    const [f] = check(rows, "2024").filter((x) => x.rule === "agency-variant");
    expect(f.fix).toMatchObject({ from: "Sở KH&CN", to: "Sở Khoa học và Công nghệ", at: 0 });
    const after = await fixed(rows, [f.fix!, f.fix!, { ...f.fix! }]);
    expect(cellOf(after, COL.coLead)).toBe("Sở Khoa học và Công nghệ, Công an tỉnh");
  });

  it("applied again after a fix to its left changed the cell's length, fixes nothing more (the offsets moved)", async () => {
    // The ended district level is replaced by a shorter name; the defunct department is said once (its first place).
    const cell = "UBND các huyện, thị xã, thành phố, Sở Kế hoạch đầu tư, Sở Kế hoạch đầu tư, Sở Tài chính";
    const rows = table(task(1, { coLead: cell }));
    const fixes = check(rows, "2026").flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes).toHaveLength(2);
    const once = await fixed(rows, fixes);
    expect(cellOf(once, COL.coLead)).toBe("UBND các xã, phường, Sở Tài chính, Sở Kế hoạch đầu tư, Sở Tài chính");
    // Before, the second fix's old offset now pointed at the other “Sở Kế hoạch đầu tư”, which it replaced.
    expect(await fixed(once, fixes)).toEqual(once);
  });

  it("applies a fix that shortens a name (its result is the start of its text) once", async () => {
    const rows = table(task(1, { coLead: "Sở Tài chính tỉnh Bình Định, Công an tỉnh" }));
    const fix: Fix = {
      kind: "replace-text",
      row: FIRST_ROW,
      col: COL.coLead,
      from: "Sở Tài chính tỉnh Bình Định",
      to: "Sở Tài chính",
      at: 0,
    };
    const once = await fixed(rows, [fix]);
    expect(cellOf(once, COL.coLead)).toBe("Sở Tài chính, Công an tỉnh");
    expect(await fixed(once, [fix])).toEqual(once);
  });

  it("refuses a fix that would make the cell longer than Excel allows, with a message", async () => {
    const filler = "x".repeat(MAX_CELL_CHARS - "Sở KH&CN, ".length);
    const rows = table(task(1, { coLead: `Sở KH&CN, ${filler}` }));
    const fix: Fix = {
      kind: "replace-text",
      row: FIRST_ROW,
      col: COL.coLead,
      from: "Sở KH&CN",
      to: "Sở Khoa học và Công nghệ",
      at: 0,
    };
    const port = new FakePort({ sheets: { [SHEET]: { rows: copy(rows) } } });
    const result = await applyFixes(port, SHEET, [fix], "en");
    expect(result.changed).toBe(0);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0].message).toMatch(/past Excel's limit of 32767/);
    expect(cellOf(port.sheets[SHEET].rows, COL.coLead)).toBe(`Sở KH&CN, ${filler}`);
  });

  // Names a clerk writes: canonical, variants, abbreviations, case slips, defunct bodies, collectives, unknown ones.
  const NAMES = [
    "Sở Tài chính",
    "Công an tỉnh",
    "Sở KH&CN",
    "Bộ CHQS tỉnh",
    "Sở khoa học và Công nghệ",
    "Sở Văn hóa Thể thao và Du lịch",
    "Sở Lao động-Thương binh và Xã hội",
    "Sở Kế hoạch đầu tư",
    "Sở Giáo dục Đào tạo",
    "UBND các huyện, thị xã, thành phố",
    "UBND các huyện",
    "Ngân hàng nhà nước khu vực XII",
    "các sở, ban, ngành",
    "Hợp tác xã Tân Phú",
  ];
  const SEPARATORS = [", ", "; ", "\n- ", " và "];

  it("gives the same cell when a fix set is applied twice, and no new finding the fix caused", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 5 }),
        fc.constantFrom("2024", "2026"),
        fc.boolean(),
        async (parts, period, inLead) => {
          const cell = parts.map(([name, sep], i) => (i === 0 ? name : sep + name)).join("");
          const rows = table(task(1, inLead ? { lead: cell } : { coLead: cell }));
          const before = check(rows, period);
          const fixes = before.flatMap((f) => (f.fix ? [f.fix] : []));
          const once = await fixed(rows, fixes);
          const twice = await fixed(once, fixes);
          expect(twice).toEqual(once);
          const said = new Set(before.map((f) => `${f.rule}:${f.data.text ?? f.data.agency}`));
          const after = check(once, period);
          for (const f of after) expect(said).toContain(`${f.rule}:${f.data.text ?? f.data.agency}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});
