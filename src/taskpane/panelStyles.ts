import { makeStyles, tokens } from '@fluentui/react-components';

/** The layout the pane's sections share: a column, paragraphs without margins, a bulleted list, a button row. */
export const usePanelStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  text: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  plainList: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyleType: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
