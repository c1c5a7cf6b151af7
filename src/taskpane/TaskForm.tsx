import { Button, Field, Input, Select, Text, Textarea, useId } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CellChange, CheckOutcome, Lang, TaskDraft, TaskEdit, TaskPlacement } from '../domain';
import {
  currentAgencyNames,
  draftFindings,
  editableTask,
  editChanges,
  formatFinding,
  placeTask,
  taskAtRow,
} from '../domain';
import { CollapsibleSection } from './CollapsibleSection';
import { useFitStyles } from './fitStyles';
import { usePanelStyles } from './panelStyles';
import { STRINGS } from './strings';
import type { AddTaskState } from './useAddTask';

export interface TaskFormProps {
  lang: Lang;
  outcome: CheckOutcome;
  adding: AddTaskState;
  busy: boolean;
  onAdd: (sheetName: string, placement: TaskPlacement) => void;
  onWrite: (changes: readonly CellChange[], what: 'renumber' | 'edit') => void;
  /** The officer's selected cell, to load its task into the form. */
  onReadSelection: () => Promise<{ sheet: string; cell: string } | undefined>;
}

const FIELDS = ['lead', 'partners', 'time', 'basis', 'funding'] as const;

/**
 * "Thêm nhiệm vụ": one task typed into a form — its section, TT suggested from its neighbours, the
 * agencies offered from the registry, every field checked as it is typed by the same rules as the sheet —
 * then inserted as one row at the end of its section. "Sửa dòng đang chọn" loads the selected row's task
 * instead; saving writes only the cells changed (none the sheet changed since).
 */
export function TaskForm(props: TaskFormProps) {
  const { lang, outcome, adding, busy, onAdd, onWrite, onReadSelection } = props;
  const styles = usePanelStyles();
  const fit = useFitStyles();
  const t = STRINGS[lang];
  const agencyList = useId('agencies');
  const { appendix, registry, settings } = outcome;
  const [section, setSection] = useState('');
  const [draft, setDraft] = useState<TaskDraft>({});
  const [edit, setEdit] = useState<TaskEdit>();
  const [note, setNote] = useState('');
  const sectionRow = edit ? edit.task.parentRow : section === '' ? null : Number(section);
  const placement = useMemo(() => placeTask(appendix, sectionRow, draft), [appendix, sectionRow, draft]);
  const typed = Boolean(draft.task || draft.lead || draft.time || draft.basis);
  const findings = useMemo(() => {
    if (!typed) return [];
    const at = edit ? { rowNumber: edit.task.rows[0], tt: draft.tt ?? '' } : placement;
    return draftFindings(appendix, at, draft, { settings, registry, sectionRow });
  }, [typed, edit, appendix, placement, draft, settings, registry, sectionRow]);
  // The bodies current as of the plan's date, as the dropdowns of a new appendix offer them.
  const names = useMemo(() => currentAgencyNames(registry, outcome.planDate), [registry, outcome.planDate]);
  const changes = edit ? editChanges(appendix, edit, draft) : [];
  const set = (field: keyof TaskDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const locked = (field: keyof TaskDraft) => edit?.locked.includes(field) === true;
  const labels = {
    lead: t.taskLead,
    partners: t.taskPartners,
    time: t.taskTime,
    basis: t.taskBasis,
    funding: t.taskFunding,
  };
  const shown = FIELDS.filter((field) => field !== 'partners' || appendix.columns.partners);
  const loadSelected = () => {
    void onReadSelection().then((selected) => {
      const row = Number(/\d+$/u.exec(selected?.cell ?? '')?.[0]);
      const task = selected?.sheet === appendix.sheet ? taskAtRow(appendix, row) : undefined;
      if (!task) return setNote(t.noTaskSelected);
      const loaded = editableTask(appendix, task);
      setNote('');
      setEdit(loaded);
      setDraft(loaded.draft);
    });
  };
  const stopEditing = () => {
    setEdit(undefined);
    setDraft({});
  };
  return (
    <CollapsibleSection heading={t.taskFormHeading}>
      <Text as="p" className={styles.text}>
        {edit ? t.editing(edit.task.rows[0]) : t.taskFormIntro}
      </Text>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={loadSelected}>
          {t.editSelected}
        </Button>
      </div>
      {note && (
        <Text as="p" role="status" className={styles.hint}>
          {note}
        </Text>
      )}
      {edit && edit.locked.length > 0 && (
        <Text as="p" className={styles.hint}>
          {t.lockedHint}
        </Text>
      )}
      {!edit && (
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
      )}
      <Field label={t.taskTt}>
        <Input
          value={draft.tt ?? ''}
          placeholder={edit ? '' : placement.tt}
          disabled={locked('tt')}
          onChange={(_, d) => set('tt')(d.value)}
        />
      </Field>
      <Field label={t.taskText}>
        <Textarea
          value={draft.task ?? ''}
          resize="vertical"
          disabled={locked('task')}
          onChange={(_, d) => set('task')(d.value)}
        />
      </Field>
      {shown.map((field) => (
        <Field key={field} label={labels[field]}>
          <Input
            value={draft[field] ?? ''}
            disabled={locked(field)}
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
      {typed && (
        <ul className={styles.list} aria-label={t.taskPreviewLabel}>
          {findings.length === 0 ? (
            <li>{t.taskPreviewClean}</li>
          ) : (
            findings.map((f) => <li key={`${f.code}-${f.cell}`}>{formatFinding(f, lang)}</li>)
          )}
        </ul>
      )}
      <div className={styles.actions}>
        {edit ? (
          <>
            <Button
              appearance="primary"
              disabled={busy || changes.length === 0}
              onClick={() => {
                onWrite(changes, 'edit');
                stopEditing();
              }}
            >
              {t.saveEdit(changes.length)}
            </Button>
            <Button onClick={stopEditing}>{t.cancelEdit}</Button>
          </>
        ) : (
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
        )}
      </div>
      <AddTaskStatus lang={lang} adding={adding} busy={busy} onWrite={onWrite} />
    </CollapsibleSection>
  );
}

function AddTaskStatus({
  lang,
  adding,
  busy,
  onWrite,
}: Pick<TaskFormProps, 'lang' | 'adding' | 'busy' | 'onWrite'>) {
  const styles = usePanelStyles();
  const t = STRINGS[lang];
  // What happened is said on the pane's status line; here only the proposal that follows an insertion.
  if (adding.status !== 'added' || adding.renumber.length === 0) return null;
  return (
    <div className={styles.panel}>
      <Text as="p" className={styles.text}>
        {t.renumberProposal(adding.renumber.length)}
      </Text>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => onWrite(adding.renumber, 'renumber')}>
          {t.renumberButton(adding.renumber.length)}
        </Button>
      </div>
    </div>
  );
}
