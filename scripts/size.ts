/**
 * The task pane's download: gzipped size of every JavaScript file taskpane.html loads (its script tags and the
 * chunks they load on demand), against a budget, and a check that none of them carries exceljs.
 *
 *   node lib/scripts/size.js [--dist dist] [--limit 350]      (npm run size)
 *
 * Prints e.g. "taskpane: 312.4 KB gzipped (limit 350 KB)"; exits 1 over the limit or when exceljs is found.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { arg, ROOT } from "./paths";

/** Written by webpack.config.js's TaskpaneGuardPlugin: the files taskpane.html loads, and whether exceljs is in. */
const REPORT = path.join(ROOT, "node_modules/.cache/ro-viec/taskpane-files.json");

interface BuildReport {
  files: string[];
  exceljs: boolean;
}

/** Strings only exceljs's bundle carries (part names of the .xlsx package it writes). */
const EXCELJS_MARKERS = ["xl/sharedStrings.xml", "[Content_Types].xml", "docProps/core.xml"];

/** Local scripts of an HTML page, in order. */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]).filter((s) => !/^[a-z]+:\/\//i.test(s));
}

function main(): number {
  const dist = path.resolve(arg("--dist", path.join(ROOT, "dist")));
  const limitKb = Number(arg("--limit", "350"));
  const html = path.join(dist, "taskpane.html");
  if (!fs.existsSync(html)) {
    console.error(`No ${path.relative(process.cwd(), html)}: run \`npm run build\` first.`);
    return 1;
  }
  const files = new Set(scriptsOf(fs.readFileSync(html, "utf8")).map((s) => s.replace(/^\.?\//, "")));
  let exceljsInBuild = false;
  const report = fs.existsSync(REPORT) ? (JSON.parse(fs.readFileSync(REPORT, "utf8")) as BuildReport) : undefined;
  // The report belongs to this dist/ when every file it lists is there (a later build cleans dist/).
  if (report && report.files.every((f) => fs.existsSync(path.join(dist, f)))) {
    for (const f of report.files) files.add(f);
    exceljsInBuild = report.exceljs === true;
  } else {
    console.warn("(no build report: counting the script tags of taskpane.html only, not chunks loaded on demand)");
  }

  let total = 0;
  const rows: string[] = [];
  const withExceljs: string[] = [];
  for (const f of [...files].sort()) {
    const file = path.join(dist, f);
    if (!fs.existsSync(file)) continue;
    const buf = fs.readFileSync(file);
    const gz = zlib.gzipSync(buf, { level: 9 }).length;
    total += gz;
    rows.push(`  ${f}: ${(gz / 1024).toFixed(1)} KB gzipped (${(buf.length / 1024).toFixed(1)} KB)`);
    const text = buf.toString("utf8");
    if (EXCELJS_MARKERS.some((m) => text.includes(m))) withExceljs.push(f);
  }
  const kb = total / 1024;
  console.log(`taskpane: ${kb.toFixed(1)} KB gzipped (limit ${limitKb} KB)`);
  for (const r of rows) console.log(r);

  let failed = false;
  if (kb > limitKb) {
    console.error(`✗ the task pane JavaScript is ${(kb - limitKb).toFixed(1)} KB over the limit`);
    failed = true;
  }
  if (exceljsInBuild || withExceljs.length) {
    console.error(`✗ exceljs is in the task pane bundle${withExceljs.length ? `: ${withExceljs.join(", ")}` : ""}`);
    failed = true;
  } else {
    console.log(`✓ no task pane chunk contains exceljs (${files.size} files checked)`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
