import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useDataTableStyles = makeStyles({
  wrapper: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  title: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  table: {
    // Columns as wide as their content; the region scrolls when the step is narrower.
    tableLayout: 'auto',
    width: 'max-content',
    minWidth: '100%',
  },
  cell: {
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    whiteSpace: 'nowrap',
  },
  wrap: {
    whiteSpace: 'normal',
    minWidth: '14rem',
    maxWidth: '26rem',
  },
  empty: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});
