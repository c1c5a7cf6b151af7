import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  mergeClasses,
  Select,
  Text,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang, Severity } from '../domain';
import type { FindingFilter, FindingView } from './findingView';
import { isFiltering, NO_FILTER } from './findingView';
import { useFitStyles } from './fitStyles';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  severities: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: { padding: 0, color: tokens.colorNeutralForeground1 },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
});

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface FindingFiltersProps {
  lang: Lang;
  view: FindingView;
  filter: FindingFilter;
  onChange: (filter: FindingFilter) => void;
  className?: string;
}

/**
 * How many points show, "Bỏ lọc", and behind "Lọc" (folded at first) the severity check boxes with their
 * counts, a rule and an agency list.
 */
export function FindingFilters({ lang, view, filter, onChange, className }: FindingFiltersProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const [open, setOpen] = useState(false);
  const panelId = useId('filters');
  const setSeverity = (severity: Severity, on: boolean) =>
    onChange({ ...filter, severities: { ...filter.severities, [severity]: on } });
  return (
    <div className={mergeClasses(styles.root, className)} role="group" aria-label={t.filtersLabel}>
      <div className={styles.footer}>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {open ? t.filtersHide : t.filtersShow}
        </Button>
        <Text aria-live="polite">{t.showing(view.shown, view.total)}</Text>
        {/* Only while something is filtered: one line less at 320 px. */}
        {isFiltering(filter) && (
          <Button size="small" onClick={() => onChange(NO_FILTER)}>
            {t.clearFilters}
          </Button>
        )}
      </div>
      {/* Folded until asked for: at 320 px the first findings come before the filters' controls. */}
      {open && (
        <div id={panelId} className={styles.root}>
          <fieldset className={styles.severities}>
            <legend className={styles.legend}>{t.severityFilter}</legend>
            {SEVERITIES.map((severity) => (
              <Checkbox
                key={severity}
                label={t.severityOption(t.severity[severity], view.counts[severity])}
                checked={filter.severities[severity]}
                onChange={(_, data) => setSeverity(severity, data.checked === true)}
              />
            ))}
          </fieldset>
          <ChoiceField
            label={t.ruleFilter}
            all={t.allRules}
            value={filter.code}
            choices={view.rules.map((rule) => ({ value: rule.code, label: `${rule.title} (${rule.count})` }))}
            onChange={(code) => onChange({ ...filter, code })}
          />
          <ChoiceField
            label={t.agencyFilter}
            all={t.allAgencies}
            value={filter.agency}
            choices={view.agencies.map((agency) => ({ value: agency, label: agency }))}
            onChange={(agency) => onChange({ ...filter, agency })}
          />
        </div>
      )}
    </div>
  );
}

/** One filter by a choice among the findings' rules or agencies; "all" is no choice (null). */
function ChoiceField(props: {
  label: string;
  all: string;
  value: string | null;
  choices: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string | null) => void;
}) {
  const fit = useFitStyles();
  return (
    <Field label={props.label}>
      <Select
        className={fit.select}
        select={{ className: fit.control }}
        value={props.value ?? ''}
        onChange={(_, data) => props.onChange(data.value || null)}
      >
        <option value="">{props.all}</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
