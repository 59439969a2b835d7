import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Shared layout of step forms: stacked groups, each a titled set of fields in one or two columns. */
export const useFormLayoutStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalXXL,
  },
  group: {
    display: 'grid',
    gap: tokens.spacingVerticalL,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  groupTitle: {
    ...typographyStyles.subtitle2,
    margin: 0,
    padding: 0,
    color: tokens.colorNeutralForeground1,
  },
  /** A sentence in a group that says why a field is as it is. */
  note: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  /** A button in a group that opens more of it, as wide as its words. */
  more: {
    justifySelf: 'start',
    maxWidth: '100%',
  },
  columns: {
    display: 'grid',
    gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
    alignItems: 'start',
  },
});
