import ipaddr from 'ipaddr.js';
import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { computeSchema } from './compute.ts';
import { outboundSchema, tunnelingSchema } from './egress.ts';
import { networkSchema } from './network.ts';
import { privateEndpointPlacement } from './privateEndpoint.ts';
import { checkPrivateLinkShape } from './privateLink.ts';
import { workspaceSchema } from './workspace.ts';

/**
 * zod/mini loads no locale: an issue without a message of its own would read just "Invalid input". zod's
 * English locale keeps those messages as they are shown today (plan file errors, importer messages, step
 * forms). Set here because every one of those paths loads the plan schema; the Service Tags worker, which
 * doesn't, words its issues itself (servicetags/issues.ts).
 */
z.config(en());

/** The plan format version this build reads and writes. */
export const PLAN_VERSION = 1;

type Ctx = z.core.$RefinementCtx;

/** Cross-field shape constraints; documented requirements live in the rules, not here. */
function checkShape(plan: z.output<typeof planObject>, ctx: Ctx): void {
  const { workspace, compute, network, tunneling } = plan;
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });

  if (workspace.isolation === 'customerVnet' && !network) {
    issue(
      ['network'],
      'A plan with isolation "customerVnet" needs a "network" section: the VNet and subnet to use.',
    );
  }
  if (workspace.isolation === 'managedVnet' && !workspace.managedNetworkMode) {
    issue(
      ['workspace', 'managedNetworkMode'],
      'Choose the managed network mode: "allowInternetOutbound" or "allowOnlyApprovedOutbound".',
    );
  }
  if (workspace.isolation === 'customerVnet' && workspace.managedNetworkMode) {
    issue(
      ['workspace', 'managedNetworkMode'],
      'managedNetworkMode applies only to isolation "managedVnet"; remove it or switch isolation.',
    );
  }
  if (network) {
    if (compute.kind === 'databricks') {
      if (!network.databricks) {
        issue(
          ['network', 'databricks'],
          'Azure Databricks needs "network.databricks" with a public and a private subnet.',
        );
      }
      if (network.subnet) {
        issue(
          ['network', 'subnet'],
          'Azure Databricks uses "network.databricks" subnets; remove "network.subnet".',
        );
      }
    } else {
      if (!network.subnet) issue(['network', 'subnet'], 'Choose the compute subnet in "network.subnet".');
      if (network.databricks) {
        issue(
          ['network', 'databricks'],
          '"network.databricks" is only for compute kind "databricks"; remove it.',
        );
      }
    }
  }
  checkPrivateLinkShape(plan, issue);
  if (tunneling.mode === 'userDefinedRoutes') {
    if (tunneling.applianceIp === undefined || tunneling.applianceIp === '') {
      issue(
        ['tunneling', 'applianceIp'],
        'User-defined routes need the private IP of the firewall or appliance.',
      );
    } else if (!ipaddr.IPv4.isValidFourPartDecimal(tunneling.applianceIp)) {
      issue(
        ['tunneling', 'applianceIp'],
        `"${tunneling.applianceIp}" is not an IPv4 address such as 10.0.0.4.`,
      );
    }
  } else if (tunneling.applianceIp !== undefined) {
    issue(
      ['tunneling', 'applianceIp'],
      'applianceIp is used only with tunneling mode "userDefinedRoutes"; remove it.',
    );
  }
}

const planObject = z.strictObject({
  $schema: z
    .optional(z.string())
    .check(z.meta({ description: 'Editors may point this at plan.schema.json.' })),
  version: z.literal(PLAN_VERSION, {
    error: `This build reads plan version ${PLAN_VERSION}.`,
  }),
  workspace: workspaceSchema,
  compute: computeSchema,
  network: z.optional(networkSchema).check(z.meta({ description: 'Required for isolation = customerVnet.' })),
  outbound: z._default(outboundSchema, () => outboundSchema.parse({})),
  tunneling: z._default(tunnelingSchema, () => tunnelingSchema.parse({})),
});

type PlanOutput = z.output<typeof planObject>;

/**
 * `workspace.privateEndpoint` says whether the compute reaches the workspace through a private endpoint,
 * existing or created: true whenever the resolved placement has one (a `privateLink`, or the default
 * for compute without public IPs in a VNet the plan creates). A managed network's flag is left as written.
 */
function withPrivateEndpointFlag(plan: PlanOutput): PlanOutput {
  if (plan.workspace.isolation !== 'customerVnet') return plan;
  const privateEndpoint = privateEndpointPlacement(plan) !== 'none';
  if (privateEndpoint === plan.workspace.privateEndpoint) return plan;
  return { ...plan, workspace: { ...plan.workspace, privateEndpoint } };
}

/**
 * A plan: every choice a user makes in the wizard plus what is known of existing resources.
 * @see ../../../README.md#plan-files
 */
export const planSchema = z
  .pipe(planObject.check(z.superRefine(checkShape)), z.transform(withPrivateEndpointFlag))
  .check(
    z.meta({
      title: 'AML Network Wizard plan',
      description:
        'Plan for Azure Machine Learning training compute in a virtual network (format version 1).',
    }),
  );
export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;

type Section = keyof typeof planObject.shape;
const SECTIONS = Object.keys(planObject.shape) as Section[];

/**
 * `planSchema.safeParse(candidate)` for a candidate an edit made of `previous`, a plan the schema gave: the
 * sections the edit left as they were (the same objects) aren't read again, so a keystroke in one field
 * doesn't re-read the whole plan. The result is the full parse's: whenever the short way meets a problem, or
 * a field the schema doesn't know, the whole plan is parsed to report it.
 */
export function parsePlanEdit(previous: Plan, candidate: Plan): z.core.util.SafeParseResult<Plan> {
  const full = () => planSchema.safeParse(candidate);
  const given = candidate as Readonly<Record<string, unknown>>;
  const before = previous as Readonly<Record<string, unknown>>;
  if (Object.keys(given).some((key) => !(key in planObject.shape))) return full();
  const parsed: Record<string, unknown> = {};
  for (const section of SECTIONS) {
    const value = given[section];
    if (Object.is(value, before[section]) && (value !== undefined || section in before)) {
      if (section in given) parsed[section] = value;
      continue;
    }
    const result = planObject.shape[section].safeParse(value);
    if (!result.success) return full();
    if (result.data !== undefined || section in given) parsed[section] = result.data;
  }
  const plan = parsed as PlanOutput;
  let shapeProblem = false;
  const ctx = { value: plan, issues: [], addIssue: () => (shapeProblem = true) } as unknown as Ctx;
  checkShape(plan, ctx);
  return shapeProblem ? full() : { success: true, data: withPrivateEndpointFlag(plan) };
}
