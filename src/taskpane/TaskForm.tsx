import { Button, Field, Input, Select, Text, Textarea, useId } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CheckOutcome, Lang, TaskDraft } from '../domain';
import { draftFindings, formatFinding, placeTask } from '../domain';
import { useFitStyles } from './fitStyles';
import { usePanelStyles } from './panelStyles';
import { Failure } from './StatusArea';
import { CollapsibleSection } from './CollapsibleSection';
import { STRINGS } from './strings';
import type { AddTaskState } from './useAddTask';

export interface TaskFormProps {
  lang: Lang;
  outcome: CheckOutcome;
  adding: AddTaskState;
  busy: boolean;
  onAdd: (sheetName: string, placement: ReturnType<typeof placeTask>) => void;
  onRenumber: (changes: ReturnType<typeof placeTask>['renumber']) => void;
}

const FIELDS = ['lead', 'partners', 'time', 'basis', 'funding'] as const;

/**
 * "Thêm nhiệm vụ": one task typed into a form — its section, TT suggested from its neighbours, the
 * agencies offered from the registry, every field checked as it is typed by the same rules as the sheet —
 * then inserted as one row at the end of its section.
 */
export function TaskForm({ lang, outcome, adding, busy, onAdd, onRenumber }: TaskFormProps) {
  const styles = usePanelStyles();
  const fit = useFitStyles();
  const t = STRINGS[lang];
  const agencyList = useId('agencies');
  const { appendix, registry, settings } = outcome;
  const [section, setSection] = useState('');
  const [draft, setDraft] = useState<TaskDraft>({});
  const sectionRow = section === '' ? null : Number(section);
  const placement = useMemo(() => placeTask(appendix, sectionRow, draft), [appendix, sectionRow, draft]);
  const findings = useMemo(
    () =>
      draft.task || draft.lead || draft.time || draft.basis
        ? draftFindings(appendix, placement, draft, { settings, registry, sectionRow })
        : [],
    [appendix, placement, draft, settings, registry, sectionRow],
  );
  const names = useMemo(
    () => registry.filter((entry) => !entry.validTo && !entry.vague).map((e) => e.name),
    [registry],
  );
  const set = (field: keyof TaskDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const labels = {
    lead: t.taskLead,
    partners: t.taskPartners,
    time: t.taskTime,
    basis: t.taskBasis,
    funding: t.taskFunding,
  };
  const shown = FIELDS.filter((field) => field !== 'partners' || appendix.columns.partners);
  return (
    <CollapsibleSection heading={t.taskFormHeading}>
      <Text as="p" className={styles.text}>
        {t.taskFormIntro}
      </Text>
      <Field label={t.taskSection}>
        <Select
          className={fit.select}
          select={{ className: fit.control }}
          value={section}
          onChange={(_, d) => setSection(d.value)}
        >
          <option value="">{t.taskSectionEnd}</option>
          {appendix.sections.map((s) => (
            <option key={s.row} value={String(s.row)}>
              {`${s.tt} ${s.title}`.slice(0, 80)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.taskTt}>
        <Input value={draft.tt ?? ''} placeholder={placement.tt} onChange={(_, d) => set('tt')(d.value)} />
      </Field>
      <Field label={t.taskText}>
        <Textarea value={draft.task ?? ''} resize="vertical" onChange={(_, d) => set('task')(d.value)} />
      </Field>
      {shown.map((field) => (
        <Field key={field} label={labels[field]}>
          <Input
            value={draft[field] ?? ''}
            onChange={(_, d) => set(field)(d.value)}
            {...(field === 'lead' || field === 'partners' ? { list: agencyList } : {})}
          />
        </Field>
      ))}
      <datalist id={agencyList}>
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {(draft.task || draft.lead || draft.time || draft.basis) && (
        <ul className={styles.list} aria-label={t.taskPreviewLabel}>
          {findings.length === 0 ? (
            <li>{t.taskPreviewClean}</li>
          ) : (
            findings.map((f) => <li key={`${f.code}-${f.cell}`}>{formatFinding(f, lang)}</li>)
          )}
        </ul>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || !draft.task?.trim()}
          onClick={() => {
            onAdd(appendix.sheet, placement);
            setDraft({});
          }}
        >
          {adding.status === 'adding' ? t.taskAdding : t.taskAddButton(placement.rowNumber, placement.tt)}
        </Button>
      </div>
      <AddTaskStatus lang={lang} adding={adding} busy={busy} onRenumber={onRenumber} />
    </CollapsibleSection>
  );
}

function AddTaskStatus({
  lang,
  adding,
  busy,
  onRenumber,
}: Pick<TaskFormProps, 'lang' | 'adding' | 'busy' | 'onRenumber'>) {
  const styles = usePanelStyles();
  const t = STRINGS[lang];
  if (adding.status === 'failed') return <Failure title={t.taskFailedTitle} message={adding.message} />;
  if (adding.status === 'renumbered')
    return (
      <Text as="p" role="status" className={styles.text}>
        {t.renumbered(adding.written, adding.skipped)}
      </Text>
    );
  if (adding.status !== 'added') return null;
  return (
    <div className={styles.panel} role="status">
      <Text as="p" className={styles.text}>
        {t.taskAdded(adding.rowNumber)}
      </Text>
      {adding.renumber.length > 0 && (
        <>
          <Text as="p" className={styles.text}>
            {t.renumberProposal(adding.renumber.length)}
          </Text>
          <div className={styles.actions}>
            <Button disabled={busy} onClick={() => onRenumber(adding.renumber)}>
              {t.renumberButton(adding.renumber.length)}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
