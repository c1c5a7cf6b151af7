import type { Catalogue } from './types';
import { isoToVn, problemList, str } from './types';

export const en: Catalogue = {
  findings: {
    'numbering-duplicate': (d) =>
      `Number "${str(d, 'tt')}" repeats row ${str(d, 'firstRow')} at the same level.`,
    'numbering-gap': (d) =>
      d.previous
        ? `"${str(d, 'tt')}" follows "${str(d, 'previous')}": a number is skipped (expected ${str(d, 'expected')}).`
        : `The first item at this level is numbered "${str(d, 'tt')}" (expected to start at ${str(d, 'expected')}).`,
    'numbering-order': (d) => `Number "${str(d, 'tt')}" comes after "${str(d, 'previous')}": out of order.`,
    'numbering-level': (d) =>
      `"${str(d, 'tt')}" is a sub-number of "${str(d, 'expectedParent')}" but sits under ${d.parent ? `"${str(d, 'parent')}"` : 'no numbered item'}.`,
    'task-without-number': (d) =>
      d.lone ? 'The only task of this section has no number.' : 'Task without a number.',
    'missing-task': () => 'A task row without task text.',
    'missing-lead-agency': () => 'The task has no lead agency.',
    'missing-timeframe': () => 'The task has no time frame.',
    'missing-legal-basis': () => 'The task has no legal basis.',
    'missing-funding': () => 'The task has no funding source.',
    'weak-legal-basis': (d) =>
      `The legal basis "${str(d, 'text')}" names no identifiable document (number, symbol, date). Cite the document.`,
    'incomplete-citation': (d) =>
      d.kind === 'no-date'
        ? `"${str(d, 'citation')}" lacks its issue date: administrative and Party document numbers restart each year or term, so the date is needed to identify it.`
        : `"${str(d, 'citation')}" has no number, symbol or date: the document cannot be identified.`,
    'malformed-citation': (d) =>
      `"${str(d, 'citation')}" is not in the standard form (${problemList(d, 'en')}). Standard form: ${str(d, 'suggestion')}.`,
    'invalid-citation-date': (d) =>
      d.reason === 'impossible'
        ? `The date "${str(d, 'date')}" of "${str(d, 'citation')}" does not exist.`
        : `"${str(d, 'citation')}" is dated ${str(d, 'date')}, after the plan itself (${isoToVn(d, 'planDate')}).`,
    'continuation-row': (d) =>
      `This row has no TT and only part of a task: it was joined to task ${str(d, 'tt') || '(unnumbered)'} on row ${str(d, 'taskRow')}. If it is a task of its own, give it a TT and fill its columns.`,
    'missing-column': (d) => `The header row has no "${str(d, 'title')}" column.`,
    'duplicate-column': (d) =>
      `Two columns are titled "${str(d, 'title')}": column ${str(d, 'usedColumn')} is used, this one is kept as an extra column.`,
    'missing-plan-reference': () =>
      'The rows above the header give no plan number and date (e.g. "Kèm theo Kế hoạch số 58/KH-UBND ngày 11/3/2024"). Checks that depend on the plan date will need it.',
    'missing-plan-date': (d) => `The plan number ${str(d, 'number')} is given without an issue date.`,
    'invalid-plan-date': (d) => `The plan's date does not exist: "${str(d, 'text')}".`,
  },
  errors: {
    'file-not-found': (d) => `File "${str(d, 'file')}" not found.`,
    'not-xlsx': (d) =>
      d.legacyXls
        ? `"${str(d, 'file')}" is an old Excel file (.xls). Open it in Excel and save it as .xlsx.`
        : `"${str(d, 'file')}" is not a readable Excel .xlsx file.`,
    encrypted: (d) => `"${str(d, 'file')}" is password-protected. Remove the password and try again.`,
    'no-sheets': (d) => `"${str(d, 'file')}" has no worksheets.`,
    'no-such-sheet': (d) => {
      const wanted = str(d, 'sheet');
      const available = str(d, 'available');
      return wanted
        ? `There is no sheet "${wanted}". Sheets in the file: ${available}.`
        : `No sheet looks like a task appendix. Sheets in the file: ${available}. Choose one with --sheet.`;
    },
    'no-header': (d) =>
      `Sheet "${str(d, 'sheet')}": no header row found (rows ${str(d, 'firstRow')}–${str(d, 'lastRow')} tried). A header needs a "Nhiệm vụ" (task) column and at least two of: ${str(d, 'expected')}.` +
      (d.legacyEncoding
        ? ` The text seems to use the legacy ${d.legacyEncoding === 'vni' ? 'VNI' : 'TCVN3 (ABC)'} encoding: convert it to Unicode (e.g. Unikey's converter) and try again.`
        : ''),
  },
  severities: { error: 'error', warning: 'warning', info: 'info' },
};
