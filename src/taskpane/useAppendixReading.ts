import { useCallback, useEffect, useRef, useState } from 'react';
import type { Appendix, Finding, Lang } from '../domain';
import { formatError, parseAppendix, UnusableWorkbookError, validate } from '../domain';
import type { WorkbookPort } from './port';
import { STRINGS } from './strings';

/** Where reading the active sheet stands; each status carries exactly what the UI can show for it. */
export type AppendixReading =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'ready'; appendix: Appendix; findings: Finding[] }
  | { status: 'failed'; message: string };

/**
 * The "read the active sheet" use case: the workbook through the port (one Office round trip), then the
 * pure core. This is the task pane's one edge for failures: an unusable sheet shows the core's wording,
 * anything else (an Office error, a bug) a generic message with its text. Only the latest read may
 * update the state, so a slow earlier read cannot overwrite a newer result.
 * @example const { reading, read } = useAppendixReading(port, 'vi'); read(); // reading.status === 'reading'
 */
export function useAppendixReading(
  port: WorkbookPort,
  lang: Lang,
): { reading: AppendixReading; read: () => void } {
  const [reading, setReading] = useState<AppendixReading>({ status: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    // Unmounting invalidates any read in flight.
    return () => {
      latest.current += 1;
    };
  }, []);

  const read = useCallback(() => {
    const id = ++latest.current;
    const settle = (next: AppendixReading) => {
      if (latest.current === id) setReading(next);
    };
    setReading({ status: 'reading' });
    port
      .readActiveSheet()
      .then((grid) => {
        const appendix = parseAppendix(grid);
        settle({ status: 'ready', appendix, findings: validate(appendix).findings });
      })
      .catch((error: unknown) => settle({ status: 'failed', message: failureMessage(error, lang) }));
  }, [port, lang]);

  return { reading, read };
}

function failureMessage(error: unknown, lang: Lang): string {
  if (error instanceof UnusableWorkbookError) return formatError(error, lang);
  return STRINGS[lang].unexpected(error instanceof Error ? error.message : String(error));
}
