import {
  Button,
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { AccordionToggleEventHandler } from '@fluentui/react-components';
import type { Lang, Severity } from '../domain';
import type { FindingGroup, FindingItem } from './findingView';
import { isReviewable } from '../domain';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  item: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  header: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0 },
  count: { color: tokens.colorNeutralForeground2 },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  finding: {
    display: 'block',
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  focus: createFocusOutlineStyle(),
  where: { fontWeight: tokens.fontWeightSemibold },
  cells: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
});

export interface FindingGroupsProps {
  lang: Lang;
  groups: readonly FindingGroup[];
  /** Codes of the open groups. */
  openItems: readonly string[];
  onToggle: (openItems: string[]) => void;
  onSelect: (item: FindingItem) => void;
  /** Marks findings reviewed ("Bỏ qua"); absent where the officer cannot (nothing to save them in). */
  onReview?: (items: readonly FindingItem[]) => void;
  busy?: boolean;
  className?: string;
}

/**
 * The findings grouped by rule, several groups open at once; each finding is a button that selects its
 * cell. The same wording on several cells is one entry: its button selects the first cell, a small button
 * per other cell selects that one. The group's severity is said in words; its colour only repeats it.
 */
export function FindingGroups({
  lang,
  groups,
  openItems,
  onToggle,
  onSelect,
  onReview,
  busy = false,
  className,
}: FindingGroupsProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const tone: Record<Severity, string> = { error: styles.error, warning: styles.warning, info: styles.info };
  const toggle: AccordionToggleEventHandler<string> = (_, data) => onToggle(data.openItems);
  return (
    <Accordion multiple collapsible openItems={[...openItems]} onToggle={toggle} className={className}>
      {groups.map((group) => (
        <AccordionItem
          key={group.code}
          value={group.code}
          className={mergeClasses(styles.item, tone[group.severity])}
        >
          <AccordionHeader as="h3">
            <span className={styles.header}>
              <span>{group.title}</span>{' '}
              <Text size={200} className={styles.count}>
                {t.groupCount(t.severity[group.severity], group.items.length)}
              </Text>
            </span>
          </AccordionHeader>
          {/* No opening motion: its layout work grew with the number of findings (issue 17). */}
          <AccordionPanel collapseMotion={null}>
            {onReview && group.items.filter(isReviewableItem).length > 1 && (
              <Button
                size="small"
                appearance="subtle"
                disabled={busy}
                onClick={() => onReview(group.items.filter(isReviewableItem))}
              >
                {t.reviewGroup(group.items.filter(isReviewableItem).length)}
              </Button>
            )}
            <ul className={styles.list}>
              {group.entries.map((entry) => {
                const [first, ...others] = entry.items;
                if (!first) return null;
                return (
                  <li key={entry.key}>
                    <button
                      type="button"
                      className={mergeClasses(styles.finding, styles.focus)}
                      onClick={() => onSelect(first)}
                    >
                      <span className={styles.where}>
                        {others.length > 0 ? t.repeatedWhere(first.where, entry.items.length) : first.where}:
                      </span>{' '}
                      {entry.message}
                    </button>
                    {onReview && entry.items.some(isReviewableItem) && (
                      <Button
                        size="small"
                        appearance="subtle"
                        disabled={busy}
                        aria-label={t.reviewLabel(
                          others.length > 0 ? t.repeatedWhere(first.where, entry.items.length) : first.where,
                        )}
                        onClick={() => onReview(entry.items.filter(isReviewableItem))}
                      >
                        {t.reviewButton}
                      </Button>
                    )}
                    {others.length > 0 && (
                      <span role="group" className={styles.cells} aria-label={t.otherCells}>
                        {others.map((item) => (
                          <button
                            key={item.key}
                            type="button"
                            className={mergeClasses(styles.cell, styles.focus)}
                            onClick={() => onSelect(item)}
                          >
                            {item.where}
                          </button>
                        ))}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

/** A finding on a cell of the checked sheet: the officer may mark it reviewed. */
function isReviewableItem(item: FindingItem): boolean {
  return isReviewable(item.finding);
}
