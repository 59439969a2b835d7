import { createFocusOutlineStyle, makeStyles, tokens } from '@fluentui/react-components';

export const useGeneratedFilesStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalM },
  tabs: { flexWrap: 'wrap' },
  panel: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalS },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  status: { margin: 0, minHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground2 },
  viewer: {
    maxHeight: '60vh',
    overflow: 'auto',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ...createFocusOutlineStyle(),
    '& pre': {
      margin: 0,
      padding: tokens.spacingHorizontalL,
      minHeight: '100%',
      boxSizing: 'border-box',
      fontFamily: tokens.fontFamilyMonospace,
      width: 'max-content',
      minWidth: '100%',
    },
  },
  wrap: {
    '& pre': { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', width: 'auto' },
  },
});
