/**
 * Writing the file a command makes (`check --out`, `import --out`) without ever touching the input: refused when the
 * output is the input by identity (checked before the work and again just before writing, as it may have become a
 * link to the input meanwhile), written to a temporary file beside the target and renamed, every failure one line
 * in the user's language naming the file and the cause.
 */
import type { Lang } from "../core";
import { errorText, fail } from "./errors";
import { outputProblem, sameFile, WriteError, writeFileAtomic } from "./files";
import { t } from "./messages";

/** Refuses an output that is the input, or that cannot be written, before any work is done. */
export async function checkOutput(out: string, input: string, lang: Lang): Promise<void> {
  if (await sameFile(out, input)) fail("out-is-input", lang, { file: out });
  const problem = await outputProblem(out);
  if (problem) fail("out-failed", lang, { file: out, cause: t(`cause-${problem}`, lang) });
}

/** Makes the output's bytes and writes them atomically. */
export async function writeOutput(
  out: string,
  input: string,
  lang: Lang,
  make: () => Promise<Uint8Array>,
): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await make();
  } catch (e) {
    fail("out-failed", lang, { file: out, cause: t("cause-other", lang) }, errorText(e));
  }
  if (await sameFile(out, input)) fail("out-is-input", lang, { file: out });
  try {
    await writeFileAtomic(out, bytes);
  } catch (e) {
    const cause = e instanceof WriteError ? e.reason : "other";
    fail("out-failed", lang, { file: out, cause: t(`cause-${cause}`, lang) }, errorText(e));
  }
}
