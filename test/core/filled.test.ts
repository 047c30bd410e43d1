import { createGrid } from "../../src/core/grid";
import { analyzeRows, detectTable } from "../../src/core/detect";
import { cellState, DEFAULT_PLACEHOLDERS } from "../../src/core/filled";
import type { TaskCell } from "../../src/core/types";
import { binhDinh2024Grid, plan2026RestartGrid } from "../fixtures/grids";

function cellsOf(grid: ReturnType<typeof createGrid>): TaskCell[] {
  const d = detectTable(grid);
  if (!d.ok) throw new Error("no table");
  return analyzeRows(grid, d.table).tasks.flatMap((t) => Object.values(t.cells).filter((c) => c !== undefined));
}

const withPlaceholders = createGrid({
  sheet: "Phụ lục",
  rows: [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn"],
    [1, "Rà soát thủ tục hành chính", "Sở Tư pháp", "x", "Báo cáo", "Tháng 6/2024"],
    [2, "Xây dựng kho dữ liệu", "Chưa xác định", "-", "  ", "Quý III/2024"],
    [3, "Số hóa hồ sơ", "Sở Nội vụ", "N/A", "…", { error: "#REF!" }],
    [4, "Tuyên truyền VNeID", "Công an tỉnh", "chưa rõ", "Kế hoạch", "?"],
  ],
});

describe("cell state worked out by the analysis", () => {
  it.each([
    ["the 2024 appendix", binhDinh2024Grid()],
    ["the 2026 appendix", plan2026RestartGrid()],
    ["placeholders, blanks and an error value", withPlaceholders],
  ])("agrees with the state asked afresh on %s", (_, grid) => {
    const cells = cellsOf(grid);
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) {
      expect(cell.state).toBeDefined();
      // a copy of the default list is not the list itself, so the state is worked out again
      expect(cellState(cell, [...DEFAULT_PLACEHOLDERS])).toBe(cell.state);
    }
  });

  it("tells each kind apart", () => {
    const states = cellsOf(withPlaceholders).map((c) => `${c.original || "·"}=${cellState(c)}`);
    expect(states).toEqual(
      expect.arrayContaining([
        "x=placeholder",
        "Chưa xác định=placeholder",
        "-=placeholder",
        "·=empty",
        "N/A=placeholder",
        "…=placeholder",
        "#REF!=error",
        "chưa rõ=placeholder",
        "?=placeholder",
        "Sở Tư pháp=filled",
        "Công an tỉnh=filled",
      ]),
    );
  });

  it("uses a rule's own placeholder list instead of the state kept for the default one", () => {
    const cell = cellsOf(withPlaceholders).find((c) => c.original === "Kế hoạch")!;
    expect(cell.state).toBe("filled");
    expect(cellState(cell, ["kế hoạch"])).toBe("placeholder");
    expect(cellState(cell)).toBe("filled");
  });
});
