import { Link } from '@fluentui/react-components';
import { DOCS, type Plan } from '../../core/index.ts';
import type { DiagramLayout } from './layout/types.ts';
import { useNetworkDiagramStyles } from './NetworkDiagram.styles.ts';

function intro(plan: Plan, layout: DiagramLayout): { text: string; link: string; href: string } {
  if (plan.workspace.isolation === 'managedVnet') {
    return {
      text: "The compute runs in the workspace's Microsoft-managed network. The arrows (long dashes) are the outbound traffic it needs, which the managed network allows.",
      link: 'Learn more about managed networks',
      href: DOCS.managedNetwork,
    };
  }
  if (layout.arrows.length === 0) {
    return {
      text: 'Azure Databricks adds the network security group rules its subnets need, so no flows are drawn: the diagram shows the subnets and how traffic leaves them.',
      link: 'Learn more about Azure Databricks in your virtual network',
      href: DOCS.databricksVnet,
    };
  }
  return {
    text: "Arrows go from the compute to the services it needs (towards the compute for inbound traffic). Green solid lines are let through by the subnet's network security group, red dashed lines are blocked (✕), orange dotted lines can't be decided from the plan (?).",
    link: 'Learn more about the traffic Azure Machine Learning needs',
    href: DOCS.firewall,
  };
}

/** What the parts below the network are, when the plan uses a private endpoint. */
function below(layout: DiagramLayout): string {
  const has = (kind: string) => layout.boxes.some((box) => box.kind === kind);
  if (!has('dnsZones')) return '';
  const zones =
    "the private DNS zones that resolve the private endpoint's names, with dashed lines to the network each is linked to";
  return has('hubVnet')
    ? ` Below the network: the hub network that holds the workspace's private endpoint, and ${zones}.`
    : ` Below the network: ${zones}.`;
}

/** One paragraph on how to read the diagram, with a link to Microsoft's documentation. */
export function DiagramIntro({ plan, layout }: { readonly plan: Plan; readonly layout: DiagramLayout }) {
  const styles = useNetworkDiagramStyles();
  const { text, link, href } = intro(plan, layout);
  return (
    <p className={styles.text}>
      {text}
      {below(layout)}{' '}
      <Link href={href} target="_blank" rel="noreferrer" inline>
        {link}
      </Link>
    </p>
  );
}
