import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { FieldPath, FieldValues, PathValue, UseFormReturn } from 'react-hook-form';
import { parseCidr, type ResourceMode, type Vnet } from '../../../core/index.ts';
import type { CapacityView } from './capacityView.ts';
import { placementProblem, suggestPrefix, type NeighbourSubnet } from './placement.ts';
import { wantedLength } from './subnetForm.ts';
import { subnetPath, type SubnetBase } from './subnetPaths.ts';

export interface PrefixAdviceProps<T extends FieldValues> {
  readonly form: UseFormReturn<T>;
  readonly base: SubnetBase;
  readonly prefix: string;
  readonly mode: ResourceMode;
  readonly vnet: Vnet;
  readonly neighbours: readonly NeighbourSubnet[];
  readonly view: CapacityView | undefined;
  readonly databricks: boolean;
}

/** Why a valid prefix needs changing, in words, or undefined when it sits well. */
function trouble(
  prefix: string,
  vnet: Vnet,
  neighbours: readonly NeighbourSubnet[],
  view: CapacityView | undefined,
): string | undefined {
  const problem = placementProblem(prefix, vnet, neighbours);
  if (problem) return problem.message;
  if (view && view.state !== 'fits') return 'The subnet is smaller than the compute needs at its peak.';
  return undefined;
}

/**
 * Says when the subnet's prefix lies outside the VNet, overlaps another subnet or is too small, and for a
 * new subnet offers a free range of the right size inside the VNet ("Use 10.0.2.0/24").
 */
export function PrefixAdvice<T extends FieldValues>(props: PrefixAdviceProps<T>) {
  const { form, base, prefix, mode, vnet, neighbours, view, databricks } = props;
  const valid = parseCidr(prefix).ok;
  const why = valid ? trouble(prefix, vnet, neighbours, view) : undefined;
  // A malformed prefix is explained on its field; only a new subnet can take a suggested range then.
  if (valid ? !why : mode === 'existing') return null;
  const length = wantedLength(prefix, view, databricks);
  const suggestion = mode === 'new' ? suggestPrefix(vnet, neighbours, length) : undefined;
  const field = subnetPath<T>(base, 'addressPrefix');
  // The advice goes away once the range fits, so focus moves to the box that now holds it.
  const use = (text: string) => {
    form.setValue(field, text as PathValue<T, FieldPath<T>>, { shouldDirty: true, shouldValidate: true });
    form.setFocus(field);
  };
  const offer = suggestion
    ? `${suggestion} is free inside the virtual network and big enough.`
    : mode === 'new'
      ? `No free /${length} range is left in the virtual network’s address space; add an address space on the Virtual network step.`
      : 'An existing subnet keeps its range: choose another subnet, or free addresses in this one.';
  return (
    <MessageBar intent={why ? 'warning' : 'info'} layout="multiline">
      <MessageBarBody>
        {why ? `${why} ` : 'Not sure which range to use? '}
        {offer}
      </MessageBarBody>
      {suggestion && (
        <MessageBarActions>
          <Button onClick={() => use(suggestion)}>Use {suggestion}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
