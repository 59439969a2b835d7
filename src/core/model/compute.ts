import { z } from 'zod';
import { prefixTextSchema, regionSchema } from './common.ts';
import {
  attachedComputeNameRule,
  computeNameRule,
  hdinsightClusterNameRule,
  nameProblem,
  nameSchema,
} from './names.ts';

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
  enabled: z.boolean().default(false),
  port: z.number().int().min(1).max(65535).default(22),
  sourceAddressPrefix: prefixTextSchema
    .optional()
    .meta({ description: 'Where SSH may come from; restrict it to your network.' }),
});
export type Ssh = z.infer<typeof sshSchema>;

const vmSizeSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{2,63}$/, {
  message: 'Enter an Azure VM size such as Standard_DS3_v2.',
});
const publicIp = z
  .boolean()
  .default(false)
  .meta({ description: 'false = no public IP (recommended); true = nodes get public IPs.' });
const nodes = z.number().int().min(0).max(10_000);

const resourceIdPattern = (provider: string) =>
  new RegExp(
    `^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[^/]+/providers/${provider.replace('.', '\\.')}/([^/]+)$`,
    'i',
  );
const vmResourceId = resourceIdPattern('Microsoft.Compute/virtualMachines');
const hdiResourceId = resourceIdPattern('Microsoft.HDInsight/clusters');

function resourceIdSchema(pattern: RegExp, example: string, lastSegment?: Parameters<typeof nameProblem>[0]) {
  return z.string().superRefine((value, ctx) => {
    const match = pattern.exec(value);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `Enter the full resource id, such as ${example}.` });
      return;
    }
    const problem = lastSegment && nameProblem(lastSegment, match[1] ?? '');
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

const base = { region: regionSchema.optional().meta({ description: "Defaults to the workspace's region." }) };

export const computeClusterSchema = z.strictObject({
  kind: z.literal('computeCluster'),
  name: nameSchema(computeNameRule),
  ...base,
  vmSize: vmSizeSchema,
  priority: z.enum(['dedicated', 'lowPriority']).default('dedicated'),
  minNodes: nodes.default(0),
  maxNodes: nodes.min(1),
  idleSecondsBeforeScaleDown: z.number().int().min(0).max(604_800).default(120),
  publicIp,
  ssh: sshSchema.optional(),
});

export const computeInstanceSchema = z.strictObject({
  kind: z.literal('computeInstance'),
  name: nameSchema(computeNameRule),
  ...base,
  vmSize: vmSizeSchema,
  publicIp,
  ssh: sshSchema.optional(),
});

export const serverlessSchema = z.strictObject({
  kind: z.literal('serverless'),
  name: nameSchema(computeNameRule)
    .optional()
    .meta({ description: 'Serverless compute is not named in Azure.' }),
  ...base,
  vmSize: vmSizeSchema.optional(),
  maxNodes: nodes.min(1),
  publicIp,
});

export const databricksSchema = z.strictObject({
  kind: z.literal('databricks'),
  name: nameSchema(attachedComputeNameRule),
  ...base,
  publicIp: publicIp.meta({ description: 'false = secure cluster connectivity (no public IP).' }),
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
  resourceId: resourceIdSchema(
    vmResourceId,
    '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Compute/virtualMachines/<name>',
  ),
  os: osSchema.default('ubuntu-22.04'),
  ssh: sshSchema.optional(),
});

export const hdinsightSchema = z.strictObject({
  kind: z.literal('hdinsight'),
  name: nameSchema(attachedComputeNameRule),
  ...base,
  resourceId: resourceIdSchema(
    hdiResourceId,
    '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.HDInsight/clusters/<name>',
    hdinsightClusterNameRule,
  ),
  ssh: sshSchema.optional(),
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
  .superRefine((compute, ctx) => {
    if (compute.kind === 'computeCluster' && compute.minNodes > compute.maxNodes) {
      ctx.addIssue({
        code: 'custom',
        path: ['minNodes'],
        message: `minNodes (${compute.minNodes}) can't be larger than maxNodes (${compute.maxNodes}).`,
      });
    }
  });
export type Compute = z.infer<typeof computeSchema>;
export type ComputeOf<K extends ComputeKind> = Extract<Compute, { kind: K }>;
