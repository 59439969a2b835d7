import { requiredFlows, type Flow } from '../flows/index.ts';
import type { Plan } from '../model/index.ts';
import type { CheckOptions } from '../rules/types.ts';
import { deploySubnet, deployedSubnet, type DeployedSubnet } from './deployed.ts';
import { dnsStep } from './dns.ts';
import { azureNsgStep, subnetNsgStep } from './nsg.ts';
import { outboundRouteStep, replyRouteStep } from './routing.ts';
import type { FlowProof, Proof, Step } from './types.ts';
import { isFailingVerdict } from './table.ts';

type StepFn = (plan: Plan, subnet: DeployedSubnet, flow: Flow) => Step;

/** The steps a flow goes through, in the order the packet meets them. */
const OUTBOUND: readonly StepFn[] = [
  (plan, _subnet, flow) => dnsStep(plan, flow),
  (_plan, subnet, flow) => subnetNsgStep(subnet, flow),
  outboundRouteStep,
];
const INBOUND: readonly StepFn[] = [
  (_plan, subnet, flow) => subnetNsgStep(subnet, flow),
  (plan, _subnet, flow) => azureNsgStep(plan, flow),
  replyRouteStep,
];

const verb = (flow: Flow) => (flow.direction === 'Outbound' ? 'to' : 'from');

function follow(plan: Plan, subnet: DeployedSubnet, flow: Flow): FlowProof {
  const base = {
    flowId: flow.id,
    specId: flow.specId,
    direction: flow.direction,
    protocol: flow.protocol,
    port: flow.port,
    remote: flow.remote,
    status: flow.status,
  };
  const path: string[] = [];
  let how: string | undefined;
  for (const step of flow.direction === 'Outbound' ? OUTBOUND : INBOUND) {
    const result = step(plan, subnet, flow);
    path.push(...result.hops);
    if (!result.ok) {
      return {
        ...base,
        verdict: result.verdict,
        reason: result.reason,
        path,
        ...(result.deciding ? { deciding: result.deciding } : {}),
      };
    }
    how = result.how ?? how;
  }
  const through = how ? ` and leaves through ${how}` : '';
  return {
    ...base,
    verdict: 'reaches',
    reason: `${flow.protocol.toUpperCase()} ${flow.port} ${verb(flow)} ${flow.remote} is allowed${through}.`,
    path,
  };
}

/**
 * The proof without any memo of its own (the simulator's parsed rules are still shared): what a plan's
 * first proof costs once the checks have run. For benchmarks; use {@link proveFlows}.
 */
export function proveUncached(plan: Plan, options: CheckOptions = {}): Proof {
  const subnet = deploySubnet(plan, options);
  if (!subnet) return { flows: [] };
  return { flows: requiredFlows(plan).map((flow) => follow(plan, subnet, flow)) };
}

function prove(plan: Plan, options: CheckOptions): Proof {
  const subnet = deployedSubnet(plan, options);
  if (!subnet) return { flows: [] };
  return { flows: requiredFlows(plan).map((flow) => follow(plan, subnet, flow)) };
}

const memo = new WeakMap<Plan, WeakMap<object, Proof>>();
const NO_FILE = {};

/**
 * The reachability proof: every flow the plan's compute needs (the flow catalogue), followed through
 * what the bundle deploys plus what already exists — the subnet NSG in priority order and the NSG Azure
 * adds for public-IP compute, the effective route (system routes, user-defined and service-tag routes),
 * the next hop and way out (NAT gateway, public IP, default outbound access, appliance, none), and the
 * workspace's name resolution through its private endpoint. Each flow `reaches`, is `blocked`, has
 * `noWayOut`, its name won't resolve (`nameWontResolve`), or is `unknown` with the reason (what a
 * firewall allows is never guessed). Empty for a managed network and Databricks (no compute subnet).
 * Memoized per plan and Service Tags file.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview
 */
export function proveFlows(plan: Plan, options: CheckOptions = {}): Proof {
  let byFile = memo.get(plan);
  if (!byFile) memo.set(plan, (byFile = new WeakMap()));
  const key = options.serviceTags?.file ?? NO_FILE;
  let proof = byFile.get(key);
  if (!proof) {
    proof = prove(plan, options);
    byFile.set(key, proof);
  }
  return proof;
}

/**
 * Required flows whose verdict is blocked / noWayOut / nameWontResolve.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */
export function failingFlows(proof: Proof): readonly FlowProof[] {
  return proof.flows.filter((flow) => flow.status === 'required' && isFailingVerdict(flow.verdict));
}
