/// <reference types="vite/client" />
import { parsePlan, type ParseResult } from '../../core/index.ts';

/** One plan of the examples gallery: what it is and the one thing it teaches. */
export interface GalleryExample {
  /** Path under `examples/`, e.g. `broken/subnet-too-small.plan.json`. */
  readonly file: string;
  readonly title: string;
  /** One line: the lesson of this example (for broken ones, what is wrong and why). */
  readonly lesson: string;
  /** Broken on purpose: it has an error to find and fix. */
  readonly broken: boolean;
}

/** Every example, in the order shown; examples/README.md lists the same, with the fixes. */
export const GALLERY_EXAMPLES: readonly GalleryExample[] = [
  {
    file: 'compute-cluster.plan.json',
    title: 'Compute cluster without public IPs',
    lesson:
      'The recommended setup: no public IP means no inbound rules; outbound is limited to the required service tags and leaves through a NAT gateway.',
    broken: false,
  },
  {
    file: 'compute-instance.plan.json',
    title: 'Compute instance with SSH from one range',
    lesson:
      'A personal compute instance in a new VNet; SSH is allowed only from 203.0.113.0/24, never from the whole internet.',
    broken: false,
  },
  {
    file: 'new-vnet-private-endpoint.plan.json',
    title: 'New VNet with its own workspace private endpoint',
    lesson:
      'A VNet the plan creates holds no endpoint yet: the bundle creates the workspace endpoint, both private DNS zones and their links.',
    broken: false,
  },
  {
    file: 'hub-and-spoke.plan.json',
    title: 'Hub and spoke: endpoint and DNS zones in the hub',
    lesson:
      'The workspace endpoint lives in a peered hub; a cluster in the spoke uses it once both zones (by resource id) are linked to the spoke.',
    broken: false,
  },
  {
    file: 'serverless.plan.json',
    title: 'Serverless compute in your subnet',
    lesson:
      'Serverless jobs run in a subnet you choose, without public IPs; each node takes one address of the /24.',
    broken: false,
  },
  {
    file: 'managed-vnet.plan.json',
    title: 'Managed virtual network',
    lesson:
      'Azure Machine Learning runs the network: nothing to plan for VNet, subnet or NSG, but "approved outbound only" can never be switched back.',
    broken: false,
  },
  {
    file: 'databricks.plan.json',
    title: 'Azure Databricks (VNet injection)',
    lesson:
      'Two dedicated subnets, host and container, each delegated to Microsoft.Databricks/workspaces with an NSG, in a VNet between /16 and /24.',
    broken: false,
  },
  {
    file: 'hdinsight.plan.json',
    title: 'HDInsight attached over SSH',
    lesson:
      'The NSG allows TCP 443 from HDInsight for health checks and TCP 22 from AzureMachineLearning, which attaches the cluster over SSH.',
    broken: false,
  },
  {
    file: 'virtual-machine.plan.json',
    title: 'Attached Ubuntu virtual machine',
    lesson:
      'Azure Machine Learning reaches an attached VM over SSH: its NSG allows TCP 22 from AzureMachineLearning.',
    broken: false,
  },
  {
    file: 'broken/subnet-too-small.plan.json',
    title: 'Subnet too small',
    lesson:
      'A /28 leaves 11 usable addresses (Azure keeps 5 of 16), but a 16-node cluster needs 16: use a /27 or larger.',
    broken: true,
  },
  {
    file: 'broken/delegated-subnet.plan.json',
    title: 'Subnet delegated to another service',
    lesson:
      'The subnet is delegated to App Service (Microsoft.Web/serverFarms); Azure Machine Learning compute needs a subnet without delegations.',
    broken: true,
  },
  {
    file: 'broken/nsg-deny-priority-100.plan.json',
    title: 'Deny-all outbound rule at priority 100',
    lesson:
      "A deny rule at priority 100 wins over every rule the plan adds, so all the compute's required outbound traffic is blocked.",
    broken: true,
  },
  {
    file: 'broken/private-subnet-no-egress.plan.json',
    title: 'Private subnet with no way out',
    lesson:
      'Without default outbound access, no NAT gateway and no firewall route, compute without public IPs cannot reach Azure at all.',
    broken: true,
  },
  {
    file: 'broken/forced-tunnel-no-aml-route.plan.json',
    title: 'Forced tunnel without the AzureMachineLearning route',
    lesson:
      'All traffic goes to a firewall, so replies to inbound TCP 44224 are dropped: public-IP compute needs a route AzureMachineLearning → Internet.',
    broken: true,
  },
];

const modules = import.meta.glob<unknown>('../../../examples/**/*.plan.json', { import: 'default' });
const PREFIX = '../../../examples/';

/** Paths under `examples/` of every bundled example plan, sorted. */
export function exampleFiles(): string[] {
  return Object.keys(modules)
    .map((key) => key.slice(PREFIX.length))
    .sort();
}

/** The gallery: every bundled example, described; one missing from the catalogue still appears by its file name. */
export function galleryExamples(): GalleryExample[] {
  const files = exampleFiles();
  const known = GALLERY_EXAMPLES.filter((example) => files.includes(example.file));
  const unknown = files
    .filter((file) => !GALLERY_EXAMPLES.some((example) => example.file === file))
    .map((file) => ({
      file,
      title: file.replace(/^broken\//, '').replace(/\.plan\.json$/, ''),
      lesson: '',
      broken: file.startsWith('broken/'),
    }));
  return [...known, ...unknown];
}

/** Loads and checks one example (its code loads only now), without the editor-only `$schema` link. */
export async function loadExample(file: string): Promise<ParseResult> {
  const load = modules[PREFIX + file];
  if (!load) return { ok: false, errors: [{ path: '', message: `There is no example ${file}.` }] };
  const raw = await load();
  const { $schema: _editorLink, ...plan } = raw as Record<string, unknown>;
  return parsePlan(plan);
}
