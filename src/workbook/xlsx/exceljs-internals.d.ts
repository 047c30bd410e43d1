/** The part of exceljs's internal XML writer that compact-xml.ts adjusts (exceljs ships no types for it). */
declare module "exceljs/lib/utils/xml-stream" {
  class XmlStream {
    /** The text written so far, as pieces (a tag, an attribute, a value each). */
    _xml: string[];
    /** Pending rollback points: indexes into `_xml`. */
    _rollbacks: unknown[];
    openNode(name: string, attributes?: Record<string, string | number>): void;
    writeText(text: string): void;
    leafNode(name: string, attributes?: Record<string, string | number>, text?: string): void;
    closeNode(): void;
    addRollback(): number;
    commit(): void;
    rollback(): void;
    closeAll(): void;
    readonly xml: string;
  }
  export = XmlStream;
}

/** exceljs's .xlsx writer, which lean-write.ts gives a prebuilt model and adjusts (exceljs ships no types for it). */
declare module "exceljs/lib/xlsx/xlsx" {
  class XLSX {
    constructor(workbook: { model: unknown });
    addWorksheets(zip: never, model: never): Promise<void>;
    addSharedStrings(zip: never, model: never): Promise<void>;
    write(stream: unknown, options: Record<string, unknown>): Promise<unknown>;
  }
  export = XLSX;
}

/** The in-memory stream exceljs's `writeBuffer()` writes to. */
declare module "exceljs/lib/utils/stream-buf" {
  class StreamBuf {
    read(): unknown;
  }
  export = StreamBuf;
}

/** The renderers of a sheet's parts (exceljs ships no types for them). */
declare module "exceljs/lib/xlsx/xform/sheet/worksheet-xform" {
  import type XmlStream from "exceljs/lib/utils/xml-stream";
  class Xform {
    render(xs: XmlStream, model: unknown): void;
  }
  export = Xform;
}
declare module "exceljs/lib/xlsx/xform/core/relationships-xform" {
  import type XmlStream from "exceljs/lib/utils/xml-stream";
  class Xform {
    render(xs: XmlStream, model: unknown): void;
  }
  export = Xform;
}
declare module "exceljs/lib/xlsx/xform/comment/comments-xform" {
  import type XmlStream from "exceljs/lib/utils/xml-stream";
  class Xform {
    render(xs: XmlStream, model: unknown): void;
  }
  export = Xform;
}
declare module "exceljs/lib/xlsx/xform/comment/vml-notes-xform" {
  import type XmlStream from "exceljs/lib/utils/xml-stream";
  class Xform {
    render(xs: XmlStream, model: unknown): void;
  }
  export = Xform;
}

/** JSZip's entry of bytes already compressed, stored as given (JSZip ships no types for it). */
declare module "jszip/lib/compressedObject" {
  class CompressedObject {
    constructor(
      compressedSize: number,
      uncompressedSize: number,
      crc32: number,
      compression: unknown,
      data: Uint8Array,
    );
  }
  export = CompressedObject;
}
declare module "jszip/lib/compressions" {
  export const DEFLATE: unknown;
}
