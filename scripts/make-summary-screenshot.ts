/**
 * Shows that the summary sheet the command line writes opens in a real office suite, with its bar chart:
 *
 *   1. checks examples/theo-doi-tien-do-2024.xlsx as of 30/06/2024 with the built command line (lib/, from
 *      `npm run build:cli`) and writes the annotated copy;
 *   2. makes a print copy in which only the summary sheet is visible, on one landscape page;
 *   3. LibreOffice converts it to PDF, pdftoppm renders the page to docs/screenshots/summary-sheet.png.
 *
 * Needs `soffice` (Debian: libreoffice-calc-nogui) and `pdftoppm` (poppler-utils).
 * Run: `npm run build:cli && npm run build:scripts && node lib/scripts/make-summary-screenshot.js [tracking.xlsx]
 * [YYYY-MM-DD]`.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { ROOT, run } from "./paths";

const INPUT = path.resolve(process.argv[2] ?? path.join(ROOT, "examples", "theo-doi-tien-do-2024.xlsx"));
const AS_OF = process.argv[3] ?? "2024-06-30";
const OUTPUT = path.join(ROOT, "docs", "screenshots", "summary-sheet.png");
const SUMMARY = "Rõ Việc – Tiến độ";

const unescapeXml = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Hides every sheet but the summary, makes it the active tab and prints it landscape on one page. */
async function printCopy(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`No ${name} in the annotated copy`);
    return file.async("string");
  };
  const match = (re: RegExp, text: string): string => {
    const m = re.exec(text);
    if (!m) throw new Error(`${re} not found in ${text.slice(0, 80)}`);
    return m[1];
  };
  let workbook = await part("xl/workbook.xml");
  let index = -1;
  let position = 0;
  let summaryRel = "";
  workbook = workbook.replace(/<sheet\b[^>]*\/>/g, (tag) => {
    const name = unescapeXml(match(/\bname="([^"]*)"/, tag));
    const here = position++;
    if (name === SUMMARY) {
      index = here;
      summaryRel = match(/\br:id="([^"]*)"/, tag);
      return tag;
    }
    return /state="veryHidden"/.test(tag) ? tag : tag.replace(/state="[^"]*"/, 'state="hidden"');
  });
  if (index < 0) throw new Error(`No sheet “${SUMMARY}” in the annotated copy`);
  workbook = workbook.replace(/activeTab="\d+"/, `activeTab="${index}"`).replace(/firstSheet="\d+"/, 'firstSheet="0"');
  workbook = workbook.replace(/<definedName name="_xlnm.Print_Titles"[^>]*>[^<]*<\/definedName>/g, "");
  zip.file("xl/workbook.xml", workbook);

  const rels = await part("xl/_rels/workbook.xml.rels");
  const target = match(new RegExp(`Id="${summaryRel}"[^>]*Target="([^"]*)"`), rels);
  const sheetPath = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  let sheet = await part(sheetPath);
  sheet = sheet
    .replace(
      /<pageSetup\b[^>]*\/>/,
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="1"/>',
    )
    .replace(/(<worksheet\b[^>]*>)/, (root) =>
      sheet.includes("<sheetPr") ? root : `${root}<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`,
    );
  zip.file(sheetPath, sheet);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "roviec-summary-"));
  const annotated = path.join(tmp, "annotated.xlsx");
  const cli = spawnSync(
    process.execPath,
    [path.join(ROOT, "lib", "cli", "main.js"), "check", INPUT, "--as-of", AS_OF, "--out", annotated],
    { encoding: "utf8" },
  );
  // 0: no errors, 1: findings with errors — both write the annotated copy.
  if (cli.status !== 0 && cli.status !== 1) throw new Error(`ro-viec check failed (${cli.status}): ${cli.stderr}`);

  const print = path.join(tmp, "summary.xlsx");
  fs.writeFileSync(print, await printCopy(fs.readFileSync(annotated)));
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${path.join(tmp, "lo")}`,
      "--convert-to",
      "pdf",
      "--outdir",
      tmp,
      print,
    ],
    { stdio: "inherit" },
  );
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  const base = OUTPUT.replace(/\.png$/, "");
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    path.join(tmp, "summary.pdf"),
    base,
  ]);
  console.log(`${path.relative(ROOT, OUTPUT)} (annotated copy: ${annotated})`);
}

run(main);
