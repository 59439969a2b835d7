import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { LearnMore } from './LearnMore.tsx';

const useStyles = makeStyles({
  text: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    maxWidth: '48rem',
  },
});

export interface ExplainerProps {
  readonly children: ReactNode;
  readonly href?: string;
  readonly topic?: string;
}

/** A paragraph of plain explanation, ending in a "Learn more" link when one is given. */
export function Explainer({ children, href, topic }: ExplainerProps) {
  const styles = useStyles();
  return (
    <p className={styles.text}>
      {children}
      {href && topic && (
        <>
          {' '}
          <LearnMore href={href} topic={topic} />.
        </>
      )}
    </p>
  );
}
