import { Link } from '@fluentui/react-components';

export interface LearnMoreProps {
  readonly href: string;
  /** What the page explains, read as "Learn more about …". */
  readonly topic: string;
}

/** A link to the Microsoft documentation a choice follows; opens in a new tab. */
export function LearnMore({ href, topic }: LearnMoreProps) {
  return (
    <Link href={href} target="_blank" rel="noreferrer">
      Learn more about {topic}
    </Link>
  );
}
