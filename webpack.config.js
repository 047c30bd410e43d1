/**
 * Build of the Excel add-in and the browser page.
 *
 *   npm run build   production build into dist/ (manifest.xml URLs rewritten to ADDIN_BASE_URL when set)
 *   npm start       dev server on https://localhost:3000 with the certificate from scripts/make-cert.ts
 *
 * Pages: taskpane.html is the shared runtime (task pane, the ribbon button's page, custom functions), preview.html
 * the browser page (no Office.js; the only page allowed exceljs). The ribbon button only shows the task pane: it
 * needs no code of its own.
 *
 * Every HTML page in dist/ carries the Content-Security-Policy of scripts/csp.ts in a <meta> first in its <head>
 * (CspGuardPlugin fails the build otherwise); no page has inline script or style.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { Compilation, WebpackError } = require("webpack");
// Compiled from scripts/csp.ts by `npm run build:scripts` (npm run build and npm start run it first).
const { contentSecurityPolicy, cspMeta } = require("./lib/scripts/csp");
const { RuleDocsPlugin } = require("./lib/scripts/rule-docs");

const DEV_URL = "https://localhost:3000";
const DIST = path.resolve(__dirname, "dist");
const FUNCTIONS = "./src/functions/functions.ts";
const CERT_DIR = path.resolve(__dirname, ".certs");
/** Entries whose code runs in the Office task pane runtime (taskpane.html). */
const PANE_ENTRIES = ["taskpane", "functions"];
/** Where the list of files loaded by taskpane.html is written for scripts/size.ts (outside dist/). */
const PANE_REPORT = path.resolve(__dirname, "node_modules/.cache/ro-viec/taskpane-files.json");
/** The HTML shell of taskpane.html and preview.html; `officeJs` says whether the page loads Office.js. */
const PAGE_SHELL = "./src/taskpane/shell.html";

/** The add-in's base URL for dist/manifest.xml: ADDIN_BASE_URL without a trailing slash, or the dev server. */
function baseUrl() {
  const raw = (process.env.ADDIN_BASE_URL || "").trim().replace(/\/+$/, "");
  if (!raw) return DEV_URL;
  if (!/^https:\/\/[^/]+/i.test(raw)) throw new Error(`ADDIN_BASE_URL must be an https URL, got "${raw}"`);
  return raw;
}

/**
 * The manifest for `base`: every URL value on the dev server moves to `base`; AppDomain entries take its origin.
 * Comments keep their text.
 */
function rewriteManifest(xml, base) {
  const origin = new URL(base).origin;
  return xml
    .replace(/(<AppDomain>)https:\/\/localhost:3000\/?(<\/AppDomain>)/g, `$1${origin}$2`)
    .replace(/(["'>])https:\/\/localhost:3000(?=[/"'<])/g, `$1${base}`);
}

/**
 * Fails the build when exceljs reaches any chunk loaded by taskpane.html (the pane must stay small; exceljs belongs
 * to the browser page), and records those chunks' files for scripts/size.ts.
 */
class TaskpaneGuardPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("TaskpaneGuardPlugin", (compilation) => {
      const files = new Set();
      const offenders = new Set();
      for (const name of PANE_ENTRIES) {
        const entry = compilation.entrypoints.get(name);
        if (!entry) continue;
        // The entry's chunks and those of every chunk group it can load on demand (not the shared runtime's
        // other entries).
        const chunks = new Set();
        const seen = new Set();
        const visit = (group) => {
          if (seen.has(group)) return;
          seen.add(group);
          for (const c of group.chunks) chunks.add(c);
          for (const child of group.childrenIterable) visit(child);
        };
        visit(entry);
        for (const chunk of chunks) {
          for (const f of chunk.files) if (f.endsWith(".js")) files.add(f);
          for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const res = (m.nameForCondition && m.nameForCondition()) || "";
            if (/[\\/]node_modules[\\/]exceljs[\\/]/.test(res))
              offenders.add(`${name}: ${path.relative(__dirname, res)}`);
          }
        }
      }
      if (offenders.size) {
        compilation.errors.push(
          new WebpackError(
            `exceljs must not be bundled into the task pane:\n  ${[...offenders].slice(0, 5).join("\n  ")}`,
          ),
        );
      }
      if (compiler.watchMode) return; // dev server: nothing on disk to measure
      fs.mkdirSync(path.dirname(PANE_REPORT), { recursive: true });
      fs.writeFileSync(PANE_REPORT, JSON.stringify({ files: [...files].sort(), exceljs: offenders.size > 0 }, null, 2));
    });
  }
}

