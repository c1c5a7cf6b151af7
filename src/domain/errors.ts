/**
 * The few environment failures that stop the work: the workbook cannot be used at all. Problems inside a
 * usable sheet are findings, never exceptions. Caught once, at the edge (CLI: exit 2; task pane: MessageBar).
 */
export type UnusableWorkbookCode =
  | 'file-not-found'
  | 'not-xlsx'
  | 'encrypted'
  | 'no-such-sheet'
  | 'no-header'
  | 'no-sheets'
  /** Beyond what can be read safely (src/xlsx/packageLimits.ts, worksheetToGrid). */
  | 'too-large'
  /** The sheet holds another kind of appendix than the command works on (a delegations list to split). */
  | 'wrong-kind';

export class UnusableWorkbookError extends Error {
  override readonly name = 'UnusableWorkbookError';

  constructor(
    readonly code: UnusableWorkbookCode,
    /** Facts the wording needs (sheet names, rows tried …); see messages/. */
    readonly data: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code} ${JSON.stringify(data)}`, options);
  }
}

/**
 * The `code` of a thrown error, as Office.js errors (and UnusableWorkbookError) carry one; '' for others.
 * @example errorCode(Object.assign(new Error('…'), { code: 'InvalidArgument' })) === 'InvalidArgument'
 */
export function errorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}
