import { TRAINING_OUTBOUND_FLOWS, regionalRemote } from '../../../core/index.ts';
import type { Flow, FlowVerdict } from '../../../core/index.ts';
import type { Plan } from '../../../core/index.ts';
import { computeText } from './computeText.ts';
import { G, bottom, box, cardHeight } from './geometry.ts';
import { placeRows } from './placeRows.ts';
import { groupRows } from './rows.ts';
import { privateEndpointBoxes, type Parts } from './workspaceParts.ts';
import type { DiagramBox } from './types.ts';

const TOP = G.vnetY + G.vnetHeader;

/** The required outbound flows, which a managed network with approved outbound allows by itself. */
function managedFlows(plan: Plan): FlowVerdict[] {
  const regions = { workspace: plan.workspace.region, compute: plan.compute.region ?? plan.workspace.region };
  const internet: Flow = {
    id: 'managed-internet',
    specId: 'managed-internet',
    direction: 'Outbound',
    protocol: 'Tcp',
    port: 443,
    remote: 'Internet',
    status: 'required',
    why: 'The managed network allows all outbound internet traffic.',
    docUrl: '',
  };
  const flows: Flow[] =
    plan.workspace.managedNetworkMode === 'allowOnlyApprovedOutbound'
      ? TRAINING_OUTBOUND_FLOWS.filter(
          (spec) => spec.status === 'required' && spec.when !== 'crossRegion',
        ).flatMap((spec) =>
          spec.ports.flatMap((port) =>
            typeof port === 'number'
              ? [
                  {
                    ...spec,
                    id: `${spec.id}-${port}`,
                    specId: spec.id,
                    port,
                    remote: regionalRemote(spec.remote, regions),
                  },
                ]
              : [],
          ),
        )
      : [internet];
  return flows.map((flow) => ({ flow, result: 'allowed' }));
}

function managedEgress(plan: Plan): DiagramBox {
  const approved = plan.workspace.managedNetworkMode === 'allowOnlyApprovedOutbound';
  const lines = approved
    ? ['service tag rules Azure adds', 'Azure Firewall for FQDN rules']
    : ['all outbound allowed'];
  return box({
    id: 'egress',
    kind: 'egress',
    x: G.serviceX,
    y: TOP,
    width: G.serviceWidth,
    height: cardHeight(lines.length),
    title: approved ? 'Managed outbound rules' : 'Internet outbound',
    lines,
    description: approved
      ? 'Managed outbound rules: Azure adds the service tag rules the compute needs and an Azure Firewall for FQDN rules; everything else is blocked.'
      : 'The managed network allows all outbound internet traffic.',
  });
}

/** The diagram of a managed-network plan: Azure's network holds the compute. */
export function managedLayout(plan: Plan): Parts {
  const rows = groupRows(managedFlows(plan)).map((row) => ({ ...row, verdict: 'managed' as const }));
  const egress = managedEgress(plan);
  const text = computeText(plan);
  const approved = plan.workspace.managedNetworkMode === 'allowOnlyApprovedOutbound';
  const compute = box({
    id: 'compute',
    kind: 'compute',
    parent: 'vnet',
    x: G.computeX,
    y: Math.max(TOP + 12, egress.y + egress.height + 12 + G.rowBox / 2 - 24),
    width: G.computeWidth,
    height: Math.max(cardHeight(text.lines.length), 48 + (rows.length - 1) * G.row),
    title: text.title,
    lines: text.lines,
    description: `In the managed network: ${text.description}`,
  });
  const placed = placeRows({
    rows,
    compute,
    parent: 'vnet',
    insideY: bottom(compute) + G.insideArrow,
    subnetBottom: bottom(compute),
    egressCard: egress,
    pathOf: () =>
      approved
        ? { kind: 'through', words: 'through the managed outbound rules' }
        : { kind: 'direct', words: 'through the managed network' },
  });
  const boxes = [egress, compute, ...placed.boxes];
  const endpoint = privateEndpointBoxes(plan, boxes, 'vnet', bottom(compute) + 16);
  const inside = [...boxes, ...endpoint.boxes].filter((b) => b.parent === 'vnet');
  const mode = approved ? 'allow only approved outbound' : 'allow internet outbound';
  const vnet = box({
    id: 'vnet',
    kind: 'managedVnet',
    x: G.vnetX,
    y: G.vnetY,
    width: G.vnetWidth,
    height: Math.max(...inside.map(bottom)) + 16 - G.vnetY,
    title: 'Microsoft-managed network',
    lines: [mode],
    description: `Microsoft-managed virtual network of the workspace (${mode}); Azure creates and manages it.`,
  });
  return {
    boxes: [vnet, ...boxes, ...endpoint.boxes],
    arrows: placed.arrows,
    links: [...placed.links, ...endpoint.links],
    band: { hop: 'Allowed by a managed outbound rule' },
  };
}
