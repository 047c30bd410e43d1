/**
 * The command line on real .xlsx files: the 2024 example (acceptance figures), the 2026 fixture, and bad inputs.
 * Runs `run()` in-process (same code as the bin) and the built bin once, for exit codes and stderr.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./run-cli";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLE = path.join(ROOT, "examples/ke-hoach-de-an-06-nam-2024.xlsx");
const FIX = (name: string) => path.join(ROOT, "test/fixtures/xlsx", name);

interface Finding {
  rule: string;
  severity: string;
  row: number;
  column: string;
  cell: string;
  task: string;
  message: string;
  suggestion?: string;
  related?: { row: number; task: string }[];
}

async function report(args: string[]) {
  const r = await cli([...args, "--json"]);
  return { code: r.code, report: JSON.parse(r.out) as { findings: Finding[]; [k: string]: unknown } };
}

const tasksOf = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule).map((f) => f.task);

describe("ro-viec check on the 2024 example", () => {
  let findings: Finding[];
  let rep: Record<string, unknown>;
  let code: number;

  beforeAll(async () => {
    const r = await report(["check", EXAMPLE]);
    findings = r.report.findings;
    rep = r.report;
    code = r.code;
  });

  it("reports the report shape and exits 1 because there are errors", () => {
    expect(code).toBe(1);
    expect(rep).toMatchObject({
      sheet: "Phụ lục",
      valid: false,
      planPeriod: { from: "2024-01-01", to: "2024-12-31", source: "title" },
      stats: { tasks: 40, sections: 7 },
    });
    expect(Object.keys(rep).sort()).toEqual(
      ["file", "findings", "planPeriod", "sheet", "stats", "table", "valid"].sort(),
    );
    for (const f of findings) {
      expect(
        Object.keys(f).every((k) =>
          ["rule", "severity", "row", "column", "cell", "task", "message", "suggestion", "related"].includes(k),
        ),
      ).toBe(true);
      expect(f.cell).toBe(`${f.column}${f.row}`);
    }
  });

  it("finds the 8 tasks without a deliverable", () => {
    expect(tasksOf(findings, "missing-deliverable").sort((a, b) => Number(a) - Number(b))).toEqual([
      "14",
      "19",
      "26",
      "27",
      "28",
      "32",
      "35",
      "37",
    ]);
  });

  it("finds task 12 without a co-operating agency, and nothing else missing", () => {
    expect(tasksOf(findings, "missing-co-lead")).toEqual(["12"]);
    for (const rule of ["missing-content", "missing-lead", "missing-deadline"])
      expect(tasksOf(findings, rule)).toEqual([]);
  });

  it("finds tasks 26 and 28 as duplicates", () => {
    const dup = findings.filter((f) => f.rule === "duplicate-task");
    expect(dup).toHaveLength(1);
    expect(dup[0].task).toBe("28");
    expect(dup[0].related?.map((r) => r.task)).toEqual(["26"]);
  });

  it("finds task 10's deadline outside the 2024 plan, and no other", () => {
    expect(tasksOf(findings, "deadline-outside-plan")).toEqual(["10"]);
  });

  it("re-joins the two rows split by page breaks (tasks 6 and 38)", () => {
    expect(tasksOf(findings, "split-row")).toEqual(["6", "38"]);
    expect(findings.filter((f) => ["6", "38"].includes(f.task) && f.rule.startsWith("missing-"))).toEqual([]);
  });

  it("reports the three spellings of the labour department and “Sở Kế hoạch đầu tư” as variants", () => {
    const variants = findings.filter((f) => f.rule === "agency-variant" && f.severity === "warning");
    const labour = variants.filter((f) => /Lao động/.test(f.message));
    // One finding per spelling: task 28 writes task 26's spelling and is listed with it.
    const tasks = labour.flatMap((f) => [f.task, ...(f.related ?? []).map((r) => r.task)]);
    expect(new Set(tasks)).toEqual(new Set(["20", "26", "28", "33"]));
    expect(labour.every((f) => f.suggestion === "Sở Lao động – Thương binh và Xã hội")).toBe(true);
    const plan = variants.find((f) => f.task === "29");
    expect(plan?.suggestion).toBe("Sở Kế hoạch và Đầu tư");
  });

  it("does not report 2024 agencies as defunct, nor numbering", () => {
    expect(findings.filter((f) => f.rule === "agency-defunct")).toEqual([]);
    expect(findings.filter((f) => f.rule === "numbering")).toEqual([]);
  });

  it("finds section VII declaring 4 tasks and holding 3, and no other count mismatch", () => {
    const counts = findings.filter((f) => f.rule === "section-count-mismatch");
    expect(counts).toHaveLength(1);
    expect(counts[0].message).toMatch(/Mục VII ghi 4 nhiệm vụ nhưng có 3/);
  });

  it("prints findings sorted by row with totals in Vietnamese, and in English on request", async () => {
    const vi = await cli(["check", EXAMPLE]);
    expect(vi.out).toMatch(/Tổng: 40 nhiệm vụ, 7 mục/);
    const rows = [...vi.out.matchAll(/^([A-Z]+)(\d+)\s/gm)].map((m) => Number(m[2]));
    expect(rows.length).toBeGreaterThan(10);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    const en = await cli(["check", EXAMPLE, "--lang", "en"]);
    expect(en.out).toMatch(/Total: 40 tasks, 7 sections — 10 errors, 11 warnings, 12 info\./);
  });

  it("counts in the singular in English where there is one", async () => {
    const en = await cli(["check", path.join(ROOT, "test/fixtures/xlsx/cell-errors.xlsx"), "--lang", "en"]);
    expect(en.out).toMatch(/Total: 3 tasks, 1 section — 0 errors, 2 warnings, 0 info\./);
  });
});

describe("ro-viec check --out", () => {
  it("writes an annotated copy and leaves the input untouched", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ro-viec-"));
    const input = path.join(dir, "plan.xlsx");
    await fs.copyFile(EXAMPLE, input);
    const before = await fs.readFile(input);
    const out = path.join(dir, "out", "plan.checked.xlsx");
    const r = await cli(["check", input, "--out", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    expect(Buffer.compare(before, await fs.readFile(input))).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const list = wb.worksheets.find((w) => /Rõ Việc/.test(w.name) && w.state === "visible");
    expect(list).toBeDefined();
    const { report: rep } = await report(["check", input]);
    const first = rep.findings.find((f) => f.rule === "missing-deliverable")!;
    const cell = wb.getWorksheet("Phụ lục")!.getCell(first.cell);
    expect(JSON.stringify(cell.fill)).toMatch(/FFFFC7CE/i);
    expect(JSON.stringify(cell.note)).toMatch(/Rõ Việc/);
  });

  it("refuses to overwrite the input", async () => {
    const r = await cli(["check", EXAMPLE, "--out", EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không bao giờ ghi đè/);
  });
});

describe("ro-viec check on bad input", () => {
  const cases: [string, string[], RegExp][] = [
    ["a missing file", ["check", "/nonexistent/plan.xlsx"], /Không tìm thấy tệp “\/nonexistent\/plan.xlsx”/],
    ["a file that is not a workbook", ["check", FIX("not-a-workbook.xlsx")], /không phải là bảng tính Excel/],
    ["an encrypted workbook", ["check", FIX("encrypted.xlsx")], /đặt mật khẩu/],
    ["no sheet holding an appendix", ["check", FIX("no-appendix.xlsx")], /Không trang tính nào .* có phụ lục/],
    ["an unknown --sheet", ["check", EXAMPLE, "--sheet", "Trang 9"], /Không có trang tính “Trang 9”.*“Phụ lục”/],
    ["a bad --plan-period", ["check", EXAMPLE, "--plan-period", "2030-2026"], /Kỳ kế hoạch “2030-2026” không hợp lệ/],
    ["a bad --as-of", ["check", EXAMPLE, "--as-of", "30/6/2024"], /Ngày tính “30\/6\/2024” không hợp lệ/],
    ["a bad --lang", ["check", EXAMPLE, "--lang", "fr"], /Ngôn ngữ “fr” không hỗ trợ/],
    ["an unknown option", ["check", EXAMPLE, "--strict"], /Tùy chọn “--strict” không có/],
    [
      "a missing agencies file",
      ["check", EXAMPLE, "--agencies", "/nonexistent.json"],
      /Không tìm thấy danh mục cơ quan/,
    ],
  ];
  it.each(cases)("%s: exit 2 with one clear line", async (_name, args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.out).toBe("");
  });

  it("speaks English with --lang en", async () => {
    const r = await cli(["check", "/nonexistent/plan.xlsx", "--lang", "en"]);
    expect(r.err).toBe("File “/nonexistent/plan.xlsx” not found.");
  });

  it("checks the appendix on the second sheet of a workbook with a cover sheet", async () => {
    const { code, report: rep } = await report(["check", FIX("two-sheets.xlsx")]);
    expect(code === 0 || code === 1).toBe(true);
    expect(rep.sheet).not.toBe("Bìa");
  });
});

describe("the built bin", () => {
  const bin = path.join(ROOT, "lib/cli/main.js");
  const exec = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, ...args], (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });

  it("exits 2 with one line and no stack trace for a file that is not a workbook", async () => {
    const r = await exec(["check", FIX("not-a-workbook.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("exits 1 on the example, and prints help with exit 0", async () => {
    expect((await exec(["check", EXAMPLE])).code).toBe(1);
    const help = await exec(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/ro-viec check/);
  });

  it("prints the version of package.json", async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect((await exec(["--version"])).stdout.trim()).toBe(pkg.version);
  });
});

describe("ro-viec check on a 2026 appendix (numbering restarts per section, merged sections, <p>, date cells)", () => {
  it("gives exactly the findings a careful reviewer would give", async () => {
    const { code, report: rep } = await report(["check", FIX("plan-2026-restart.xlsx")]);
    expect(code).toBe(0);
    expect(rep.findings.map((f) => [f.cell, f.rule, f.task])).toEqual([
      ["B10", "html-markup", "I.2"],
      ["D11", "lead-in-co-lead", "I.3"],
      ["D11", "lead-in-co-lead", "I.3"],
      ["C14", "agency-defunct", "II.1"],
      ["B16", "html-markup", "II.3"],
      ["F17", "deadline-unparsed", "II.4"],
    ]);
    const defunct = rep.findings.find((f) => f.rule === "agency-defunct")!;
    expect(defunct.suggestion).toBe("Sở Khoa học và Công nghệ");
    expect(defunct.message).toMatch(/không còn tồn tại từ 01\/03\/2025/);
    expect(rep).toMatchObject({ stats: { tasks: 11, sections: 3 }, planPeriod: { from: "2026-01-01" } });
  });
});
