import { UnusableWorkbookError } from '../errors';
import { formatError } from './index';
import type { Lang } from './types';

const MESSAGES: Record<Lang, { unexpected: (message: string) => string; cellEditing: string }> = {
  vi: {
    unexpected: (message) => `Lỗi ngoài dự kiến khi làm việc với sổ tính: ${message}`,
    cellEditing:
      'Excel đang ở chế độ sửa ô nên chưa làm được. Nhấn Enter (hoặc Esc) để kết thúc sửa ô, rồi bấm lại.',
  },
  en: {
    unexpected: (message) => `Unexpected error while working with the workbook: ${message}`,
    cellEditing:
      'Excel is editing a cell, so this could not run. Press Enter (or Esc) to finish editing, then try again.',
  },
};

/**
 * What the officer reads when working with the workbook failed (task pane and ribbon commands; pure: it
 * reads the error's `code`, as Office.js errors carry one): an
 * unusable sheet gets the core's wording, Excel in cell-edit mode what to do, anything else (an Office
 * error, a bug) a generic sentence with its own text, so the officer can report it.
 * @example failureMessage(new Error('RichApi.Error: …'), 'vi') → 'Lỗi ngoài dự kiến khi làm việc với sổ tính: RichApi.Error: …'
 */
export function failureMessage(error: unknown, lang: Lang): string {
  if (error instanceof UnusableWorkbookError) return formatError(error, lang);
  // Runs wait for a cell edit to end (src/excel/runExcel.ts); a host that fails them anyway says so with this code (the
  // error table of Microsoft's application-specific-api-error-handling; docs/office-js-research.md §5).
  if (codeOf(error) === 'InvalidOperationInCellEditMode') return MESSAGES[lang].cellEditing;
  return MESSAGES[lang].unexpected(error instanceof Error ? error.message : String(error));
}

function codeOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}
