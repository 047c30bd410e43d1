import { OfficeWorkbook } from "../../../src/workbook/office";
import { smallAppendix } from "./appendix";
import { FakeWorkbook, installExcel } from "./fake-excel";

/** Lets the adapter's Excel.run calls (started without being awaited) finish. */
const settle = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const book = new FakeWorkbook();
  smallAppendix(book.add("Phụ lục 1"));
  book.add("Báo cáo tháng");
  const fake = installExcel(book);
  return { ...fake, port: new OfficeWorkbook({ noteApi: "note" }) };
}

describe("OfficeWorkbook.onSheetChanged", () => {
  test("calls back when the watched sheet changes, and not for another sheet", async () => {
    const { port, fireChanged } = setup();
    const calls: string[] = [];
    port.onSheetChanged("Phụ lục 1", () => calls.push("changed"));
    await settle();
    expect(await fireChanged("Phụ lục 1")).toBe(1);
    expect(await fireChanged("Báo cáo tháng")).toBe(0);
    expect(calls).toEqual(["changed"]);
  });

  test("stops calling back once unsubscribed (the handler is removed from Excel)", async () => {
    const { port, fireChanged } = setup();
    let calls = 0;
    const stop = port.onSheetChanged("Phụ lục 1", () => calls++);
    await settle();
    stop();
    await settle();
    expect(await fireChanged("Phụ lục 1")).toBe(0);
    expect(calls).toBe(0);
  });

  test("removes a handler whose registration finishes after unsubscribing", async () => {
    const { port, fireChanged } = setup();
    const stop = port.onSheetChanged("Phụ lục 1", () => undefined);
    stop(); // before Excel.run has registered it
    await settle();
    await settle();
    expect(await fireChanged("Phụ lục 1")).toBe(0);
  });

  test("a sheet Excel cannot find is not an error: the pane just does not re-check by itself", async () => {
    const { port } = setup();
    const stop = port.onSheetChanged("Không có", () => undefined);
    await settle();
    expect(() => stop()).not.toThrow();
  });
});
