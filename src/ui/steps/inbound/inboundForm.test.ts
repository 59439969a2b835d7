import { describe, expect, it } from 'vitest';
import type { Compute } from '../../../core/index.ts';
import {
  applyInbound,
  inboundFormSchema,
  inboundFormValues,
  kindHasPublicIp,
  kindHasSsh,
} from './inboundForm.ts';

const cluster: Compute = {
  kind: 'computeCluster',
  name: 'cpu-cluster',
  vmSize: 'Standard_DS3_v2',
  priority: 'dedicated',
  minNodes: 0,
  maxNodes: 4,
  idleSecondsBeforeScaleDown: 120,
  publicIp: false,
};
const vm: Compute = {
  kind: 'virtualMachine',
  name: 'train-vm',
  resourceId:
    '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/g/providers/Microsoft.Compute/virtualMachines/vm',
  os: 'ubuntu-22.04',
};

describe('inbound form', () => {
  it.each([
    ['computeCluster', true, true],
    ['computeInstance', true, true],
    ['serverless', true, false],
    ['databricks', false, false],
    ['virtualMachine', false, true],
    ['hdinsight', false, true],
  ] as const)('%s: public IP %s, SSH %s', (kind, publicIp, ssh) => {
    expect([kindHasPublicIp(kind), kindHasSsh(kind)]).toEqual([publicIp, ssh]);
  });

  it('shows SSH switched off when the compute has none', () => {
    expect(inboundFormValues(cluster)).toEqual({ publicIp: false, ssh: { enabled: false, port: 22 } });
    expect(inboundFormValues(vm)).toEqual({ ssh: { enabled: false, port: 22 } });
  });

  it('stores public IP and SSH on the compute, and SSH off as no SSH section', () => {
    const on = inboundFormSchema.parse({
      publicIp: true,
      ssh: { enabled: true, port: 22, sourceAddressPrefix: '203.0.113.0/24' },
    });
    expect(applyInbound(cluster, on)).toEqual({ ...cluster, publicIp: true, ssh: on.ssh });
    const off = inboundFormSchema.parse({ publicIp: false, ssh: { enabled: false, port: 22 } });
    expect(applyInbound({ ...cluster, ssh: { enabled: true, port: 22 } }, off)).toEqual(cluster);
  });

  it('never gives attached compute a public IP field', () => {
    const values = inboundFormSchema.parse({ publicIp: true, ssh: { enabled: true, port: 2222 } });
    expect(applyInbound(vm, values)).toEqual({ ...vm, ssh: { enabled: true, port: 2222 } });
  });
});
