/**
 * Accessibility end to end in real Chromium, on the example plan:
 * - axe-core on every tab of the pane (alone at task-pane width, light and dark, and inside the browser page), the
 *   rule help dialog, and the browser page itself (before a file is opened, with the sheet, at 800 px): no serious
 *   or critical violation, no more than two moderate; the figures are printed per page and tab;
 * - keyboard only: Tab reaches every control of the pane, Enter and Space activate, a finding's cell is selected
 *   from the keyboard, the help dialog closes with Escape and gives focus back, the VI/EN control is named by what
 *   it shows;
 * - below ~900 px the browser page puts the pane under the sheet (tested at 800 px).
 */
import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, ROOT, launchChromium as launch, missingForE2e, serve } from "./browser";

const EXAMPLE = join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx");
const run =
  missingForE2e("accessibility end-to-end test", [join(DIST, "preview.html"), EXAMPLE]).length === 0
    ? describe
    : describe.skip;
jest.setTimeout(300_000);

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const IMPACTS = ["critical", "serious", "moderate", "minor"] as const;
type Impact = (typeof IMPACTS)[number];

interface Violation {
  readonly id: string;
  readonly impact: Impact;
  readonly nodes: number;
  readonly targets: readonly string[];
}

/** axe-core's violations on the page as it is now (the experimental label-in-name rule on too). */
async function axe(page: Page): Promise<Violation[]> {
  // Evaluated through the debugging protocol, not as a <script>: the pages' Content-Security-Policy stays on.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: Impact; nodes: { target: string[] }[] }[] };
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<Result> } };
    const r = await w.axe.run(document, {
      resultTypes: ["violations"],
      rules: { "label-content-name-mismatch": { enabled: true } },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
}

/** What has the focus: its test id, role, accessible label or text, and the finding or rule group it is in. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const li = el.closest<HTMLElement>("li[data-rule]");
    return {
      id: el.dataset.kbd,
      testid: el.dataset.testid ?? el.closest<HTMLElement>("[data-testid]")?.dataset.testid,
      role: el.getAttribute("role") ?? el.tagName.toLowerCase(),
      label: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60),
      finding: li ? `${li.dataset.rule}@${li.dataset.cell}` : undefined,
      group: el.closest<HTMLElement>("[data-rule-group]")?.dataset.ruleGroup,
      inList: el.closest("section[data-order]") !== null,
    };
  });
}

/** Presses `key` until `done` holds for the focused element (at most `max` times); whether it did. */
async function pressUntil(
  page: Page,
  key: string,
  done: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean,
  max = 300,
): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f && done(f)) return true;
  }
  return false;
}

async function openExample(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.setInputFiles('[data-testid="workbook-file"]', EXAMPLE);
  await page.waitForSelector('[data-testid="check"]', { timeout: 60_000 });
}

/** Presses "Kiểm tra" and waits for the findings. */
async function check(page: Page): Promise<void> {
  await page.click('[data-testid="check"]');
  await page.locator('[data-testid="finding-count"]').first().waitFor({ state: "attached", timeout: 60_000 });
}

const figures: string[] = [];
const failures: string[] = [];

/** Runs axe, records its figures under `name`, and the views over the limits. */
async function audit(page: Page, name: string): Promise<void> {
  // A dialog fading in is audited once it has arrived: half-way, its text is paler than it will be.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity),
    undefined,
    { timeout: 10_000 },
  );
  const violations = await axe(page);
  const count = (impact: Impact) => violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes, 0);
  const counts = IMPACTS.map((i) => `${i} ${count(i)}`).join(", ");
  const rules = violations.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join("; ");
  figures.push(`${name}: ${counts}${rules ? ` — ${rules}` : ""}`);
  for (const v of violations) {
    if (v.impact === "critical" || v.impact === "serious") {
      failures.push(`${name}: ${v.id} (${v.impact}) at ${v.targets.join(" | ")}`);
    }
  }
  if (count("moderate") > 2) failures.push(`${name}: ${count("moderate")} moderate`);
}

/** Every tab of the pane (by its name), in order. */
async function tabNames(page: Page): Promise<string[]> {
  // A Fluent tab holds its words twice (the second copy, hidden, keeps its width when it turns bold).
  const once = (s: string) =>
    s.length % 2 === 0 && s.slice(0, s.length / 2) === s.slice(s.length / 2) ? s.slice(0, s.length / 2) : s;
  return (await page.locator('[data-testid="pane"] [role="tab"]').allTextContents()).map(once);
}

/** Opens the tab `name` and waits until its view has settled. */
async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="pane"] [role="tab"]', { hasText: name }).first().click();
  if (name === "Tiến độ") {
    // The figures drawn: the cards and their chart at task-pane width, the wide table on the browser page.
    const shown = '[data-testid="progress-cards"], [data-testid="progress-table"]';
    await page.locator(shown).first().waitFor({ timeout: 60_000 });
  }
  await page.waitForTimeout(300);
}

