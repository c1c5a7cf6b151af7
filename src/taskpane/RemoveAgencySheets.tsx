import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import type { Lang } from '../domain';
import { usePanelStyles } from './panelStyles';
import { STRINGS } from './strings';
import type { AgencySheetsState } from './useAgencySheets';

export interface RemoveAgencySheetsProps {
  lang: Lang;
  state: AgencySheetsState;
  busy: boolean;
  onAsk: () => void;
  onRemove: (names: readonly string[]) => void;
  onCancel: () => void;
}

/**
 * "Gỡ các trang theo cơ quan": first lists the sheets the add-in wrote and asks (deleting a sheet cannot
 * be undone), then removes those still its own and says which were kept as the officer's.
 */
export function RemoveAgencySheets({
  lang,
  state,
  busy,
  onAsk,
  onRemove,
  onCancel,
}: RemoveAgencySheetsProps) {
  const styles = usePanelStyles();
  const t = STRINGS[lang];
  if (state.status === 'listing') return <Spinner size="tiny" label={t.listingSheets} />;
  if (state.status === 'removing') return <Spinner size="tiny" label={t.removingSheets} />;
  if (state.status === 'confirming')
    return (
      <div className={styles.panel} role="alertdialog" aria-label={t.removeSheetsButton}>
        <Text as="p" className={styles.text}>
          {t.removeConfirm(state.names.length)}
        </Text>
        <ul className={styles.list} aria-label={t.removeSheetsLabel}>
          {state.names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => onRemove(state.names)}>
            {t.removeConfirmButton(state.names.length)}
          </Button>
          <Button onClick={onCancel}>{t.removeCancel}</Button>
        </div>
      </div>
    );
  return (
    <div className={styles.panel}>
      <div>
        <Button disabledFocusable={busy} onClick={onAsk}>
          {t.removeSheetsButton}
        </Button>
      </div>
      {state.status === 'removed' && (
        <MessageBar intent={state.kept.length > 0 ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            {t.removedSheets(state.removed.length)}
            {state.kept.length > 0 && ` ${t.keptSheets(state.kept.join(', '))}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
