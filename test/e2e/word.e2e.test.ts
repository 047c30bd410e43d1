/**
 * Word files end to end in real Chromium (the browser page served from dist/, built by `npm run build`):
 *
 * - the browser page opens the 2024 example appendix as Word has it (test/fixtures/docx/plan-2024.docx: seven Word
 *   tables split at page breaks), checks it and lists exactly the findings the core gives on the same document read
 *   in Node, each finding naming where it is in the Word file (table, row, column, as the command line does);
 * - the pane's "Nhập từ Word" tab reads the Lai Châu prose section (prose.docx), previews what it read (tasks,
 *   sections, lead agencies, the line it could not place), writes it as a new sheet and checks it; pictured at the
 *   two task-pane widths, light and dark.
 *
 * Screenshots go to a temporary folder, or to docs/screenshots/ with UPDATE_SCREENSHOTS=1 (`npm run screenshots`):
 * preview-docx.png, pane-import-<width>-<theme>.png. Every page is watched for Content-Security-Policy violations.
 */
import { mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { checkGrid, type Finding } from "../../src/core";
import { cellPlace, placeOfRow } from "../../src/i18n/places";
import { wordGrids } from "../../src/workbook/word-read";
import { DIST, launchChromium, missingForE2e, ROOT, serve, watchCsp } from "./browser";

const PLAN = join(ROOT, "test/fixtures/docx/plan-2024.docx");
const PROSE = join(ROOT, "test/fixtures/docx/prose.docx");
const EXAMPLE = join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx");
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, "docs/screenshots")
  : join(tmpdir(), `ro-viec-word-screenshots-${process.pid}`);

const missing = missingForE2e("Word end-to-end test", [join(DIST, "preview.html"), PLAN, PROSE, EXAMPLE]);
const run = missing.length === 0 ? describe : describe.skip;
jest.setTimeout(300_000);

/** The findings the core gives on the Word file read in Node, with where each is in the document (Vietnamese). */
async function expectedFindings(): Promise<{ findings: readonly Finding[]; place: (f: Finding) => string }> {
  const read = await wordGrids(readFileSync(PLAN), { table: (n) => `Bảng ${n}`, prose: "Phụ lục" });
  const result = checkGrid(read.grids[0], { source: "docx", lang: "vi" });
  if (!result.ok) throw new Error(result.message);
  const places = read.places?.[0];
  return {
    findings: result.report.findings,
    place: (f) => {
      const p = placeOfRow(places, f.row);
      return p ? cellPlace(p, f.col, "vi") : "";
    },
  };
}

/** Horizontal overflow of the pane and of the page, in px (0 when it fits). */
function overflow(page: Page): Promise<{ pane: number; page: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('[data-testid="pane"]')!;
    const root = document.documentElement;
    return { pane: pane.scrollWidth - pane.clientWidth, page: root.scrollWidth - root.clientWidth };
  });
}

