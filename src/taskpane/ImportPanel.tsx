import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../domain';
import { STRINGS } from './strings';
import type { ImportState } from './useImportPlan';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ImportPanelProps {
  lang: Lang;
  importing: ImportState;
  busy: boolean;
  onImport: (text: string) => void;
}

/**
 * "Lập phụ lục từ văn bản kế hoạch": the officer pastes the plan's text (copied from Word) and gets its
 * tasks as a new appendix sheet, checked at once; what the text leaves out or gets wrong is listed here.
 */
export function ImportPanel({ lang, importing, busy, onImport }: ImportPanelProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const [text, setText] = useState('');
  const working = importing.status === 'importing';
  return (
    <Accordion collapsible>
      <AccordionItem value="import">
        <AccordionHeader as="h2">{t.importHeading}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <Text as="p" className={styles.text}>
              {t.importIntro}
            </Text>
            <Field label={t.importLabel}>
              <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" rows={6} />
            </Field>
            <div>
              <Button
                appearance="primary"
                onClick={() => onImport(text)}
                disabled={busy || working || text.trim() === ''}
              >
                {working ? t.importing : t.importButton}
              </Button>
            </div>
            {importing.status === 'failed' && (
              <Text as="p" role="alert" className={styles.text}>
                {importing.message}
              </Text>
            )}
            {importing.status === 'done' && (
              <>
                <Text as="p" role="status" className={styles.text}>
                  {t.imported(importing.sheet, importing.tasks, importing.sections)}
                </Text>
                {importing.notes.length > 0 && (
                  <ul className={styles.list} aria-label={t.importNotes}>
                    {importing.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
