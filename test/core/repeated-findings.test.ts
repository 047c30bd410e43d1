/**
 * A reviewer writes a thing once: a cell that names the same misspelt agency over and over (up to Excel's 32,767
 * characters) gives one finding, not one per repetition.
 */
import { checkGrid } from "../../src/core/engine";
import { createGrid } from "../../src/core/grid";

const HEADER = ["STT", "Nội dung, nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành"];

function plan(coLead: string) {
  const rows = [["KẾ HOẠCH thực hiện năm 2024"], HEADER];
  for (let i = 1; i <= 4; i++) {
    rows.push([
      String(i),
      `Xây dựng kế hoạch số ${i}`,
      "Sở Y tế",
      i === 2 ? coLead : "Sở Tài chính",
      "Kế hoạch",
      "Tháng 6/2024",
    ]);
  }
  return createGrid({ sheet: "Phụ lục", rows });
}

describe("identical findings on one cell", () => {
  it("are one, however often the cell repeats its text", () => {
    const once = checkGrid(plan("Sở Kế hoạch đầu tư"), {});
    const cell = "Sở Kế hoạch đầu tư; ".repeat(1600).slice(0, 32_767);
    const many = checkGrid(plan(cell), {});
    if (!once.ok || !many.ok) throw new Error("not checked");
    const at = (fs: typeof once.report.findings) => fs.filter((f) => f.cell === "D4").map((f) => [f.rule, f.message]);
    expect(at(once.report.findings).length).toBeGreaterThan(0);
    const seen = at(many.report.findings).map((x) => JSON.stringify(x));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeLessThanOrEqual(at(once.report.findings).length + 1);
  });
});
