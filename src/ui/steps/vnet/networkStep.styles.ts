import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Shared look of the network steps and the workspace step's endpoint lists: explanations, editable lists, notices. */
export const useNetworkStepStyles = makeStyles({
  explanation: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    maxWidth: '48rem',
  },
  list: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  listTitle: {
    ...typographyStyles.body1Strong,
    margin: 0,
    padding: 0,
    color: tokens.colorNeutralForeground1,
  },
  rows: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  pairFields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    alignItems: 'start',
  },
  // Lines the remove button up with the text box under the field's label.
  removeButton: {
    marginTop: `calc(${typographyStyles.body1.lineHeight} + ${tokens.spacingVerticalXXS})`,
  },
  addButton: {
    justifySelf: 'start',
  },
  empty: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontStyle: 'italic',
  },
  noticeActions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});
