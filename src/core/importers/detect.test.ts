import { describe, expect, it } from 'vitest';
import { detectArmJson, parseArmText, wrongKindMessage } from './detect.ts';
import armNsg from './fixtures/arm-nsg.json' with { type: 'json' };
import armRouteTable from './fixtures/arm-route-table.json' with { type: 'json' };
import armSubnet from './fixtures/arm-subnet.json' with { type: 'json' };
import armTemplate from './fixtures/arm-template.json' with { type: 'json' };
import armVnet from './fixtures/arm-vnet.json' with { type: 'json' };
import azNsg from './fixtures/az-nsg-show.json' with { type: 'json' };
import azRouteTable from './fixtures/az-route-table-show.json' with { type: 'json' };
import azSubnet from './fixtures/az-subnet-show.json' with { type: 'json' };
import azVnet from './fixtures/az-vnet-show.json' with { type: 'json' };

describe('detectArmJson', () => {
  it.each([
    ['az vnet show', azVnet, 'vnet', 'mynetwork'],
    ['ARM vnet', armVnet, 'vnet', 'mynetwork'],
    ['az subnet show', azSubnet, 'subnet', 'training'],
    ['ARM subnet', armSubnet, 'subnet', 'training'],
    ['az nsg show', azNsg, 'nsg', 'nsg-training'],
    ['ARM nsg', armNsg, 'nsg', 'nsg-training'],
    ['az route-table show', azRouteTable, 'routeTable', 'rt-training'],
    ['ARM route table', armRouteTable, 'routeTable', 'rt-training'],
  ] as const)('recognises %s', (_label, json, kind, name) => {
    const detection = detectArmJson(json);
    expect(detection).toMatchObject({ kind, name });
    expect(detection.message).toContain(`"${name}"`);
  });

  it.each([
    ['no type, address space', { name: 'v', addressSpace: { addressPrefixes: [] } }, 'vnet'],
    ['no type, rules', { name: 'n', securityRules: [] }, 'nsg'],
    ['no type, routes', { name: 'r', routes: [] }, 'routeTable'],
    ['no type, prefix', { name: 's', properties: { addressPrefix: '10.0.0.0/24' } }, 'subnet'],
    ['type in other case', { name: 'n', type: 'microsoft.network/NETWORKSECURITYGROUPS' }, 'nsg'],
  ] as const)('falls back to fields: %s', (_label, json, kind) => {
    expect(detectArmJson(json).kind).toBe(kind);
  });

  it('recognises an ARM template and says what to paste instead', () => {
    const detection = detectArmJson(armTemplate);
    expect(detection.kind).toBe('armTemplate');
    expect(detection.message).toMatch(
      /^This is an ARM template, not a deployed resource; .*az network nsg show -g <rg> -n <name> -o json/,
    );
  });

  it.each([
    ['null', null, /^This is not a JSON object; paste the output of one of `az network vnet show/],
    ['a string', 'nsg-training', /^This is not a JSON object/],
    [
      'an az list',
      [azNsg, azNsg],
      /^This is a list of 2 network security groups \("nsg-training", "nsg-training"\), not one resource; paste the output of `az network nsg show -g <rg> -n <name> -o json` for the one to audit\.$/,
    ],
    [
      'an ARM list',
      { value: [armNsg] },
      /^This is an ARM list of 1 network security group \("nsg-training"\), not one resource; paste the output of `az network nsg show/,
    ],
    [
      'a list of several kinds',
      [azVnet, azSubnet, { hello: 'world' }],
      /^This is a list of 1 virtual network \("mynetwork"\), 1 subnet \("training"\) and 1 other item, not one resource; paste the output of one of `az network vnet show/,
    ],
    [
      'a list of things that are not resources',
      [1, 2, 3],
      /^This is a list of 3 items, none of them a network resource this wizard reads; paste the output of one of/,
    ],
    [
      'an ARM list of other resources',
      { value: [{ name: 'st', type: 'Microsoft.Storage/storageAccounts' }] },
      /^This is an ARM list of 1 item, which is not a network resource this wizard reads; paste/,
    ],
    ['an empty list', [], /^This is a list with nothing in it; paste the output of one of/],
    [
      'an error body',
      { error: { code: 'ResourceNotFound', message: 'x' } },
      /error response from Azure \(ResourceNotFound\)/,
    ],
    ['a plan file', { version: 1, workspace: {} }, /plan file.*"Import plan"/],
    [
      'a single route',
      { name: 'r', addressPrefix: '0.0.0.0/0', nextHopType: 'Internet' },
      /single route; .*route-table show/,
    ],
    [
      'a single rule',
      { name: 'r', properties: { priority: 100, direction: 'Inbound' } },
      /single security rule; .*nsg show/,
    ],
    [
      'another type',
      { name: 'nic', type: 'Microsoft.Network/networkInterfaces' },
      /Microsoft\.Network\/networkInterfaces resource, which this wizard doesn't audit/,
    ],
    [
      'an empty object',
      {},
      /doesn't look like a virtual network, subnet, network security group or route table/,
    ],
  ])('explains %s', (_label, json, message) => {
    const detection = detectArmJson(json);
    expect(detection.kind).toBe('unknown');
    expect(detection.message).toMatch(message);
  });
});

describe('wrongKindMessage', () => {
  it('is undefined for the expected kind', () => {
    expect(wrongKindMessage(azNsg, 'nsg')).toBeUndefined();
  });

  it('names what was pasted and the command for what was expected', () => {
    expect(wrongKindMessage(azVnet, 'nsg')).toBe(
      'This looks like a virtual network, not a network security group; paste the output of `az network nsg show -g <rg> -n <name> -o json`.',
    );
  });

  it('keeps the description of an unknown document', () => {
    expect(wrongKindMessage(armTemplate, 'routeTable')).toBe(
      'This is an ARM template, not a deployed resource; paste the output of `az network route-table show -g <rg> -n <name> -o json`.',
    );
  });
});

describe('parseArmText', () => {
  it('parses JSON', () => {
    expect(parseArmText(JSON.stringify(azNsg))).toEqual({ ok: true, json: azNsg });
  });

  it.each([
    ['empty text', '  \n', /^Nothing was pasted; paste the output of one of/],
    [
      'table output',
      'Name    ResourceGroup\n------  -------',
      /^This is not valid JSON \(.+\)\. Run the command with `-o json`/,
    ],
    ['a huge paste', 'x'.repeat(4 * 1024 * 1024 + 1), /^This is more than 4 MB/],
  ])('explains %s', (_label, text, message) => {
    const result = parseArmText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
