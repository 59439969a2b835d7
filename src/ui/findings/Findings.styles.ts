import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Shared look of findings in the step summary and the findings panel. */
export const useFindingsStyles = makeStyles({
  summary: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    ':focus': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  summaryHeader: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  counts: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
  },
  error: { borderInlineStartColor: tokens.colorStatusDangerBorderActive },
  warning: { borderInlineStartColor: tokens.colorStatusWarningBorderActive },
  info: { borderInlineStartColor: tokens.colorBrandStroke1 },
  message: {
    ...typographyStyles.body1,
    margin: 0,
    overflowWrap: 'anywhere',
  },
  meta: {
    ...typographyStyles.caption1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
  ruleId: {
    fontFamily: tokens.fontFamilyMonospace,
  },
  note: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});
