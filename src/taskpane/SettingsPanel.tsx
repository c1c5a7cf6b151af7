import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Select,
  Switch,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import type { Lang, Settings, Severity } from '../domain';
import { RULES } from '../domain';
import type { SettingsDraft } from './settingsDraft';
import { draftFrom, periodValid, planDateValid, provinceValid, settingsFrom } from './settingsDraft';
import { useFitStyles } from './fitStyles';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  rules: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  rule: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  switch: { flex: '1 1 10rem', minWidth: 0 },
  severity: { flex: '1 1 9rem' },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  save: { alignSelf: 'flex-start' },
});

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface SettingsPanelProps {
  lang: Lang;
  /** The settings the last check read from the workbook. */
  settings: Settings;
  busy: boolean;
  onSave: (settings: Settings) => void;
  className?: string;
}

/** "Cài đặt", collapsed until opened: the plan date and each rule on or off (and its severity). */
export function SettingsPanel({ lang, settings, busy, onSave, className }: SettingsPanelProps) {
  const styles = useStyles();
  const fit = useFitStyles();
  const t = STRINGS[lang];
  const [draft, setDraft] = useState(() => draftFrom(settings));
  const saved = JSON.stringify(settings);
  const [source, setSource] = useState(saved);
  const [dateChecked, setDateChecked] = useState(false);
  const [scopeChecked, setScopeChecked] = useState(false);
  const dateInput = useRef<HTMLInputElement>(null);
  const scopeInputs = useRef<Partial<Record<'province' | 'period', HTMLInputElement | null>>>({});
  if (source !== saved) {
    // Other settings read by a newer check (after a save, or edited by hand in the sheet) start a new
    // draft; the same settings read again keep the officer's unsaved edits.
    setSource(saved);
    setDraft(draftFrom(settings));
    setDateChecked(false);
    setScopeChecked(false);
  }
  const dateError = dateChecked && !planDateValid(draft.planDate);
  const provinceError = scopeChecked && !provinceValid(draft.province);
  const periodError = scopeChecked && !periodValid(draft.period);
  const setRule = (code: string, change: Partial<SettingsDraft['rules'][string]>) =>
    setDraft((d) => ({ ...d, rules: { ...d.rules, [code]: { ...ruleOf(d, code), ...change } } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const next = settingsFrom(draft);
    setDateChecked(true);
    setScopeChecked(true);
    if (next) onSave(next);
    // The first field that cannot be read takes the focus.
    else if (!planDateValid(draft.planDate)) dateInput.current?.focus();
    else scopeInputs.current[provinceValid(draft.province) ? 'period' : 'province']?.focus();
  };
  return (
    <Accordion collapsible className={className}>
      <AccordionItem value="settings">
        <AccordionHeader as="h2">{t.settingsHeading}</AccordionHeader>
        <AccordionPanel>
          <form className={styles.form} onSubmit={submit} aria-label={t.settingsHeading} noValidate>
            <Field
              label={t.planDate}
              hint={t.planDateHelp}
              validationState={dateError ? 'error' : 'none'}
              validationMessage={dateError ? t.planDateInvalid : undefined}
            >
              <Input
                ref={dateInput}
                value={draft.planDate}
                placeholder={t.planDatePlaceholder}
                inputMode="numeric"
                onChange={(_, data) => setDraft((d) => ({ ...d, planDate: data.value }))}
                onBlur={() => setDateChecked(true)}
              />
            </Field>
            {(['province', 'period'] as const).map((key) => {
              const error = key === 'province' ? provinceError : periodError;
              return (
                <Field
                  key={key}
                  label={t[key]}
                  hint={t[`${key}Help`]}
                  validationState={error ? 'error' : 'none'}
                  validationMessage={error ? t[`${key}Invalid`] : undefined}
                >
                  <Input
                    ref={(input) => {
                      scopeInputs.current[key] = input;
                    }}
                    value={draft[key]}
                    placeholder={t[`${key}Placeholder`]}
                    onChange={(_, data) => setDraft((d) => ({ ...d, [key]: data.value }))}
                    onBlur={() => setScopeChecked(true)}
                  />
                </Field>
              );
            })}
            {(['recipients', 'signature'] as const).map((key) => (
              <Field key={key} label={t[key]} hint={t[`${key}Help`]}>
                <Textarea
                  value={draft[key]}
                  placeholder={t[`${key}Placeholder`]}
                  resize="vertical"
                  rows={3}
                  onChange={(_, data) => setDraft((d) => ({ ...d, [key]: data.value }))}
                />
              </Field>
            ))}
            <fieldset className={styles.rules}>
              <legend className={styles.legend}>{t.rulesHeading}</legend>
              <ul className={styles.list}>
                {RULES.map(({ meta }) => {
                  const rule = ruleOf(draft, meta.code);
                  const title = meta.title[lang];
                  return (
                    <li key={meta.code} className={styles.rule}>
                      <Switch
                        className={styles.switch}
                        label={title}
                        checked={rule.enabled}
                        onChange={(_, data) => setRule(meta.code, { enabled: data.checked })}
                      />
                      <Select
                        className={mergeClasses(fit.select, styles.severity)}
                        select={{ className: fit.control }}
                        aria-label={t.ruleSeverity(title)}
                        value={rule.severity ?? ''}
                        disabled={!rule.enabled}
                        onChange={(_, data) => setRule(meta.code, { severity: severityOf(data.value) })}
                      >
                        <option value="">{t.defaultSeverity(t.severity[meta.severity])}</option>
                        {SEVERITIES.map((s) => (
                          <option key={s} value={s}>
                            {t.severity[s]}
                          </option>
                        ))}
                      </Select>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
            <Text as="p" size={200} className={styles.note}>
              {t.settingsNote}
            </Text>
            <Button type="submit" appearance="primary" className={styles.save} disabledFocusable={busy}>
              {t.saveSettings}
            </Button>
          </form>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function ruleOf(draft: SettingsDraft, code: string): SettingsDraft['rules'][string] {
  return draft.rules[code] ?? { enabled: true, severity: null };
}

function severityOf(value: string): Severity | null {
  return SEVERITIES.find((s) => s === value) ?? null;
}
