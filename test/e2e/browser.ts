/**
 * What the end-to-end tests share: dist/ served on 127.0.0.1 (port chosen by the system), Debian's Chromium driven
 * by playwright-core, and whether both are there (without them the tests skip with a message, except under CI,
 * where they fail).
 *
 * Chromium: CHROMIUM_PATH or /usr/bin/chromium (`apt-get install -y chromium`). dist: RO_VIEC_DIST or dist/.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const DIST = resolve(ROOT, process.env.RO_VIEC_DIST ?? "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Why an end-to-end test cannot run here (Chromium, the build or a file it needs is absent); empty when it can. */
export function missingForE2e(name: string, files: readonly string[]): string[] {
  const missing = [
    existsSync(CHROMIUM)
      ? undefined
      : `Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
    ...files.map((f) =>
      existsSync(f) ? undefined : `${f} not found${f.startsWith(DIST) ? " (run npm run build)" : ""}`,
    ),
  ].filter((m): m is string => m !== undefined);
  if (missing.length > 0 && process.env.CI) {
    throw new Error(`The ${name} cannot run under CI: ${missing.join("; ")}`);
  }
  if (missing.length > 0) console.warn(`Skipping the ${name}: ${missing.join("; ")}`);
  return missing;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** The content type a static server gives the file at `path`. */
export function contentType(path: string): string {
  return TYPES[extname(path)] ?? "application/octet-stream";
}

/** Serves `root` on 127.0.0.1, port chosen by the system; "/" is preview.html. */
export async function serve(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path === "/" ? "preview.html" : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": contentType(file) });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Chromium without sandbox (root) and without any network of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A Content-Security-Policy violation as the page saw it (`securitypolicyviolation`) or logged it (console). */
export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
  readonly where: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

/**
 * Records every Content-Security-Policy violation of the pages of `context`: the `securitypolicyviolation` events
 * (listened to from before the page's first script) and the console lines Chromium writes for refused resources.
 * `read(page)` returns both.
 */
export async function watchCsp(context: BrowserContext): Promise<{ read(page: Page): Promise<string[]> }> {
  const consoleLines = new Map<Page, string[]>();
  const track = (page: Page): void => {
    const lines: string[] = [];
    consoleLines.set(page, lines);
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) lines.push(`console: ${m.text()}`);
    });
  };
  context.pages().forEach(track);
  context.on("page", track);
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations!.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        where: `${e.sourceFile}:${e.lineNumber}`,
      });
    });
  });
  return {
    async read(page: Page): Promise<string[]> {
      const events = await page.evaluate(() => window.__cspViolations ?? []);
      return [
        ...events.map(
          (v) => `securitypolicyviolation: ${v.directive} blocked ${v.blocked || "(inline)"} at ${v.where}`,
        ),
        ...(consoleLines.get(page) ?? []),
      ];
    },
  };
}
