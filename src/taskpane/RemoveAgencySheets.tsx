import { Button, Text } from '@fluentui/react-components';
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
    </div>
  );
}
