import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useShareDialogStyles = makeStyles({
  content: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
  },
  intro: {
    margin: 0,
  },
  status: {
    ...typographyStyles.body1Strong,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '1.5rem',
  },
  copied: {
    color: tokens.colorPaletteGreenForeground1,
  },
  link: {
    fontFamily: tokens.fontFamilyMonospace,
  },
});
