import { makeStyles, tokens } from '@fluentui/react-components';

export const useSectionJsonStepStyles = makeStyles({
  editor: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  problems: {
    whiteSpace: 'pre-line',
  },
});
