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
  const fit = useFitStyles();
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
          <Field label={t.ruleFilter}>
            <Select
              className={fit.select}
              select={{ className: fit.control }}
              value={filter.code ?? ''}
              onChange={(_, data) => onChange({ ...filter, code: data.value || null })}
            >
              <option value="">{t.allRules}</option>
              {view.rules.map((rule) => (
                <option key={rule.code} value={rule.code}>
                  {`${rule.title} (${rule.count})`}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.agencyFilter}>
            <Select
              className={fit.select}
              select={{ className: fit.control }}
              value={filter.agency ?? ''}
              onChange={(_, data) => onChange({ ...filter, agency: data.value || null })}
            >
              <option value="">{t.allAgencies}</option>
              {view.agencies.map((agency) => (
                <option key={agency} value={agency}>
                  {agency}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
    </div>
  );
}
