/**
 * Reviewer labels of a corpus appendix: how to lay its workbook out, the plan period a reviewer reads, the
 * findings a careful reviewer would write (expected) and those they would never write (forbidden), each with why.
 */
import { z } from "zod";

const why = z.string().min(3);
const rowNumber = z.number().int().positive();

const expectedLabel = z
  .object({
    rule: z.string().min(1),
    row: rowNumber,
    col: z.number().int().positive().optional(),
    severity: z.enum(["error", "warning", "info"]).optional(),
    related: z.array(rowNumber).optional(),
    why,
  })
  .strict();

const forbiddenLabel = z
  .object({
    rule: z.string().min(1),
    row: rowNumber.optional(),
    rows: z.array(rowNumber).optional(),
    col: z.number().int().positive().optional(),
    why,
  })
  .strict();

const layout = z
  .object({
    sectionRows: z.array(rowNumber).optional(),
    notSectionRows: z.array(rowNumber).optional(),
    captionRows: z.array(rowNumber).optional(),
    mergeDown: z
      .array(z.object({ cols: z.array(z.number().int().positive()), from: rowNumber, to: rowNumber }).strict())
      .optional(),
  })
  .passthrough();

export const labelFileSchema = z
  .object({
    file: z.string().min(1),
    document: z.string().optional(),
    layout: layout.optional(),
    planPeriod: z.object({ value: z.string().nullable(), why }).optional(),
    expected: z.array(expectedLabel),
    forbidden: z.array(forbiddenLabel).default([]),
  })
  .passthrough();

export type LabelFile = z.infer<typeof labelFileSchema>;
export type ExpectedLabel = z.infer<typeof expectedLabel>;
export type ForbiddenLabel = z.infer<typeof forbiddenLabel>;
export type Layout = z.infer<typeof layout>;
