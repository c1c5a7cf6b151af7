import { useCallback, useState } from 'react';
import type { ComparisonReport, Lang, WorkbookPort } from '../domain';
import { comparisonReport, failureMessage, parseAppendix } from '../domain';
import { loadPlanText } from './loadPlanText';
import { useLatestRun } from './useLatestRun';

export type CompareState =
  | { status: 'idle' }
  | { status: 'comparing' }
  | { status: 'done'; sheet: string; report: ComparisonReport }
  | { status: 'failed'; message: string };

/**
 * "So sánh với phụ lục": pairs the tasks of the pasted plan text with the rows of the appendix on the
 * chosen sheet (one read, nothing written) and words what is in one only and where they differ.
 * @example const { comparing, compare } = useComparePlan(port, 'vi'); compare(text, 'Phụ lục 1');
 */
export function useComparePlan(
  port: WorkbookPort,
  lang: Lang,
): { comparing: CompareState; compare: (text: string, sheet?: string) => void } {
  const [comparing, setComparing] = useState<CompareState>({ status: 'idle' });
  const begin = useLatestRun();
  const compare = useCallback(
    (text: string, sheet?: string) => {
      const isLatest = begin();
      setComparing({ status: 'comparing' });
      Promise.all([port.read(sheet), loadPlanText()])
        .then(([snapshot, { importPlanText, compareMatrix }]) => {
          if (!isLatest()) return;
          const appendix = parseAppendix(snapshot.grid);
          const imported = importPlanText(text);
          const tasks = imported.rows.flatMap((row) => (row.kind === 'task' ? [row.task] : []));
          const comparison = compareMatrix(tasks, appendix.tasks, {
            province: appendix.plan.province ?? null,
            year: appendix.plan.year,
          });
          const where = { unit: 'line' as const, column: appendix.columns.task ?? '' };
          setComparing({
            status: 'done',
            sheet: appendix.sheet,
            report: comparisonReport(comparison, imported.findings, where, lang),
          });
        })
        .catch((error: unknown) => {
          if (isLatest()) setComparing({ status: 'failed', message: failureMessage(error, lang) });
        });
    },
    [port, lang, begin],
  );
  return { comparing, compare };
}
