import {
  createFocusOutlineStyle,
  makeStyles,
  shorthands,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';

/** Below this width the step list sits above the form as a wrapped row. */
export const NARROW = '@media (max-width: 47.99rem)';

export const useStepListStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
    [NARROW]: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  },
  step: {
    ...typographyStyles.body1,
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    minHeight: '36px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':disabled': {
      cursor: 'default',
      color: tokens.colorNeutralForegroundDisabled,
      backgroundColor: 'transparent',
    },
    [NARROW]: { width: 'auto', ...typographyStyles.caption1 },
    ...createFocusOutlineStyle(),
  },
  current: {
    ...typographyStyles.body1Strong,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
    [NARROW]: { ...typographyStyles.caption1Strong },
  },
  number: {
    ...typographyStyles.caption1Strong,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    width: '24px',
    height: '24px',
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid currentColor`,
  },
  title: {
    flexGrow: 1,
  },
  badges: {
    display: 'inline-flex',
    flexShrink: 0,
    gap: tokens.spacingHorizontalXXS,
  },
  numberCurrent: {
    backgroundColor: tokens.colorBrandBackground,
    ...shorthands.borderColor(tokens.colorBrandBackground),
    color: tokens.colorNeutralForegroundOnBrand,
  },
});
