import type { CheckOutcome } from '../domain';
import type { StatusMessage } from './statusLine';
import type { Strings } from './strings';
import type { AddTaskState } from './useAddTask';
import type { AgencySheetsState } from './useAgencySheets';
import type { CheckState } from './useCheck';
import type { ClearState } from './useClearMarks';
import type { CompareState } from './useComparePlan';
import type { FixState } from './useApplyFixes';
import type { ImportState } from './useImportPlan';
import type { ReviewState } from './useReviewFindings';
import type { RowViewState } from './useRowView';
import type { SaveState } from './useSaveSettings';
import type { SelectState } from './useSelectCell';

/**
 * What each of the pane's operations says on the status line in its current state: under way, done (in
 * the officer's terms), or failed; null when it has nothing new to say. Details that are lists (the cells
 * fixed, the notes on a plan text, a comparison) stay in their panel.
 */
const progress = (text: string): StatusMessage => ({ kind: 'progress', text });
const success = (text: string): StatusMessage => ({ kind: 'success', text });
const warning = (text: string): StatusMessage => ({ kind: 'warning', text });
const failure = (title: string, text: string): StatusMessage => ({ kind: 'error', title, text });

/** Per status of an operation, what it says; a status left out says nothing new. */
type Says<S extends { status: string }> = {
  [K in S['status']]?: (state: Extract<S, { status: K }>) => StatusMessage;
};

function said<S extends { status: string }>(state: S, says: Says<S>): StatusMessage | null {
  const say = says[state.status as S['status']] as ((each: S) => StatusMessage) | undefined;
  return say ? say(state) : null;
}

export const checkStatus = (state: CheckState, t: Strings): StatusMessage | null =>
  said<CheckState>(state, {
    checking: () => progress(t.checking),
    ready: (s) => success(t.checkedLine(s.outcome.appendix.sheet, s.outcome.findings.length)),
    failed: (s) => failure(t.checkFailedTitle, s.message),
  });

/** The cells marked are the last check's (the marks a check leaves replace the ones before). */
export const clearStatus = (
  state: ClearState,
  t: Strings,
  last: CheckOutcome | undefined,
): StatusMessage | null =>
  said<ClearState>(state, {
    clearing: () => progress(t.clearing),
    done: (s) =>
      s.marks + s.notes === 0
        ? success(t.nothingToClear)
        : success(t.cleared(last?.markedCells ?? 0, s.notes)),
    failed: (s) => failure(t.clearFailedTitle, s.message),
  });

export const saveStatus = (state: SaveState, t: Strings): StatusMessage | null =>
  said<SaveState>(state, {
    saving: () => progress(t.saving),
    saved: () => success(t.saved),
    failed: (s) => failure(t.saveFailedTitle, s.message),
  });

export const selectStatus = (state: SelectState, t: Strings): StatusMessage | null =>
  said<SelectState>(state, { failed: (s) => failure(t.selectFailedTitle, s.message) });

export const rowViewStatus = (state: RowViewState, t: Strings): StatusMessage | null =>
  said<RowViewState>(state, {
    filtering: () => progress(t.filtering),
    filtered: (s) => (s.shared ? warning : success)(t.filtered(s.agency, s.hiddenRows)),
    restoring: () => progress(t.restoring),
    restored: (s) => (s.exact ? success(t.restored) : warning(t.restoredChanged)),
    failed: (s) => failure(t.rowViewFailedTitle, s.message),
  });

export const agencySheetsStatus = (state: AgencySheetsState, t: Strings): StatusMessage | null =>
  said<AgencySheetsState>(state, {
    generating: () => progress(t.generating),
    generated: (s) =>
      success(
        [t.generated(s.sheets, s.index), ...s.renamed.map((r) => t.renamedSheet(r.wanted, r.name))].join(' '),
      ),
    exporting: () => progress(t.exporting),
    exported: (s) =>
      s.how === 'opened'
        ? success(t.exported(s.fileName))
        : s.how === 'downloaded'
          ? success(t.downloaded(s.fileName))
          : warning(t.exportUnsupported),
    listing: () => progress(t.listingSheets),
    removing: () => progress(t.removingSheets),
    removed: (s) =>
      s.kept.length > 0
        ? warning(`${t.removedSheets(s.removed.length)} ${t.keptSheets(s.kept.join(', '))}`)
        : success(t.removedSheets(s.removed.length)),
    failed: (s) => failure(t.agencySheetsFailedTitle, s.message),
  });

export const importStatus = (state: ImportState, t: Strings): StatusMessage | null =>
  said<ImportState>(state, {
    importing: () => progress(t.importing),
    done: (s) => success(t.imported(s.sheet, s.tasks, s.sections)),
    created: (s) => success(t.blankCreated(s.sheet)),
    failed: (s) => failure(t.importFailedTitle, s.message),
  });

export const compareStatus = (state: CompareState, t: Strings): StatusMessage | null =>
  said<CompareState>(state, {
    comparing: () => progress(t.comparing),
    done: (s) => success(`${t.compareResult(s.sheet)}: ${s.report.summary}`),
    failed: (s) => failure(t.compareFailedTitle, s.message),
  });

export const fixStatus = (state: FixState, t: Strings): StatusMessage | null =>
  said<FixState>(state, {
    applying: () => progress(t.fixApplying),
    done: (s) => success(s.lines[0] ?? ''),
    failed: (s) => failure(t.fixFailedTitle, s.message),
  });

export const reviewStatus = (state: ReviewState, t: Strings): StatusMessage | null =>
  said<ReviewState>(state, {
    saving: () => progress(t.reviewSaving),
    failed: (s) => failure(t.reviewFailedTitle, s.message),
  });

export const addTaskStatus = (state: AddTaskState, t: Strings): StatusMessage | null =>
  said<AddTaskState>(state, {
    adding: () => progress(t.taskAdding),
    added: (s) => success(t.taskAdded(s.rowNumber)),
    writing: () => progress(t.taskWriting),
    written: (s) => success(t.written(s.what, s.written, s.skipped)),
    failed: (s) => failure(t.taskFailedTitle, s.message),
  });
