import type { MatrixComparison } from '../plantext/compareMatrix';
import type { PlanTextFinding } from '../plantext/planTextChecks';
import { formatMatrixDifference, formatPlanTextFinding } from './planTextMessages';
import type { Lang } from './types';

const WORDS = {
  vi: {
    summary: (pairs: number, split: number, planOnly: number, appendixOnly: number, differing: number) =>
      `Ghép được ${pairs} cặp${split ? ` (${split} dòng phụ lục tách từ một nhiệm vụ của văn bản)` : ''}; ${planOnly} nhiệm vụ chỉ có trong văn bản; ${appendixOnly} dòng chỉ có trong phụ lục; ${differing} cặp khác nhau.`,
    planOnly: (count: number) => `Chỉ có trong văn bản, không thấy trong phụ lục (${count}):`,
    appendixOnly: (count: number) => `Chỉ có trong phụ lục, không thấy trong văn bản (${count}):`,
    differing: (count: number) => `Văn bản và phụ lục ghi khác nhau (${count}):`,
    at: (unit: 'line' | 'paragraph', line: number, tt: string) =>
      `${unit === 'line' ? 'Dòng' : 'Đoạn'} ${line}${tt ? ` (${tt})` : ''}`,
    aboutText: 'Về văn bản kế hoạch:',
  },
  en: {
    summary: (pairs: number, split: number, planOnly: number, appendixOnly: number, differing: number) =>
      `${pairs} pairs${split ? ` (${split} appendix rows split from one task of the text)` : ''}; ${planOnly} tasks only in the text; ${appendixOnly} rows only in the appendix; ${differing} pairs differ.`,
    planOnly: (count: number) => `Only in the text, not found in the appendix (${count}):`,
    appendixOnly: (count: number) => `Only in the appendix, not found in the text (${count}):`,
    differing: (count: number) => `The text and the appendix differ (${count}):`,
    at: (unit: 'line' | 'paragraph', line: number, tt: string) =>
      `${unit === 'line' ? 'Line' : 'Paragraph'} ${line}${tt ? ` (${tt})` : ''}`,
    aboutText: 'About the plan text:',
  },
};

export interface ComparisonReport {
  summary: string;
  /** The lists that have something: tasks only in the text, rows only in the appendix, differences, the text's faults. */
  sections: Array<{ heading: string; lines: string[] }>;
}

/**
 * A comparison of a plan's text with its appendix, worded for the command line and the task pane alike:
 * where each thing is (the text's line or paragraph, the appendix's task cell) and what differs.
 */
export function comparisonReport(
  comparison: MatrixComparison,
  findings: readonly PlanTextFinding[],
  { unit, column }: { unit: 'line' | 'paragraph'; column: string },
  lang: Lang,
): ComparisonReport {
  const t = WORDS[lang];
  const first = (text: string) => text.split('\n')[0]?.slice(0, 100) ?? '';
  const cell = (row: { rows: readonly number[]; tt: string }) =>
    `${column}${row.rows[0]}${row.tt ? ` (${row.tt})` : ''}`;
  const differing = comparison.pairs.filter((pair) => pair.differences.length > 0);
  const faults = findings.filter((f) => f.code !== 'part-not-in-text' && f.code !== 'no-tasks');
  const sections = [
    {
      heading: t.planOnly(comparison.planOnly.length),
      lines: comparison.planOnly.map((task) => `${t.at(unit, task.line, task.tt)}: ${first(task.task)}`),
    },
    {
      heading: t.appendixOnly(comparison.appendixOnly.length),
      lines: comparison.appendixOnly.map((row) => `${cell(row)}: ${first(row.task)}`),
    },
    {
      heading: t.differing(differing.length),
      lines: differing.flatMap((pair) =>
        pair.differences.map(
          (difference) =>
            `${t.at(unit, pair.plan.line, pair.plan.tt)} ↔ ${cell(pair.row)}: ${formatMatrixDifference(difference, lang)}`,
        ),
      ),
    },
    { heading: t.aboutText, lines: faults.map((finding) => formatPlanTextFinding(finding, unit, lang)) },
  ];
  return {
    summary: t.summary(
      comparison.pairs.length,
      comparison.pairs.filter((pair) => pair.split).length,
      comparison.planOnly.length,
      comparison.appendixOnly.length,
      differing.length,
    ),
    sections: sections.filter((section) => section.lines.length > 0),
  };
}
