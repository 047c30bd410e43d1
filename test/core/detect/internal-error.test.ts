/**
 * A defect met while checking a sheet is said as one: the check fails on that sheet with the cause, in the user's
 * language, instead of throwing or claiming the sheet holds no appendix.
 */
import { checkGrid, pickSheet } from "../../../src/core/engine";
import { detectTable } from "../../../src/core/detect";
import { createGrid } from "../../../src/core/grid";
import { describeFailure } from "../../../src/core/messages";
import type { AgencyDirectory } from "../../../src/core/agencies/directory";
import { defaultDirectory } from "../../../src/core/agencies/default";
import { binhDinh2024Grid } from "../../fixtures/grids";
import { FAULT, throwingGrid } from "../../fixtures/throwing-grid";

const NO_APPENDIX = { vi: /không có phụ lục|không thấy dòng tiêu đề/i, en: /holds no task appendix|no header row/i };
const INTERNAL = { vi: "lỗi bên trong Rõ Việc", en: "internal error in Rõ Việc" };

describe("an internal error in detection", () => {
  it("is reported as one, with its cause, not as a sheet without a header", () => {
    const grid = throwingGrid(binhDinh2024Grid(), 5);
    expect(() => detectTable(grid)).not.toThrow();
    const d = detectTable(grid);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.failure).toMatchObject({ sheet: grid.sheet, reason: "internal-error", detail: FAULT });
    for (const lang of ["vi", "en"] as const) {
      const message = describeFailure(d.failure, lang);
      expect(message).toContain(`“${grid.sheet}”`);
      expect(message).toContain(INTERNAL[lang]);
      expect(message).toContain(FAULT);
      expect(message).not.toMatch(NO_APPENDIX[lang]);
    }
  });

  it.each(["vi", "en"] as const)("makes the check fail on that sheet with one message (%s)", (lang) => {
    const r = checkGrid(throwingGrid(binhDinh2024Grid(), 5), { lang });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failure.reason).toBe("internal-error");
    expect(r.message).toContain(INTERNAL[lang]);
    expect(r.message).not.toMatch(NO_APPENDIX[lang]);
  });

  it("is what the choice of sheet leads to when the only sheet with content fails (a cover sheet aside)", () => {
    const cover = createGrid({ sheet: "Bìa", rows: [["KẾ HOẠCH"], ["Triển khai Đề án 06"]] });
    const broken = throwingGrid(binhDinh2024Grid(), 5);
    const picked = pickSheet([cover, broken], undefined, "vi");
    expect(picked).toMatchObject({ ok: true, grid: { sheet: broken.sheet } });
    // A workbook with no appendix and no fault still says there is none.
    expect(pickSheet([cover], undefined, "vi")).toMatchObject({ ok: false, reason: "no-appendix-in-workbook" });
  });
});

describe("an internal error after detection", () => {
  it("(a directory that throws while tasks are read) fails the check on the sheet, not the caller", () => {
    const real = defaultDirectory();
    const directory = new Proxy(real, {
      get(target, key, receiver) {
        const v = Reflect.get(target, key, receiver) as unknown;
        if (typeof v !== "function") return v;
        return () => {
          throw new RangeError("directory index broke");
        };
      },
    }) as AgencyDirectory;
    const r = checkGrid(binhDinh2024Grid(), { directory, lang: "en" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failure).toMatchObject({ reason: "internal-error", detail: "directory index broke" });
    expect(r.message).toContain(INTERNAL.en);
    // The same sheet with the real directory is checked.
    expect(checkGrid(binhDinh2024Grid(), { directory: real }).ok).toBe(true);
  });
});
