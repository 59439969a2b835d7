import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { DOCS } from '../../../core/index.ts';
import { LearnMore } from './LearnMore.tsx';

/** Restricted traffic through a firewall: UDP 5831 needs a network rule, not an HTTP(S) application rule. */
export function FirewallUdpNote() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        Your firewall must allow UDP 5831 to AzureMachineLearning with a network rule: application rules only
        cover HTTP and HTTPS, so the compute can’t reach the service without it.{' '}
        <LearnMore href={DOCS.firewall} topic="firewall rules for Azure Machine Learning" />
      </MessageBarBody>
    </MessageBar>
  );
}
