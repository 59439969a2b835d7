import { useRef } from 'react';
import { type FieldPath, type FieldValues, type PathValue, type UseFormReturn } from 'react-hook-form';
import { DOCS, type NetworkSecurityGroup } from '../../../core/index.ts';
import { ChoiceGroup } from '../../forms/ChoiceGroup.tsx';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { TextField } from '../../forms/TextField.tsx';
import { Explanation } from '../vnet/Explanation.tsx';
import { nsgChoices } from './subnetChoices.ts';
import { nsgFor, type NsgChoice } from './subnetForm.ts';
import { subnetPath, type SubnetBase } from './subnetPaths.ts';

export interface NsgFieldsProps<T extends FieldValues> {
  readonly form: UseFormReturn<T>;
  readonly base: SubnetBase;
  readonly nsg: NetworkSecurityGroup | undefined;
  readonly subnetName: string;
  readonly databricks: boolean;
}

/**
 * Whether a network security group is attached, and its name. Its rules are planned on the Inbound and
 * Outbound steps; switching here keeps them (and brings them back after "None").
 */
export function NsgFields<T extends FieldValues>({
  form,
  base,
  nsg,
  subnetName,
  databricks,
}: NsgFieldsProps<T>) {
  const before = useRef<NetworkSecurityGroup | undefined>(undefined);
  const name = subnetPath<T>(base, 'networkSecurityGroup');
  const choose = (choice: NsgChoice) => {
    if (nsg) before.current = nsg;
    const next = nsgFor(choice, nsg, before.current, subnetName);
    form.setValue(name, next as PathValue<T, FieldPath<T>>, { shouldDirty: true, shouldValidate: true });
  };
  return (
    <FormGroup title="Network security group">
      <Explanation docUrl={DOCS.nsg} topic="network security groups">
        A network security group (NSG) is a list of allow and deny rules for traffic into and out of the
        subnet.{' '}
        {databricks
          ? 'Azure Databricks needs one on each of its two subnets; both may use the same one.'
          : 'Attach one to control what may reach the compute and what it may reach.'}{' '}
        Its rules are planned on the Inbound and Outbound steps.
      </Explanation>
      <ChoiceGroup<NsgChoice>
        label="Attach a network security group"
        name={name}
        value={nsg ? nsg.mode : 'none'}
        choices={nsgChoices}
        onChange={choose}
      />
      {nsg && (
        <TextField
          control={form.control}
          name={subnetPath<T>(base, 'networkSecurityGroup.name')}
          label="Network security group name"
          required
        />
      )}
    </FormGroup>
  );
}
