import { DOCS } from '../catalog/docs.ts';
import { LEGACY_BATCH_PORTS } from '../catalog/flows.ts';
import type { SecurityRule } from '../model/index.ts';

/** A security rule that allows what only the 2020 guidance needed. */
export interface LegacyRule {
  /** The rule's position in the list it came from. */
  readonly index: number;
  readonly name: string;
  readonly message: string;
  readonly docUrl: string;
}

const { first: LEGACY_FIRST_PORT, last: LEGACY_LAST_PORT } = LEGACY_BATCH_PORTS;

/** The service tag, global or regional (`BatchNodeManagement.eastus2`). */
const BATCH_TAG = new RegExp(`^${LEGACY_BATCH_PORTS.tag}(\\.[a-z0-9]+)?$`, 'i');

/** True when a port spec (`*`, `29876`, `29876-29877`) includes one of the legacy ports. */
function coversLegacyPort(spec: string): boolean {
  const text = spec.trim();
  if (text === '*') return true;
  const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(text);
  if (match === null) return false;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  return first <= LEGACY_LAST_PORT && LEGACY_FIRST_PORT <= last;
}

function isLegacyBatchInbound({ properties: rule }: SecurityRule): boolean {
  if (rule.direction !== 'Inbound' || rule.access !== 'Allow') return false;
  if (rule.protocol !== 'Tcp' && rule.protocol !== '*') return false;
  const sources = [rule.sourceAddressPrefix, ...(rule.sourceAddressPrefixes ?? [])];
  if (!sources.some((source) => source !== undefined && BATCH_TAG.test(source.trim()))) return false;
  const ports = [rule.destinationPortRange, ...(rule.destinationPortRanges ?? [])];
  return ports.some((port) => port !== undefined && coversLegacyPort(port));
}

/**
 * The rules that allow TCP 29876–29877 in from `BatchNodeManagement`: required by the 2020 guidance,
 * unnecessary since Batch simplified node communication (Azure Machine Learning compute created after
 * December 2022; Batch classic node communication retired 31 March 2026). REQUIREMENTS id
 * `batch-inbound-legacy`: information only, never generated.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */
export function legacyBatchInboundRules(securityRules: readonly SecurityRule[]): LegacyRule[] {
  return securityRules.flatMap((rule, index) =>
    isLegacyBatchInbound(rule)
      ? [
          {
            index,
            name: rule.name,
            docUrl: DOCS.firewall,
            message:
              `Security rule "${rule.name}" allows TCP ${LEGACY_FIRST_PORT}–${LEGACY_LAST_PORT} in from BatchNodeManagement. ` +
              'Azure Machine Learning compute no longer needs it (Batch simplified node communication; the classic mode ' +
              'was retired on 31 March 2026); you can remove it.',
          },
        ]
      : [],
  );
}
