import { Button, Checkbox, Text, useId } from '@fluentui/react-components';
import { useState } from 'react';
import type { CellChange, Lang, Renumbering } from '../domain';
import { fixLine } from '../domain';
import { usePanelStyles } from './panelStyles';
import { STRINGS } from './strings';
import type { FixState } from './useApplyFixes';

export interface FixPanelProps {
  lang: Lang;
  /** The preview of the latest check: the cells the safe fixes would rewrite. */
  fixes: readonly CellChange[];
  /** Numbering set right, one group at a time (which number is the slip is the officer's call). */
  renumberings?: readonly Renumbering[];
  fixing: FixState;
  busy: boolean;
  onApply: (changes: readonly CellChange[]) => void;
}

/**
 * "Sửa tự động": the check's safe fixes, previewed cell by cell (old → new), each one the officer's to
 * keep or leave out; "Áp dụng" writes exactly the chosen ones.
 */
export function FixPanel({ lang, fixes, renumberings = [], fixing, busy, onApply }: FixPanelProps) {
  const styles = usePanelStyles();
  const t = STRINGS[lang];
  const headingId = useId('fixes');
  const [open, setOpen] = useState(false);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState(fixes);
  if (shown !== fixes) {
    // A new check, a new preview: every cell chosen again, the list closed.
    setShown(fixes);
    setLeft(new Set());
    setOpen(false);
  }
  if (fixes.length === 0 && renumberings.length === 0 && fixing.status === 'idle') return null;
  const chosen = fixes.filter((change) => !left.has(change.cell));
  const toggle = (cell: string, keep: boolean) =>
    setLeft((previous) => {
      const next = new Set(previous);
      if (keep) next.delete(cell);
      else next.add(cell);
      return next;
    });
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.text}>
        {t.fixHeading}
      </Text>
      {fixing.status === 'done' && (
        <ul className={styles.plainList} role="status" aria-label={t.fixHeading}>
          {fixing.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {fixes.length > 0 && (
        <>
          <Text as="p" className={styles.text}>
            {t.fixIntro(fixes.length)}
          </Text>
          <div className={styles.actions}>
            <Button onClick={() => setOpen(!open)} aria-expanded={open}>
              {open ? t.fixHideButton : t.fixPreviewButton}
            </Button>
            <Button
              appearance="primary"
              disabled={busy || chosen.length === 0}
              onClick={() => onApply(chosen)}
            >
              {fixing.status === 'applying' ? t.fixApplying : t.fixApplyButton(chosen.length)}
            </Button>
          </div>
          <Text as="p" size={200} className={styles.hint}>
            {t.fixApplyNote}
          </Text>
          {open && (
            <ul className={styles.plainList} aria-label={t.fixListLabel}>
              {fixes.map((change) => (
                <li key={change.cell}>
                  <Checkbox
                    checked={!left.has(change.cell)}
                    onChange={(_, data) => toggle(change.cell, data.checked === true)}
                    label={fixLine(change, lang)}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {renumberings.map((renumbering) => (
        <div key={renumbering.changes[0]?.cell} className={styles.panel}>
          <Text as="p" className={styles.text}>
            {t.renumberUnder(renumbering.under)}
          </Text>
          <ul className={styles.list} aria-label={t.renumberUnder(renumbering.under)}>
            {renumbering.changes.map((change) => (
              <li key={change.cell}>{`${change.cell}: ${change.before} → ${change.after}`}</li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button disabled={busy} onClick={() => onApply(renumbering.changes)}>
              {t.renumberApply(renumbering.changes.length)}
            </Button>
          </div>
        </div>
      ))}
    </section>
  );
}
