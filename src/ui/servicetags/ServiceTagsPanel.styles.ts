import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useServiceTagsPanelStyles = makeStyles({
  panel: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    color: tokens.colorNeutralForeground1,
  },
  prose: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground1,
  },
  zone: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  zoneOver: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: {
    ...typographyStyles.body1,
    maxWidth: '100%',
    color: tokens.colorNeutralForeground1,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
  hint: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  row: {
    display: 'contents',
  },
  term: {
    ...typographyStyles.body1Strong,
    color: tokens.colorNeutralForeground1,
  },
  value: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
  tableWrap: {
    overflowX: 'auto',
    minWidth: 0,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  table: {
    tableLayout: 'auto',
    minWidth: '30rem',
  },
  tagCell: {
    overflowWrap: 'anywhere',
  },
  notices: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalS,
  },
  noticeBody: {
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
});
