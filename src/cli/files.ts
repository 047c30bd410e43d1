/**
 * File safety for the command line: the input is never written, and the output appears whole or not at all.
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * True when `a` and `b` name the same file: the same path, or the same device and inode once every symbolic
 * link is followed (so a symbolic link, a hard link or another spelling of the input's path is the input).
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  let sa;
  let sb;
  try {
    [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
  } catch {
    return false;
  }
  return sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Where a write failed, as a cause the messages name ("folder", "no-folder", "denied", …) plus the system text. */
export class WriteError extends Error {
  constructor(
    readonly reason: WriteCause,
    readonly detail: string,
  ) {
    super(detail);
    this.name = "WriteError";
  }
}

export type WriteCause = "is-folder" | "no-folder" | "denied" | "full" | "read-only" | "other";

export function writeCause(e: unknown): WriteCause {
  switch ((e as NodeJS.ErrnoException | undefined)?.code) {
    case "EISDIR":
      return "is-folder";
    case "ENOTDIR":
    case "EEXIST":
      return "no-folder";
    case "EACCES":
    case "EPERM":
      return "denied";
    case "ENOSPC":
    case "EDQUOT":
      return "full";
    case "EROFS":
      return "read-only";
    default:
      return "other";
  }
}

/**
 * Why `target` certainly cannot be written, found before any work is done: it is a folder, or the nearest
 * existing folder on its path is a file. Undefined when it may be written (the write itself still says otherwise).
 */
export async function outputProblem(target: string): Promise<WriteCause | undefined> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) return "is-folder";
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    let code: string | undefined;
    const st = await fs.stat(dir).catch((e: NodeJS.ErrnoException) => {
      code = e.code ?? "unknown";
      return undefined;
    });
    if (st) return st.isDirectory() ? undefined : "no-folder";
    if (code === "ENOTDIR") return "no-folder";
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function detailOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Writes `bytes` to `target` through a temporary file beside it, renamed into place once complete: a failure
 * half-way leaves the target as it was and no temporary file behind. A symbolic link at `target` is replaced by
 * the new file, never written through.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  try {
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${target}`), { code: "EISDIR" });
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw new WriteError(writeCause(e), detailOf(e));
  }
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await fs.open(temp, "wx", 0o666);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new WriteError(writeCause(e), detailOf(e));
  }
}
