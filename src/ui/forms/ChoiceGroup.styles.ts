import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useChoiceGroupStyles = makeStyles({
  group: {
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
  },
  label: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  name: {
    ...typographyStyles.body1Strong,
    color: tokens.colorNeutralForeground1,
  },
  description: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
});
