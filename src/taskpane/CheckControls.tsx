import { Button, Field, makeStyles, mergeClasses, Select, tokens } from '@fluentui/react-components';
import type { Lang } from '../domain';
import { useFitStyles } from './fitStyles';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface CheckControlsProps {
  lang: Lang;
  /** The workbook's sheets, known after the first check; empty before. */
  sheetNames: readonly string[];
  /** The picked sheet, or '' for the active one. */
  sheet: string;
  onSheetChange: (sheet: string) => void;
  onCheck: () => void;
  onClear: () => void;
  /** Something is under way: the buttons stay focusable but do nothing. */
  busy: boolean;
  /** A check has run, so there are marks to clear. */
  canClear: boolean;
  className?: string;
}

/** The sheet to check, **Kiểm tra** and **Xoá đánh dấu**. */
export function CheckControls(props: CheckControlsProps) {
  const { lang, sheetNames, sheet, onSheetChange, onCheck, onClear, busy, canClear, className } = props;
  const styles = useStyles();
  const fit = useFitStyles();
  const t = STRINGS[lang];
  return (
    <div className={mergeClasses(styles.root, className)}>
      <Field label={t.sheetLabel}>
        <Select
          className={fit.select}
          select={{ className: fit.control }}
          value={sheet}
          onChange={(_, data) => onSheetChange(data.value)}
        >
          <option value="">{t.activeSheet}</option>
          {sheetNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons} role="group" aria-label={t.actionsLabel}>
        {/* disabledFocusable keeps keyboard focus on the button while the work goes on. */}
        <Button appearance="primary" onClick={onCheck} disabledFocusable={busy}>
          {t.checkButton}
        </Button>
        <Button onClick={onClear} disabledFocusable={busy || !canClear}>
          {t.clearButton}
        </Button>
      </div>
    </div>
  );
}
