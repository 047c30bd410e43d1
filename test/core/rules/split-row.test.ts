import { COL, FIRST_ROW, HEADER, runRule, table, task } from "./harness";
import { SEED_2024, SEED_2024_MERGES, seedRow } from "./seed-2024";

const RULE = "split-row";

describe(RULE, () => {
  it("passes tasks that sit on one row each", () => {
    expect(runRule(RULE, table(task(1), task(2), task(3)))).toEqual([]);
  });

  it("reports a row continuing the task above, with a join fix", () => {
    const rows = table(
      task(1, { coLead: "Văn phòng UBND tỉnh, các sở, ban," }),
      ["", "", "", "ngành, UBND các huyện, thị xã, thành phố", "", ""],
      task(2),
    );
    const findings = runRule(RULE, rows);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      row: FIRST_ROW + 1,
      col: COL.coLead,
      task: "1",
      suggestion: `nối vào dòng ${FIRST_ROW}`,
      fix: { kind: "join-row", row: FIRST_ROW + 1, into: FIRST_ROW },
    });
    expect(findings[0].message).toContain("“ngành, UBND các huyện, thị xã, thành phố”");
  });

  it("suggests in English", () => {
    const rows = table(
      task(1, { deliverable: "Các sản phẩm tuyên truyền trực" }),
      [null, null, null, null, "quan như: video"],
      task(2),
    );
    const [f] = runRule(RULE, rows, { lang: "en" });
    expect(f.suggestion).toBe(`join it to row ${FIRST_ROW}`);
    expect(f.message).toContain(`Row ${FIRST_ROW + 1} continues task 1`);
  });

  it("reports the two tasks of the 2024 seed split by a page break (6 and 38)", () => {
    const findings = runRule(RULE, SEED_2024, { merges: SEED_2024_MERGES });
    expect(findings.map((f) => [f.task, f.row, f.fix])).toEqual([
      ["6", seedRow(6) + 3, { kind: "join-row", row: seedRow(6) + 3, into: seedRow(6) }],
      ["38", seedRow(38) + 3, { kind: "join-row", row: seedRow(38) + 3, into: seedRow(38) }],
    ]);
    expect(findings[1].col).toBe(COL.content);
  });
});

describe(`${RULE} with a repeated header between`, () => {
  it("reports the continuation row after the header, not the header", () => {
    const rows = table(
      task(1, { content: "Đẩy mạnh công tác tuyên truyền, kết quả thực hiện Đề án 06, nhất là" }),
      [],
      HEADER,
      ["", "các tiện ích người dân, doanh nghiệp được hưởng"],
    );
    const findings = runRule(RULE, rows);
    expect(findings.map((f) => f.row)).toEqual([FIRST_ROW + 3]);
  });
});

describe(`${RULE} with a task laid out over merged rows`, () => {
  it("does not report rows joined because the task's number and lead are merged down over them", () => {
    // Task 1 spans rows FIRST_ROW..FIRST_ROW+1: its number, lead and deadline cells are merged over both rows,
    // the second row carries a second deliverable line. That is layout, not a page-break split.
    const rows = table(
      task(1, { deliverable: "Kế hoạch kiểm tra" }),
      [null, null, null, null, "báo cáo kết quả kiểm tra"],
      task(2),
    );
    const merges = [
      `A${FIRST_ROW}:A${FIRST_ROW + 1}`,
      `B${FIRST_ROW}:B${FIRST_ROW + 1}`,
      `C${FIRST_ROW}:C${FIRST_ROW + 1}`,
      `F${FIRST_ROW}:F${FIRST_ROW + 1}`,
    ];
    expect(runRule(RULE, rows, { merges })).toEqual([]);
  });
});

describe(`${RULE} with the items of a list inside a task`, () => {
  it("does not report rows the task's lead and deadline are merged down over", () => {
    const rows = table(
      task("1", { content: "Triển khai các nhiệm vụ bảo đảm an toàn thông tin:" }),
      [null, "phê duyệt hồ sơ đề xuất cấp độ cho các hệ thống thông tin;", null, null, null, null],
      [null, "kiểm tra, đánh giá an toàn thông tin định kỳ.", null, null, null, null],
      task(2),
    );
    const merges = ["C", "D", "E", "F"].map((c) => `${c}${FIRST_ROW}:${c}${FIRST_ROW + 2}`);
    expect(runRule(RULE, rows, { merges })).toEqual([]);
  });

  it("does not report items marked a), b) or - on rows of their own", () => {
    const rows = table(
      task("1", { content: "Rà soát, chuẩn hóa dữ liệu chuyên ngành, gồm:" }),
      [null, "a) dữ liệu hộ tịch;", null, null, null, null],
      [null, "- dữ liệu đất đai.", null, null, null, null],
      task(2),
    );
    expect(runRule(RULE, rows)).toEqual([]);
  });

  it("still reports a sentence cut by a page break", () => {
    const rows = table(
      task("1", { content: "Rà soát, chuẩn hóa dữ liệu chuyên ngành phục vụ" }),
      [null, "kết nối với Cơ sở dữ liệu quốc gia về dân cư", null, null, null, null],
      task(2),
    );
    expect(runRule(RULE, rows).map((f) => f.row)).toEqual([FIRST_ROW + 1]);
  });
});
