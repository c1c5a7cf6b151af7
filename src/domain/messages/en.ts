import type { Catalogue } from './types';
import { str } from './types';

export const en: Catalogue = {
  findings: {
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
