import { Link } from '@fluentui/react-components';
import type { Finding } from '../../core/index.ts';

/** A link to the Microsoft page a finding follows; opens in a new tab. */
export function LearnMoreLink({ finding }: { readonly finding: Finding }) {
  return (
    <Link
      href={finding.docUrl}
      target="_blank"
      rel="noreferrer"
      aria-label={`Learn more about ${finding.ruleId} (opens in a new tab)`}
    >
      Learn more
    </Link>
  );
}

/** A finding's message followed by its "Learn more" link. */
export function FindingMessage({ finding }: { readonly finding: Finding }) {
  return (
    <>
      {finding.message} <LearnMoreLink finding={finding} />
    </>
  );
}
