import { makeStyles, tokens } from '@fluentui/react-components';

export const usePartBoundaryStyles = makeStyles({
  floating: {
    position: 'fixed',
    insetInlineEnd: tokens.spacingHorizontalL,
    insetBlockEnd: tokens.spacingVerticalL,
    maxWidth: 'min(32rem, calc(100vw - 2rem))',
    zIndex: 1000,
    boxShadow: tokens.shadow16,
  },
});
