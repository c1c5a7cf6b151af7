import type { Field, Severity } from '../../schema';
import { isBlank } from '../../text';
import type { Rule } from '../types';
import { fieldLocation } from '../types';

/**
 * A task row whose cell for `field` is empty. Only task rows are checked (never section or group rows),
 * and a value merged down from a row above counts as present: the model already carries it. A sheet
 * without the column at all is reported once as `missing-column`, not on every row.
 */
export function requiredField(
  code: string,
  field: Field,
  severity: Severity,
  title: Rule['meta']['title'],
): Rule {
  return {
    meta: { code, severity, title, columns: [field] },
    check: ({ appendix }) => {
      if (appendix.columns[field] === undefined) return [];
      return appendix.tasks
        .filter((task) => isBlank(task[field] ?? ''))
        .map((task) => ({
          rowNumber: task.rows[0],
          ...fieldLocation(appendix, task, field),
          data: { tt: task.tt },
        }));
    },
  };
}

export const missingTask = requiredField('missing-task', 'task', 'error', {
  vi: 'Thiếu nội dung nhiệm vụ',
  en: 'Missing task text',
});
export const missingLeadAgency = requiredField('missing-lead-agency', 'lead', 'error', {
  vi: 'Thiếu cơ quan chủ trì',
  en: 'Missing lead agency',
});
export const missingTimeframe = requiredField('missing-timeframe', 'time', 'warning', {
  vi: 'Thiếu thời gian thực hiện',
  en: 'Missing time frame',
});
export const missingLegalBasis = requiredField('missing-legal-basis', 'basis', 'error', {
  vi: 'Thiếu căn cứ',
  en: 'Missing legal basis',
});
export const missingFunding = requiredField('missing-funding', 'funding', 'warning', {
  vi: 'Thiếu nguồn kinh phí',
  en: 'Missing funding source',
});
