/**
 * npm run demo: checks the example workbook and writes the annotated copy to out/.
 * The command line exits 1 when it finds errors (the example has some, on purpose); the demo itself succeeds then.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { ROOT } from "./paths";

const args = [
  path.join(ROOT, "lib/cli/main.js"),
  "check",
  path.join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx"),
  "--out",
  path.join(ROOT, "out/ke-hoach-de-an-06-nam-2024.checked.xlsx"),
  ...process.argv.slice(2),
];
const r = spawnSync(process.execPath, args, { stdio: "inherit" });
process.exitCode = r.status === 0 || r.status === 1 ? 0 : (r.status ?? 2);
