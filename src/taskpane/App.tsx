import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Lang, SelfTestReport, WorkbookPort } from '../domain';
import { DEFAULT_REGISTRY } from '../domain';
import { AgencyPanel } from './AgencyPanel';
import { CheckControls } from './CheckControls';
import { CheckFacts, CheckSummary } from './CheckSummary';
import { DelegationSummary } from './DelegationSummary';
import { FindingsPanel } from './FindingsPanel';
import { FindingsPicture } from './FindingsPicture';
import { FixPanel } from './FixPanel';
import { ImportPanel } from './ImportPanel';
import { SelfTestPanel } from './SelfTestPanel';
import { SettingsPanel } from './SettingsPanel';
import { StatusArea } from './StatusArea';
import {
  addTaskStatus,
  agencySheetsStatus,
  checkStatus,
  clearStatus,
  compareStatus,
  fixStatus,
  importStatus,
  reviewStatus,
  rowViewStatus,
  saveStatus,
  selectStatus,
} from './statusMessages';
import { useStatusFeed, useStatusLine } from './useStatusLine';
import { STRINGS } from './strings';
import { lastOutcome, useCheck } from './useCheck';
import { useClearMarks } from './useClearMarks';
import { useComparePlan } from './useComparePlan';
import { useImportPlan } from './useImportPlan';
import { useAgencySheets } from './useAgencySheets';
import { TaskForm } from './TaskForm';
import { useAddTask } from './useAddTask';
import { useApplyFixes } from './useApplyFixes';
import { useReviewFindings } from './useReviewFindings';
import { useRowView } from './useRowView';
import { useSaveSettings } from './useSaveSettings';
import { useSelectCell } from './useSelectCell';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    boxSizing: 'border-box',
    // Fill the pane so a dark Office theme does not end in a white band below the content.
    minHeight: '100vh',
    minWidth: 0,
    maxWidth: '100%',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Task names, agency names and sheet names are long Vietnamese phrases; the pane can be 320 px wide.
    overflowWrap: 'anywhere',
  },
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  text: { margin: 0 },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

const systemClock = () => new Date();

export interface AppProps {
  /** The workbook, reached only through the port (Office.js in Excel, an .xlsx file, memory in tests). */
  port: WorkbookPort;
  lang: Lang;
  /** The clock, for the time the result sheet says the check ran. */
  now?: () => Date;
  /** "Tự kiểm tra" where the host can run it (Office.js); absent in a pane without Excel. */
  selfTest?: { run: () => Promise<SelfTestReport>; startNow: boolean };
}

