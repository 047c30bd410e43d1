/**
 * End to end in real Chromium: the browser page served from dist/ (built by `npm run build`) opens the example
 * plan, checks it, selects a finding's cell in the grid, downloads the marked copy (re-read here with exceljs),
 * and takes a screenshot of the page: into a temporary folder, or into docs/screenshots/ with UPDATE_SCREENSHOTS=1
 * (`npm run screenshots`), so a test run changes no file. The pane's own pictures: screenshots.e2e.test.ts.
 *
 * Every page is watched for Content-Security-Policy violations (none allowed; the policy itself: csp.e2e.test.ts).
 * Chromium, dist/ and the server: ./browser.ts.
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { FINDINGS_SHEETS } from "../../src/workbook/marking";
import { DIST, launchChromium, missingForE2e, ROOT, serve, watchCsp } from "./browser";

const EXAMPLE = join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx");
const TRACKING = join(ROOT, "examples/theo-doi-tien-do-2024.xlsx");
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, "docs/screenshots")
  : join(tmpdir(), `ro-viec-screenshots-${process.pid}`);

const missing = missingForE2e("browser end-to-end test", [join(DIST, "preview.html"), EXAMPLE, TRACKING]);
const run = missing.length === 0 ? describe : describe.skip;
jest.setTimeout(180_000);

async function openExample(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.setInputFiles('[data-testid="workbook-file"]', EXAMPLE);
  await page.waitForSelector('[data-testid="check"]', { timeout: 60_000 });
}

async function check(page: Page): Promise<number> {
  await page.click('[data-testid="check"]');
  const count = page.locator('[data-testid="finding-count"]').first();
  await count.waitFor({ state: "attached", timeout: 60_000 });
  return Number(await count.textContent());
}

/**
 * Inputs of the pane whose placeholder is cut: the placeholder's width in the input's font beyond the room inside
 * the input (its width less its padding).
 */
function cutPlaceholders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas").getContext("2d")!;
    const pane = document.querySelector<HTMLElement>('[data-testid="pane"]')!;
    const cut: string[] = [];
    for (const input of Array.from(pane.querySelectorAll<HTMLInputElement>("input[placeholder]"))) {
      if (input.offsetParent === null || input.placeholder === "") continue;
      const style = getComputedStyle(input);
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const needed = canvas.measureText(input.placeholder).width;
      if (needed > room) cut.push(`${input.placeholder}: ${Math.ceil(needed)} px in ${Math.floor(room)} px`);
    }
    return cut;
  });
}

/** The sheet row holding task `n` in the example's appendix, read with exceljs. */
async function rowOfTask(sheetName: string, n: number): Promise<number | undefined> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const ws = wb.getWorksheet(sheetName);
  let found: number | undefined;
  ws?.eachRow((row, r) => {
    const v = row.getCell(1).value;
    if (found === undefined && (v === n || String(v).trim() === String(n))) found = r;
  });
  return found;
}

