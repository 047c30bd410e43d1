/** The one-line refusals of the command line: the user's line, and the system's text for --verbose. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Lang } from "../core";
import { t, type CliMessageId } from "./messages";

export class CliError extends Error {
  /** `text`: the one line the user reads; `detail`: the system's own text, shown with --verbose only. */
  constructor(
    readonly text: string,
    readonly detail?: string,
  ) {
    super(text);
  }
}

export function fail(id: CliMessageId, lang: Lang, data: Record<string, string> = {}, detail?: string): never {
  throw new CliError(t(id, lang, data), detail);
}

export function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

export type ReadRefusals = Readonly<Record<"missing" | "folder" | "denied" | "loop" | "other", CliMessageId>>;

/** Why a file could not be read, as the catalogue says it. */
export function readFailure(e: unknown, ids: ReadRefusals, file: string, lang: Lang): never {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const id =
    code === "ENOENT" || code === "ENOTDIR"
      ? ids.missing
      : code === "EISDIR"
        ? ids.folder
        : code === "EACCES" || code === "EPERM"
          ? ids.denied
          : code === "ELOOP"
            ? ids.loop
            : ids.other;
  fail(id, lang, { file }, errorText(e));
}

export const INPUT_REFUSALS: ReadRefusals = {
  missing: "file-missing",
  folder: "file-is-folder",
  denied: "file-denied",
  loop: "file-link-loop",
  other: "file-unreadable",
};

export const AGENCY_REFUSALS: ReadRefusals = {
  missing: "agencies-missing",
  folder: "agencies-is-folder",
  denied: "agencies-denied",
  loop: "file-link-loop",
  other: "agencies-unreadable",
};

export async function readInput(file: string, lang: Lang): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    readFailure(e, INPUT_REFUSALS, file, lang);
  }
}

/** A message about the file's content, led by the file's name. */
export function inFile(file: string, message: string): string {
  return `“${path.basename(file)}”: ${message}`;
}
