import {
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
  Toolbar,
  ToolbarButton,
} from '@fluentui/react-components';
import { useRef } from 'react';
import type { Lang } from '../domain';
import { WORKBENCH_STRINGS } from './strings';

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  title: { margin: 0 },
  file: { minWidth: 0, overflowWrap: 'anywhere' },
  nameBox: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  input: { width: '9rem' },
});

export interface WorkbenchToolbarProps {
  lang: Lang;
  fileName?: string;
  /** The selected cell, as Excel's name box shows it. */
  selected?: string;
  /** A workbook is open and can be downloaded. */
  canDownload: boolean;
  /** A file is being opened: the commands stay focusable but do nothing. */
  busy: boolean;
  onOpenFile: (file: File) => void;
  onOpenSample: () => void;
  onDownload: () => void;
  className?: string;
}

/** The page's own commands: open an .xlsx (or the sample again), download it, and where the selection is. */
export function WorkbenchToolbar(props: WorkbenchToolbarProps) {
  const { lang, fileName, selected, canDownload, busy, onOpenFile, onOpenSample, onDownload, className } =
    props;
  const styles = useStyles();
  const t = WORKBENCH_STRINGS[lang];
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={mergeClasses(styles.root, className)}>
      <Text as="p" weight="semibold" className={styles.title}>
        {t.pageTitle}
      </Text>
      <Toolbar aria-label={t.toolbarLabel} size="small">
        <ToolbarButton appearance="primary" onClick={() => input.current?.click()}>
          {t.open}
        </ToolbarButton>
        <ToolbarButton onClick={onOpenSample}>{t.sample}</ToolbarButton>
        <ToolbarButton disabledFocusable={!canDownload || busy} onClick={onDownload}>
          {t.download}
        </ToolbarButton>
      </Toolbar>

      <input
        ref={input}
        type="file"
        accept={XLSX_ACCEPT}
        hidden
        aria-label={t.openInput}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file picked again must open again.
          event.target.value = '';
          if (file) onOpenFile(file);
        }}
      />
      <Text className={styles.file}>
        {t.fileLabel}: <strong>{fileName ?? t.noFile}</strong>
      </Text>
      <Field label={t.selectedCell} orientation="horizontal" className={styles.nameBox}>
        <Input readOnly size="small" className={styles.input} value={selected ?? ''} />
      </Field>
    </div>
  );
}
