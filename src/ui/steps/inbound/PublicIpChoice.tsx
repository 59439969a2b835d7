import type { Control } from 'react-hook-form';
import { BooleanChoiceField } from '../traffic/BooleanChoiceField.tsx';
import type { InboundInput } from './inboundForm.ts';

export const NO_PUBLIC_IP = {
  label: 'No public IP (recommended)',
  description:
    'Nodes have only private addresses and nothing needs to reach them from the internet. Generally available since January 2023.',
};

/** What a public IP means; `inbound44224` when this kind then needs the management port open. */
export function publicIpOption(inbound44224: boolean) {
  return {
    label: 'Public IP',
    description: inbound44224
      ? 'Azure creates a network security group, a public IP address and a load balancer for each compute in the virtual network’s resource group, and the subnet must allow inbound TCP 44224 from AzureMachineLearning.'
      : 'Nodes get public IP addresses, which Azure creates in the virtual network’s resource group.',
  };
}

export interface PublicIpChoiceProps {
  readonly control: Control<InboundInput>;
  readonly inbound44224: boolean;
}

/** Public IP or not, as two described options bound to `publicIp`. */
export function PublicIpChoice({ control, inbound44224 }: PublicIpChoiceProps) {
  return (
    <BooleanChoiceField
      control={control}
      name="publicIp"
      label="Public IP addresses on the compute nodes"
      off={NO_PUBLIC_IP}
      on={publicIpOption(inbound44224)}
    />
  );
}
