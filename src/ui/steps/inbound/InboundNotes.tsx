import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { DOCS, type Plan } from '../../../core/index.ts';
import { Explainer } from '../traffic/Explainer.tsx';

/** What no public IP needs and whether the plan has it: a workspace private endpoint and a way out. */
export function NoPublicIpNeeds({ plan }: { readonly plan: Plan }) {
  const subnet = plan.network?.subnet;
  const hasEgress = plan.tunneling.mode !== 'none' || subnet?.natGateway === true;
  return (
    <>
      <Explainer href={DOCS.secureTraining} topic="compute without public IPs">
        Without public IPs, the compute reaches the workspace through its private endpoint and needs its own
        way out to the internet: a NAT gateway, or a firewall reached through user-defined routes.
      </Explainer>
      {!plan.workspace.privateEndpoint && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The workspace has no private endpoint in this plan, so compute without public IPs can’t reach it.
            Turn on the workspace private endpoint in the first step.
          </MessageBarBody>
        </MessageBar>
      )}
      {!hasEgress && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            There is no NAT gateway or firewall route yet, so the compute would rely on default outbound
            access, which new virtual networks no longer have. Choose one in the Tunnelling step.
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** Why attached compute needs inbound SSH (and, for HDInsight, 443) from Azure's service tags. */
export function AttachedInbound({
  kind,
  port,
}: {
  readonly kind: 'virtualMachine' | 'hdinsight';
  readonly port: number;
}) {
  const what = kind === 'hdinsight' ? 'the HDInsight cluster' : 'the virtual machine';
  return (
    <>
      <Explainer href={DOCS.secureTraining} topic="attached compute in a virtual network">
        Azure Machine Learning runs jobs on {what} by connecting to it over SSH, so the subnet must allow
        inbound TCP {port} from the AzureMachineLearning service tag.
      </Explainer>
      {kind === 'hdinsight' && (
        <Explainer href={DOCS.hdinsightServiceTags} topic="HDInsight service tags">
          HDInsight’s health and management service also connects on TCP 443 from the HDInsight service tag.
          That traffic can’t go through a firewall.
        </Explainer>
      )}
      <Explainer>
        The plan adds these rules only to a network security group it creates; on an existing one, check the
        result for each below and add the rule if it is denied.
      </Explainer>
    </>
  );
}
