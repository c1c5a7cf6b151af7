/**
 * The task pane's one status line (issue 17, "a calm pane"): what is under way or what just happened, one
 * message that the next replaces; errors apart, newest first, each kept until the officer dismisses it.
 * Pure: the hook (useStatusLine) holds it in a reducer.
 */
export type StatusKind = 'progress' | 'success' | 'warning' | 'error';

export interface StatusMessage {
  kind: StatusKind;
  text: string;
  /** An error's short title ("Không kiểm tra được"); the text is the full sentence. */
  title?: string;
}

export interface StatusLine {
  /** The newest message that is not an error; null once an error ended what was under way. */
  current: StatusMessage | null;
  /** Newest first. */
  errors: Array<StatusMessage & { id: number }>;
  nextId: number;
}

export const QUIET: StatusLine = { current: null, errors: [], nextId: 1 };

/**
 * A new message: an error joins the errors (and ends the progress shown); anything else replaces the line.
 * The same error again (a retry that failed the same way) moves to the top instead of piling up.
 */
export function reportStatus(line: StatusLine, message: StatusMessage): StatusLine {
  if (message.kind !== 'error') return { ...line, current: message };
  const current = line.current?.kind === 'progress' ? null : line.current;
  const others = line.errors.filter((error) => error.title !== message.title || error.text !== message.text);
  return {
    current,
    errors: [{ ...message, id: line.nextId }, ...others],
    nextId: line.nextId + 1,
  };
}

export function dismissError(line: StatusLine, id: number): StatusLine {
  return { ...line, errors: line.errors.filter((error) => error.id !== id) };
}