run("accessibility", () => {
  let browser: Browser;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    ({ server, base } = await serve(DIST));
    browser = await launch();
  });

  afterAll(async () => {
    console.log(`axe-core figures (violating nodes by impact):\n  ${figures.join("\n  ")}`);
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  it("finds no serious or critical violation, and at most two moderate, on every tab and page", async () => {
    // The pane alone at task-pane width, light and dark.
    for (const theme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport: { width: 350, height: 1000 } });
      const page = await context.newPage();
      await openExample(page, `${base}/preview.html?pane=only&theme=${theme}&lang=vi`);
      await check(page);
      await page.locator("li[data-rule]").first().waitFor();
      const tabs = await tabNames(page);
      expect(tabs.slice(0, 3)).toEqual(["Kiểm tra", "Tiến độ", "Cơ quan"]);
      for (const tab of tabs) {
        await openTab(page, tab);
        // The chart of the rates is audited with the progress cards.
        if (tab === "Tiến độ")
          expect(await page.locator('[data-testid="progress-chart"] svg[role="img"]').count()).toBe(1);
        await audit(page, `pane ${theme} / ${tab}`);
      }
      if (theme === "light") {
        await openTab(page, "Kiểm tra");
        await page.locator('[data-testid="rule-help-open"]').first().click();
        await page.locator('[data-testid="rule-help"] h3').first().waitFor();
        await audit(page, "pane light / Kiểm tra, rule help open");
        await page.keyboard.press("Escape");
      }
      await context.close();
    }

    // The browser page: before a file, then with the sheet and each tab; then at 800 px.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/preview.html?lang=vi`);
    await audit(page, "browser page / no file");
    await openExample(page, `${base}/preview.html?lang=vi`);
    await check(page);
    await page.locator("li[data-rule]").first().waitFor();
    for (const tab of await tabNames(page)) {
      await openTab(page, tab);
      await audit(page, `browser page / ${tab}`);
    }
    await page.setViewportSize({ width: 800, height: 900 });
    await openTab(page, "Kiểm tra");
    await audit(page, "browser page 800 px / Kiểm tra");
    await context.close();

    expect(failures).toEqual([]);
  });

  it("works from the keyboard alone: open, check, every control by Tab, findings, help, accept, tabs, language", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/preview.html?lang=vi`);
    await page.waitForLoadState("networkidle");

    // "Mở tệp" is the first Tab stop (the file input itself is none); Enter opens the file chooser.
    await page.keyboard.press("Tab");
    expect((await focused(page))?.label).toMatch(/^Mở tệp/);
    // Headless Chromium sometimes drops the file dialog of the very first key press on a fresh page: pressed again.
    const chooserOpened = page.waitForEvent("filechooser", { timeout: 60_000 });
    let opened = false;
    void chooserOpened.then(() => (opened = true)).catch(() => undefined);
    for (let i = 0; i < 5 && !opened; i++) {
      await page.keyboard.press(i % 2 === 0 ? "Enter" : "Space");
      await page.waitForTimeout(1000);
    }
    const chooser = await chooserOpened;
    await chooser.setFiles(EXAMPLE);
    await page.waitForSelector('[data-testid="check"]', { timeout: 60_000 });
    expect(await pressUntil(page, "Tab", (f) => f.testid === "check")).toBe(true);
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="finding-count"]').first().waitFor({ timeout: 60_000 });
    await page.locator("li[data-rule]").first().waitFor();

    // Tab reaches every control of the pane outside the findings list (which arrow keys move through, below) and
    // the tab list (one stop, arrows between tabs).
    const expected = await page.evaluate(() => {
      const pane = document.querySelector('[data-testid="pane"]')!;
      const sel = 'button, input, select, textarea, a[href], [tabindex="0"], [role="tab"], [role="combobox"]';
      const out: string[] = [];
      pane.querySelectorAll<HTMLElement>(sel).forEach((el, i) => {
        const visible = el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
        const disabled = (el as HTMLButtonElement).disabled || el.getAttribute("aria-disabled") === "true";
        const inList = el.closest("section[data-order]") !== null;
        const otherTab = el.getAttribute("role") === "tab" && el.getAttribute("aria-selected") !== "true";
        if (!visible || disabled || inList || otherTab || el.tabIndex < 0) return;
        el.dataset.kbd = `k${i}`;
        out.push(
          `k${i}:${(el.getAttribute("aria-label") ?? el.textContent ?? el.getAttribute("placeholder") ?? "").trim()}`,
        );
      });
      return out;
    });
    const reached = new Set<string>();
    let listStops = 0;
    for (let i = 0; i < 250; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      if (f?.id) reached.add(f.id);
      if (f?.inList) listStops++;
    }
    const missed = expected.filter((e) => !reached.has(e.split(":")[0]));
    expect(missed).toEqual([]);
    expect(listStops).toBeGreaterThan(0);

    // Into the findings list by Tab, then arrows: a finding's button, Enter selects its cell in the grid.
    await page.locator('[data-testid="finding-search"] input, input[data-testid="finding-search"]').first().focus();
    expect(await pressUntil(page, "Tab", (f) => f.inList)).toBe(true);
    expect(
      await pressUntil(page, "ArrowDown", (f) => f.finding === "missing-deliverable@E27" && f.role === "button", 400),
    ).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForSelector('td[data-selected="true"][data-cell="E27"]', { timeout: 10_000 });

    // The rule's help: Enter opens it, Escape closes it, the focus is back on the same button.
    expect(
      await pressUntil(page, "ArrowUp", (f) => f.testid === "rule-help-open" && f.group === "missing-deliverable", 400),
    ).toBe(true);
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="rule-help"] h3').first().waitFor();
    expect(await page.locator('[data-testid="rule-help"]').textContent()).toContain("Vì sao quan trọng");
    await page.keyboard.press("Escape");
    await page.locator('[data-testid="rule-help"]').waitFor({ state: "detached" });
    await page.waitForTimeout(50);
    const back = await focused(page);
    expect([back?.testid, back?.group]).toEqual(["rule-help-open", "missing-deliverable"]);

    // Space folds the rule's list and opens it again.
    expect(
      await pressUntil(page, "ArrowUp", (f) => f.group === "missing-deliverable" && f.testid !== "rule-help-open", 3),
    ).toBe(true);
    const head = page.locator('[data-rule-group="missing-deliverable"] button[aria-controls]');
    await page.keyboard.press("Space");
    expect(await head.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Space");
    expect(await head.getAttribute("aria-expanded")).toBe("true");

    // Accept a finding from the keyboard: Space opens the form, type the reason, Enter on "Chấp nhận".
    expect(
      await pressUntil(
        page,
        "ArrowDown",
        (f) => f.testid === "accept-open" && f.finding === "missing-deliverable@E27",
        400,
      ),
    ).toBe(true);
    await page.keyboard.press("Space");
    expect(await pressUntil(page, "Tab", (f) => f.testid === "accept-reason", 5)).toBe(true);
    await page.keyboard.type("Sản phẩm ghi ở kế hoạch riêng");
    expect(await pressUntil(page, "Tab", (f) => f.testid === "accept", 5)).toBe(true);
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="accepted-count"]').waitFor({ timeout: 30_000 });
    await page.waitForSelector('td[data-cell="E27"][data-mark="accepted"]', { timeout: 10_000 });

    // Sort and search from the keyboard.
    await page.locator('[data-testid="finding-sort"]').focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForSelector('section[data-order="row"]');
    await page.locator('input[data-testid="finding-search"], [data-testid="finding-search"] input').first().focus();
    await page.keyboard.type("so lao dong");
    await page.waitForSelector('[data-testid="shown-count"]');

    // The tabs: arrows move between them, Enter opens one.
    expect(await pressUntil(page, "Shift+Tab", (f) => f.role === "tab", 200)).toBe(true);
    expect(await pressUntil(page, "ArrowRight", (f) => f.role === "tab" && f.label === "Tiến độ", 5)).toBe(true);
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="progress-view"]').waitFor({ timeout: 60_000 });
    expect(await pressUntil(page, "ArrowRight", (f) => f.role === "tab" && f.label === "Cơ quan", 5)).toBe(true);
    await page.keyboard.press("Space");
    await page.locator('[data-testid="agencies-view"]').waitFor();

    // The language control is named by what it shows; Enter switches.
    const en = page.getByRole("button", { name: "EN", exact: true });
    expect((await en.textContent())?.trim()).toBe("EN");
    expect((await page.getByRole("button", { name: "VI", exact: true }).textContent())?.trim()).toBe("VI");
    expect(await pressUntil(page, "Shift+Tab", (f) => f.label === "EN", 30)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: "Check" }).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });

  it("stacks the sheet and the pane below ~900 px, side by side above", async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await openExample(page, `${base}/preview.html?lang=vi`);
    const layout = () =>
      page.evaluate(() => {
        const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
        const grid = box('[data-testid="sheet-grid"]');
        const pane = box('[data-testid="pane"]');
        return {
          grid: { left: grid.left, top: grid.top, bottom: grid.bottom, width: grid.width },
          pane: { left: pane.left, top: pane.top, width: pane.width },
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
    const narrow = await layout();
    expect(narrow.pane.top).toBeGreaterThanOrEqual(narrow.grid.bottom - 1);
    expect(narrow.pane.width).toBeGreaterThan(700);
    expect(narrow.grid.width).toBeGreaterThan(700);
    expect(narrow.overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1200, height: 900 });
    const wide = await layout();
    expect(wide.pane.left).toBeGreaterThanOrEqual(wide.grid.left + wide.grid.width - 1);
    expect(Math.abs(wide.pane.top - wide.grid.top)).toBeLessThan(60);
    console.log(`browser page at 800 px: ${JSON.stringify(narrow)}; at 1200 px: ${JSON.stringify(wide)}`);
    await context.close();
  });
});
