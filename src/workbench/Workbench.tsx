import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { DragEvent } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../domain';
import type { ContentKind } from '../xlsx';
import { App } from '../taskpane/App';
import { Failure } from '../taskpane/StatusArea';
import { SheetGrid } from './SheetGrid';
import { sheetModel } from './sheetModel';
import { WORKBENCH_STRINGS } from './strings';
import { shownSheet, useWorkbook } from './useWorkbook';
import { WorkbenchToolbar } from './WorkbenchToolbar';

/** The sample appendix, served beside this page (webpack copies it; see webpack.config.js). */
export const SAMPLE_FILE = 'ke-hoach-58-2024-phu-luc.xlsx';
const SAMPLE_URL = `samples/${SAMPLE_FILE}`;

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 340px',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  top: {
    gridColumn: '1 / 3',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  sheetArea: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0 },
  tabs: { flexShrink: 0, overflowX: 'auto', backgroundColor: tokens.colorNeutralBackground1 },
  waiting: { padding: tokens.spacingHorizontalXXL },
  pane: {
    overflowY: 'auto',
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  hint: { color: tokens.colorNeutralForeground2, margin: 0 },
});

async function fetchSample(): Promise<Uint8Array> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * The browser workbench: an .xlsx file open in the page (the sample at first), its sheets on the left and
 * the add-in's own task pane on the right, working on the file through the xlsx WorkbookPort. Files are
 * opened with the picker or by dropping them on the page, and downloaded with everything the pane wrote.
 */
export function Workbench({ lang }: { lang: Lang }) {
  const styles = useStyles();
  const t = WORKBENCH_STRINGS[lang];
  const { state, open, download, focus, focusOn, revision } = useWorkbook(lang);
  const [dropping, setDropping] = useState(false);
  const current = state.current;

  const openSample = useCallback(() => open(fetchSample(), SAMPLE_FILE), [open]);
  useEffect(openSample, [openSample]);
  const openFile = useCallback((file: File) => open(fileBytes(file), file.name), [open]);

  const sheets = useMemo(
    () => current?.workbook.worksheets.filter((sheet) => sheet.state === 'visible') ?? [],
    // The workbook changes in place; `revision` says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current, revision],
  );
  const shownName = current ? shownSheet(current.workbook, focus.sheet) : '';
  const shown = sheets.find((sheet) => sheet.name === shownName);
  const selectedRow = Number(/\d+$/u.exec(focus.cell ?? '')?.[0] ?? 0);
  const model = useMemo(
    () => shown && sheetModel(shown, selectedRow),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown, selectedRow, revision],
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    const file = event.dataTransfer.files[0];
    if (file) openFile(file);
  };

  return (
    <div
      className={mergeClasses(styles.page, dropping && styles.dropping)}
      onDragOver={(event) => {
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <header className={styles.top}>
        <WorkbenchToolbar
          lang={lang}
          fileName={current?.fileName}
          selected={shown && focus.sheet === shown.name ? focus.cell : undefined}
          canDownload={current !== undefined}
          busy={state.status === 'opening'}
          onOpenFile={openFile}
          onOpenSample={openSample}
          onDownload={download}
        />
        <Text as="p" size={200} className={styles.hint}>
          {dropping ? t.dropHint : `${t.dropHint}. ${t.privacy}`}
        </Text>
        <div role="status" aria-live="polite">
          {state.status === 'opening' && <Spinner size="tiny" label={t.opening} labelPosition="after" />}
          {state.status === 'failed' && <Failure title={t.openFailedTitle} message={state.message} />}
        </div>
        {current?.unkept && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.unkeptTitle}</MessageBarTitle>{' '}
              {t.unkept(
                (Object.entries(current.unkept.content) as Array<[ContentKind, number]>)
                  .map(([kind, count]) => `${count} ${t.contentKinds[kind]}`)
                  .join(', '),
                current.unkept.sheets.map((name) => `"${name}"`).join(', '),
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </header>
      <section className={styles.sheetArea} aria-label={t.sheetsLabel}>
        {sheets.length > 0 && (
          <TabList
            className={styles.tabs}
            size="small"
            aria-label={t.sheetsLabel}
            selectedValue={shown?.name}
            onTabSelect={(_, data) => focusOn({ sheet: String(data.value) })}
          >
            {sheets.map((sheet) => (
              <Tab key={sheet.id} value={sheet.name}>
                {sheet.name}
              </Tab>
            ))}
          </TabList>
        )}
        {model ? (
          <SheetGrid
            lang={lang}
            model={model}
            selected={focus.sheet === model.name ? focus.cell : undefined}
            onFollow={(target) => focusOn(target)}
          />
        ) : (
          <Spinner className={styles.waiting} label={t.opening} />
        )}
      </section>
      {/* The task pane brings its own <main> landmark, as it has inside Excel. */}
      <div className={styles.pane}>{current && <App key={current.id} port={current.port} lang={lang} />}</div>
    </div>
  );
}
