import { scoreFile } from "../../src/corpus/score";
import type { LabelFile } from "../../src/corpus/labels";
import type { Finding, Severity } from "../../src/core/types";

function finding(rule: string, row: number, severity: Severity = "error", related: number[] = []): Finding {
  return {
    rule,
    severity,
    row,
    col: 3,
    column: "C",
    cell: `C${row}`,
    task: "",
    messageId: "m",
    data: {},
    message: "",
    ...(related.length > 0 ? { related: related.map((r) => ({ row: r, task: "" })) } : {}),
  };
}

const labels: LabelFile = {
  file: "x.tsv",
  expected: [
    { rule: "missing-lead", row: 7, why: "no lead" },
    { rule: "agency-variant", row: 9, severity: "info", related: [10, 11], why: "abbreviation on three rows" },
  ],
  forbidden: [
    { rule: "deadline-outside-plan", why: "every deadline is inside the period" },
    { rule: "unknown-agency", rows: [12], why: "a fragment" },
  ],
};

describe("corpus scoring", () => {
  it("meets a label by rule and row, or through related rows", () => {
    const s = scoreFile([finding("missing-lead", 7), finding("agency-variant", 10, "info", [9, 11])], labels);
    expect(s.met).toBe(2);
    expect(s.falseFindings).toHaveLength(0);
  });

  it("counts the same thing said twice as a false finding", () => {
    const s = scoreFile([finding("missing-lead", 7), finding("missing-lead", 7, "warning")], labels);
    expect(s.met).toBe(1);
    expect(s.falseFindings).toHaveLength(1);
  });

  it("counts repeated info findings only when a forbidden label covers them", () => {
    const s = scoreFile(
      [
        finding("agency-variant", 9, "info"),
        finding("agency-variant", 10, "info"),
        finding("unknown-agency", 12, "info"),
      ],
      labels,
    );
    expect(s.met).toBe(1);
    expect(s.falseFindings.map((f) => f.finding.rule)).toEqual(["unknown-agency"]);
  });

  it("requires the label's severity when it gives one", () => {
    const s = scoreFile([finding("agency-variant", 9, "warning")], labels);
    expect(s.met).toBe(0);
    expect(s.missed.map((l) => l.rule)).toEqual(["missing-lead", "agency-variant"]);
    expect(s.falseFindings).toHaveLength(1);
  });

  it("forbids a rule anywhere when the label names no row", () => {
    const s = scoreFile([finding("deadline-outside-plan", 30, "info")], labels);
    expect(s.falseFindings[0].label?.why).toMatch(/inside the period/);
  });
});

describe("corpus scoring of forbidden cells", () => {
  it("compares a finding's own cell only when the forbidden label names a column", () => {
    const cellLabel: LabelFile = {
      file: "x.tsv",
      expected: [],
      forbidden: [{ rule: "unknown-agency", rows: [9], col: 5, why: "a fragment in column E of row 9" }],
    };
    const elsewhere = { ...finding("unknown-agency", 5, "info", [9]), col: 5 };
    const there = { ...finding("unknown-agency", 9, "info"), col: 5 };
    expect(scoreFile([elsewhere], cellLabel).falseFindings).toHaveLength(0);
    expect(scoreFile([there], cellLabel).falseFindings).toHaveLength(1);
  });
});
