import { createFocusOutlineStyle, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useNetworkDiagramStyles = makeStyles({
  root: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalM,
  },
  text: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground1 },
  canvas: {
    overflowX: 'auto',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ...createFocusOutlineStyle(),
  },
  // Below this width the text would be too small to read, so the drawing scrolls sideways instead.
  svg: { width: '100%', minWidth: '540px', height: 'auto' },
  exportBar: { display: 'grid', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  description: { display: 'grid', gap: tokens.spacingVerticalS },
  listTitle: { ...typographyStyles.body1Strong, margin: 0, color: tokens.colorNeutralForeground1 },
  list: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    color: tokens.colorNeutralForeground1,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
});