/** The task pane: pick a sheet, check it, read and filter the findings, clear the marks, edit settings. */
export function App({ port, lang, now = systemClock, selfTest }: AppProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const [sheet, setSheet] = useState('');
  const { check, run } = useCheck(port, lang, now);
  const { clearing, clear, reset: resetClearing } = useClearMarks(port, lang);
  const recheck = useCallback(() => run(sheet || undefined), [run, sheet]);
  const { saving, save, reset: resetSaving } = useSaveSettings(port, lang, recheck);
  const { selection, select } = useSelectCell(port, lang);
  const { rowView, show, restore } = useRowView(port, lang);
  const { agencySheets, generate, exportList, askRemoval, remove, cancel } = useAgencySheets(port, lang);
  // A sheet built from the plan's text is checked at once, as any appendix.
  const checkNew = useCallback(
    (name: string) => {
      setSheet(name);
      run(name);
    },
    [run],
  );
  const last = lastOutcome(check);
  const {
    importing,
    start: importPlan,
    blank,
  } = useImportPlan(port, lang, checkNew, {
    now,
    registry: last?.registry ?? DEFAULT_REGISTRY,
  });
  const { comparing, compare } = useComparePlan(port, lang);
  const { fixing, apply: applyFixes, reset: resetFixing } = useApplyFixes(port, lang, recheck);
  const { reviewing, review, withdraw } = useReviewFindings(port, lang, now, recheck);
  const { adding, add: addTask, write: writeTask } = useAddTask(port, lang, recheck);
  // One status line for every operation: the newest one's word, errors apart until dismissed.
  const { line, report, dismiss } = useStatusLine();
  useStatusFeed(report, checkStatus(check, t));
  useStatusFeed(report, clearStatus(clearing, t, last));
  useStatusFeed(report, saveStatus(saving, t));
  useStatusFeed(report, selectStatus(selection, t));
  useStatusFeed(report, rowViewStatus(rowView, t));
  useStatusFeed(report, agencySheetsStatus(agencySheets, t));
  useStatusFeed(report, importStatus(importing, t));
  useStatusFeed(report, compareStatus(comparing, t));
  useStatusFeed(report, fixStatus(fixing, t));
  useStatusFeed(report, reviewStatus(reviewing, t));
  useStatusFeed(report, addTaskStatus(adding, t));
  const busy =
    check.status === 'checking' ||
    clearing.status === 'clearing' ||
    saving.status === 'saving' ||
    rowView.status === 'filtering' ||
    rowView.status === 'restoring' ||
    agencySheets.status === 'generating' ||
    agencySheets.status === 'exporting' ||
    agencySheets.status === 'listing' ||
    agencySheets.status === 'removing' ||
    importing.status === 'importing' ||
    comparing.status === 'comparing' ||
    fixing.status === 'applying' ||
    reviewing.status === 'saving' ||
    adding.status === 'adding' ||
    adding.status === 'writing';

  const onCheck = () => {
    resetClearing();
    resetSaving();
    resetFixing();
    recheck();
  };
  const onClear = () => {
    if (!last) return;
    resetSaving();
    clear(last.appendix.sheet);
  };

  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.intro}>
        <Text as="h1" size={500} weight="semibold" className={styles.text}>
          {t.title}
        </Text>
        {/* Said until the first check; after it, the pane's room goes to the findings. */}
        {!last && (
          <Text as="p" className={styles.text}>
            {t.intro}
          </Text>
        )}
      </header>
      <CheckControls
        lang={lang}
        sheetNames={last?.sheetNames ?? []}
        sheet={sheet}
        onSheetChange={setSheet}
        onCheck={onCheck}
        onClear={onClear}
        busy={busy}
        canClear={last !== undefined}
      />
      <StatusArea lang={lang} line={line} onDismiss={dismiss} />
      {check.status === 'ready' && (
        <section className={styles.result} aria-label={t.resultLabel}>
          {/* At 320 px the counts and the first findings come first; the rest follows on scrolling. */}
          <CheckSummary outcome={check.outcome} lang={lang} />
          <FindingsPanel
            lang={lang}
            outcome={check.outcome}
            onSelect={select}
            onReview={(findings, reason) => review(check.outcome, findings, reason)}
            onWithdraw={(reviews) => withdraw(check.outcome, reviews)}
            busy={busy}
          />
          <FindingsPicture outcome={check.outcome} lang={lang} />
          {check.outcome.delegations && (
            <DelegationSummary summary={check.outcome.delegations.summary} lang={lang} />
          )}
          <FixPanel
            lang={lang}
            fixes={check.outcome.fixes}
            renumberings={check.outcome.renumberings}
            fixing={fixing}
            busy={busy}
            onApply={applyFixes}
          />
          <CheckFacts outcome={check.outcome} lang={lang} />
          {check.outcome.appendix.kind === 'tasks' && (
            <>
              <TaskForm
                lang={lang}
                outcome={check.outcome}
                adding={adding}
                busy={busy}
                onAdd={addTask}
                onWrite={writeTask}
                onReadSelection={() => port.selection()}
              />
              <AgencyPanel
                lang={lang}
                outcome={check.outcome}
                rowView={rowView}
                agencySheets={agencySheets}
                busy={busy}
                onShow={show}
                onRestore={restore}
                onGenerate={generate}
                onExport={exportList}
                onAskRemoval={askRemoval}
                onRemove={remove}
                onCancel={cancel}
              />
            </>
          )}
        </section>
      )}
      <ImportPanel
        lang={lang}
        importing={importing}
        comparing={comparing}
        busy={busy}
        onImport={importPlan}
        onBlank={blank}
        onCompare={(text) => compare(text, sheet || undefined)}
      />
      {last && <SettingsPanel lang={lang} settings={last.settings} busy={busy} onSave={save} />}
      {selfTest && <SelfTestPanel lang={lang} run={selfTest.run} startNow={selfTest.startNow} busy={busy} />}
    </main>
  );
}
