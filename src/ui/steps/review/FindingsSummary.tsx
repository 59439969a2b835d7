import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Finding } from '../../../core/index.ts';
import { countOf, findingCounts } from './findingWords.ts';

export interface FindingsSummaryProps {
  readonly findings: readonly Finding[];
}

/** The findings in one line, and when there are errors, that the templates wait for them to be fixed. */
export function FindingsSummary({ findings }: FindingsSummaryProps) {
  const errors = countOf(findings, 'error');
  const counts = `Findings: ${findingCounts(findings)}.`;
  if (errors === 0) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Ready to export</MessageBarTitle>
          {counts} Nothing blocks the templates; the warnings and information that still apply are listed in
          README.md.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Export of the templates is blocked</MessageBarTitle>
        {counts} Templates built from this plan would fail to deploy or leave the compute unable to work, so
        they are not generated until every error is fixed: go back to the step each error names. You can still
        download the plan file (below) to keep your work.
      </MessageBarBody>
    </MessageBar>
  );
}
