import { makeStyles, tokens } from '@fluentui/react-components';

export const useAzureActionsStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});
