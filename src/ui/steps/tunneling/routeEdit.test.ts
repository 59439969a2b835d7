import { describe, expect, it } from 'vitest';
import type { Route } from '../../../core/index.ts';
import { applyRouteEdit, routeFormSchema, routeFormValues, routePrefixProblem } from './routeEdit.ts';

const toFirewall: Route = {
  name: 'default-to-firewall',
  id: '/subscriptions/x/routeTables/rt/routes/default-to-firewall',
  properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.0.4' },
} as Route;

const issues = (values: unknown, others: readonly Route[] = [toFirewall]) => {
  const result = routeFormSchema(others, 'rt-training').safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('routePrefixProblem', () => {
  it('accepts CIDR prefixes and service tags', () => {
    for (const ok of [
      '0.0.0.0/0',
      '10.1.0.0/16',
      ' 10.0.0.4/32 ',
      'AzureMachineLearning',
      'Storage.EastUS',
      '2001:db8::/32',
    ]) {
      expect(routePrefixProblem(ok), ok).toBeUndefined();
    }
  });

  it('says what to do with anything else', () => {
    expect(routePrefixProblem('')).toMatch(
      /Enter where the route applies: a CIDR prefix such as 10\.1\.0\.0\/16/,
    );
    expect(routePrefixProblem('10.0.0.4')).toMatch(/no prefix length.*10\.0\.0\.4\/24/);
    expect(routePrefixProblem('10.0.0.1/24')).toMatch(/host bits.*10\.0\.0\.0\/24/);
    expect(routePrefixProblem('10.0.0.300/24')).toMatch(/not an IPv4 address/);
    expect(routePrefixProblem('Azure Machine Learning')).toBe(
      'Service tags have no spaces: did you mean AzureMachineLearning?',
    );
    expect(routePrefixProblem('Azure-ML')).toMatch(/neither a CIDR prefix nor a service tag/);
    expect(routePrefixProblem('2001:zz::/32')).toMatch(/isn't an IPv6 prefix/);
  });
});

describe('routeFormSchema', () => {
  const values = (properties: Partial<Route['properties']>, name = 'aml') => ({
    name,
    properties: {
      addressPrefix: 'AzureMachineLearning',
      nextHopType: 'Internet',
      nextHopIpAddress: '',
      ...properties,
    },
  });

  it('takes a route to Internet without an IP', () => {
    expect(issues(values({}))).toEqual({});
  });

  it('asks for the appliance IP only for a virtual appliance', () => {
    expect(issues(values({ nextHopType: 'VirtualAppliance' }))).toEqual({
      'properties.nextHopIpAddress': expect.stringMatching(
        /Enter the appliance’s private IP, such as 10\.0\.0\.4/,
      ),
    });
    expect(issues(values({ nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.0' }))).toEqual({
      'properties.nextHopIpAddress': expect.stringMatching(/isn't an IPv4 address/),
    });
    expect(issues(values({ nextHopType: 'None', nextHopIpAddress: 'junk' }))).toEqual({});
  });

  it('keeps names unique in the table, whatever their case, and follows the plan’s name rule', () => {
    expect(issues(values({}, 'Default-To-Firewall'))).toEqual({
      name: expect.stringMatching(/Another route on rt-training/),
    });
    expect(issues(values({}, 'Default-To-Firewall'), [])).toEqual({});
    expect(issues(values({}, ''))).toHaveProperty('name');
  });

  it('puts a bad prefix on its field', () => {
    expect(issues(values({ addressPrefix: '10.0.0.0/33' }))).toEqual({
      'properties.addressPrefix': expect.stringMatching(/prefix length/),
    });
  });
});

describe('applyRouteEdit', () => {
  it('keeps what wasn’t edited, and drops the IP when the next hop is no longer an appliance', () => {
    const edited = applyRouteEdit(toFirewall, {
      ...routeFormValues(toFirewall),
      properties: { addressPrefix: ' 0.0.0.0/0 ', nextHopType: 'Internet', nextHopIpAddress: '10.0.0.4' },
    });
    expect(edited).toEqual({
      name: 'default-to-firewall',
      id: toFirewall.id,
      properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'Internet' },
    });
    expect(applyRouteEdit(toFirewall, routeFormValues(toFirewall))).toEqual(toFirewall);
  });

  it('makes a new route from the dialog, starting at the appliance the plan names', () => {
    const values = routeFormValues(undefined, '10.0.0.4');
    expect(values.properties).toEqual({
      addressPrefix: '',
      nextHopType: 'VirtualAppliance',
      nextHopIpAddress: '10.0.0.4',
    });
    expect(
      applyRouteEdit(undefined, {
        ...values,
        name: 'spoke',
        properties: { ...values.properties, addressPrefix: '10.2.0.0/16' },
      }),
    ).toEqual({
      name: 'spoke',
      properties: {
        addressPrefix: '10.2.0.0/16',
        nextHopType: 'VirtualAppliance',
        nextHopIpAddress: '10.0.0.4',
      },
    });
  });
});
