import { createFocusOutlineStyle, makeStyles, tokens } from '@fluentui/react-components';

export const useReviewStepStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalL,
  },
  json: {
    position: 'relative',
    margin: 0,
    maxHeight: '60vh',
    overflow: 'auto',
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ...createFocusOutlineStyle(),
  },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
  },
});
