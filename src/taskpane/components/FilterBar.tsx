/**
 * Filters and order of the findings list: a search box (through the project's fold), the order (severity, row,
 * section), severity (toggle buttons), kind of finding and lead agency (dropdowns).
 */
import { Button, Input, Select, ToggleButton, makeStyles, tokens, useId } from "@fluentui/react-components";
import { Search16Regular } from "@fluentui/react-icons";
import type { Severity } from "../../core";
import { ruleTitle, type MessageKey } from "../../i18n";
import { SEVERITIES, SORT_KEYS, hasFilters, type Counts, type Filters, type SortKey } from "../findings";
import { useLang } from "../i18nContext";
import { column } from "../styles";
import { LabelledDropdown } from "./LabelledDropdown";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  severities: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  grid: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  dropdown: { minWidth: 0, width: "100%" },
  clear: { alignSelf: "flex-start" },
});

export interface FilterBarProps {
  readonly filters: Filters;
  readonly counts: Counts;
  readonly rules: ReadonlyArray<{ rule: string; count: number }>;
  readonly agencies: ReadonlyArray<{ name: string; count: number }>;
  readonly onChange: (filters: Filters) => void;
  readonly sort: SortKey;
  readonly onSort: (sort: SortKey) => void;
}

export function FilterBar({ filters, counts, rules, agencies, onChange, sort, onSort }: FilterBarProps) {
  const s = useStyles();
  const { t, lang } = useLang();
  const searchLabel = useId("search");
  const sortLabel = useId("sort");

  const toggleSeverity = (sev: Severity) => {
    const next = new Set(filters.severities);
    if (next.has(sev)) next.delete(sev);
    else next.add(sev);
    onChange({ ...filters, severities: next });
  };

  const ruleText = (rule: string) => ruleTitle(lang, rule);
  const filterLook = { labelClassName: s.label, className: s.dropdown };

  return (
    <div className={s.root} role="group" aria-label={t("filters.label")}>
      <div className={s.grid}>
        <label id={searchLabel} htmlFor={`${searchLabel}-input`} className={s.label}>
          {t("filters.search")}
        </label>
        <Input
          id={`${searchLabel}-input`}
          className={s.dropdown}
          size="small"
          type="search"
          contentBefore={<Search16Regular aria-hidden />}
          placeholder={t("filters.searchPlaceholder")}
          value={filters.query ?? ""}
          onChange={(_, d) => onChange({ ...filters, query: d.value })}
          data-testid="finding-search"
        />
        <label id={sortLabel} htmlFor={`${sortLabel}-select`} className={s.label}>
          {t("sort.label")}
        </label>
        <Select
          id={`${sortLabel}-select`}
          className={s.dropdown}
          size="small"
          value={sort}
          onChange={(_, d) => onSort(d.value as SortKey)}
          data-testid="finding-sort"
        >
          {SORT_KEYS.map((k) => (
            <option key={k} value={k}>
              {t(`sort.${k}` as MessageKey)}
            </option>
          ))}
        </Select>
      </div>
      <div className={s.severities} role="group" aria-label={t("filters.severity")}>
        {SEVERITIES.map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            shape="circular"
            appearance={filters.severities.has(sev) ? "primary" : "outline"}
            checked={filters.severities.has(sev)}
            icon={<SeverityIcon severity={sev} />}
            onClick={() => toggleSeverity(sev)}
            disabled={counts[sev] === 0 && !filters.severities.has(sev)}
            data-severity={sev}
          >
            {t(`severity.${sev}` as MessageKey)} {counts[sev]}
          </ToggleButton>
        ))}
      </div>
      <div className={s.grid}>
        <LabelledDropdown
          {...filterLook}
          label={t("filters.rule")}
          idBase="rule-filter"
          data={{ "data-testid": "rule-filter" }}
          noneText={t("filters.allRules")}
          value={filters.rule}
          textOf={ruleText}
          choices={rules.map((r) => ({ value: r.rule, label: `${ruleText(r.rule)} (${r.count})` }))}
          onSelect={(rule) => onChange({ ...filters, rule })}
        />
        {agencies.length > 0 && (
          <LabelledDropdown
            {...filterLook}
            label={t("filters.agency")}
            idBase="agency-filter"
            data={{ "data-testid": "agency-filter" }}
            noneText={t("filters.allAgencies")}
            value={filters.agency}
            textOf={(name) => name}
            choices={agencies.map((a) => ({ value: a.name, label: `${a.name} (${a.count})` }))}
            onSelect={(agency) => onChange({ ...filters, agency })}
          />
        )}
      </div>
      {hasFilters(filters) && (
        <Button
          className={s.clear}
          size="small"
          appearance="subtle"
          onClick={() => onChange({ severities: new Set() })}
        >
          {t("filters.clear")}
        </Button>
      )}
    </div>
  );
}
