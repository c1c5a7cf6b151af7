import type { Lang } from '../domain';
import { formatError, UnusableWorkbookError } from '../domain';
import { STRINGS } from './strings';

/**
 * The task pane is the edge where failures are caught: an unusable sheet gets the core's wording, anything
 * else (an Office error, a bug) a generic sentence with its own text, so the officer can report it.
 * @example failureMessage(new Error('RichApi.Error: …'), 'vi') → 'Lỗi ngoài dự kiến khi làm việc với sổ tính: RichApi.Error: …'
 */
export function failureMessage(error: unknown, lang: Lang): string {
  if (error instanceof UnusableWorkbookError) return formatError(error, lang);
  // Runs wait for a cell edit to end (runExcel); a host that fails them anyway says so with this code (the
  // error table of Microsoft's application-specific-api-error-handling; docs/office-js-research.md §5).
  if (CELL_EDIT_CODES.has(codeOf(error))) return STRINGS[lang].cellEditing;
  return STRINGS[lang].unexpected(error instanceof Error ? error.message : String(error));
}

const CELL_EDIT_CODES: ReadonlySet<string> = new Set(['InvalidOperationInCellEditMode']);

function codeOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}
