import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Appendix, CheckOutcome, Field, Lang } from '../domain';
import { kindFieldName, summarize } from '../domain';
import type { Strings } from './strings';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'fit-content(40%) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  detail: { margin: 0, minWidth: 0 },
  heading: { margin: 0 },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(7rem, 1fr))',
    gap: tokens.spacingVerticalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  count: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
});

export interface CheckSummaryProps {
  outcome: CheckOutcome;
  lang: Lang;
  className?: string;
}

/**
 * The counts by severity and what was written, first thing after a check (in sight in a 320 px pane); what
 * was checked comes further down (`CheckFacts`).
 */
export function CheckSummary({ outcome, lang, className }: CheckSummaryProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const { appendix, written } = outcome;
  const summary = summarize(appendix, outcome.findings);
  const counts = [
    { label: t.severity.error, count: summary.errors, className: styles.error },
    { label: t.severity.warning, count: summary.warnings, className: styles.warning },
    { label: t.severity.info, count: summary.infos, className: undefined },
    {
      label: appendix.kind === 'delegations' ? t.delegationsCount : t.tasks,
      count: summary.tasks,
      className: undefined,
    },
  ];
  return (
    <div className={mergeClasses(styles.root, className)}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t.countsHeading}
      </Text>
      <ul className={styles.counts} aria-label={t.countsHeading}>
        {counts.map(({ label, count, className: tone }) => (
          <li key={label} className={mergeClasses(styles.count, tone)}>
            {label}: <strong>{count}</strong>
          </li>
        ))}
      </ul>
      {written.resultSheetRenamed && <Note text={t.resultRenamed(written.resultSheetName)} />}
      {written.notesKept > 0 && <Note text={t.notesKept(written.notesKept)} />}
      {!outcome.capabilities.notes && <Note text={t.notesUnsupported} />}
    </div>
  );
}

/** What was checked: the sheet, the header row and its columns, the plan, the as-of date, the result sheet. */
export function CheckFacts({ outcome, lang, className }: CheckSummaryProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const { appendix, written } = outcome;
  const facts: Array<[string, string]> = [
    [t.sheet, appendix.sheet],
    [t.headerRow, headerText(appendix, lang)],
    [t.plan, planText(appendix, t)],
    [t.asOf, outcome.planDate ? dmy(outcome.planDate) : t.asOfUnknown],
    [t.resultSheet, written.resultSheetName],
  ];
  return (
    <div className={mergeClasses(styles.root, className)}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t.factsHeading}
      </Text>
      <dl className={styles.facts}>
        {facts.map(([term, detail]) => (
          <Fact key={term} term={term} detail={detail} />
        ))}
      </dl>
    </div>
  );
}

function Fact({ term, detail }: { term: string; detail: string }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.detail}>{detail}</dd>
    </>
  );
}

function Note({ text }: { text: string }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/** "5 (TT: A, Nhiệm vụ: B, …)": the row and where each known column was found. */
function headerText(appendix: Appendix, lang: Lang): string {
  const columns = (Object.entries(appendix.columns) as Array<[Field, string]>)
    .map(([field, letter]) => `${kindFieldName(appendix.kind, field, lang)}: ${letter}`)
    .join(', ');
  return columns ? `${appendix.headerRow} (${columns})` : String(appendix.headerRow);
}

function planText(appendix: Appendix, t: Strings): string {
  const { plan } = appendix;
  if (plan.number === null) return t.planMissing;
  const date = plan.date ? t.dated(dmy(plan.date)) : plan.dateText;
  return [plan.documentType, plan.number, date].filter(Boolean).join(' ');
}

/** 2024-03-11 → 11/03/2024. */
export function dmy(iso: string): string {
  return iso.split('-').reverse().join('/');
}
