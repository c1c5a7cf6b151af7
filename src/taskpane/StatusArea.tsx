import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { Lang } from '../domain';
import type { StatusLine } from './statusLine';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // Stays in sight while the officer scrolls the pane: what happened is never off-screen.
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // The core's messages are full sentences, too long to follow the title on one line.
  body: { display: 'block' },
});

export interface StatusAreaProps {
  lang: Lang;
  line: StatusLine;
  onDismiss: (id: number) => void;
  className?: string;
}

/**
 * The one status line (a polite live region): what is under way or what just happened, replaced by the
 * next; errors below it, newest first, each until dismissed (an assertive alert when it comes).
 */
export function StatusArea({ lang, line, onDismiss, className }: StatusAreaProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const { current, errors } = line;
  return (
    <div className={mergeClasses(styles.root, className)}>
      <div role="status" aria-live="polite" aria-label={t.statusLabel}>
        {current?.kind === 'progress' && <Spinner size="tiny" label={current.text} labelPosition="after" />}
        {current && current.kind !== 'progress' && (
          <MessageBar intent={current.kind} layout="multiline">
            <MessageBarBody>{current.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {errors.map((error) => (
        <MessageBar key={error.id} intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            {error.title && <MessageBarTitle>{error.title}</MessageBarTitle>}
            <span className={styles.body}>{error.text}</span>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={t.dismiss(error.title ?? error.text)}
                onClick={() => onDismiss(error.id)}
              >
                {t.dismissButton}
              </Button>
            }
          />
        </MessageBar>
      ))}
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
