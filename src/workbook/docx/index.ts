export { DocxReadError, readDocx } from "./read";
export type { DocxContent, DocxFailure, DocxReadOptions, DocxTable } from "./read";
