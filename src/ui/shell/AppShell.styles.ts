import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { NARROW } from '../wizard/StepList.styles.ts';

/** From this width the findings sit in a column beside the step; below it they collapse above the step. */
export const WIDE_QUERY = '(min-width: 75rem)';
const WIDE = `@media ${WIDE_QUERY}`;

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
  // Off screen until focused: the first Tab stop, so keyboard users reach the form without crossing the header.
  skipLink: {
    position: 'absolute',
    insetInlineStart: tokens.spacingHorizontalM,
    top: '-10rem',
    zIndex: 1000,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus': { top: tokens.spacingVerticalS },
  },
  fileInput: {
    display: 'none',
  },
  notices: {
    gridArea: 'notices',
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
    gridTemplateAreas: '"notices notices" "steps findings" "steps panel"',
    gridTemplateRows: 'auto auto 1fr',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    // Rows keep their content's height while the page is shorter than the window (e.g. before a step's form has
    // loaded); stretched rows would shrink once it arrives and move the step up.
    alignContent: 'start',
    [NARROW]: {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateAreas: '"notices" "steps" "findings" "panel"',
      gridTemplateRows: 'auto',
      padding: tokens.spacingHorizontalL,
      gap: tokens.spacingVerticalL,
    },
    [WIDE]: {
      maxWidth: '96rem',
      gridTemplateColumns: '15rem minmax(0, 1fr) 20rem',
      gridTemplateAreas: '"notices notices notices" "steps panel findings"',
      gridTemplateRows: 'auto 1fr',
    },
  },
  steps: {
    gridArea: 'steps',
  },
  findings: {
    gridArea: 'findings',
    minWidth: 0,
    alignSelf: 'stretch',
  },
  panel: {
    gridArea: 'panel',
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
