/**
 * A label and its dropdown, side by side in a two-column grid (the findings filters, the column mapping): a first
 * entry that means "no value" (all agencies, no column), then the choices.
 */
import { Dropdown, Option, useId } from "@fluentui/react-components";

/** The first entry's value (no column number, rule id or agency name). */
const NONE = "__none__";

export interface LabelledDropdownProps {
  readonly label: string;
  /** Base of the label's id. */
  readonly idBase: string;
  readonly labelClassName: string;
  readonly className: string;
  /** The first entry, which stands for no value. */
  readonly noneText: string;
  /** The value chosen; undefined for none. */
  readonly value: string | undefined;
  /** A value's words, in the closed dropdown and as its entry's text. */
  readonly textOf: (value: string) => string;
  /** The choices; `label` is what the open list shows, when it says more than the text (a count). */
  readonly choices: ReadonlyArray<{ readonly value: string; readonly label?: string }>;
  readonly onSelect: (value: string | undefined) => void;
  readonly disabled?: boolean;
  /** Attributes tests find the dropdown by (`data-testid`, `data-column`). */
  readonly data: Readonly<Record<`data-${string}`, string>>;
}

export function LabelledDropdown(props: LabelledDropdownProps) {
  const { label, idBase, labelClassName, className, noneText, value, textOf, choices, onSelect, disabled } = props;
  const labelId = useId(idBase);
  return (
    <>
      <label id={labelId} className={labelClassName}>
        {label}
      </label>
      <Dropdown
        className={className}
        size="small"
        aria-labelledby={labelId}
        {...props.data}
        value={value === undefined ? noneText : textOf(value)}
        selectedOptions={[value ?? NONE]}
        disabled={disabled}
        onOptionSelect={(_, d) =>
          onSelect(d.optionValue === NONE || d.optionValue === undefined ? undefined : d.optionValue)
        }
      >
        <Option value={NONE}>{noneText}</Option>
        {choices.map((c) => (
          <Option key={c.value} value={c.value} text={textOf(c.value)}>
            {c.label ?? textOf(c.value)}
          </Option>
        ))}
      </Dropdown>
    </>
  );
}
