import type { ArmSubnet, ArmSubscription, ArmVirtualNetwork, ArmWorkspace } from '../../azure/arm/index.ts';
import type { PickOption } from './SearchableCombobox.tsx';

const byText = (a: PickOption, b: PickOption) => a.children.localeCompare(b.children);

export const subscriptionOptions = (items: readonly ArmSubscription[]): PickOption[] =>
  items
    .map((s) => ({
      value: s.subscriptionId,
      children: `${s.displayName || s.subscriptionId} (${s.subscriptionId})`,
    }))
    .sort(byText);

export const workspaceOptions = (items: readonly ArmWorkspace[]): PickOption[] =>
  items
    .map((w) => ({ value: w.id, children: `${w.name} · ${w.resourceGroup ?? '?'} · ${w.region}` }))
    .sort(byText);

export const vnetOptions = (items: readonly ArmVirtualNetwork[]): PickOption[] =>
  items
    .map((v) => ({ value: v.id, children: `${v.name} · ${v.resourceGroup ?? '?'} · ${v.region}` }))
    .sort(byText);

export const subnetOptions = (items: readonly ArmSubnet[]): PickOption[] =>
  items
    .map((s) => ({ value: s.id, children: `${s.name} · ${s.addressPrefixes.join(', ') || 'no prefix'}` }))
    .sort(byText);
