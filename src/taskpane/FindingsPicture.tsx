import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CheckOutcome, Lang, Severity } from '../domain';
import { countsInWords, findingsBySection, maxOf, sectionLabel } from '../domain';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  label: {
    display: 'block',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase200,
  },
  bar: { display: 'flex', height: '6px', borderRadius: tokens.borderRadiusSmall, overflow: 'hidden' },
  error: { backgroundColor: tokens.colorPaletteRedBackground3 },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  info: { backgroundColor: tokens.colorNeutralStroke1 },
  counts: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Where the problems are: one light bar per top-level section, its length the section's findings against
 * the busiest section's, coloured by severity, with the counts in words beside it (the colours only repeat
 * them). Plain elements and Fluent tokens: no chart library, no animation.
 */
export function FindingsPicture({ outcome, lang }: { outcome: CheckOutcome; lang: Lang }) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const rows = useMemo(() => findingsBySection(outcome.appendix, outcome.findings), [outcome]);
  if (rows.length < 2) return null;
  const total = (row: (typeof rows)[number]) => row.counts.error + row.counts.warning + row.counts.info;
  const most = Math.max(1, maxOf(rows.map(total)));
  return (
    <ul className={styles.list} aria-label={t.pictureLabel}>
      {rows.map((row) => (
        <li key={`${row.tt}|${row.title}`}>
          <Text className={styles.label}>{sectionLabel(row, lang)}</Text>
          <div className={styles.bar} style={{ width: `${(100 * total(row)) / most}%` }} aria-hidden="true">
            {SEVERITIES.filter((severity) => row.counts[severity] > 0).map((severity) => (
              <span key={severity} className={styles[severity]} style={{ flexGrow: row.counts[severity] }} />
            ))}
          </div>
          <Text className={styles.counts}>{countsInWords(row.counts, lang)}</Text>
        </li>
      ))}
    </ul>
  );
}
