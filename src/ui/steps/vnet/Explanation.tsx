import type { ReactNode } from 'react';
import { LearnMore } from './LearnMore.tsx';
import { useNetworkStepStyles } from './networkStep.styles.ts';

export interface ExplanationProps {
  readonly children: ReactNode;
  /** The Microsoft page to read more on, and what it is about. */
  readonly docUrl?: string;
  readonly topic?: string;
  readonly id?: string;
}

/** A short plain-words paragraph on what a group of fields means, with its "Learn more" link. */
export function Explanation({ children, docUrl, topic, id }: ExplanationProps) {
  const styles = useNetworkStepStyles();
  return (
    <p className={styles.explanation} id={id}>
      {children}
      {docUrl && topic && (
        <>
          {' '}
          <LearnMore href={docUrl} topic={topic} />
        </>
      )}
    </p>
  );
}
