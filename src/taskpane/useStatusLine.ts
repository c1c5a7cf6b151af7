import { useCallback, useEffect, useReducer } from 'react';
import type { StatusLine, StatusMessage } from './statusLine';
import { dismissError, QUIET, reportStatus } from './statusLine';

type Action = { type: 'report'; message: StatusMessage } | { type: 'dismiss'; id: number };

const reduce = (line: StatusLine, action: Action): StatusLine =>
  action.type === 'report' ? reportStatus(line, action.message) : dismissError(line, action.id);

/** The pane's one status line, and how to dismiss an error. */
export function useStatusLine(): {
  line: StatusLine;
  report: (message: StatusMessage) => void;
  dismiss: (id: number) => void;
} {
  const [line, dispatch] = useReducer(reduce, QUIET);
  const report = useCallback((message: StatusMessage) => dispatch({ type: 'report', message }), []);
  const dismiss = useCallback((id: number) => dispatch({ type: 'dismiss', id }), []);
  return { line, report, dismiss };
}

/**
 * Reports an operation's message each time it changes (a new state of that operation), so the newest
 * operation's word is the one on the line; the same message again is not news.
 */
export function useStatusFeed(report: (message: StatusMessage) => void, message: StatusMessage | null): void {
  const kind = message?.kind;
  const title = message?.title;
  const text = message?.text;
  useEffect(() => {
    if (kind !== undefined && text !== undefined)
      report({ kind, text, ...(title !== undefined ? { title } : {}) });
  }, [report, kind, title, text]);
}
