import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useFindingsPanelStyles = makeStyles({
  column: {
    position: 'sticky',
    top: tokens.spacingVerticalL,
    maxHeight: `calc(100vh - 2 * ${tokens.spacingVerticalL})`,
    overflowY: 'auto',
    boxSizing: 'border-box',
    display: 'grid',
    alignContent: 'start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  collapsible: {
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  disclosureHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  disclosureButton: {
    width: '100%',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    textAlign: 'start',
  },
  disclosureTitle: {
    ...typographyStyles.subtitle2,
  },
  disclosureAction: {
    ...typographyStyles.body1,
    flexShrink: 0,
  },
  disclosureContent: {
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  content: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  counts: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  reviewed: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  group: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  groupTitle: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  groupToggle: {
    justifySelf: 'start',
  },
  empty: {
    ...typographyStyles.body1,
    margin: 0,
  },
});
