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
