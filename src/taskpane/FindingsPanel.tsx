import {
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CheckOutcome, Finding, Lang, Review } from '../domain';
import { formatFinding } from '../domain';
import { FindingFilters } from './FindingFilters';
import { FindingGroups } from './FindingGroups';
import type { FindingFilter, FindingItem } from './findingView';
import { findingItems, findingView, NO_FILTER } from './findingView';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  reviewed: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface FindingsPanelProps {
  lang: Lang;
  outcome: CheckOutcome;
  onSelect: (sheet: string, cell: string) => void;
  /** "Bỏ qua": marks findings reviewed, with the reason typed (may be empty). */
  onReview?: (findings: readonly Finding[], reason: string) => void;
  /** "Tính lại": takes reviews back. */
  onWithdraw?: (reviews: readonly Review[]) => void;
  busy?: boolean;
  className?: string;
}

/** The findings of one check: filters, then the groups; a new outcome starts unfiltered. */
export function FindingsPanel({
  lang,
  outcome,
  onSelect,
  onReview,
  onWithdraw,
  busy = false,
  className,
}: FindingsPanelProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const items = useMemo(() => findingItems(outcome, lang), [outcome, lang]);
  const headingId = useId('findings');
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [reason, setReason] = useState('');
  const [openItems, setOpenItems] = useState<string[]>(() => firstGroup(items, NO_FILTER, lang));
  const [shownItems, setShownItems] = useState(items);
  if (shownItems !== items) {
    // A new check: its rules and agencies differ, so start again (React's "adjust state on a prop change").
    setShownItems(items);
    setFilter(NO_FILTER);
    setOpenItems(firstGroup(items, NO_FILTER, lang));
  }
  const view = useMemo(() => findingView(items, filter, lang), [items, filter, lang]);
  const changeFilter = (next: FindingFilter) => {
    setFilter(next);
    // When no open group is left in view, open the first one, so the filter shows its findings at once.
    const codes = findingView(items, next, lang).groups.map((group) => group.code);
    if (!openItems.some((code) => codes.includes(code))) setOpenItems(codes.slice(0, 1));
  };
  const select = (item: FindingItem) => onSelect(item.sheet, item.cell);
  const review = onReview
    ? (chosen: readonly FindingItem[]) =>
        onReview(
          chosen.map((item) => item.finding),
          reason,
        )
    : undefined;
  return (
    <section className={mergeClasses(styles.root, className)} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t.findingsHeading(view.total)}
      </Text>
      {view.total === 0 ? (
        <Text as="p" className={styles.hint}>
          {t.noFindings}
        </Text>
      ) : (
        <>
          <FindingFilters lang={lang} view={view} filter={filter} onChange={changeFilter} />
          {view.shown === 0 ? (
            <Text as="p" className={styles.hint}>
              {t.noneMatch}
            </Text>
          ) : (
            <>
              <Text as="p" size={200} className={styles.hint}>
                {t.findingHint}
              </Text>
              <FindingGroups
                lang={lang}
                groups={view.groups}
                openItems={openItems}
                onToggle={setOpenItems}
                onSelect={select}
                {...(review ? { onReview: review } : {})}
                busy={busy}
              />
              {review && (
                // Below the list, so the first findings stay in sight; it applies to the next "Bỏ qua".
                <Field label={t.reviewReason} hint={t.reviewHint}>
                  <Input value={reason} onChange={(_, data) => setReason(data.value)} />
                </Field>
              )}
            </>
          )}
        </>
      )}
      {outcome.reviewed.length > 0 && (
        <ReviewedList lang={lang} outcome={outcome} busy={busy} onSelect={onSelect} onWithdraw={onWithdraw} />
      )}
    </section>
  );
}

/** The findings set apart as reviewed: where, what, why; each may be counted again. */
function ReviewedList({
  lang,
  outcome,
  busy,
  onSelect,
  onWithdraw,
}: {
  lang: Lang;
  outcome: CheckOutcome;
  busy: boolean;
  onSelect: (sheet: string, cell: string) => void;
  onWithdraw: ((reviews: readonly Review[]) => void) | undefined;
}) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const headingId = useId('reviewed');
  return (
    <div className={styles.root}>
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {t.reviewedHeading(outcome.reviewed.length)}
      </Text>
      <ul className={styles.reviewed} aria-labelledby={headingId}>
        {outcome.reviewed.map(({ finding, review }) => (
          <li key={`${review.cell}-${review.code}`}>
            <Link onClick={() => onSelect(outcome.appendix.sheet, review.cell)}>{review.cell}</Link>
            {`: ${formatFinding(finding, lang)}${review.reason ? ` — ${review.reason}` : ''} (${review.reviewedAt}) `}
            {onWithdraw && (
              <Button
                size="small"
                appearance="subtle"
                disabled={busy}
                aria-label={t.withdrawLabel(review.cell)}
                onClick={() => onWithdraw([review])}
              >
                {t.withdrawButton}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The first group starts open, so the officer sees findings without a click. */
function firstGroup(items: readonly FindingItem[], filter: FindingFilter, lang: Lang): string[] {
  return findingView(items, filter, lang)
    .groups.slice(0, 1)
    .map((group) => group.code);
}
