import { useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useFormLayoutStyles } from '../../forms/formLayout.styles.ts';

/** A titled part of a step that shows derived results (rules, routes, verdicts) rather than fields. */
export function TrafficSection({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) {
  const layout = useFormLayoutStyles();
  const id = useId('traffic-section');
  return (
    <section className={layout.group} aria-labelledby={id}>
      <h3 id={id} className={layout.groupTitle}>
        {title}
      </h3>
      {children}
    </section>
  );
}
