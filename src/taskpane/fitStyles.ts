import { makeStyles } from '@fluentui/react-components';

/**
 * A native select is as wide as its longest option (a long sheet or rule name) and, inside Field's grid,
 * would push the pane wider than 320 px; these let it shrink to the pane and cut the shown option.
 */
export const useFitStyles = makeStyles({
  select: { minWidth: 0, maxWidth: '100%' },
  control: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});
