import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { DelegationSummary as Summary, Lang } from '../domain';
import { formatVnd, maxOf } from '../domain';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  caption: {
    textAlign: 'left',
    color: tokens.colorNeutralForeground2,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  bars: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0 },
  barRow: {
    display: 'grid',
    gridTemplateColumns: '5.5rem minmax(0, 1fr) 2rem',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    listStyleType: 'none',
  },
  track: { height: '0.75rem', backgroundColor: tokens.colorNeutralBackground3 },
  bar: { height: '100%', backgroundColor: tokens.colorBrandBackground },
});

export interface DelegationSummaryProps {
  summary: Summary;
  lang: Lang;
}

/**
 * The delegations list's totals in the pane: people, person-days and amount, delegations and people by
 * quarter as a small table and a bar chart (plain elements: no chart library in the pane's bundle), the
 * most visited countries, and the delegations per lead agency.
 */
export function DelegationSummary({ summary, lang }: DelegationSummaryProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const most = Math.max(
    1,
    maxOf(
      summary.byQuarter.map((q) => q.delegations),
      0,
    ),
  );
  const countries = summary.byCountry.slice(0, 5);
  return (
    <section className={styles.root} aria-label={t.delegationsHeading}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t.delegationsHeading}
      </Text>
      <Text>
        {summary.delegations} {t.delegationsCount.toLowerCase()} ·{' '}
        {t.delegationsTotals(summary.people, summary.personDays, formatVnd(summary.totalAmount))}
      </Text>
      <ul className={styles.bars} aria-label={t.byQuarterCaption}>
        {summary.byQuarter.map((q) => {
          const label = t.quarterName(q.quarter);
          return (
            <li key={label} className={styles.barRow} aria-label={t.chartLabel(label, q.delegations)}>
              <span aria-hidden="true">{label}</span>
              <span className={styles.track} aria-hidden="true">
                <span
                  className={styles.bar}
                  style={{ display: 'block', width: `${(q.delegations / most) * 100}%` }}
                />
              </span>
              <span className={styles.number} aria-hidden="true">
                {q.delegations}
              </span>
            </li>
          );
        })}
      </ul>
      <SummaryTable
        caption={t.byQuarterCaption}
        header={[t.quarterColumn, t.delegationsColumn, t.peopleColumn]}
        rows={summary.byQuarter.map((q) => [t.quarterName(q.quarter), q.delegations, q.people])}
      />
      {countries.length > 0 && (
        <Text>
          {t.topCountries}: {countries.map((c) => `${c.country} (${c.delegations})`).join(', ')}
        </Text>
      )}
      <SummaryTable
        caption={t.byLeadCaption}
        header={[t.leadColumn, t.delegationsColumn, t.amountColumn]}
        rows={summary.byLead.map((lead) => [lead.lead, lead.delegations, formatVnd(lead.amount)])}
      />
    </section>
  );
}

/** A small table: a text column, then number columns aligned right. */
function SummaryTable({
  caption,
  header,
  rows,
}: {
  caption: string;
  header: string[];
  rows: Array<Array<string | number>>;
}) {
  const styles = useStyles();
  const classOf = (column: number) => (column === 0 ? styles.cell : `${styles.cell} ${styles.number}`);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          {header.map((title, column) => (
            <th key={title} className={classOf(column)}>
              {title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells) => (
          <tr key={String(cells[0])}>
            {cells.map((value, column) => (
              <td key={column} className={classOf(column)}>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
