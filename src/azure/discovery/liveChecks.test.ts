import { describe, expect, it } from 'vitest';
import { armErrorBody, fakeFetch, type FakeReply } from '../arm/fakeFetch.ts';
import { createArmClient } from '../arm/index.ts';
import { runLiveChecks } from './liveChecks.ts';

const SUB = '/subscriptions/11111111-2222-3333-4444-555555555555';
const VNET = `${SUB}/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet1`;
const WORKSPACE = `${SUB}/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ws1`;
const lock = (group: string) => ({
  id: `${SUB}/resourceGroups/${group}/providers/Microsoft.Authorization/locks/keep`,
  name: 'keep',
  properties: { level: 'CanNotDelete' },
});
const JOIN = [
  'Microsoft.Network/virtualNetworks/join/action',
  'Microsoft.Network/virtualNetworks/subnets/join/action',
];

function setup(routes: Record<string, FakeReply>) {
  const { fetch } = fakeFetch((url) => {
    const reply = routes[decodeURIComponent(url.pathname)];
    return reply ?? { status: 404, body: armErrorBody('NotFound', 'no') };
  });
  return createArmClient({ fetch, getToken: async () => 't', sleep: async () => undefined });
}

const locksOf = (group: string) => `${SUB}/resourceGroups/${group}/providers/Microsoft.Authorization/locks`;
const permissionsOf = `${VNET}/providers/Microsoft.Authorization/permissions`;

describe('runLiveChecks', () => {
  it('passes when nothing is locked and the join actions are allowed', async () => {
    const client = setup({
      [locksOf('net-rg')]: { body: { value: [] } },
      [locksOf('ml-rg')]: { body: { value: [] } },
      [permissionsOf]: { body: { value: [{ actions: ['Microsoft.Network/*'], notActions: [] }] } },
    });
    const results = await runLiveChecks(client, {
      vnetId: VNET,
      workspaceId: WORKSPACE,
      computePublicIp: true,
    });
    expect(results.map((r) => [r.key, r.outcome])).toEqual([
      ['locks:net-rg', 'passed'],
      ['locks:ml-rg', 'passed'],
      ['rbac-join', 'passed'],
    ]);
  });

  it('reports locks (a warning for compute with public IPs) and the missing join action', async () => {
    const client = setup({
      [locksOf('net-rg')]: { body: { value: [lock('net-rg')] } },
      [permissionsOf]: { body: { value: [{ actions: [JOIN[1]], notActions: [] }] } },
    });
    const [locks, join] = await runLiveChecks(client, { vnetId: VNET, computePublicIp: true });
    expect(locks).toMatchObject({ outcome: 'problem', severity: 'warning', ruleId: 'locks' });
    expect(locks?.message).toContain('"keep" (CanNotDelete)');
    expect(join).toMatchObject({ outcome: 'problem', ruleId: 'rbac-join' });
    expect(join?.message).toContain(`lacks ${JOIN[0]} on`);
    expect(join?.message).not.toContain(JOIN[1]);
  });

  it('makes a lock information only for compute without public IPs, and notActions take an action away', async () => {
    const client = setup({
      [locksOf('net-rg')]: { body: { value: [lock('net-rg')] } },
      [permissionsOf]: { body: { value: [{ actions: ['*'], notActions: [JOIN[0]] }] } },
    });
    const [locks, join] = await runLiveChecks(client, { vnetId: VNET, computePublicIp: false });
    expect(locks?.severity).toBe('info');
    expect(join?.outcome).toBe('problem');
  });

  it('explains a 403 as a check it could not run, and still runs the others', async () => {
    const denied: FakeReply = {
      status: 403,
      body: armErrorBody(
        'AuthorizationFailed',
        `The client 'a' with object id 'b' does not have authorization to perform action 'Microsoft.Authorization/locks/read' over scope '${SUB}/resourceGroups/ml-rg' or the scope is invalid.`,
      ),
    };
    const client = setup({
      [locksOf('net-rg')]: { body: { value: [] } },
      [locksOf('ml-rg')]: denied,
      [permissionsOf]: { body: { value: [{ actions: JOIN, notActions: [] }] } },
    });
    const results = await runLiveChecks(client, {
      vnetId: VNET,
      workspaceId: WORKSPACE,
      computePublicIp: false,
    });
    expect(results.map((r) => r.outcome)).toEqual(['passed', 'unknown', 'passed']);
    expect(results[1]?.message).toBe(
      `Couldn't check for locks. You lack permission Microsoft.Authorization/locks/read on ${SUB}/resourceGroups/ml-rg. Ask an owner of that scope for a role that grants it (Reader is enough to audit), then sign in again.`,
    );
  });

  it('checks a resource group shared by the VNet and the workspace once', async () => {
    const sameGroupWorkspace = WORKSPACE.replace('ml-rg', 'net-rg');
    const client = setup({
      [locksOf('net-rg')]: { body: { value: [] } },
      [permissionsOf]: { body: { value: [] } },
    });
    const results = await runLiveChecks(client, {
      vnetId: VNET,
      workspaceId: sameGroupWorkspace,
      computePublicIp: true,
    });
    expect(results.map((r) => r.title)).toEqual([
      'Locks on resource group net-rg (virtual network and workspace)',
      'Your permission to join compute to the virtual network',
    ]);
  });
});
