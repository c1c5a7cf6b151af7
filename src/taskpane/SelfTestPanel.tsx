import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Lang, SelfTestReport } from '../domain';
import { failureMessage, selfTestStatus, selfTestSummary, selfTestText, selfTestTitle } from '../domain';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { paddingBottom: tokens.spacingVerticalXS },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type State =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; report: SelfTestReport }
  | { status: 'failed'; message: string };

export interface SelfTestPanelProps {
  lang: Lang;
  /** Runs the self-test in Excel (src/excel/selfTest.ts, injected by index.tsx). */
  run: () => Promise<SelfTestReport>;
  /** `taskpane.html?selftest`: open and run at once. */
  startNow?: boolean;
  busy: boolean;
}

/**
 * "Tự kiểm tra", for IT after deploying: runs the checks of each behaviour the add-in relies on, lists them
 * as passed / failed / not available, and offers the report as text to copy and send.
 */
export function SelfTestPanel({ lang, run, startNow = false, busy }: SelfTestPanelProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const [state, setState] = useState<State>({ status: 'idle' });
  const [copied, setCopied] = useState(false);
  const report = useRef<HTMLTextAreaElement>(null);
  const start = () => {
    setCopied(false);
    setState({ status: 'running' });
    run().then(
      (result) => setState({ status: 'done', report: result }),
      (error: unknown) => setState({ status: 'failed', message: failureMessage(error, lang) }),
    );
  };
  const started = useRef(false);
  useEffect(() => {
    if (!startNow || started.current) return;
    started.current = true;
    start();
  });
  const text = state.status === 'done' ? selfTestText(state.report, lang) : '';
  const copy = () => {
    // The clipboard API may be refused inside Office's frame: the report is then selected to copy by hand.
    const select = () => {
      report.current?.select();
      setCopied(document.execCommand?.('copy') ?? false);
    };
    if (navigator.clipboard?.writeText)
      navigator.clipboard.writeText(text).then(() => setCopied(true), select);
    else select();
  };

  return (
    <Accordion collapsible defaultOpenItems={startNow ? ['self-test'] : []}>
      <AccordionItem value="self-test">
        <AccordionHeader as="h2">{t.selfTestHeading}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <Text as="p" className={styles.text}>
              {t.selfTestIntro}
            </Text>
            <div className={styles.actions}>
              <Button onClick={start} disabled={busy || state.status === 'running'}>
                {state.status === 'running' ? t.selfTestRunning : t.selfTestButton}
              </Button>
              {state.status === 'done' && (
                <Button onClick={copy}>{copied ? t.selfTestCopied : t.selfTestCopy}</Button>
              )}
            </div>
            {state.status === 'failed' && (
              <Text as="p" role="alert" className={styles.text}>
                {state.message}
              </Text>
            )}
            {state.status === 'done' && (
              <>
                <Text as="p" className={styles.text}>
                  {selfTestSummary(state.report, lang)}
                </Text>
                <ul className={styles.list} aria-label={t.selfTestHeading}>
                  {state.report.checks.map((check) => (
                    <li key={check.id} className={styles.item}>
                      <span className={check.status === 'failed' ? styles.failed : undefined}>
                        {selfTestStatus(check.status, lang)}
                      </span>
                      {`: ${selfTestTitle(check.id, lang)}${check.detail ? ` — ${check.detail}` : ''}`}
                    </li>
                  ))}
                </ul>
                <Textarea
                  ref={report}
                  readOnly
                  value={text}
                  aria-label={t.selfTestReport}
                  resize="vertical"
                />
              </>
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
