import { DOCS } from '../catalog/docs.ts';
import { REGIONS, regionByArmName, type Region } from '../catalog/regions.ts';
import { vmSizeByName } from '../catalog/vmSizes.ts';
import type { Plan } from '../model/index.ts';
import { computeRegion } from '../net/index.ts';
import type { FindingDraft, Rule } from './types.ts';

/**
 * Names the wizard looks up in its catalogues: the regions and the VM sizes. Azure adds regions and sizes
 * faster than any list, so a name the catalogue lacks is a warning, never an error: most often a typo,
 * sometimes something new the person should keep.
 */

/** Whether `a` becomes `b` with at most one letter added, removed, changed, or two neighbours swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  if (i === a.length && i === b.length) return true;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/** The one known region a typo away from `name` (`eastus3x` → East US 3); none when several are. */
function nearRegion(name: string): Region | undefined {
  const near = REGIONS.filter((region) => withinOneEdit(name, region.armName));
  return near.length === 1 ? near[0] : undefined;
}

interface PlanRegion {
  readonly path: string;
  /** Whose region it is, for the message: the findings list names the region without its field. */
  readonly owner: string;
  readonly region: string;
}

/** Each region the plan names, with the field that holds it. */
function planRegions(plan: Plan): PlanRegion[] {
  const { compute, network } = plan;
  return [
    { path: 'workspace.region', owner: 'workspace', region: plan.workspace.region },
    ...(compute.region === undefined
      ? []
      : [{ path: 'compute.region', owner: 'compute', region: compute.region }]),
    ...(network
      ? [{ path: 'network.vnet.region', owner: 'virtual network', region: network.vnet.region }]
      : []),
  ];
}

function unknownRegions(plan: Plan): FindingDraft[] {
  return planRegions(plan)
    .filter(({ region }) => !regionByArmName(region))
    .map(({ path, owner, region }) => {
      const near = nearRegion(region);
      const guess = near ? `Did you mean ${near.armName} (${near.displayName})? ` : '';
      return {
        path,
        message:
          `The wizard doesn't know the ${owner}'s region "${region}", so it can't tell its cloud (it ` +
          'assumes the Azure public cloud) or name its regional service tags. ' +
          guess +
          'Check the spelling against the names Azure lists (az account list-locations -o table, ' +
          'column Name) and use that lower-case ARM name, such as eastus2. A region Azure added recently ' +
          'can be kept.',
      };
    });
}

function unknownVmSize(plan: Plan): FindingDraft[] {
  const size = 'vmSize' in plan.compute ? plan.compute.vmSize : undefined;
  if (size === undefined || vmSizeByName(size)) return [];
  const prefixed = vmSizeByName(`Standard_${size}`);
  const guess = prefixed ? `Did you mean ${prefixed.armName}? ` : '';
  const region = computeRegion(plan);
  return [
    {
      path: 'compute.vmSize',
      message:
        `The VM size "${size}" isn't in the wizard's list of sizes commonly used for training, so it ` +
        `can't show its vCPUs, memory or GPUs. ${guess}Check the spelling, and that ${region} offers the ` +
        `size to your subscription: az vm list-skus --location ${region} --size ${size} --all -o table ` +
        '(Restrictions should read None). A size missing from the list can be kept.',
    },
  ];
}

/** "30 September 2025", from an ISO date: the day as the retirement guides write it, whatever the locale. */
const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

function retiredVmSize(plan: Plan): FindingDraft[] {
  const name = 'vmSize' in plan.compute ? plan.compute.vmSize : undefined;
  const size = name === undefined ? undefined : vmSizeByName(name);
  if (!size?.retired) return [];
  const replacement = vmSizeByName(size.retired.replacement);
  const offer = replacement
    ? `${replacement.armName} (${replacement.series}, ${replacement.vCpus} vCPUs` +
      (replacement.gpus ? `, ${replacement.gpus.count} ${replacement.gpus.model} GPU` : '') +
      ')'
    : size.retired.replacement;
  return [
    {
      path: 'compute.vmSize',
      message:
        `Azure retired ${size.armName} on ${longDate(size.retired.on)}: VMs of that size were ` +
        `deallocated and stopped working, so compute of that size won't run. Choose a current size, such ` +
        `as ${offer}, of the series Microsoft recommends instead.`,
    },
  ];
}

/**
 * Region and VM size names the catalogues don't know (warnings: Azure knows more than any list), and sizes
 * Azure has retired (an error: the compute would never get a node).
 */
export const catalogRules: readonly Rule[] = [
  {
    id: 'region-unknown',
    severity: 'warning',
    docUrl: DOCS.regionsList,
    title: 'Every region of the plan is a known Azure region.',
    check: unknownRegions,
  },
  {
    id: 'vm-size-unknown',
    severity: 'warning',
    docUrl: DOCS.vmSizes,
    kinds: ['computeCluster', 'computeInstance', 'serverless'],
    title: 'The VM size is one the wizard knows.',
    check: unknownVmSize,
  },
  {
    id: 'vm-size-retired',
    severity: 'error',
    docUrl: DOCS.ncv3Retirement,
    kinds: ['computeCluster', 'computeInstance', 'serverless'],
    title: 'The VM size is one Azure still offers.',
    check: retiredVmSize,
  },
];
