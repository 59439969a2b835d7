import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { NARROW } from '../wizard/StepList.styles.ts';

export const useShellStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
  },
  brand: {
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  tagline: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  fileInput: {
    display: 'none',
  },
  notices: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    ':empty': { display: 'none' },
  },
  main: {
    flexGrow: 1,
    width: '100%',
    maxWidth: '72rem',
    margin: '0 auto',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalXXL,
    display: 'grid',
    gridTemplateColumns: '15rem minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    [NARROW]: {
      gridTemplateColumns: 'minmax(0, 1fr)',
      padding: tokens.spacingHorizontalL,
      gap: tokens.spacingVerticalL,
    },
  },
  noticesCell: {
    gridColumn: '1 / -1',
  },
  panel: {
    padding: tokens.spacingHorizontalXXL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    [NARROW]: { padding: tokens.spacingHorizontalL },
  },
  problemList: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
  path: {
    fontFamily: tokens.fontFamilyMonospace,
  },
});
