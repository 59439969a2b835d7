import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useGalleryStyles = makeStyles({
  surface: {
    maxWidth: '46rem',
  },
  content: {
    display: 'grid',
    gap: tokens.spacingVerticalL,
  },
  intro: {
    margin: 0,
  },
  group: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  groupTitle: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  groupHint: {
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
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)', justifyItems: 'start' },
  },
  text: {
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  title: {
    ...typographyStyles.body1Strong,
  },
  lesson: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
  },
});
