import { Link } from '@fluentui/react-components';

/** A "Learn more" link to the Microsoft page behind an explanation; it names its topic for screen readers. */
export function LearnMore({ href, topic }: { readonly href: string; readonly topic: string }) {
  return (
    <Link
      href={href}
      target="_blank"
      rel="noreferrer"
      aria-label={`Learn more about ${topic} (opens in a new tab)`}
    >
      Learn more
    </Link>
  );
}
