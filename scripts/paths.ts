/**
 * Where the project is, for the scripts: they run compiled from lib/scripts/ (`npm run build:scripts`) and are
 * imported from scripts/ by the tests, so the root is found, not counted in "..".
 */
import * as fs from "fs";
import * as path from "path";

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** The project's root folder (the one with package.json). */
export const ROOT = findRoot(__dirname);

/** The scripts' own folder in the source tree (data files such as the 2024 appendix live there). */
export const SCRIPTS = path.join(ROOT, "scripts");

/** The value after `name` on the command line, or `fallback`. */
export function arg(name: string, fallback: string): string;
export function arg(name: string, fallback?: string): string | undefined;
export function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

/** Runs an async main and exits 1 with the error when it fails. */
export function run(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
