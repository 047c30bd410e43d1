/**
 * The user guide's pictures, taken from the real pane in Chromium: the pane alone (`preview.html?pane=only`) at the
 * two widths of an Excel task pane, 320 and 350 px, light and dark, on each of its three views — "Kiểm tra" after a
 * check, "Tiến độ" as of 30/06/2024 with the first agency opened, "Cơ quan" — on the tracking example
 * (examples/theo-doi-tien-do-2024.xlsx). Each view is asserted to fit the width (no horizontal overflow) and to run
 * under its Content-Security-Policy.
 *
 * Into a temporary folder, or into docs/screenshots/pane-<view>-<width>-<theme>.png with UPDATE_SCREENSHOTS=1
 * (`npm run screenshots`); `npm run build` copies them into dist/assets/screenshots/ for the guide
 * (assets/support.html).
 */
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { DIST, launchChromium, missingForE2e, ROOT, serve, watchCsp } from "./browser";

const TRACKING = join(ROOT, "examples/theo-doi-tien-do-2024.xlsx");
const AS_OF = "2024-06-30";
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, "docs/screenshots")
  : join(tmpdir(), `ro-viec-guide-screenshots-${process.pid}`);
/** The widths of a task pane; the window's height; the most of each view pictured, from the top of the pane. */
const WIDTHS = [320, 350] as const;
const HEIGHT = 1250;
const SHOWN: Record<string, number> = { check: 1000, progress: 900, agencies: 600 };

const missing = missingForE2e("screenshot test", [join(DIST, "preview.html"), TRACKING]);
const run = missing.length === 0 ? describe : describe.skip;
jest.setTimeout(300_000);

/** Horizontal overflow of the pane and of the page: scrollWidth beyond clientWidth, in px (0 when it fits). */
function overflow(page: Page): Promise<{ pane: number; page: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('[data-testid="pane"]')!;
    const root = document.documentElement;
    return { pane: pane.scrollWidth - pane.clientWidth, page: root.scrollWidth - root.clientWidth };
  });
}

run("the guide's screenshots of the pane", () => {
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

  for (const width of WIDTHS) {
    for (const theme of ["light", "dark"] as const) {
      it(`${width} px, ${theme}: the check, progress and agencies views fit and are pictured`, async () => {
        const context = await browser.newContext({ viewport: { width, height: HEIGHT } });
        const csp = await watchCsp(context);
        const page = await context.newPage();
        await page.goto(`${base}/preview.html?pane=only&theme=${theme}&lang=vi`);
        await page.setInputFiles('[data-testid="workbook-file"]', TRACKING);
        await page.waitForSelector('[data-testid="check"]', { timeout: 60_000 });
        // The pane only (not the page's file bar above it), from its top, at most SHOWN[view] px of it.
        const shot = async (view: string): Promise<void> => {
          expect(await overflow(page)).toEqual({ pane: 0, page: 0 });
          await page.evaluate(() => window.scrollTo(0, 0));
          const box = (await page.locator('[data-testid="pane"]').boundingBox())!;
          await page.screenshot({
            path: join(SCREENSHOTS, `pane-${view}-${width}-${theme}.png`),
            fullPage: true,
            clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, SHOWN[view]) },
          });
        };

        // Tiến độ first, to set the as-of date the tracking example was filled for.
        await page.getByRole("tab", { name: "Tiến độ" }).click();
        await page.fill('[data-testid="progress-as-of"]', AS_OF);
        await page.locator('[data-testid="progress-card"]').first().waitFor({ timeout: 60_000 });

        await page.getByRole("tab", { name: "Kiểm tra" }).click();
        await page.click('[data-testid="check"]');
        await page.locator("li[data-rule]").first().waitFor({ timeout: 60_000 });
        await shot("check");

        await page.getByRole("tab", { name: "Tiến độ" }).click();
        await page.locator('[data-testid="progress-card"]').first().waitFor({ timeout: 60_000 });
        expect(await page.inputValue('[data-testid="progress-as-of"]')).toBe(AS_OF);
        // The first agency opened: its tasks with their deadlines.
        await page.locator('[data-testid="progress-card"] button').first().click();
        await page.locator('[data-testid="progress-tasks"]').waitFor();
        await shot("progress");

        await page.getByRole("tab", { name: "Cơ quan" }).click();
        await page.locator('[data-testid="agencies-view"]').waitFor({ timeout: 60_000 });
        await shot("agencies");

        expect(await csp.read(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
