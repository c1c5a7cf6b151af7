import { useCallback, useState } from 'react';
import type { AgencyLists, Lang, WorkbookPort } from '../domain';
import { agencyWorkbookExport, failureMessage, generateAgencySheets, isAgencySheet } from '../domain';
import { useLatestRun } from './useLatestRun';

export type AgencySheetsState =
  | { status: 'idle' }
  | { status: 'generating' }
  | { status: 'generated'; sheets: number; index: string; renamed: Array<{ wanted: string; name: string }> }
  | { status: 'exporting' }
  | { status: 'exported'; how: 'opened' | 'downloaded' | 'unsupported'; fileName: string }
  | { status: 'listing' }
  | { status: 'confirming'; names: string[] }
  | { status: 'removing' }
  | { status: 'removed'; removed: string[]; kept: string[] }
  | { status: 'failed'; message: string };

/**
 * "Tạo danh sách theo cơ quan" (one sheet per agency and the index, in this workbook) and "Xuất danh sách
 * cơ quan này" (one agency's list as a workbook of its own), and "Gỡ các trang theo cơ quan" (the sheets the
 * former wrote, listed for the officer to confirm, then removed).
 * @example const { agencySheets, generate, exportList } = useAgencySheets(port, 'vi'); generate('Phụ lục 1');
 */
export function useAgencySheets(
  port: WorkbookPort,
  lang: Lang,
): {
  agencySheets: AgencySheetsState;
  generate: (sheetName: string) => void;
  exportList: (lists: AgencyLists, key: string) => void;
  /** Lists the agency sheets the add-in wrote, for the officer to confirm their removal. */
  askRemoval: (sheetName: string) => void;
  remove: (names: readonly string[]) => void;
  cancel: () => void;
} {
  const [agencySheets, setState] = useState<AgencySheetsState>({ status: 'idle' });
  const begin = useLatestRun();
  const settle = useCallback(
    (pending: AgencySheetsState, work: () => Promise<AgencySheetsState>) => {
      const isLatest = begin();
      setState(pending);
      // A synchronous throw (a wiring bug) is reported like a failed promise.
      Promise.resolve()
        .then(work)
        .then((next) => {
          if (isLatest()) setState(next);
        })
        .catch((error: unknown) => {
          if (isLatest()) setState({ status: 'failed', message: failureMessage(error, lang) });
        });
    },
    [begin, lang],
  );
  const generate = useCallback(
    (sheetName: string) =>
      settle({ status: 'generating' }, async () => {
        const result = await generateAgencySheets(port, { sheetName, lang });
        return {
          status: 'generated',
          sheets: result.written.written.length,
          index: result.names.index.name,
          renamed: result.renamed,
        };
      }),
    [port, lang, settle],
  );
  const exportList = useCallback(
    (lists: AgencyLists, key: string) =>
      settle({ status: 'exporting' }, async () => {
        const file = agencyWorkbookExport(lists, key, lang);
        const { how } = await port.exportAgencyWorkbook(file);
        return { status: 'exported', how, fileName: file.fileName };
      }),
    [port, lang, settle],
  );
  const askRemoval = useCallback(
    (sheetName: string) =>
      settle({ status: 'listing' }, async () => {
        const { existing } = await port.read(sheetName);
        const names = existing.sheets.filter(isAgencySheet).map((sheet) => sheet.name);
        return names.length > 0
          ? { status: 'confirming', names }
          : { status: 'removed', removed: [], kept: [] };
      }),
    [port, settle],
  );
  const remove = useCallback(
    (names: readonly string[]) =>
      settle({ status: 'removing' }, async () => ({
        status: 'removed',
        ...(await port.removeAgencySheets(names)),
      })),
    [port, settle],
  );
  const cancel = useCallback(() => settle({ status: 'idle' }, async () => ({ status: 'idle' })), [settle]);
  return { agencySheets, generate, exportList, askRemoval, remove, cancel };
}
