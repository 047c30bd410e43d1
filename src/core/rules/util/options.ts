/** Options schemas shared by rules. */
import { z } from "zod";

/** The options of a rule that has none: nothing, or `{}`. */
export const NO_OPTIONS: z.ZodType<Record<string, never>, z.ZodTypeDef, unknown> = z
  .object({})
  .strict()
  .default({}) as z.ZodType<Record<string, never>, z.ZodTypeDef, unknown>;
