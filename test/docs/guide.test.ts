/**
 * The user guide (assets/support.html, shipped as dist/assets/support.html): every picture and page it links to is
 * in the repository — its screenshots in docs/screenshots/ (the build copies them to dist/assets/screenshots/), its
 * other files in assets/ — and every section of the table of contents exists.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "../..");
const GUIDE = readFileSync(join(ROOT, "assets/support.html"), "utf8");

/** Where a relative URL of the guide comes from in the repository. */
function source(url: string): string {
  return url.startsWith("screenshots/") ? join(ROOT, "docs", url) : join(ROOT, "assets", url);
}

describe("the user guide", () => {
  const urls = [...GUIDE.matchAll(/\b(?:src|srcset|href)="([^"#][^"]*)"/g)].map((m) => m[1]);

  it("shows each view of the pane, light and dark", () => {
    for (const view of ["check", "progress", "agencies"]) {
      for (const theme of ["light", "dark"]) expect(urls).toContain(`screenshots/pane-${view}-350-${theme}.png`);
    }
  });

  it("links only to files that exist", () => {
    const missing = urls.filter((u) => !/^[a-z]+:/.test(u) && !existsSync(source(u)));
    expect(missing).toEqual([]);
  });

  it("has a section for every entry of its tables of contents", () => {
    const anchors = [...GUIDE.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...GUIDE.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
    expect(anchors.length).toBeGreaterThan(10);
    expect(anchors.filter((a) => !ids.has(a))).toEqual([]);
  });

  it("is Vietnamese first, with an English part", () => {
    expect(GUIDE.indexOf('lang="vi"')).toBeLessThan(GUIDE.indexOf('<article id="en" lang="en"'));
    expect(GUIDE).toContain("Hướng dẫn sử dụng");
    expect(GUIDE).toContain("User guide");
  });
});
