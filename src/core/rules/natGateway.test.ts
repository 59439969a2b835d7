import { describe, expect, it } from 'vitest';
import { checkPlan } from './checkPlan.ts';
import { examplePlan, withPatch } from '../../../test/helpers/rulePlans.ts';

const nat = (patch: Record<string, unknown>, defaultOutboundAccess: boolean) =>
  withPatch(examplePlan('compute-cluster'), (p) => {
    p.tunneling = { ...p.tunneling, mode: 'natGateway', ...patch };
    p.network!.subnet!.defaultOutboundAccess = defaultOutboundAccess;
  });
const message = (plan: ReturnType<typeof nat>) =>
  checkPlan(plan).find((f) => f.ruleId === 'nat-gateway')?.message ?? '';

describe('nat-gateway', () => {
  it('says what is deployed: Standard SKU, static public IP, idle timeout', () => {
    expect(message(nat({}, false))).toContain(
      'a Standard NAT gateway with a Standard static public IP and a TCP idle timeout of 4 minutes',
    );
    expect(message(nat({}, false))).not.toContain('private');
  });

  it('names a public IP prefix and the chosen idle timeout', () => {
    expect(message(nat({ natIdleTimeoutMinutes: 30, natPublicIpPrefixLength: 29 }, false))).toContain(
      'a Standard public IP prefix (/29) and a TCP idle timeout of 30 minutes',
    );
  });

  it('recommends a private subnet when default outbound access is still on', () => {
    expect(message(nat({}, true))).toContain(
      'Also make subnet "training" private (defaultOutboundAccess false)',
    );
  });

  it('refuses an idle timeout outside 4 to 120 minutes and a prefix outside /28 to /31', () => {
    expect(() => nat({ natIdleTimeoutMinutes: 121 }, false)).toThrow(/natIdleTimeoutMinutes/);
    expect(() => nat({ natPublicIpPrefixLength: 27 }, false)).toThrow(/natPublicIpPrefixLength/);
  });
});
