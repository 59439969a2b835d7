import { DOCS, parseCidr, usableAddresses, type ComputeKind } from '../../../core/index.ts';
import { Explanation } from '../vnet/Explanation.tsx';

/** Capacity in words for kinds without a meter: Azure Databricks subnets and attached compute. */
export function CapacityNote({ kind, prefix }: { readonly kind: ComputeKind; readonly prefix: string }) {
  if (kind === 'databricks') {
    const parsed = parseCidr(prefix);
    const limit = parsed.ok
      ? ` This /${parsed.cidr.length} leaves ${usableAddresses(parsed.cidr.length)} usable addresses, so at most that many Databricks nodes at once.`
      : '';
    return (
      <Explanation docUrl={DOCS.databricksVnet} topic="Azure Databricks subnet sizes">
        Each Azure Databricks node takes one address in each of the two subnets, so the smaller subnet limits
        how many nodes run at once. Microsoft asks for /26 or larger (59 usable addresses after the 5 Azure
        keeps).
        {limit}
      </Explanation>
    );
  }
  return (
    <Explanation docUrl={DOCS.secureTraining} topic="attaching compute in a virtual network">
      Attached compute already has its network address in this subnet, so the plan adds none and there is no
      capacity to check.
    </Explanation>
  );
}
