import { makeStyles, tokens } from '@fluentui/react-components';

/** What the signed-in finders of the workspace step list: one line per resource found, with its button. */
export const useFinderStyles = makeStyles({
  found: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  problem: {
    color: tokens.colorPaletteRedForeground1,
  },
});
