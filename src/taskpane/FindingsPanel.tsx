import { makeStyles, mergeClasses, Text, tokens, useId } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CheckOutcome, Lang } from '../domain';
import { FindingFilters } from './FindingFilters';
import { FindingGroups } from './FindingGroups';
import type { FindingFilter, FindingItem } from './findingView';
import { findingItems, findingView, NO_FILTER } from './findingView';
import { Failure } from './StatusArea';
import { STRINGS } from './strings';
import type { SelectState } from './useSelectCell';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface FindingsPanelProps {
  lang: Lang;
  outcome: CheckOutcome;
  selection: SelectState;
  onSelect: (sheet: string, cell: string) => void;
  className?: string;
}

/** The findings of one check: filters, then the groups; a new outcome starts unfiltered. */
export function FindingsPanel({ lang, outcome, selection, onSelect, className }: FindingsPanelProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const items = useMemo(() => findingItems(outcome, lang), [outcome, lang]);
  const headingId = useId('findings');
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
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
          {selection.status === 'failed' && (
            <Failure title={t.selectFailedTitle} message={selection.message} />
          )}
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
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The first group starts open, so the officer sees findings without a click. */
function firstGroup(items: readonly FindingItem[], filter: FindingFilter, lang: Lang): string[] {
  return findingView(items, filter, lang)
    .groups.slice(0, 1)
    .map((group) => group.code);
}
