import * as z from 'zod/mini';
import { nsgSourceSchema, regionSchema } from './common.ts';
import {
  attachedComputeNameRule,
  computeNameRule,
  hdinsightClusterNameRule,
  nameProblem,
  nameSchema,
} from './names.ts';
import { resourceIdSchema } from './resourceId.ts';

export const computeKinds = [
  'computeCluster',
  'computeInstance',
  'serverless',
  'databricks',
  'virtualMachine',
  'hdinsight',
] as const;
export const computeKindSchema = z.enum(computeKinds);
export type ComputeKind = z.infer<typeof computeKindSchema>;

export const sshSchema = z.strictObject({
  enabled: z._default(z.boolean(), false),
  port: z._default(z.number().check(z.int(), z.gte(1), z.lte(65535)), 22),
  sourceAddressPrefix: z.optional(nsgSourceSchema).check(
    z.meta({
      description:
        'Where SSH may come from: an IPv4 address or CIDR prefix, * or a service tag; restrict it to your network.',
    }),
  ),
});
export type Ssh = z.infer<typeof sshSchema>;

const vmSizeSchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z][A-Za-z0-9_-]{2,63}$/, { message: 'Enter an Azure VM size such as Standard_DS3_v2.' }),
  );
const publicIp = z
  ._default(z.boolean(), false)
  .check(z.meta({ description: 'false = no public IP (recommended); true = nodes get public IPs.' }));
const nodes = z.number().check(z.int(), z.gte(0), z.lte(10_000));

const vmType = 'Microsoft.Compute/virtualMachines';
const hdiType = 'Microsoft.HDInsight/clusters';
const base = {
  region: z.optional(regionSchema).check(z.meta({ description: "Defaults to the workspace's region." })),
};

export const computeClusterSchema = z.strictObject({
  kind: z.literal('computeCluster'),
  name: nameSchema(computeNameRule),
  ...base,
  vmSize: vmSizeSchema,
  priority: z._default(z.enum(['dedicated', 'lowPriority']), 'dedicated'),
  minNodes: z._default(nodes, 0),
  maxNodes: nodes.check(z.gte(1)),
  idleSecondsBeforeScaleDown: z._default(z.number().check(z.int(), z.gte(0), z.lte(604_800)), 120),
  publicIp,
  ssh: z.optional(sshSchema),
});

export const computeInstanceSchema = z.strictObject({
  kind: z.literal('computeInstance'),
  name: nameSchema(computeNameRule),
  ...base,
  vmSize: vmSizeSchema,
  publicIp,
  ssh: z.optional(sshSchema),
});

export const serverlessSchema = z.strictObject({
  kind: z.literal('serverless'),
  name: z
    .optional(nameSchema(computeNameRule))
    .check(z.meta({ description: 'Serverless compute is not named in Azure.' })),
  ...base,
  vmSize: z.optional(vmSizeSchema),
  maxNodes: nodes.check(z.gte(1)),
  publicIp,
});

export const databricksSchema = z.strictObject({
  kind: z.literal('databricks'),
  name: nameSchema(attachedComputeNameRule),
  ...base,
  publicIp: publicIp.check(z.meta({ description: 'false = secure cluster connectivity (no public IP).' })),
});

export const osSchema = z.enum([
  'ubuntu-20.04',
  'ubuntu-22.04',
  'ubuntu-24.04',
  'debian-12',
  'rhel-9',
  'windows-server-2022',
  'other',
]);

export const virtualMachineSchema = z.strictObject({
  kind: z.literal('virtualMachine'),
  name: nameSchema(attachedComputeNameRule),
  ...base,
  resourceId: resourceIdSchema({
    type: vmType,
    example: `/subscriptions/<id>/resourceGroups/<group>/providers/${vmType}/<name>`,
  }),
  os: z._default(osSchema, 'ubuntu-22.04'),
  ssh: z.optional(sshSchema),
});

export const hdinsightSchema = z.strictObject({
  kind: z.literal('hdinsight'),
  name: nameSchema(attachedComputeNameRule),
  ...base,
  resourceId: resourceIdSchema({
    type: hdiType,
    example: `/subscriptions/<id>/resourceGroups/<group>/providers/${hdiType}/<name>`,
    lastName: (name) => nameProblem(hdinsightClusterNameRule, name),
  }),
  ssh: z.optional(sshSchema),
});

/** The training compute; its fields depend on `kind`, and fields of another kind are rejected. */
export const computeSchema = z
  .discriminatedUnion('kind', [
    computeClusterSchema,
    computeInstanceSchema,
    serverlessSchema,
    databricksSchema,
    virtualMachineSchema,
    hdinsightSchema,
  ])
  .check(
    z.superRefine((compute, ctx) => {
      if (compute.kind === 'computeCluster' && compute.minNodes > compute.maxNodes) {
        ctx.addIssue({
          code: 'custom',
          path: ['minNodes'],
          message: `minNodes (${compute.minNodes}) can't be larger than maxNodes (${compute.maxNodes}).`,
        });
      }
    }),
  );
export type Compute = z.infer<typeof computeSchema>;
export type ComputeOf<K extends ComputeKind> = Extract<Compute, { kind: K }>;
