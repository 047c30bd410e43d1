import * as fs from "fs";
import * as path from "path";
import { WorkbookReadError, XlsxWorkbook } from "../../../src/workbook/xlsx";

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, "../../fixtures/xlsx", name));

async function codeOf(data: ArrayBuffer | Uint8Array): Promise<string> {
  try {
    await XlsxWorkbook.fromBuffer(data);
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookReadError);
    return (e as WorkbookReadError).code;
  }
  return "read";
}

/** An OLE2 header followed by directory entry names in UTF-16LE, as in a compound file. */
function ole(...streams: string[]): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const names = streams.flatMap((s) => [...s].flatMap((ch) => [ch.charCodeAt(0), 0]).concat([0, 0]));
  return Uint8Array.from([...head, ...new Array(504).fill(0), ...names]);
}

describe("reading files that are not workbooks", () => {
  it("reports a text file named .xlsx as not-a-workbook, in both languages", async () => {
    expect(await codeOf(fixture("not-a-workbook.xlsx"))).toBe("not-a-workbook");
    const err = await XlsxWorkbook.fromBuffer(fixture("not-a-workbook.xlsx")).catch((e: unknown) => e);
    expect((err as WorkbookReadError).message).toBe(
      "Tệp không phải là sổ làm việc Excel (.xlsx). / The file is not an Excel workbook (.xlsx).",
    );
  });

  it("reports a password-protected workbook (an OLE2 file) as encrypted", async () => {
    expect(await codeOf(fixture("encrypted.xlsx"))).toBe("encrypted");
    expect(await codeOf(ole("Root Entry", "EncryptionInfo", "EncryptedPackage"))).toBe("encrypted");
    const err = (await XlsxWorkbook.fromBuffer(fixture("encrypted.xlsx")).catch(
      (e: unknown) => e,
    )) as WorkbookReadError;
    expect(err.vi).toMatch(/mật khẩu/);
    expect(err.en).toMatch(/password/);
  });

  it("tells an old .xls file from an encrypted one", async () => {
    expect(await codeOf(ole("Root Entry", "Workbook", "SummaryInformation"))).toBe("not-a-workbook");
  });

  it("reports empty input as empty", async () => {
    expect(await codeOf(new Uint8Array(0))).toBe("empty");
  });

  it("reports a broken zip as not-a-workbook", async () => {
    const zipLike = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]);
    expect(await codeOf(zipLike)).toBe("not-a-workbook");
  });

  it("reports a real workbook cut short as damaged, not as some other file", async () => {
    const bytes = fixture("plan-2026-restart.xlsx");
    expect(await codeOf(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe("damaged");
    expect(await codeOf(bytes.subarray(0, bytes.length - 10))).toBe("damaged");
  });

  it("reads a real workbook from an ArrayBuffer as well as from bytes", async () => {
    const bytes = fixture("no-appendix.xlsx");
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(await codeOf(copy)).toBe("read");
    expect(await codeOf(new Uint8Array(bytes))).toBe("read");
  });
});
