import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useStepFrameStyles = makeStyles({
  frame: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    // Back and Next appear with the step's form: shown under the brief "Loading this step…" they would be
    // pushed down when the form arrives (a layout shift), and Next would leave a step nobody has seen.
    ':has([data-step-loading]) > [data-step-navigation]': { display: 'none' },
  },
  header: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  counter: {
    ...typographyStyles.caption1Strong,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  heading: {
    ...typographyStyles.title2,
    margin: 0,
    ':focus': { outlineStyle: 'none' },
  },
  summary: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  content: {
    minWidth: 0,
  },
  navigation: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});
