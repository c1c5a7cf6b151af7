import { useCallback, useState } from 'react';
import type { Lang, Settings, WorkbookPort } from '../domain';
import { failureMessage, settingsSheetSpec } from '../domain';
import { useLatestRun } from './useLatestRun';

export type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; message: string };

/**
 * The "Lưu cài đặt" use case: writes the settings sheet through the port, then calls `onSaved` (the pane
 * checks again, so the results follow the new settings).
 * @example const { saving, save } = useSaveSettings(port, 'vi', () => run()); save({ rules: {} });
 */
export function useSaveSettings(
  port: WorkbookPort,
  lang: Lang,
  onSaved: () => void,
): { saving: SaveState; save: (settings: Settings) => void; reset: () => void } {
  const [saving, setSaving] = useState<SaveState>({ status: 'idle' });
  const begin = useLatestRun();
  const save = useCallback(
    (settings: Settings) => {
      const isLatest = begin();
      setSaving({ status: 'saving' });
      port
        .saveHiddenSheet(settingsSheetSpec(settings, lang))
        .then(() => {
          if (!isLatest()) return;
          setSaving({ status: 'saved' });
          onSaved();
        })
        .catch((error: unknown) => {
          if (isLatest()) setSaving({ status: 'failed', message: failureMessage(error, lang) });
        });
    },
    [port, lang, onSaved, begin],
  );
  const reset = useCallback(() => {
    begin();
    setSaving({ status: 'idle' });
  }, [begin]);
  return { saving, save, reset };
}
