import { describe, expect, it } from 'vitest';
import { tunnelingFormSchema } from './tunnelingForm.ts';

describe('tunnelingFormSchema', () => {
  it.each([
    [undefined, 'Enter the private IP address'],
    ['', 'Enter the private IP address'],
    ['10.0.0', 'is not an IPv4 address'],
    ['10.0.0.256', 'is not an IPv4 address'],
    ['fw.contoso.com', 'is not an IPv4 address'],
  ])('user-defined routes with appliance IP %j are refused on that field', (applianceIp, message) => {
    const result = tunnelingFormSchema.safeParse({ mode: 'userDefinedRoutes', applianceIp });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['applianceIp'], message: expect.stringContaining(message) }),
    ]);
  });

  it('keeps a valid appliance IP, trimmed', () => {
    expect(tunnelingFormSchema.parse({ mode: 'userDefinedRoutes', applianceIp: ' 10.0.0.4 ' })).toEqual({
      mode: 'userDefinedRoutes',
      applianceIp: '10.0.0.4',
      routeTargets: 'serviceTags',
      routeBatchNodeManagement: true,
    });
  });

  it.each(['none', 'natGateway'] as const)('drops the appliance IP for %s, as the plan requires', (mode) => {
    expect(tunnelingFormSchema.parse({ mode, applianceIp: 'whatever' })).not.toHaveProperty('applianceIp');
  });
});
