import type { Choice } from '../../forms/ChoiceGroup.tsx';
import type { Tunneling } from '../../../core/index.ts';

/** The ways out, each with what it needs and what it costs. */
export const tunnelingChoices: readonly Choice<Tunneling['mode']>[] = [
  {
    value: 'none',
    label: 'Nothing extra',
    description:
      'The compute uses its public IPs or the subnet’s default outbound access. New subnets have no default outbound access, so compute without public IPs then can’t reach the internet.',
  },
  {
    value: 'natGateway',
    label: 'NAT gateway',
    description:
      'A Standard NAT gateway with a Standard static public IP, associated with the subnet: all outbound traffic leaves from that one address. Billed per hour and per GB. The recommended way out for compute without public IPs when you have no firewall.',
  },
  {
    value: 'userDefinedRoutes',
    label: 'Through a firewall (user-defined routes)',
    description:
      'A route table sends all internet traffic (0.0.0.0/0) to your firewall or network virtual appliance, which must allow what Azure Machine Learning needs. You run and pay for the appliance, such as Azure Firewall.',
  },
];

/** How the bypass routes name their destinations, with the trade-off. */
export const routeTargetChoices: readonly Choice<Tunneling['routeTargets']>[] = [
  {
    value: 'serviceTags',
    label: 'Service tags (recommended)',
    description:
      'Routes name service tags such as AzureMachineLearning; Azure keeps their addresses current. At most 25 service-tag routes per table.',
  },
  {
    value: 'ipPrefixes',
    label: 'IP prefixes',
    description:
      'Routes list exact address ranges from a Service Tags file you download. Exact, but they go stale as Microsoft changes the ranges: regenerate with a new file regularly.',
  },
];
