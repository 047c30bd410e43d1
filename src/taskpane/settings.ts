/**
 * What the pane remembers and what it reads from Office: the language (Office roaming settings when the host
 * has them, else localStorage) and whether Office uses a dark theme.
 */
import { DEFAULT_LANG, isLang, type Lang } from "../i18n";

export const LANG_KEY = "ro-viec.lang";

interface RoamingSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync?(callback?: (result: unknown) => void): void;
}

interface OfficeLike {
  context?: {
    roamingSettings?: RoamingSettings;
    officeTheme?: { bodyBackgroundColor?: string };
    displayLanguage?: string;
  };
}

function office(): OfficeLike | undefined {
  const g = globalThis as { Office?: OfficeLike };
  return g.Office;
}

function roaming(): RoamingSettings | undefined {
  try {
    const r = office()?.context?.roamingSettings;
    return r && typeof r.get === "function" && typeof r.set === "function" ? r : undefined;
  } catch {
    return undefined;
  }
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The language chosen last time; Vietnamese when none was chosen. */
export function loadLang(): Lang {
  const fromRoaming = roaming()?.get(LANG_KEY);
  if (isLang(fromRoaming)) return fromRoaming;
  const fromStorage = storage()?.getItem(LANG_KEY);
  if (isLang(fromStorage)) return fromStorage;
  return DEFAULT_LANG;
}

export function saveLang(lang: Lang): void {
  const r = roaming();
  if (r) {
    try {
      r.set(LANG_KEY, lang);
      r.saveAsync?.();
    } catch {
      // The host refused; localStorage below still remembers.
    }
  }
  try {
    storage()?.setItem(LANG_KEY, lang);
  } catch {
    // Storage disabled (private mode): the choice lasts for this session only.
  }
}

/** Relative luminance of "#RRGGBB" (0 black … 1 white); undefined when not a colour. */
export function luminance(color: string): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** "dark" when Office paints the pane's body dark, "light" otherwise (and outside Office). */
export function officeTheme(): "light" | "dark" {
  try {
    const bg = office()?.context?.officeTheme?.bodyBackgroundColor;
    const l = bg ? luminance(bg) : undefined;
    return l !== undefined && l < 0.3 ? "dark" : "light";
  } catch {
    return "light";
  }
}