/** Where the policy <meta> goes: right after the charset, before any element it must cover. */
const CHARSET_META = /<meta charset="utf-8"\s*\/?>/i;

/** A static HTML page of assets/ with its policy inserted (such pages run no script). */
function withPolicy(html, file) {
  if (!CHARSET_META.test(html)) throw new Error(`${file}: no <meta charset="utf-8" /> to put the policy after`);
  return html.replace(CHARSET_META, (m) => `${m}\n    ${cspMeta(contentSecurityPolicy({ scripts: false }))}`);
}

/** Fails the build when an emitted HTML page has no Content-Security-Policy meta in its <head>. */
class CspGuardPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CspGuardPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CspGuardPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!name.endsWith(".html")) continue;
            const html = assets[name].source().toString();
            const head = html.slice(0, Math.max(0, html.search(/<\/head>/i)));
            if (!/<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?\s[^>]*content=/i.test(head)) {
              compilation.errors.push(new WebpackError(`${name} has no Content-Security-Policy <meta> in its <head>`));
            }
          }
        },
      );
    });
  }
}

function httpsOptions() {
  const key = path.join(CERT_DIR, "localhost.key");
  const cert = path.join(CERT_DIR, "localhost.crt");
  if (!fs.existsSync(key) || !fs.existsSync(cert)) {
    throw new Error("No dev certificate in .certs/: run `npm start` (it runs scripts/make-cert.ts).");
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const serving = !!env.WEBPACK_SERVE;
  const base = baseUrl();
  const hashed = dev ? "[name].js" : "[name].[contenthash:8].js";

  return {
    mode,
    // No eval-based source maps even in development: the pages' policy allows no eval.
    devtool: dev ? "cheap-module-source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS,
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: DIST,
      // functions.js keeps its name: the manifest points at it.
      filename: (data) => (data.chunk && data.chunk.name === "functions" ? "functions.js" : hashed),
      chunkFilename: hashed,
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; the build only transpiles.
              transpileOnly: true,
              compilerOptions: { module: "es2020", noEmit: false, sourceMap: dev },
            },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime for the pages' bundles, so the pane and the functions share module instances.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    performance: { hints: false }, // scripts/size.ts (npm run size) enforces the task pane budget.
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: PAGE_SHELL,
        templateParameters: {
          title: "Rõ Việc",
          officeJs: true,
          cspMeta: cspMeta(contentSecurityPolicy({ officeJs: true })),
        },
        chunks: PANE_ENTRIES,
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: PAGE_SHELL,
        templateParameters: {
          title: "Rõ Việc — kiểm tra phụ lục nhiệm vụ",
          officeJs: false,
          cspMeta: cspMeta(contentSecurityPolicy()),
        },
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString("utf8"), base),
          },
          {
            from: "assets",
            to: "assets",
            globOptions: { ignore: ["**/.*"] },
            transform: (content, file) =>
              file.endsWith(".html") ? withPolicy(content.toString("utf8"), path.relative(__dirname, file)) : content,
          },
          // The pane's pictures for the guide (assets/support.html), taken by test/e2e/screenshots.e2e.test.ts (which
          // needs a build first, hence no error when they are missing; test/docs/guide.test.ts checks they are there).
          {
            from: "docs/screenshots/pane-*-350-*.png",
            to: "assets/screenshots/[name][ext]",
            noErrorOnMissing: true,
          },
        ],
      }),
      // The rules' help pages (docs/rules/*.md), loaded by the pane on demand: dist/rules/<id>.<lang>.json.
      new RuleDocsPlugin(path.resolve(__dirname, "docs/rules")),
      new TaskpaneGuardPlugin(),
      new CspGuardPlugin(),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      server: serving ? { type: "https", options: httpsOptions() } : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
