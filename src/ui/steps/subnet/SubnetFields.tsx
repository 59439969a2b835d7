import { useMemo } from 'react';
import { useWatch, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { Compute, NetworkSecurityGroup, ResourceMode, Vnet } from '../../../core/index.ts';
import { FormGroup } from '../../forms/FormGroup.tsx';
import { CapacityMeter } from './CapacityMeter.tsx';
import { CapacityNote } from './CapacityNote.tsx';
import { capacityView } from './capacityView.ts';
import { DelegationsField } from './DelegationsField.tsx';
import { NsgFields } from './NsgFields.tsx';
import { OutboundAccessFields } from './OutboundAccessFields.tsx';
import { neighbours, type NeighbourSubnet } from './placement.ts';
import { PrefixAdvice } from './PrefixAdvice.tsx';
import { SubnetBasics } from './SubnetBasics.tsx';
import { subnetPath, type SubnetBase } from './subnetPaths.ts';

export interface SubnetFieldsProps<T extends FieldValues> {
  readonly form: UseFormReturn<T>;
  readonly base: SubnetBase;
  readonly title: string;
  readonly intro: string;
  readonly docUrl: string;
  readonly compute: Compute;
  readonly vnet: Vnet;
  /** Subnets being planned beside this one (the other Azure Databricks subnet), besides the VNet's own. */
  readonly siblings?: readonly NeighbourSubnet[];
}

const watchedFields = [
  'mode',
  'name',
  'addressPrefix',
  'usedAddresses',
  'delegations',
  'networkSecurityGroup',
];
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textList = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : []);

/** Every setting of one subnet: range and capacity, delegation, outbound access and its NSG. */
export function SubnetFields<T extends FieldValues>(props: SubnetFieldsProps<T>) {
  const { form, base, compute, vnet, siblings } = props;
  const names = useMemo(() => watchedFields.map((field) => subnetPath<T>(base, field)), [base]);
  const watched = useWatch({ control: form.control, name: names }) as unknown[];
  const [modeValue, name, prefixValue, used, delegations, nsg] = watched;
  const mode: ResourceMode = modeValue === 'existing' ? 'existing' : 'new';
  const prefix = text(prefixValue);
  const databricks = compute.kind === 'databricks';
  const view = capacityView(prefix, mode === 'existing' && typeof used === 'number' ? used : 0, compute);

  return (
    <>
      <SubnetBasics
        form={form}
        base={base}
        title={props.title}
        intro={props.intro}
        docUrl={props.docUrl}
        mode={mode}
      />
      <FormGroup title="Capacity">
        {view ? <CapacityMeter view={view} /> : <CapacityNote kind={compute.kind} prefix={prefix} />}
        <PrefixAdvice
          form={form}
          base={base}
          prefix={prefix}
          mode={mode}
          vnet={vnet}
          neighbours={neighbours(vnet, text(name), siblings)}
          view={view}
          databricks={databricks}
        />
      </FormGroup>
      <DelegationsField form={form} base={base} delegations={textList(delegations)} databricks={databricks} />
      <OutboundAccessFields form={form} base={base} mode={mode} />
      <NsgFields
        form={form}
        base={base}
        nsg={nsg as NetworkSecurityGroup | undefined}
        subnetName={text(name)}
        databricks={databricks}
      />
    </>
  );
}
