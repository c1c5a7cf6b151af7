import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Lang } from '../domain';
import type { SheetModel, ViewCell } from './sheetModel';
import { markFill } from './sheetModel';
import { WORKBENCH_STRINGS } from './strings';

const ROW_HEADER_PX = 48;

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'end',
    verticalAlign: 'top',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  corner: { left: 0, zIndex: 3 },
  cell: {
    position: 'relative',
    verticalAlign: 'top',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    color: '#000000',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `1px ${tokens.spacingHorizontalXS}`,
  },
  bold: { fontWeight: tokens.fontWeightBold },
  // Excel's red corner for a cell with a note.
  noted: {
    '::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      right: 0,
      borderTop: '7px solid #C00000',
      borderLeft: '7px solid transparent',
    },
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
  },
  link: {
    padding: 0,
    border: 'none',
    background: 'none',
    color: '#0563C1',
    textDecoration: 'underline',
    font: 'inherit',
    cursor: 'pointer',
    textAlign: 'start',
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  truncated: { padding: tokens.spacingHorizontalS },
});

export interface SheetGridProps {
  lang: Lang;
  model: SheetModel;
  /** The selected cell ("E110"), shown outlined and scrolled into view. */
  selected?: string;
  /** Follows an in-workbook link of a cell (the result sheet's and the agency index's). */
  onFollow: (target: { sheet: string; cell: string }) => void;
  className?: string;
}

/**
 * A read-only view of one sheet as an HTML table: column letters and row numbers, merged areas, the
 * check's marks as their fills, notes as tooltips with Excel's red corner, the selected cell outlined.
 * A mark's and a note's meaning is also said in words for screen readers, not by colour alone.
 */
export function SheetGrid({ lang, model, selected, onFollow, className }: SheetGridProps) {
  const styles = useStyles();
  const t = WORKBENCH_STRINGS[lang];
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!selected) return;
    const cell = scroller.current?.querySelector(`[data-cell="${selected}"]`);
    cell?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selected, model]);

  const cell = (view: ViewCell) => (
    <td
      key={view.address}
      data-cell={view.address}
      data-mark={view.mark}
      data-selected={view.address === selected ? 'true' : undefined}
      colSpan={view.colSpan > 1 ? view.colSpan : undefined}
      rowSpan={view.rowSpan > 1 ? view.rowSpan : undefined}
      title={view.note}
      className={mergeClasses(
        styles.cell,
        view.bold && styles.bold,
        view.note && styles.noted,
        view.address === selected && styles.selected,
      )}
      style={{ backgroundColor: view.mark ? markFill(view.mark) : view.fill }}
    >
      {view.link ? (
        <button type="button" className={styles.link} onClick={() => view.link && onFollow(view.link)}>
          {view.text}
        </button>
      ) : (
        view.text
      )}
      {(view.mark || view.note) && (
        <span className={styles.hidden}>
          {` (${[view.mark && t.markLabel[view.mark], view.note && t.hasNote].filter(Boolean).join(', ')})`}
        </span>
      )}
    </td>
  );

  return (
    <div
      ref={scroller}
      className={mergeClasses(styles.scroller, className)}
      role="region"
      aria-label={t.gridLabel(model.name)}
      // A scrolling area must be reachable by keyboard (arrow keys then scroll it).
      tabIndex={0}
    >
      <table className={styles.table}>
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {model.columns.map((column) => (
            <col key={column.letter} style={{ width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.head, styles.corner)}>
              <span className={styles.hidden}>{t.rowHeader}</span>
            </th>
            {model.columns.map((column) => (
              <th key={column.letter} scope="col" className={styles.head}>
                {column.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.rowNumber}>
              <th scope="row" className={styles.rowHead}>
                {row.rowNumber}
              </th>
              {row.cells.map(cell)}
            </tr>
          ))}
        </tbody>
      </table>
      {model.truncatedAt !== undefined && (
        <Text as="p" className={styles.truncated}>
          {t.truncated(model.truncatedAt)}
        </Text>
      )}
    </div>
  );
}
