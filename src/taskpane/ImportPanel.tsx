import { Button, Checkbox, Field, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../domain';
import { usePanelStyles } from './panelStyles';
import { CollapsibleSection } from './CollapsibleSection';
import { STRINGS } from './strings';
import type { CompareState } from './useComparePlan';
import type { ImportState } from './useImportPlan';

export interface ImportPanelProps {
  lang: Lang;
  importing: ImportState;
  comparing: CompareState;
  busy: boolean;
  onImport: (text: string) => void;
  /** Adds an empty appendix in the standard layout, as an Excel table when the officer ticked it. */
  onBlank: (options: { table: boolean }) => void;
  /** Compares the text with the appendix on the sheet chosen above. */
  onCompare: (text: string) => void;
}

/**
 * "Lập phụ lục từ văn bản kế hoạch": the officer pastes the plan's text (copied from Word) and gets its
 * tasks as a new appendix sheet, checked at once; what the text leaves out or gets wrong is listed here.
 */
export function ImportPanel({
  lang,
  importing,
  comparing,
  busy,
  onImport,
  onBlank,
  onCompare,
}: ImportPanelProps) {
  const styles = usePanelStyles();
  const t = STRINGS[lang];
  const [text, setText] = useState('');
  const [asTable, setAsTable] = useState(false);
  const working = importing.status === 'importing' || comparing.status === 'comparing';
  return (
    <CollapsibleSection heading={t.importHeading}>
      <Text as="p" className={styles.text}>
        {t.blankIntro}
      </Text>
      <Checkbox
        checked={asTable}
        onChange={(_, data) => setAsTable(data.checked === true)}
        label={t.blankAsTable}
      />
      <div>
        <Button onClick={() => onBlank({ table: asTable })} disabled={busy || working}>
          {t.blankButton}
        </Button>
      </div>
      <Text as="p" className={styles.text}>
        {t.importIntro}
      </Text>
      <Field label={t.importLabel}>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" rows={6} />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => onImport(text)}
          disabled={busy || working || text.trim() === ''}
        >
          {importing.status === 'importing' ? t.importing : t.importButton}
        </Button>
        <Button onClick={() => onCompare(text)} disabled={busy || working || text.trim() === ''}>
          {comparing.status === 'comparing' ? t.comparing : t.compareButton}
        </Button>
      </div>
      {importing.status === 'done' && importing.notes.length > 0 && (
        <ul className={styles.list} aria-label={t.importNotes}>
          {importing.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {comparing.status === 'done' && (
        <section aria-label={t.compareResult(comparing.sheet)} className={styles.panel}>
          <Text as="p" className={styles.text}>
            {`${t.compareResult(comparing.sheet)}: ${comparing.report.summary}`}
          </Text>
          {comparing.report.sections.map((section) => (
            <div key={section.heading}>
              <Text as="h3" weight="semibold" className={styles.text}>
                {section.heading}
              </Text>
              <ul className={styles.list} aria-label={section.heading}>
                {section.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </CollapsibleSection>
  );
}
