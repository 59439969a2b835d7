import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { plannedSecurityRules, simulateFlows, subnetNsg } from '../../../core/index.ts';
import { DOCS } from '../../../core/index.ts';
import { usePlan } from '../../state/PlanStoreContext.ts';
import { ExistingRules } from '../traffic/ExistingRules.tsx';
import { Explainer } from '../traffic/Explainer.tsx';
import { FlowVerdictTable } from '../traffic/FlowVerdictTable.tsx';
import { rulesOf } from '../traffic/ruleText.ts';
import { TrafficSection } from '../traffic/TrafficSection.tsx';
import { SecurityRuleTable } from '../traffic/SecurityRuleTable.tsx';
import { verdictRows } from '../traffic/verdictRows.ts';

/** The inbound rules the plan adds, the NSG's own inbound rules, and whether required inbound traffic gets in. */
export function InboundRules() {
  const plan = usePlan();
  const nsg = subnetNsg(plan);
  if (!nsg) {
    return (
      <TrafficSection title="Inbound security rules">
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The compute subnet has no network security group in this plan, so nothing filters its traffic and
            the plan adds no rules. Microsoft recommends a network security group on the subnet: choose one in
            the Subnet step.
          </MessageBarBody>
        </MessageBar>
      </TrafficSection>
    );
  }
  const planned = rulesOf(plannedSecurityRules(plan), 'Inbound');
  const verdicts = verdictRows(simulateFlows(plan).flows, 'Inbound');
  return (
    <TrafficSection title="Inbound security rules">
      <Explainer href={DOCS.nsg} topic="network security group rules">
        Rules are checked from the lowest priority number up; the first rule that matches decides. Azure’s
        default rules (priority 65000 and above) allow traffic from inside the virtual network and deny the
        rest.
      </Explainer>
      <SecurityRuleTable
        title={`Inbound rules the plan adds to ${nsg.name}`}
        rules={planned}
        empty={
          verdicts.length > 0 && nsg.mode === 'existing'
            ? `The plan adds no inbound rules to an existing network security group for this compute: check below that ${nsg.name} lets the traffic in.`
            : 'The plan adds no inbound rules: with these choices nothing outside the virtual network needs to reach the compute.'
        }
      />
      <ExistingRules direction="Inbound" />
      <FlowVerdictTable
        title="Inbound traffic the compute needs"
        rows={verdicts}
        empty="The compute needs no inbound traffic from outside the virtual network."
      />
    </TrafficSection>
  );
}
