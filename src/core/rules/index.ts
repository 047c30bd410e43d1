/**
 * The rule catalogue. Every rule lives in its own file, named by its id, with a page in docs/rules/<id>.md and
 * tests in test/core/rules/<id>.test.ts. The order here is the order of the report's rule list.
 */
import type { Rule } from "../rule";
import agencyDefunct from "./agency-defunct";
import agencyVariant from "./agency-variant";
import cellError from "./cell-error";
import collectiveLead from "./collective-lead";
import deadlineOutsidePlan from "./deadline-outside-plan";
import deadlineUnparsed from "./deadline-unparsed";
import deadlineVague from "./deadline-vague";
import duplicateTask from "./duplicate-task";
import htmlMarkup from "./html-markup";
import leadInCoLead from "./lead-in-co-lead";
import missingCoLead from "./missing-co-lead";
import missingContent from "./missing-content";
import missingDeadline from "./missing-deadline";
import missingDeliverable from "./missing-deliverable";
import missingLead from "./missing-lead";
import numbering from "./numbering";
import overdue from "./overdue";
import repeatedHeader from "./repeated-header";
import sectionCountMismatch from "./section-count-mismatch";
import splitRow from "./split-row";
import statusUnknown from "./status-unknown";
import unknownAgency from "./unknown-agency";

function entry<O>(rule: Rule<O>): Rule<unknown> {
  return rule;
}

export const rules: readonly Rule<unknown>[] = [
  entry(missingContent),
  entry(missingLead),
  entry(missingDeliverable),
  entry(missingDeadline),
  entry(missingCoLead),
  entry(leadInCoLead),
  entry(collectiveLead),
  entry(agencyVariant),
  entry(agencyDefunct),
  entry(unknownAgency),
  entry(deadlineUnparsed),
  entry(deadlineOutsidePlan),
  entry(deadlineVague),
  entry(duplicateTask),
  entry(sectionCountMismatch),
  entry(numbering),
  entry(splitRow),
  entry(repeatedHeader),
  entry(cellError),
  entry(htmlMarkup),
  entry(statusUnknown),
  entry(overdue),
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));

/** Every rule id, in catalogue order. */
export const ruleIds: readonly string[] = rules.map((r) => r.meta.id);

export function ruleById(id: string): Rule<unknown> | undefined {
  return byId.get(id);
}
