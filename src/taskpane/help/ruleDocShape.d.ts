/**
 * The shape of a rule's help page: what scripts/rule-docs.ts writes (docs/rules/<id>.md → dist/rules/<id>.<lang>.json)
 * and what the pane reads (ruleDoc.ts). A declaration file that imports nothing, so that the build scripts take the
 * shape from here without compiling the pane or the core (its `lang` is the core's Lang).
 */
export type DocInline =
  | string
  | { readonly b: readonly DocInline[] }
  | { readonly i: readonly DocInline[] }
  | { readonly code: string }
  | { readonly link: string; readonly rule?: string; readonly text: readonly DocInline[] };

export type DocBlock =
  | { readonly h: readonly DocInline[]; readonly level: number }
  | { readonly p: readonly DocInline[] }
  | { readonly ul: readonly (readonly DocInline[])[] }
  | { readonly ol: readonly (readonly DocInline[])[] }
  | {
      readonly table: {
        readonly head: readonly (readonly DocInline[])[];
        readonly rows: readonly (readonly (readonly DocInline[])[])[];
      };
    }
  | { readonly pre: string };

export interface RuleDoc {
  readonly id: string;
  readonly lang: "vi" | "en";
  readonly blocks: readonly DocBlock[];
}
