import { createFocusOutlineStyle, makeStyles, tokens } from '@fluentui/react-components';

export const useFlowTableStyles = makeStyles({
  scroller: {
    overflowX: 'auto',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ...createFocusOutlineStyle(),
  },
  table: { minWidth: '520px', tableLayout: 'fixed' },
  remoteColumn: { width: '9rem' },
  verdictColumn: { width: '6.5rem' },
  ruleColumn: { width: '9.5rem' },
  // Rows are read, not chosen: no hover highlight, which would also lower the contrast of the verdicts.
  row: {
    ':hover': { backgroundColor: 'transparent' },
    ':active': { backgroundColor: 'transparent' },
  },
  cell: { verticalAlign: 'top', paddingBlock: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  flow: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  remote: { fontWeight: tokens.fontWeightSemibold },
  ruleName: { fontWeight: tokens.fontWeightSemibold },
  ruleMeta: { display: 'block' },
  why: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  symbol: { marginRight: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightBold },
  allowed: { color: tokens.colorStatusSuccessForeground1, whiteSpace: 'nowrap' },
  denied: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  unknown: { color: tokens.colorStatusWarningForeground1, whiteSpace: 'nowrap' },
  note: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  counts: { margin: 0 },
  cards: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  card: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  cardTitle: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});
