import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, examplePlan } from '../../../test/helpers/rulePlans.ts';
import { parsePlanEdit, planSchema, type Plan } from './plan.ts';

type Edit = (plan: Plan, other: Plan) => Plan;

/** Edits as the wizard makes them (one section replaced, the rest kept), valid and not. */
const EDITS: Readonly<Record<string, Edit>> = {
  'renames the workspace': (plan) => ({ ...plan, workspace: { ...plan.workspace, name: 'renamed-ml' } }),
  'gives the workspace a name it refuses': (plan) => ({
    ...plan,
    workspace: { ...plan.workspace, name: '-not a name-' },
  }),
  'flips the private endpoint flag': (plan) => ({
    ...plan,
    workspace: { ...plan.workspace, privateEndpoint: !plan.workspace.privateEndpoint },
  }),
  "takes another example's compute": (plan, other) => ({ ...plan, compute: other.compute }),
  "takes another example's network": (plan, other) =>
    other.network ? { ...plan, network: other.network } : plan,
  'drops the network': (plan) => {
    const { network: _dropped, ...rest } = plan;
    return rest as Plan;
  },
  "takes another example's egress": (plan, other) => ({
    ...plan,
    outbound: other.outbound,
    tunneling: other.tunneling,
  }),
  'routes through an appliance without its address': (plan) => ({
    ...plan,
    tunneling: { mode: 'userDefinedRoutes' } as Plan['tunneling'],
  }),
  'adds a field the schema does not know': (plan) => ({ ...plan, extra: true }) as Plan,
  'changes nothing': (plan) => ({ ...plan }),
  'is another plan altogether': (_plan, other) => other,
};

describe('parsePlanEdit', () => {
  const pairs = EXAMPLE_NAMES.flatMap((name, i) =>
    Object.keys(EDITS).map((edit) => [name, EXAMPLE_NAMES[(i + 1) % EXAMPLE_NAMES.length]!, edit] as const),
  );

  it.each(pairs)(
    'on %s with %s, an edit that %s gives what the full parse gives',
    (name, otherName, edit) => {
      const previous = examplePlan(name);
      const candidate = EDITS[edit]!(previous, examplePlan(otherName));
      const short = parsePlanEdit(previous, candidate);
      const full = planSchema.safeParse(candidate);
      expect(short.success).toBe(full.success);
      if (short.success && full.success) {
        expect(short.data).toStrictEqual(full.data);
        // The same fields in the same order: the saved file is the same.
        expect(JSON.stringify(short.data)).toBe(JSON.stringify(full.data));
      } else {
        expect(short.error?.issues).toStrictEqual(full.error?.issues);
      }
    },
  );

  it("doesn't read again the sections the edit kept", () => {
    const previous = examplePlan('compute-cluster');
    // A section the schema would refuse, kept as the same object: only the changed section is read.
    const unread = { ...previous, compute: { ...previous.compute, kind: 'nonsense' } } as unknown as Plan;
    const renamed = { ...unread, workspace: { ...unread.workspace, name: 'renamed-ml' } };
    expect(parsePlanEdit(unread, renamed).success).toBe(true);
    expect(planSchema.safeParse(renamed).success).toBe(false);
  });
});
