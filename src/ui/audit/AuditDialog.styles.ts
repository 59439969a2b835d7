import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useAuditStyles = makeStyles({
  surface: {
    maxWidth: 'min(48rem, calc(100vw - 2rem))',
    width: '100%',
    boxSizing: 'border-box',
  },
  content: {
    display: 'grid',
    minWidth: 0,
    gap: tokens.spacingVerticalM,
  },
  prose: {
    margin: 0,
  },
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  pickers: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(16rem, 100%), 1fr))',
  },
  combobox: {
    minWidth: 0,
    width: '100%',
  },
  section: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  itemTitle: {
    ...typographyStyles.body1Strong,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  bulleted: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  path: {
    ...typographyStyles.caption1,
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
  },
  factRow: {
    display: 'contents',
  },
  term: {
    ...typographyStyles.body1Strong,
  },
  value: {
    margin: 0,
    overflowWrap: 'anywhere',
  },
  textarea: {
    minHeight: '10rem',
    fontFamily: tokens.fontFamilyMonospace,
  },
  hiddenInput: {
    display: 'none',
  },
});