run("browser page", () => {
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

  it("checks the example plan, selects a finding's cell and downloads the marked copy", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const csp = await watchCsp(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await openExample(page, `${base}/preview.html`);

    const count = await check(page);
    expect(count).toBeGreaterThan(0);

    // Task 14 names no deliverable: a missing-deliverable finding at its row.
    const sheetName = (await page.locator('[data-testid="sheet-picker"]').inputValue()).trim();
    const row14 = await rowOfTask(sheetName, 14);
    expect(row14).toBeDefined();
    const finding = page.locator(`li[data-rule="missing-deliverable"][data-row="${row14}"]`);
    await expect(finding.count()).resolves.toBe(1);
    const cell = await finding.getAttribute("data-cell");
    expect(cell).toMatch(new RegExp(`^[A-Z]+${row14}$`));
    expect(await finding.textContent()).toContain("14");

    // A click selects the cell in the grid and scrolls it into view.
    await finding.locator("button").first().click();
    const selected = page.locator('td[data-selected="true"]');
    await selected.waitFor({ timeout: 10_000 });
    expect(await selected.getAttribute("data-cell")).toBe(cell);
    const grid = await page.locator('[data-testid="sheet-grid"]').boundingBox();
    const box = await selected.boundingBox();
    expect(grid && box).toBeTruthy();
    expect(box!.y).toBeGreaterThanOrEqual(grid!.y - 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(grid!.y + grid!.height + 1);

    await page.screenshot({ path: join(SCREENSHOTS, "preview.png") });

    // The marked copy: the findings sheet, and the flagged cell filled and annotated.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="download"]')]);
    expect(download.suggestedFilename()).toBe("ke-hoach-de-an-06-nam-2024.ro-viec.xlsx");
    const saved = join(tmpdir(), `ro-viec-e2e-${process.pid}.xlsx`);
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.some((ws) => FINDINGS_SHEETS.includes(ws.name))).toBe(true);
    const marked = wb.getWorksheet(sheetName)!.getCell(cell!);
    const fill = marked.fill as ExcelJS.FillPattern | undefined;
    expect(fill?.type).toBe("pattern");
    expect(fill?.fgColor?.argb).toMatch(/^FF[0-9A-F]{6}$/i);
    const note = marked.note;
    const noteText = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    expect(noteText).toContain("14");

    expect(errors).toEqual([]);
    expect(await csp.read(page)).toEqual([]); // the page works under its Content-Security-Policy
    await context.close();
  });

  it("opens a Word file's appendix table and checks it as the workbook it was made from", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const csp = await watchCsp(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/preview.html?lang=vi`);
    await page.setInputFiles('[data-testid="workbook-file"]', join(__dirname, "../fixtures/docx/plan-2024.docx"));
    await page.waitForSelector('[data-testid="check"]', { timeout: 60_000 });
    expect((await page.locator('[data-testid="sheet-picker"]').inputValue()).trim()).toBe("Bảng 1");
    expect(await page.locator('td[data-cell="A5"]').textContent()).toBe("STT");
    const fromWord = await check(page);
    await openExample(page, `${base}/preview.html?lang=vi`);
    expect(fromWord).toBe(await check(page));
    expect(errors).toEqual([]);
    expect(await csp.read(page)).toEqual([]); // the page works under its Content-Security-Policy
    await context.close();
  });

  it("shows date cells by their number format, and no stale grid while another file opens", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const csp = await watchCsp(context);
    const page = await context.newPage();
    await openExample(page, `${base}/preview.html?lang=vi`);
    await page.locator('td[data-cell="A1"]').waitFor();
    const before = await page.locator("td[data-cell]").count();
    expect(before).toBeGreaterThan(0);

    // Every state of the page from now on: the grid's spinner, and how many cells are on screen.
    await page.evaluate(() => {
      const w = window as unknown as { seen: { loading: boolean; cells: number }[] };
      w.seen = [];
      new MutationObserver(() =>
        w.seen.push({
          loading: document.querySelector('[data-testid="grid-loading"]') !== null,
          cells: document.querySelectorAll("td[data-cell]").length,
        }),
      ).observe(document.body, { childList: true, subtree: true });
    });
    await page.setInputFiles('[data-testid="workbook-file"]', TRACKING);
    await page.waitForSelector('[data-testid="check"]', { timeout: 60_000 });

    // The tracking example's completion dates, as the sheet shows them (dd/mm/yyyy), read with exceljs.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(TRACKING);
    const sheetName = (await page.locator('[data-testid="sheet-picker"]').inputValue()).trim();
    const dates: [string, string][] = [];
    wb.getWorksheet(sheetName)!.eachRow((row, r) => {
      if (r > 100) return; // the grid's first page
      row.eachCell((cell) => {
        if (!(cell.value instanceof Date)) return;
        expect(cell.numFmt).toBe("dd/mm/yyyy");
        const d = cell.value;
        const two = (n: number) => String(n).padStart(2, "0");
        dates.push([cell.address, `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`]);
      });
    });
    expect(dates.length).toBeGreaterThan(5);
    await page.locator(`td[data-cell="${dates[0][0]}"]`).waitFor({ timeout: 30_000 });
    for (const [address, shown] of dates)
      expect([address, await page.locator(`td[data-cell="${address}"]`).textContent()]).toEqual([address, shown]);

    // While the second file opened, the first file's grid was gone: a spinner, no cell.
    const seen = await page.evaluate(() => (window as unknown as { seen: { loading: boolean; cells: number }[] }).seen);
    const cleared = seen.findIndex((x) => x.loading);
    expect(cleared).toBeGreaterThanOrEqual(0);
    expect(seen[cleared].cells).toBe(0);
    expect(seen.slice(0, cleared).every((x) => x.cells === before)).toBe(true);
    console.log(`grid while a file opens: ${JSON.stringify(seen.slice(0, cleared + 2))}; dates shown: ${dates.length}`);
    expect(await csp.read(page)).toEqual([]); // the page works under its Content-Security-Policy
    await context.close();
  });

  it("fits a 320 px task pane: no horizontal overflow on the check and progress tabs", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 1000 } });
    const csp = await watchCsp(context);
    const page = await context.newPage();
    await openExample(page, `${base}/preview.html?pane=only&theme=light&lang=vi`);
    await check(page);
    await page.locator("li[data-rule]").first().waitFor();
    // Open one finding's accept form too: the widest thing the check tab shows.
    await page.locator('[data-testid="accept-open"]').first().click();
    const overflow = () =>
      page.evaluate(() => {
        const pane = document.querySelector<HTMLElement>('[data-testid="pane"]')!;
        const root = document.documentElement;
        return {
          pane: { scroll: pane.scrollWidth, client: pane.clientWidth },
          page: { scroll: root.scrollWidth, client: root.clientWidth },
        };
      });
    const checkTab = await overflow();
    expect(checkTab.pane.scroll).toBeLessThanOrEqual(checkTab.pane.client);
    expect(checkTab.page.scroll).toBeLessThanOrEqual(checkTab.page.client);
    // Every placeholder shows whole (the plan period's, the search box's), in Vietnamese and in English.
    expect(await page.locator('[data-testid="plan-period"]').getAttribute("placeholder")).toBeTruthy();
    expect(await cutPlaceholders(page)).toEqual([]);
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await page.getByRole("tab", { name: "Check" }).waitFor();
    expect(await cutPlaceholders(page)).toEqual([]);
    await page.getByRole("button", { name: "VI", exact: true }).click();
    await page.getByRole("tab", { name: "Kiểm tra" }).waitFor();

    await page.getByRole("tab", { name: "Tiến độ" }).click();
    await page.locator('[data-testid="progress-card"]').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="progress-card"] button').first().click();
    await page.locator('[data-testid="progress-tasks"]').waitFor();
    const progressTab = await overflow();
    expect(progressTab.pane.scroll).toBeLessThanOrEqual(progressTab.pane.client);
    expect(progressTab.page.scroll).toBeLessThanOrEqual(progressTab.page.client);
    console.log(`320 px pane: check tab ${JSON.stringify(checkTab)}, progress tab ${JSON.stringify(progressTab)}`);
    expect(await csp.read(page)).toEqual([]); // the page works under its Content-Security-Policy
    await context.close();
  });

  it("says clearly when a file cannot be read", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    const csp = await watchCsp(context);
    const page = await context.newPage();
    await page.goto(`${base}/preview.html?lang=vi`);
    await page.setInputFiles('[data-testid="workbook-file"]', {
      name: "bao-cao.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from("Đây không phải tệp Excel"),
    });
    const message = page.locator('[data-testid="open-error"]');
    await message.waitFor({ timeout: 30_000 });
    expect(await message.textContent()).toContain("Không đọc được tệp “bao-cao.xlsx”");
    expect(await csp.read(page)).toEqual([]); // the page works under its Content-Security-Policy
    await context.close();
  });
});
