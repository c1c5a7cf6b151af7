import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Lang } from '../domain';
import { AppendixSummary } from './AppendixSummary';
import type { WorkbookPort } from './port';
import { STRINGS } from './strings';
import { useAppendixReading } from './useAppendixReading';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    boxSizing: 'border-box',
    // Fill the pane so a dark Office theme does not end in a white band below the content.
    minHeight: '100vh',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    // Task names and sheet names are long Vietnamese phrases; the pane can be 320 px wide.
    overflowWrap: 'anywhere',
  },
  result: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  text: { margin: 0 },
  button: { alignSelf: 'flex-start' },
});

export interface AppProps {
  /** The workbook, reached only through the port (Office.js in Excel, in-memory in tests). */
  port: WorkbookPort;
  lang: Lang;
}

/** The task pane: one action (read the active sheet) and what came of it. */
export function App({ port, lang }: AppProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const { reading, read } = useAppendixReading(port, lang);
  const busy = reading.status === 'reading';
  return (
    <main className={styles.root} lang={lang}>
      <Text as="h1" size={500} weight="semibold" className={styles.text}>
        {t.title}
      </Text>
      <Text as="p" className={styles.text}>
        {t.intro}
      </Text>
      {/* disabledFocusable keeps keyboard focus on the button while it waits. */}
      <Button appearance="primary" className={styles.button} onClick={read} disabledFocusable={busy}>
        {t.readButton}
      </Button>
      <section className={styles.result} aria-label={t.resultLabel} aria-live="polite" aria-busy={busy}>
        {reading.status === 'reading' && <Spinner size="small" label={t.reading} />}
        {reading.status === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.failedTitle}</MessageBarTitle>
              {/* A block of its own: the core's messages are full sentences, too long to follow the title. */}
              <div>{reading.message}</div>
            </MessageBarBody>
          </MessageBar>
        )}
        {reading.status === 'ready' && (
          <AppendixSummary appendix={reading.appendix} findings={reading.findings} lang={lang} />
        )}
      </section>
    </main>
  );
}
