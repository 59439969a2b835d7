import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { plannedSecurityRules, simulateFlows, subnetNsg } from '../../../core/index.ts';
import { DOCS, type Plan } from '../../../core/index.ts';
import { usePlan } from '../../state/PlanStoreContext.ts';
import { ExistingRules } from '../traffic/ExistingRules.tsx';
import { Explainer } from '../traffic/Explainer.tsx';
import { FirewallUdpNote } from '../traffic/FirewallUdpNote.tsx';
import { FlowVerdictTable } from '../traffic/FlowVerdictTable.tsx';
import { rulesOf } from '../traffic/ruleText.ts';
import { TrafficSection } from '../traffic/TrafficSection.tsx';
import { SecurityRuleTable } from '../traffic/SecurityRuleTable.tsx';
import { verdictRows } from '../traffic/verdictRows.ts';

/** Why the outbound rules don't come from this step for the plan's kind, or undefined when they do. */
export function outboundKindNote(plan: Plan): string | undefined {
  switch (plan.compute.kind) {
    case 'databricks':
      return 'Azure Databricks adds the outbound rules its subnets need itself; restricting outbound here adds no rules for it.';
    case 'virtualMachine':
    case 'hdinsight':
      return 'The plan writes outbound rules for compute clusters, compute instances and serverless compute. For attached compute, keep the outbound access its own workloads need on its network security group.';
    default:
      return undefined;
  }
}

/** The outbound rules the plan adds, the required flows with their verdicts, and the NSG's own outbound rules. */
export function OutboundRules() {
  const plan = usePlan();
  const nsg = subnetNsg(plan);
  const kindNote = outboundKindNote(plan);
  const simulation = simulateFlows(plan);
  const planned = rulesOf(plannedSecurityRules(plan), 'Outbound');
  return (
    <TrafficSection title="Outbound security rules">
      {kindNote && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{kindNote}</MessageBarBody>
        </MessageBar>
      )}
      {!nsg && plan.outbound.restrict && !kindNote && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The compute subnet has no network security group, so there is nowhere to put the outbound rules.
            Choose one in the Subnet step.
          </MessageBarBody>
        </MessageBar>
      )}
      {plan.outbound.restrict && plan.tunneling.mode === 'userDefinedRoutes' && <FirewallUdpNote />}
      {nsg && !kindNote && (
        <SecurityRuleTable
          title={`Outbound rules the plan adds to ${nsg.name}`}
          rules={planned}
          empty={
            plan.outbound.restrict
              ? `${nsg.name} already has every rule the plan would add.`
              : 'None: outbound isn’t restricted, so Azure’s default rule AllowInternetOutBound lets the compute reach the internet.'
          }
        />
      )}
      <Explainer href={DOCS.firewall} topic="the outbound traffic Azure Machine Learning needs">
        Each row is one port the compute must reach. The result is what the subnet’s rules decide, checked in
        priority order together with Azure’s default rules.
      </Explainer>
      <FlowVerdictTable
        title="Outbound traffic the compute needs"
        rows={verdictRows(simulation.flows, 'Outbound')}
        empty="With this compute kind the plan checks no outbound traffic."
      />
      {nsg && <ExistingRules direction="Outbound" />}
    </TrafficSection>
  );
}
