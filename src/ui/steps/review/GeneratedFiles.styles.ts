import { createFocusOutlineStyle, makeStyles, tokens } from '@fluentui/react-components';

export const useGeneratedFilesStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalM,
    // Beside the viewer once there is room for both (the phone layout picks the file from a drop-down).
    '@media (min-width: 601px)': {
      gridTemplateColumns: 'minmax(9rem, 11rem) minmax(0, 1fr)',
      alignItems: 'start',
      gap: tokens.spacingHorizontalL,
    },
  },
  list: {
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  file: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
  },
  fileName: { display: 'block', overflowWrap: 'anywhere' },
  // The longest option would otherwise widen the drop-down past a phone's screen.
  picker: { minWidth: 0, '& select': { minWidth: 0, textOverflow: 'ellipsis' } },
  fileKind: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
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
