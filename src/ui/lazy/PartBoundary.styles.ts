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
  /** "Opening …", where a dialog will be, while its code arrives. */
  opening: {
    position: 'fixed',
    insetBlockStart: '30vh',
    insetInlineStart: '50%',
    transform: 'translateX(-50%)',
    zIndex: 1000,
    margin: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    borderRadius: tokens.borderRadiusXLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow16,
  },
});
