import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { Appendix, Field, Finding, Lang } from '../domain';
import { FIELD_TITLES, summarize } from '../domain';
import { FindingList } from './FindingList';
import type { Strings } from './strings';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  detail: { margin: 0, minWidth: 0 },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(8rem, 1fr))',
    gap: tokens.spacingVerticalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  heading: { margin: 0 },
});

export interface AppendixSummaryProps {
  appendix: Appendix;
  /** The rule catalogue's findings (validate), not only the parser's. */
  findings: readonly Finding[];
  lang: Lang;
  className?: string;
}

/** What was read: the sheet, its header row and plan, the counts, and the findings. */
export function AppendixSummary({ appendix, findings, lang, className }: AppendixSummaryProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const summary = summarize(appendix, findings);
  const counts: Array<[string, number]> = [
    [t.sections, summary.sections],
    [t.groups, summary.groups],
    [t.tasks, summary.tasks],
    [t.continuationRows, summary.continuationRows],
  ];
  return (
    <div className={mergeClasses(styles.root, className)}>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.sheet}</dt>
        <dd className={styles.detail}>{appendix.sheet}</dd>
        <dt className={styles.term}>{t.headerRow}</dt>
        <dd className={styles.detail}>{headerText(appendix)}</dd>
        <dt className={styles.term}>{t.plan}</dt>
        <dd className={styles.detail}>{planText(appendix, t)}</dd>
      </dl>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t.countsHeading}
      </Text>
      <ul className={styles.counts} aria-label={t.countsHeading}>
        {counts.map(([label, count]) => (
          <li key={label}>
            {label}: <strong>{count}</strong>
          </li>
        ))}
      </ul>
      <FindingList findings={findings} lang={lang} />
    </div>
  );
}

/** "5 (TT: A, Nhiệm vụ: B, …)": the row and where each known column was found. */
function headerText(appendix: Appendix): string {
  const columns = (Object.entries(appendix.columns) as Array<[Field, string]>)
    .map(([field, letter]) => `${FIELD_TITLES[field]}: ${letter}`)
    .join(', ');
  return columns ? `${appendix.headerRow} (${columns})` : String(appendix.headerRow);
}

function planText(appendix: Appendix, t: Strings): string {
  const { plan } = appendix;
  if (plan.number === null) return t.planMissing;
  const date = plan.date ? t.dated(plan.date.split('-').reverse().join('/')) : plan.dateText;
  return [plan.documentType, plan.number, date].filter(Boolean).join(' ');
}
