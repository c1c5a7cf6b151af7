import { useCallback, useState } from 'react';
import type { AgencyRegistry, Lang, WorkbookPort } from '../domain';
import {
  appendixChoices,
  appendixTemplate,
  choicesSheetSpec,
  failureMessage,
  isoDay,
  planTextLines,
} from '../domain';
import { loadPlanText } from './loadPlanText';
import { STRINGS } from './strings';
import { useLatestRun } from './useLatestRun';

export type ImportState =
  | { status: 'idle' }
  | { status: 'importing' }
  | { status: 'done'; sheet: string; tasks: number; sections: number; notes: string[] }
  | { status: 'created'; sheet: string }
  | { status: 'failed'; message: string };

/**
 * "Lập phụ lục từ văn bản": reads the pasted plan text into a task matrix (pure), adds it as a new sheet
 * of the officer's through the port (never replacing one), then hands the sheet to `onAdded` — the pane
 * checks it, as any appendix. A text with no task adds nothing and says why.
 * @example const { importing, start } = useImportPlan(port, 'vi', (sheet) => run(sheet)); start(text);
 */
export function useImportPlan(
  port: WorkbookPort,
  lang: Lang,
  onAdded: (sheet: string) => void,
  blankWith: { now: () => Date; registry: AgencyRegistry },
): { importing: ImportState; start: (text: string) => void; blank: () => void } {
  const [importing, setImporting] = useState<ImportState>({ status: 'idle' });
  const begin = useLatestRun();
  const start = useCallback(
    (text: string) => {
      const isLatest = begin();
      setImporting({ status: 'importing' });
      loadPlanText()
        .then(async ({ importPlanText, planMatrixSheet }) => {
          const imported = importPlanText(text);
          const notes = planTextLines(imported.findings, 'line', lang);
          if (imported.taskCount === 0) {
            if (isLatest()) setImporting({ status: 'failed', message: notes[0] ?? '' });
            return;
          }
          const drawing = planMatrixSheet(imported, { name: STRINGS[lang].importSource, unit: 'line' });
          const { name } = await port.addSheet(drawing);
          if (!isLatest()) return;
          setImporting({
            status: 'done',
            sheet: name,
            tasks: imported.taskCount,
            sections: imported.rows.filter((row) => row.kind === 'section').length,
            notes,
          });
          onAdded(name);
        })
        .catch((error: unknown) => {
          if (isLatest()) setImporting({ status: 'failed', message: failureMessage(error, lang) });
        });
    },
    [port, lang, onAdded, begin],
  );
  // "Tạo trang phụ lục trống": the standard layout, empty, on a new sheet of the officer's, its dropdowns
  // reading the add-in's hidden "Danh sách chọn" (written first: the dropdowns name it); an Excel table
  // when the officer ticked "Dạng bảng Excel".
  const { now, registry } = blankWith;
  const blank = useCallback(
    ({ table }: { table: boolean } = { table: false }) => {
      const isLatest = begin();
      setImporting({ status: 'importing' });
      const choices = choicesSheetSpec(appendixChoices(registry, isoDay(now())));
      port
        .saveHiddenSheet(choices)
        .then(({ name: sheet }) => port.addSheet(appendixTemplate({ sheet, spec: choices }, { table })))
        .then(({ name }) => {
          if (isLatest()) setImporting({ status: 'created', sheet: name });
        })
        .catch((error: unknown) => {
          if (isLatest()) setImporting({ status: 'failed', message: failureMessage(error, lang) });
        });
    },
    [port, lang, begin, now, registry],
  );
  return { importing, start, blank };
}
