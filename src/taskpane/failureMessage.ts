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
  return STRINGS[lang].unexpected(error instanceof Error ? error.message : String(error));
}
