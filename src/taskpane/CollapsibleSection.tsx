import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePanelStyles } from './panelStyles';

/** A section of the pane that opens on demand: its heading is the button (an h2), its content a column. */
export function CollapsibleSection({ heading, children }: { heading: string; children: ReactNode }) {
  const styles = usePanelStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value={heading}>
        <AccordionHeader as="h2">{heading}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>{children}</div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
