import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useCapacityMeterStyles = makeStyles({
  root: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    maxWidth: '40rem',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  label: {
    ...typographyStyles.body1Strong,
    color: tokens.colorNeutralForeground1,
  },
  state: {
    ...typographyStyles.body1Strong,
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  fitsText: { color: tokens.colorStatusSuccessForeground2 },
  tightText: { color: tokens.colorStatusWarningForeground2 },
  shortText: { color: tokens.colorStatusDangerForeground2 },
  track: {
    height: '0.5rem',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground5,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    overflow: 'hidden',
  },
  fill: {
    height: '100%',
    borderRadius: tokens.borderRadiusMedium,
    transitionProperty: 'width',
    transitionDuration: tokens.durationNormal,
    '@media (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
  },
  fitsFill: { backgroundColor: tokens.colorStatusSuccessBackground3 },
  tightFill: { backgroundColor: tokens.colorStatusWarningBackground3 },
  shortFill: { backgroundColor: tokens.colorStatusDangerBackground3 },
  text: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground1,
  },
  detail: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});
