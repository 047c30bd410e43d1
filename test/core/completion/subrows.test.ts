/**
 * A task shared by three ministries, each on its own row under the task's merged number and text: three tasks for
 * every rule and for completion, each credited to its own lead only (QĐ 2597-like tracking copy).
 */
import { computeCompletion, type AgencyCompletion } from "../../../src/core/completion";
import { checkGrid } from "../../../src/core/engine";
import { fold } from "../../../src/core/text";
import { SUBROW_AS_OF, SUBROW_ROWS, subRowGrid } from "../../fixtures/subrows";

for (const merged of [true, false]) {
  describe(`sub-rows with their own lead (${merged ? "merged" : "merges lost in a copy"})`, () => {
    const result = checkGrid(subRowGrid({ merged }), { asOf: SUBROW_AS_OF });
    if (!result.ok) throw new Error(result.message);
    const report = computeCompletion({ tasks: result.tasks, analysis: result.analysis, asOf: SUBROW_AS_OF });
    const find = (name: string): AgencyCompletion => {
      const a = report.agencies.find((x) => fold(x.agency) === fold(name));
      if (!a) throw new Error(`no row for ${name}: ${report.agencies.map((x) => x.agency).join(" | ")}`);
      return a;
    };

    it("makes each row with its own lead a task, labelled I.2a, I.2b, I.2c, with the task's text", () => {
      const tasks = result.analysis.tasks;
      expect(tasks.map((t) => [t.row, t.label, t.cells.lead?.text])).toEqual([
        [SUBROW_ROWS.i1, "I.1", "Bộ Xây dựng"],
        [SUBROW_ROWS.i2a, "I.2a", "Bộ Xây dựng"],
        [SUBROW_ROWS.i2b, "I.2b", "Bộ Khoa học và Công nghệ"],
        [SUBROW_ROWS.i2c, "I.2c", "Bộ Tài chính"],
        [SUBROW_ROWS.ii1, "II.1", "Bộ Khoa học và Công nghệ"],
      ]);
      const text = tasks[1].cells.content?.text;
      expect(text).toMatch(/^Thiết lập cơ chế tích hợp/);
      expect(tasks[2].cells.content?.text).toBe(text);
      expect(tasks[3].cells.content?.text).toBe(text);
      expect(tasks[2].parentRow).toBe(SUBROW_ROWS.i2a);
    });

    it("raises no missing-*, numbering, split-row or duplicate finding on the sub-rows", () => {
      const rules = /^(missing-|numbering|split-row|duplicate-task)/;
      expect(result.report.findings.filter((f) => rules.test(f.rule))).toEqual([]);
    });

    it("gives each ministry exactly its own figures", () => {
      expect(find("Bộ Xây dựng")).toMatchObject({ assigned: 2, due: 2, done: 1, overdue: 1, notYetDue: 0, rate: 0.5 });
      expect(find("Bộ Xây dựng").taskRows.overdue).toEqual([SUBROW_ROWS.i2a]);
      expect(find("Bộ Khoa học và Công nghệ")).toMatchObject({
        assigned: 2,
        due: 1,
        done: 1,
        overdue: 0,
        notYetDue: 1,
      });
      expect(find("Bộ Khoa học và Công nghệ").taskRows.done).toEqual([SUBROW_ROWS.i2b]);
      expect(find("Bộ Tài chính")).toMatchObject({ assigned: 1, due: 1, done: 0, overdue: 1, rate: 0 });
      expect(report.total).toMatchObject({ assigned: 5, due: 4, done: 2, overdue: 2, notYetDue: 1 });
    });
  });
}
