import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { Lang } from '../domain';
import { STRINGS } from './strings';
import type { CheckState } from './useCheck';
import type { ClearState } from './useClearMarks';
import type { SaveState } from './useSaveSettings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // The core's messages are full sentences, too long to follow the title on one line.
  body: { display: 'block' },
});

export interface StatusAreaProps {
  lang: Lang;
  check: CheckState;
  clearing: ClearState;
  saving: SaveState;
  className?: string;
}

/** What is under way and how the last actions went, announced to screen readers as it changes. */
export function StatusArea({ lang, check, clearing, saving, className }: StatusAreaProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const progress =
    saving.status === 'saving'
      ? t.saving
      : check.status === 'checking'
        ? t.checking
        : clearing.status === 'clearing'
          ? t.clearing
          : null;
  return (
    <div
      className={mergeClasses(styles.root, className)}
      role="status"
      aria-live="polite"
      aria-label={t.statusLabel}
    >
      {progress && <Spinner size="small" label={progress} labelPosition="after" />}
      {check.status === 'failed' && <Failure title={t.checkFailedTitle} message={check.message} />}
      {clearing.status === 'failed' && <Failure title={t.clearFailedTitle} message={clearing.message} />}
      {saving.status === 'failed' && <Failure title={t.saveFailedTitle} message={saving.message} />}
      {clearing.status === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.cleared(clearing.marks, clearing.notes)}</MessageBarBody>
        </MessageBar>
      )}
      {saving.status === 'saved' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.saved}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** An error in a MessageBar: a short title, then the full sentence as a block of its own. */
export function Failure({ title, message }: { title: string; message: string }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <span className={styles.body}>{message}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
