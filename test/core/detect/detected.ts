/** Reading a detection result in the detection tests. */
import type { DetectedTable, DetectionFailure, DetectionResult } from "../../../src/core/types";

/** The table found; throws (failing the test) with the failure when none was. */
export function table(result: DetectionResult): DetectedTable {
  if (!result.ok) throw new Error(`no table: ${JSON.stringify(result.failure)}`);
  return result.table;
}

/** The failure; throws (failing the test) when a table was found. */
export function failure(result: DetectionResult): DetectionFailure {
  if (result.ok) throw new Error(`a table was found at row ${result.table.headerRow}`);
  return result.failure;
}

/** Column index per detected key, e.g. { number: 1, content: 2 }. */
export function cols(t: DetectedTable): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, c] of Object.entries(t.columns)) if (c) out[k] = c.col;
  return out;
}
