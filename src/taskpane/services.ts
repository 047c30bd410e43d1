/**
 * What the pane calls in the core and the marking layer, gathered in one object so the views stay render-only and
 * tests can hand the pane other implementations. Nothing here touches Excel or exceljs directly: every workbook
 * access goes through the WorkbookPort.
 */
import {
  type AgencyDirectory,
  defaultDirectory,
  entriesFromSheetRows,
  type CompletionReport,
  detectTable,
  findAppendix,
  checkGrid,
  completionAsOf,
  type CheckOptions,
  type CheckResult,
  describeRule,
  renderFinding,
  type RenderedFinding,
  type Acceptance,
  type CellRange,
  type Grid,
  type ColumnMapping,
  type DetectionResult,
  type Finding,
  type Fix,
  type IsoDate,
  type Lang,
} from "../core";
import {
  addAcceptances,
  applyFixes,
  clearMarks,
  createDropdowns,
  markFindings,
  planFixes,
  readAcceptances,
  removeDropdowns,
  revokeAcceptances,
  undoFixes,
  type DropdownResult,
  type FixPlan,
  type RefusedFix,
  type RemoveResult,
} from "../workbook/marking";
import type { WorkbookPort } from "../workbook/port";
import { writeSummary } from "../workbook/summary";
import type { CheckSuccess } from "./paneTypes";
import { AGENCY_SHEET, AGENCY_SHEET_HEADER } from "./agencies/sheet";
import { fetchRuleDoc, type RuleDoc } from "./help/ruleDoc";

export { AGENCY_SHEET } from "./agencies/sheet";

export interface DetectOptions {
  readonly mapping?: ColumnMapping;
  readonly headerRow?: number;
  readonly range?: CellRange;
}

export interface DirectoryInfo {
  readonly directory: AgencyDirectory;
  /** Entries of the built-in directory. */
  readonly defaultCount: number;
  /** Entries read from the agency sheet. */
  readonly userCount: number;
  readonly sheetExists: boolean;
  /** Rows of the agency sheet that could not be read, as messages. */
  readonly problems: readonly string[];
}

export interface PaneServices {
  detect(grid: Grid, options: DetectOptions): DetectionResult;
  check(grid: Grid, options: CheckOptions): CheckResult;
  /** The built-in directory extended with the agency sheet, read now. */
  loadDirectory(port: WorkbookPort): Promise<DirectoryInfo>;
  createAgencySheet(port: WorkbookPort): Promise<void>;
  /** Colours and annotates the cells with findings; how many cells were marked. */
  mark(port: WorkbookPort, sheet: string, findings: readonly Finding[], lang: Lang): Promise<{ cells: number }>;
  /** Removes the marks; the accepted findings stay (`keptAcceptances` of them). */
  clearMarks(port: WorkbookPort): Promise<{ restored: number; keptAcceptances?: number }>;
  /** Dropdown lists and a date rule on the checked table ("Tạo danh sách chọn", docs/dropdowns.md). */
  createDropdowns(port: WorkbookPort, result: CheckSuccess, lang: Lang): Promise<DropdownResult>;
  /** Removes the dropdown lists Rõ Việc wrote ("Xóa danh sách chọn"). */
  removeDropdowns(port: WorkbookPort): Promise<RemoveResult>;
  /** The findings accepted in the workbook (its state sheet). */
  readAcceptances(port: WorkbookPort): Promise<Acceptance[]>;
  /** Stores acceptances in the workbook; every acceptance now stored. */
  addAcceptances(port: WorkbookPort, added: readonly Acceptance[]): Promise<Acceptance[]>;
  /** Removes acceptances from the workbook; every acceptance still stored. */
  revokeAcceptances(port: WorkbookPort, revoked: readonly Acceptance[]): Promise<Acceptance[]>;
  /** Applies the fixes; how many cells changed. */
  /** Cells changed, and the fixes refused (a cell would grow past Excel's limit), which the pane shows. */
  applyFixes(
    port: WorkbookPort,
    sheet: string,
    fixes: readonly Fix[],
    lang: Lang,
  ): Promise<{ changed: number; refused?: readonly RefusedFix[] }>;
  undoFixes(port: WorkbookPort, sheet: string): Promise<{ restored: number }>;
  /** What applying the fixes to the cells of `grid` would change, nothing written ("Sửa tất cả (N)"). */
  planFixes(grid: Grid, fixes: readonly Fix[], lang: Lang): FixPlan;
  /** What a rule checks, one sentence in the language, for tooltips. */
  describeRule?(ruleId: string, lang: Lang): string | undefined;
  /** A rule's help page in the language (docs/rules/<id>.md as shipped in dist/rules/), loaded on demand. */
  loadRuleDoc?(ruleId: string, lang: Lang): Promise<RuleDoc>;
  /** A finding's message and suggestion in the language shown. */
  renderFinding(finding: Finding, lang: Lang): RenderedFinding;
  /** The completion figures as of a date, from a check already made (no rule runs again). */
  completion(result: CheckSuccess, asOf: IsoDate): CompletionReport;
  /** Writes the summary sheet (completion per agency, or the indicators) into the workbook; the sheet's name. */
  writeSummary(port: WorkbookPort, completion: CompletionReport, lang: Lang): Promise<string>;
  /** The sheet holding an appendix, chosen as the command line chooses it; undefined when none does. */
  appendixSheet(grids: readonly Grid[]): string | undefined;
}

export const defaultServices: PaneServices = {
  detect: (grid, options) => detectTable(grid, options),
  check: (grid, options) => checkGrid(grid, options),
  async loadDirectory(port) {
    const base = defaultDirectory();
    const rows = await port.readSheet(AGENCY_SHEET);
    if (!rows) {
      return { directory: base, defaultCount: base.entries.length, userCount: 0, sheetExists: false, problems: [] };
    }
    const parsed = entriesFromSheetRows(rows);
    const directory = parsed.entries.length > 0 ? base.extend(parsed.entries) : base;
    return {
      directory,
      defaultCount: base.entries.length,
      userCount: parsed.entries.length,
      sheetExists: true,
      problems: parsed.errors,
    };
  },
  async createAgencySheet(port) {
    await port.writeSheet({
      name: AGENCY_SHEET,
      rows: [[...AGENCY_SHEET_HEADER]],
      header: true,
      columnWidths: [48, 40, 12, 16, 40],
    });
  },
  mark: (port, sheet, findings, lang) => markFindings(port, sheet, findings, lang),
  clearMarks: (port) => clearMarks(port),
  createDropdowns: (port, result, lang) => createDropdowns(port, result, lang),
  removeDropdowns: (port) => removeDropdowns(port),
  readAcceptances: (port) => readAcceptances(port),
  addAcceptances: (port, added) => addAcceptances(port, added),
  revokeAcceptances: (port, revoked) => revokeAcceptances(port, revoked),
  applyFixes: (port, sheet, fixes, lang) => applyFixes(port, sheet, fixes, lang),
  undoFixes: (port, sheet) => undoFixes(port, sheet),
  planFixes: (grid, fixes, lang) => planFixes(grid, fixes, lang),
  describeRule: (ruleId, lang) => describeRule(ruleId, lang),
  renderFinding: (finding, lang) => renderFinding(finding, lang),
  loadRuleDoc: (ruleId, lang) => fetchRuleDoc(ruleId, lang),
  completion: (result, asOf) => completionAsOf(result, asOf),
  writeSummary: (port, completion, lang) => writeSummary(port, completion, lang),
  appendixSheet: (grids) => findAppendix(grids)?.grid.sheet,
};
