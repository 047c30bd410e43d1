/**
 * The default directory shipped with the add-in (src/data/agencies.json), validated once and cached.
 */
import data from "../../data/agencies.json";
import { AgencyDirectory } from "./directory";
import { parseDirectoryData } from "./schema";

let cached: AgencyDirectory | undefined;

/** The default directory. Throws if the shipped file is invalid (a build defect, caught by the tests). */
export function defaultDirectory(): AgencyDirectory {
  if (!cached) {
    const parsed = parseDirectoryData(data, "default");
    if (!parsed.ok) throw new Error(`src/data/agencies.json: ${parsed.errors.join("; ")}`);
    cached = new AgencyDirectory(parsed.entries);
  }
  return cached;
}
