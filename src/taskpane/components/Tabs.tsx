/**
 * The pane's tabs, with the props of Fluent's TabList and Tab (selectedValue, onTabSelect, value) so a view is
 * added the same way. Written here because Fluent's TabList moves focus through hidden focusable sentinels that
 * screen readers are told to ignore (axe-core: aria-hidden-focus): these tabs are plain buttons with a roving
 * tabindex — one Tab stop for the list, arrow keys (Home, End) between tabs, Enter or Space opens one.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { createContext, useContext, type KeyboardEvent, type ReactNode } from "react";

interface TabsContext {
  readonly selected: string;
  readonly select: (value: string) => void;
}

const Context = createContext<TabsContext>({ selected: "", select: () => undefined });

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: "2px" },
  tab: {
    position: "relative",
    border: "none",
    background: "none",
    cursor: "pointer",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
      bottom: 0,
      height: "3px",
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: "transparent",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
  },
});

export interface TabListProps {
  readonly selectedValue: string;
  readonly onTabSelect: (event: unknown, data: { value: string }) => void;
  readonly className?: string;
  readonly "aria-label"?: string;
  /** Accepted for Fluent's API; the tabs have one size. */
  readonly size?: "small" | "medium" | "large";
  readonly children: ReactNode;
}

export function TabList({ selectedValue, onTabSelect, className, children, ...rest }: TabListProps) {
  const s = useStyles();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const at = tabs.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    const next =
      e.key === "ArrowRight" || e.key === "ArrowDown"
        ? (at + 1) % tabs.length
        : e.key === "ArrowLeft" || e.key === "ArrowUp"
          ? (at - 1 + tabs.length) % tabs.length
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? tabs.length - 1
              : undefined;
    if (next === undefined) return;
    e.preventDefault();
    tabs[next].focus();
  };
  return (
    <Context.Provider value={{ selected: selectedValue, select: (value) => onTabSelect(undefined, { value }) }}>
      <div
        role="tablist"
        aria-label={rest["aria-label"]}
        className={mergeClasses(s.list, className)}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </Context.Provider>
  );
}

export function Tab({ value, children }: { readonly value: string; readonly children: ReactNode }) {
  const s = useStyles();
  const { selected, select } = useContext(Context);
  const isSelected = selected === value;
  return (
    <button
      type="button"
      role="tab"
      aria-selected={isSelected}
      tabIndex={isSelected ? 0 : -1}
      className={mergeClasses(s.tab, isSelected && s.selected)}
      onClick={() => select(value)}
      data-tab={value}
    >
      {children}
    </button>
  );
}
