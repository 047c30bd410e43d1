import { cellFromValue, gridFromValues, withDateColumns } from "../../src/functions/grid-from-values";

describe("gridFromValues", () => {
  it("types each value as the adapters do", () => {
    expect(cellFromValue("Sở Y tế")).toEqual({ kind: "text", text: "Sở Y tế" });
    expect(cellFromValue("So\u031b\u0309 Y te\u0302\u0301")).toEqual({ kind: "text", text: "Sở Y tế" });
    expect(cellFromValue(45397)).toEqual({ kind: "number", value: 45397 });
    expect(cellFromValue(true)).toEqual({ kind: "boolean", value: true });
    expect(cellFromValue("")).toEqual({ kind: "empty" });
    expect(cellFromValue(null)).toEqual({ kind: "empty" });
    expect(cellFromValue("#N/A")).toEqual({ kind: "error", code: "#N/A" });
    expect(cellFromValue("#div/0!")).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(cellFromValue({ code: "#REF!" })).toEqual({ kind: "error", code: "#REF!" });
    expect(cellFromValue("#1 ưu tiên")).toEqual({ kind: "text", text: "#1 ưu tiên" });
  });

  it("keeps the range's shape, drops trailing blank rows, 1-based from the corner", () => {
    const g = gridFromValues(
      [
        ["STT", "Nội dung"],
        [1, "Việc"],
        ["", ""],
      ],
      "S",
    );
    expect(g.sheet).toBe("S");
    expect(g.rowCount).toBe(2);
    expect(g.colCount).toBe(2);
    expect(g.rows[1][1]).toEqual({ kind: "text", text: "Việc" });
  });

  it("gives plausible date serials of date columns a date format, below the header only", () => {
    const g = withDateColumns(
      gridFromValues([
        [45397, 45397],
        [45397, 2024],
        [45397, 45397],
      ]),
      [2],
      2,
    );
    expect(g.rows[0][1]).toEqual({ kind: "number", value: 45397 });
    expect(g.rows[1][1]).toEqual({ kind: "number", value: 2024 }); // a year stays a year
    expect(g.rows[2][1]).toEqual({ kind: "number", value: 45397, format: "dd/mm/yyyy" });
    expect(g.rows[2][0]).toEqual({ kind: "number", value: 45397 });
  });
});
