/**
 * The looks the pane's views share, as style fragments for `makeStyles` (spread into a view's own styles): a column
 * of blocks, a card, and a whole block that is a button.
 */
import { shorthands, tokens, type GriffelStyle } from "@fluentui/react-components";

/** Blocks stacked top to bottom, `gap` apart. */
export function column(gap: string): GriffelStyle {
  return { display: "flex", flexDirection: "column", gap };
}

/** A card on the pane's grey background: a white panel with rounded corners and a light shadow. */
export const card: GriffelStyle = {
  padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  borderRadius: tokens.borderRadiusLarge,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: tokens.shadow2,
};

/** The outline a block button shows when the keyboard reaches it. */
export const blockFocus = { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" } as const;

/** A block of text that is a button (a finding, an agency's card): no button chrome, a hover shade, a focus ring. */
export const blockButton: GriffelStyle = {
  textAlign: "start",
  border: "none",
  background: "none",
  color: "inherit",
  font: "inherit",
  cursor: "pointer",
  ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalS),
  ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  ":focus-visible": blockFocus,
};
