import { describe, expect, it } from 'vitest';
import { examplePlan, networkOf, withPatch } from '../../../test/helpers/rulePlans.ts';
import { reviewPlan } from './applyPlan.ts';

describe('reviewPlan', () => {
  it('shows the changes of the plan as the store would hold it, derived flags included', () => {
    // In a VNet the plan creates, compute without public IPs always gets a private endpoint: the schema
    // sets the flag, so a stale false in the candidate isn't a change.
    const current = withPatch(examplePlan('compute-cluster'), (plan) => {
      networkOf(plan).vnet.mode = 'new';
    });
    const candidate = {
      ...current,
      workspace: { ...current.workspace, privateEndpoint: false },
      compute: { ...current.compute, maxNodes: 8 },
    };
    const review = reviewPlan(current, candidate);
    if (!review.ok) throw new Error(review.message);
    expect(review.plan.workspace.privateEndpoint).toBe(true);
    expect(review.changes).toEqual([
      { path: 'compute.maxNodes', label: 'Compute › Maximum nodes', before: '4', after: '8' },
    ]);
  });

  it('finds nothing to change in the plan itself', () => {
    const current = examplePlan('compute-cluster');
    expect(reviewPlan(current, current)).toMatchObject({ ok: true, changes: [] });
  });

  it('says why a candidate isn’t a valid plan, and that nothing changed', () => {
    const current = examplePlan('compute-cluster');
    const review = reviewPlan(current, {
      ...current,
      tunneling: { ...current.tunneling, mode: 'userDefinedRoutes' },
    });
    expect(review).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^What was read can't be put into the plan as it is \(tunneling\.applianceIp: .*\)\. The plan was not changed;/,
      ),
    });
  });
});
