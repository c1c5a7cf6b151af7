import type { Lang } from '../domain';
import { failureMessage, UnusableWorkbookError } from '../domain';

/**
 * What a function command needs to report a failure: Excel shows nothing for a function command, so the
 * officer is told in a dialog ("The function that is triggered can call the displayDialogAsync method to
 * show a dialog. This is a good way to display an error", learn.microsoft.com/office/dev/add-ins/design/
 * add-in-commands), and the error also goes to the console for IT.
 */
export interface CommandReporting {
  lang: Lang;
  /** Shows the officer a message; settles when it is dismissed (or cannot be shown). */
  tell?: (message: string) => Promise<void>;
  /** The error for IT; the console by default. */
  report?: (error: unknown) => void;
}

/**
 * Reports a command's failure: to the console always, to the officer unless the outcome already says it
 * (`shownOnSheet`: the check writes why a sheet cannot be checked on its result sheet).
 */
export async function tellFailure(
  error: unknown,
  deps: CommandReporting,
  shownOnSheet = false,
): Promise<void> {
  (deps.report ?? console.error)(error);
  if (shownOnSheet && error instanceof UnusableWorkbookError) return;
  await deps.tell?.(failureMessage(error, deps.lang));
}
