import type ExcelJS from 'exceljs';
import { useCallback, useRef, useState } from 'react';
import type { Lang, WorkbookPort } from '../domain';
import { formatError, UnusableWorkbookError } from '../domain';
import type { ContentCounts } from '../xlsx';
import { loadWorkbook, workbookBytes, writeBack, xlsxWorkbook } from '../xlsx';
import { downloadFile } from './download';
import { WORKBENCH_STRINGS } from './strings';

export interface OpenWorkbook {
  workbook: ExcelJS.Workbook;
  fileName: string;
  /** The task pane's way to the workbook. */
  port: WorkbookPort;
  /** A new id per file opened: the task pane starts afresh for each. */
  id: number;
  /** The file as opened, and as ExcelJS saved it then: what a download writes back into (`writeBack`). */
  original: Uint8Array;
  pristine: Promise<Uint8Array>;
  /**
   * What the last download could not keep: content of the officer's that sat on a sheet the session changed
   * (a chart on the appendix sheet: ExcelJS drops it), and those sheets. Undefined before a download.
   */
  unkept?: { content: ContentCounts; sheets: string[] };
}

/** Opening a file; the workbook open before stays while the next one opens or fails to. */
export type OpenState =
  | { status: 'opening'; current?: OpenWorkbook }
  | { status: 'ready'; current: OpenWorkbook }
  | { status: 'failed'; message: string; current?: OpenWorkbook };

/** What the sheet area shows: a sheet, and the selected cell in it. */
export interface SheetFocus {
  sheet: string;
  cell?: string;
}

/**
 * The workbench's one workbook: opening .xlsx bytes (the sample, a picked or dropped file), the sheet and
 * cell on screen, downloading, and the WorkbookPort over it that the task pane uses. The port's hooks are
 * what the page does for it: the active sheet is the one on screen, a selected cell is shown, a changed
 * workbook is drawn again (`revision`).
 * @example const { state, open } = useWorkbook('vi'); open(fetchSample(), 'ke-hoach-58.xlsx'); state.current?.port
 */
export function useWorkbook(lang: Lang) {
  const [state, setState] = useState<OpenState>({ status: 'opening' });
  const [focus, setFocus] = useState<SheetFocus>({ sheet: '' });
  const [revision, setRevision] = useState(0);
  // The port asks for the active sheet outside React's rendering: it reads this, kept with the state.
  const focusRef = useRef(focus);
  const focusOn = useCallback((next: SheetFocus) => {
    focusRef.current = next;
    setFocus(next);
  }, []);
  const nextId = useRef(1);
  const current = state.current;

  const open = useCallback(
    (bytes: Promise<Uint8Array>, fileName: string) => {
      setState((previous) => ({ status: 'opening', current: previous.current }));
      bytes
        .then(async (data) => ({ data, workbook: await loadWorkbook(data, fileName) }))
        .then(({ data, workbook }) => {
          const port = xlsxWorkbook(workbook, {
            // The sheet on screen; when it is gone (an agency sheet no longer needed), the one shown instead.
            activeSheet: () => shownSheet(workbook, focusRef.current.sheet),
            onSelect: (sheet, cell) => focusOn({ sheet, cell }),
            onDownload: downloadFile,
            onChange: () => setRevision((n) => n + 1),
            selectedCell: () => {
              const { sheet, cell } = focusRef.current;
              return cell ? { sheet, cell } : undefined;
            },
          });
          focusOn({ sheet: firstSheet(workbook) });
          const id = nextId.current++;
          // Saved once as opened, before any change: what tells a changed sheet from an untouched one.
          const pristine = workbookBytes(workbook);
          pristine.catch(() => undefined);
          setState({ status: 'ready', current: { workbook, fileName, port, id, original: data, pristine } });
        })
        .catch((error: unknown) => {
          const message = openFailure(error, lang);
          setState((previous) => ({ status: 'failed', message, current: previous.current }));
        });
    },
    [lang, focusOn],
  );

  const download = useCallback(() => {
    if (!current) return;
    void (async () => {
      const saved = await workbookBytes(current.workbook);
      const written = await writeBack(current.original, await current.pristine, saved);
      downloadFile(current.fileName, written.bytes);
      const unkept =
        Object.keys(written.dropped).length > 0
          ? { content: written.dropped, sheets: written.replaced }
          : undefined;
      setState((now) =>
        now.current?.id === current.id ? { ...now, current: { ...now.current, unkept } } : now,
      );
    })();
  }, [current]);

  return { state, open, download, focus, focusOn, revision };
}

/** The sheet the page shows for `wanted`: that one while it is there and visible, else the first one. */
export function shownSheet(workbook: ExcelJS.Workbook, wanted: string): string {
  return workbook.getWorksheet(wanted)?.state === 'visible' ? wanted : firstSheet(workbook);
}

/** The sheet Excel would show first: the workbook's active tab if it says, else the first visible sheet. */
function firstSheet(workbook: ExcelJS.Workbook): string {
  const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible');
  const active = workbook.views?.[0]?.activeTab;
  const byTab = active === undefined ? undefined : workbook.worksheets[active];
  return (byTab?.state === 'visible' ? byTab : visible[0])?.name ?? '';
}

/** The core's wording for a file that cannot be used; anything else said as it is. */
function openFailure(error: unknown, lang: Lang): string {
  if (error instanceof UnusableWorkbookError) return formatError(error, lang);
  return WORKBENCH_STRINGS[lang].unexpected(error instanceof Error ? error.message : String(error));
}