run("Word files in the browser page and the pane", () => {
  let browser: Browser;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    ({ server, base } = await serve(DIST));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  it("opens plan-2024.docx, lists the core's findings and names each one's place in the Word file", async () => {
    const expected = await expectedFindings();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const csp = await watchCsp(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/preview.html?lang=vi`);
    await page.setInputFiles('[data-testid="workbook-file"]', PLAN);
    await page.waitForSelector('[data-testid="check"]', { timeout: 60_000 });
    expect((await page.locator('[data-testid="sheet-picker"]').inputValue()).trim()).toBe("Bảng 1");
    await page.click('[data-testid="check"]');
    await page.locator("li[data-rule]").first().waitFor({ timeout: 60_000 });

    // Exactly the core's findings: rule, cell and, for each, its place in the Word file.
    const shown = await page.locator("li[data-rule]").evaluateAll((items) =>
      items.map((li) => {
        const place = li.querySelector('[data-testid="finding-place"]')?.textContent ?? "";
        return `${li.getAttribute("data-rule")} ${li.getAttribute("data-cell")} ${place}`;
      }),
    );
    const want = expected.findings.map((f) => `${f.rule} ${f.cell} trong tệp Word: ${expected.place(f)}`);
    expect([...shown].sort()).toEqual([...want].sort());
    expect(shown).toHaveLength(33);
    // The header repeated at the top of the second Word table, and the row split across the first page break.
    expect(shown).toContain("repeated-header A13 trong tệp Word: bảng 2, dòng 1, cột 1");
    expect(shown).toContain("split-row D14 trong tệp Word: bảng 2, dòng 2, cột 4");

    // A click on the split row's finding selects its cell in the grid.
    const split = page.locator('li[data-rule="split-row"][data-cell="D14"]');
    await split.locator("button").first().click();
    const selected = page.locator('td[data-selected="true"]');
    await selected.waitFor({ timeout: 10_000 });
    expect(await selected.getAttribute("data-cell")).toBe("D14");
    await page.screenshot({ path: join(SCREENSHOTS, "preview-docx.png") });

    // English names the same place in English.
    await page.locator('[data-lang="en"]').click();
    await expect(split.locator('[data-testid="finding-place"]').textContent()).resolves.toBe(
      "in the Word file: table 2, row 2, column 4",
    );
    expect(errors).toEqual([]);
    expect(await csp.read(page)).toEqual([]);
    await context.close();
  });

  for (const [width, theme] of [
    [350, "light"],
    [350, "dark"],
    [320, "light"],
    [320, "dark"],
  ] as const) {
    it(`${width} px, ${theme}: "Nhập từ Word" previews a prose task list, writes it as a sheet and checks it`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 1250 } });
      const csp = await watchCsp(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${base}/preview.html?pane=only&theme=${theme}&lang=vi`);
      await page.setInputFiles('[data-testid="workbook-file"]', EXAMPLE);
      await page.waitForSelector('[data-testid="check"]', { timeout: 60_000 });

      await page.getByRole("tab", { name: "Nhập từ Word" }).click();
      await page.setInputFiles('[data-testid="import-file"]', PROSE);
      const preview = page.locator('[data-testid="import-preview"]');
      await preview.waitFor({ timeout: 60_000 });
      // What was read: the Lai Châu section's 38 tasks under its 14 agency headings, and the one line not placed.
      expect(await page.locator('[data-testid="import-tasks"]').textContent()).toBe("38");
      expect(await page.locator('[data-testid="import-sections"]').textContent()).toBe("14");
      const unplaced = page.locator('[data-testid="import-unplaced"] li');
      expect(await unplaced.count()).toBe(1);
      expect(await unplaced.first().textContent()).toMatch(/^Dòng \d+: Căn cứ chức năng, nhiệm vụ được giao/);
      expect(await preview.textContent()).toContain("Đã đọc “prose.docx”");

      expect(await overflow(page)).toEqual({ pane: 0, page: 0 });
      await page.evaluate(() => window.scrollTo(0, 0));
      // The pane from its top to just below the preview.
      const box = (await page.locator('[data-testid="pane"]').boundingBox())!;
      const end = (await preview.boundingBox())!;
      await page.screenshot({
        path: join(SCREENSHOTS, `pane-import-${width}-${theme}.png`),
        fullPage: true,
        clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, end.y + end.height + 16 - box.y) },
      });

      // Written as a new sheet and checked: the tasks without a deadline of their own are reported.
      await page.click('[data-testid="import-write"]');
      await page.locator('li[data-rule="missing-deadline"]').first().waitFor({ timeout: 60_000 });
      expect(await page.locator('[data-testid="notice"]').textContent()).toContain("Phụ lục");
      expect(await page.locator('li[data-rule="missing-deadline"]').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      expect(await csp.read(page)).toEqual([]);
      await context.close();
    });
  }
});
