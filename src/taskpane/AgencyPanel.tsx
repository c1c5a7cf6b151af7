import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { AgencyList, AgencyLists, CheckOutcome, Lang } from '../domain';
import { agencyRowView, buildAgencyLists, listName } from '../domain';
import { useFitStyles } from './fitStyles';
import { STRINGS } from './strings';
import type { AgencySheetsState } from './useAgencySheets';
import type { RowViewState } from './useRowView';
import { RemoveAgencySheets } from './RemoveAgencySheets';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  text: { margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  generate: { alignSelf: 'flex-start' },
});

export interface AgencyPanelProps {
  lang: Lang;
  outcome: CheckOutcome;
  rowView: RowViewState;
  agencySheets: AgencySheetsState;
  busy: boolean;
  onShow: (view: ReturnType<typeof agencyRowView>, agency: string) => void;
  onRestore: (sheetName: string) => void;
  onGenerate: (sheetName: string) => void;
  onExport: (lists: AgencyLists, key: string) => void;
  /** "Gỡ các trang theo cơ quan": list them and ask, remove the confirmed ones, or leave it. */
  onAskRemoval: (sheetName: string) => void;
  onRemove: (names: readonly string[]) => void;
  onCancel: () => void;
  className?: string;
}

/**
 * The per-agency work on the checked appendix: **Tạo danh sách theo cơ quan** (a sheet per agency and the
 * index), and for the agency picked (lead and supporting tasks counted as the lists count them) **Lọc theo
 * cơ quan** / **Bỏ lọc** on the appendix sheet itself and **Xuất danh sách cơ quan này**; **Gỡ các trang theo
 * cơ quan** removes the sheets the first wrote, after asking.
 */
export function AgencyPanel(props: AgencyPanelProps) {
  const { lang, outcome, rowView, agencySheets, busy, onShow, onRestore, onGenerate, onExport, className } =
    props;
  const { onAskRemoval, onRemove, onCancel } = props;
  const styles = useStyles();
  const fit = useFitStyles();
  const t = STRINGS[lang];
  const headingId = useId('agencies');
  const all = useMemo(() => allListsOf(outcome), [outcome]);
  const lists = useMemo(() => withTasks(all), [all]);
  const [key, setKey] = useState('');
  const picked = lists.find((list) => list.key === key) ?? lists[0];

  return (
    <section className={mergeClasses(styles.root, className)} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t.agencyHeading}
      </Text>
      <Button
        appearance="primary"
        className={styles.generate}
        disabledFocusable={busy}
        onClick={() => onGenerate(outcome.appendix.sheet)}
      >
        {t.generateButton}
      </Button>
      <RemoveAgencySheets
        lang={lang}
        state={agencySheets}
        busy={busy}
        onAsk={() => onAskRemoval(outcome.appendix.sheet)}
        onRemove={onRemove}
        onCancel={onCancel}
      />
      <Text as="p" className={styles.text}>
        {t.agencyIntro}
      </Text>
      <Field label={t.agencyLabel}>
        <Select
          className={fit.select}
          select={{ className: fit.control }}
          value={picked?.key ?? ''}
          onChange={(_, data) => setKey(data.value)}
        >
          {lists.map((list) => (
            <option key={list.key} value={list.key}>
              {t.agencyOption(listName(list, lang), list.led.length + list.supporting.length)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons} role="group" aria-label={t.agencyHeading}>
        <Button
          disabledFocusable={busy || !picked}
          onClick={() => picked && onShow(agencyRowView(outcome.appendix, picked), listName(picked, lang))}
        >
          {t.filterButton}
        </Button>
        <Button disabledFocusable={busy} onClick={() => onRestore(outcome.appendix.sheet)}>
          {t.unfilterButton}
        </Button>
        <Button disabledFocusable={busy || !picked} onClick={() => picked && onExport(all, picked.key)}>
          {t.exportButton}
        </Button>
      </div>
      {rowView.status === 'filtered' && rowView.shared && (
        // Said for as long as the rows stay hidden: others who have the workbook open see it too.
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.filterShared}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The lists as the agency sheets draw them: the workbook's registry, as of the check's date. */
function allListsOf(outcome: CheckOutcome): AgencyLists {
  const { appendix, registry, planDate, analyses, settings } = outcome;
  return buildAgencyLists(appendix, { registry, planDate, analyses, closing: settings });
}

/** The lists that have tasks, in the lists' own order (registry order, collectives, then unidentified). */
function withTasks(lists: AgencyLists): AgencyList[] {
  return lists.lists.filter((list) => list.led.length + list.supporting.length > 0);
}
