/**
 * Word's automatic list numbering (word/numbering.xml): a paragraph with `w:numPr` shows a number or a bullet that
 * is not in its text. The reader renders it ("1.", "a)", "II.", "-") so that a numbered heading or a bulleted task
 * reads as it prints.
 */
import { romanNumeral } from "../../core";
import { child, childrenNamed, valOf, type XmlNode } from "./xml";

interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
}

export interface Numbering {
  /** The label of the next paragraph of list `numId` at level `ilvl` (counters advance). */
  next(numId: string, ilvl: number): string;
}

function letter(n: number): string {
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatted(n: number, format: string): string {
  switch (format) {
    case "upperRoman":
      return romanNumeral(n);
    case "lowerRoman":
      return romanNumeral(n).toLowerCase();
    case "upperLetter":
      return letter(n).toUpperCase();
    case "lowerLetter":
      return letter(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}

/** Reads numbering.xml (absent: no list shows a number). */
export function readNumbering(root: readonly XmlNode[]): Numbering {
  const numberingNode = root.find((n) => n.name === "w:numbering");
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of childrenNamed(numberingNode, "w:abstractNum")) {
    const levels = new Map<number, Level>();
    for (const l of childrenNamed(a, "w:lvl")) {
      levels.set(Number(l.attrs["w:ilvl"] ?? 0), {
        format: valOf(l, "w:numFmt") ?? "decimal",
        text: valOf(l, "w:lvlText") ?? "",
        start: Number(valOf(l, "w:start") ?? 1),
      });
    }
    abstracts.set(a.attrs["w:abstractNumId"] ?? "", levels);
  }
  const lists = new Map<string, Map<number, Level>>();
  for (const n of childrenNamed(numberingNode, "w:num")) {
    const levels = new Map(abstracts.get(valOf(n, "w:abstractNumId") ?? "") ?? []);
    for (const o of childrenNamed(n, "w:lvlOverride")) {
      const ilvl = Number(o.attrs["w:ilvl"] ?? 0);
      const start = valOf(o, "w:startOverride");
      const lvl = child(o, "w:lvl");
      const base = levels.get(ilvl);
      if (lvl)
        levels.set(ilvl, {
          format: valOf(lvl, "w:numFmt") ?? "decimal",
          text: valOf(lvl, "w:lvlText") ?? "",
          start: Number(valOf(lvl, "w:start") ?? 1),
        });
      else if (base && start !== undefined) levels.set(ilvl, { ...base, start: Number(start) });
    }
    lists.set(n.attrs["w:numId"] ?? "", levels);
  }
  const counters = new Map<string, number[]>();
  return {
    next(numId, ilvl) {
      const levels = lists.get(numId);
      const level = levels?.get(ilvl);
      if (!levels || !level) return "";
      if (level.format === "bullet") return "-";
      const c = counters.get(numId) ?? [];
      for (let i = 0; i <= ilvl; i++) if (c[i] === undefined) c[i] = (levels.get(i)?.start ?? 1) - (i === ilvl ? 1 : 0);
      c[ilvl] += 1;
      c.length = ilvl + 1; // deeper levels start again
      counters.set(numId, c);
      return level.text.replace(/%([1-9])/g, (_, d: string) => {
        const i = Number(d) - 1;
        return formatted(c[i] ?? levels.get(i)?.start ?? 1, levels.get(i)?.format ?? "decimal");
      });
    },
  };
}
