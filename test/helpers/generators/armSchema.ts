/**
 * Test-only: validates generated ARM templates with ajv (draft-04) against the official ARM schemas,
 * patched in memory as their README describes. File access comes in through `readText` so this module
 * stays free of Node APIs.
 */
import Ajv from 'ajv-draft-04';

const BASE = 'https://schema.management.azure.com/schemas';
const FILES = {
  template: '2019-04-01/deploymentTemplate.json',
  common: 'common/definitions.json',
  ml: '2026-05-01/Microsoft.MachineLearningServices.json',
  network: '2025-07-01/Microsoft.Network.NRP.json',
} as const;

/** Resource definitions the generators emit that the official subset covers. */
const OFFICIAL_RESOURCES = [
  `${BASE}/2026-05-01/Microsoft.MachineLearningServices.json#/resourceDefinitions/workspaces`,
  `${BASE}/2026-05-01/Microsoft.MachineLearningServices.json#/resourceDefinitions/workspaces_computes`,
  ...[
    'networkSecurityGroups',
    'networkSecurityGroups_securityRules',
    'publicIPAddresses',
    'publicIPPrefixes',
    'natGateways',
    'routeTables',
    'routeTables_routes',
    'virtualNetworks',
    'virtualNetworks_subnets',
    'virtualNetworks_virtualNetworkPeerings',
    'privateEndpoints',
    'privateEndpoints_privateDnsZoneGroups',
  ].map((name) => `${BASE}/2025-07-01/Microsoft.Network.NRP.json#/resourceDefinitions/${name}`),
];

/**
 * Two resource types the subset has no schema for. A nested deployment's `template` is validated
 * against the official template schema again; the Databricks workspace gets a minimal shape.
 */
const LOCAL_SCHEMA = {
  id: 'local://extra.json',
  $schema: 'http://json-schema.org/draft-04/schema#',
  definitions: {
    deployments: {
      type: 'object',
      required: ['type', 'apiVersion', 'name', 'properties'],
      properties: {
        type: { enum: ['Microsoft.Resources/deployments'] },
        apiVersion: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        properties: {
          type: 'object',
          required: ['mode', 'template'],
          properties: {
            mode: { enum: ['Incremental', 'Complete'] },
            template: { $ref: `${BASE}/2019-04-01/deploymentTemplate.json#` },
          },
        },
      },
    },
    // Private DNS has its own schema file, outside the official subset: a minimal shape.
    privateDnsZones: {
      type: 'object',
      required: ['type', 'apiVersion', 'name', 'location', 'properties'],
      properties: {
        type: { enum: ['Microsoft.Network/privateDnsZones'] },
        location: { enum: ['global'] },
      },
    },
    privateDnsZoneLinks: {
      type: 'object',
      required: ['type', 'apiVersion', 'name', 'location', 'properties'],
      properties: {
        type: { enum: ['Microsoft.Network/privateDnsZones/virtualNetworkLinks'] },
        location: { enum: ['global'] },
        properties: {
          type: 'object',
          required: ['registrationEnabled', 'virtualNetwork'],
          properties: {
            registrationEnabled: { type: 'boolean' },
            virtualNetwork: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
          },
        },
      },
    },
    databricksWorkspaces: {
      type: 'object',
      required: ['type', 'apiVersion', 'name', 'location', 'sku', 'properties'],
      properties: {
        type: { enum: ['Microsoft.Databricks/workspaces'] },
        properties: { type: 'object', required: ['managedResourceGroupId'] },
      },
    },
  },
};

type SchemaNode = { [key: string]: unknown };

/** Patch 2: drop `additionalProperties: false` from objects that are direct members of an `allOf`. */
function relaxAllOf(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(relaxAllOf);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const object = node as SchemaNode;
  if (Array.isArray(object.allOf)) {
    for (const member of object.allOf as SchemaNode[]) {
      if (member && typeof member === 'object' && member.additionalProperties === false)
        delete member.additionalProperties;
    }
  }
  Object.values(object).forEach(relaxAllOf);
}

/**
 * Patch 3: `tags` may be an expression (the template language allows it and Bicep prints
 * `"tags": "[parameters('tags')]"`); an update carries the current tags that way.
 */
function allowTagsExpression(definitions: SchemaNode): void {
  const base = definitions.resourceBase as { allOf: { properties?: SchemaNode }[] };
  const own = base.allOf.find((member) => member.properties?.tags);
  if (!own?.properties) throw new Error('The template schema changed: resourceBase has no tags');
  own.properties.tags = {
    oneOf: [{ type: 'object' }, { type: 'string', pattern: '^\\[([^\\[].*)?\\]$' }],
  };
}

export type ArmValidator = (template: unknown) => string[];

/**
 * Loads the schemas from `schemasDir` (via `readText`) and returns a validator listing every
 * error, or undefined when the schema folder is absent.
 */
export function createArmValidator(
  readText: (path: string) => string | undefined,
  schemasDir: string,
): ArmValidator | undefined {
  const texts = Object.fromEntries(
    Object.entries(FILES).map(([key, file]) => [key, readText(`${schemasDir}/${file}`)]),
  );
  if (Object.values(texts).some((text) => text === undefined)) return undefined;
  const [template, common, ml, network] = [texts.template, texts.common, texts.ml, texts.network].map(
    (text) => JSON.parse(text ?? '{}') as SchemaNode,
  ) as [SchemaNode, SchemaNode, SchemaNode, SchemaNode];
  const definitions = template.definitions as SchemaNode;
  definitions.resource = {
    oneOf: [
      {
        allOf: [
          { $ref: '#/definitions/resourceBase' },
          { oneOf: OFFICIAL_RESOURCES.map(($ref) => ({ $ref })) },
        ],
      },
      { $ref: 'local://extra.json#/definitions/deployments' },
      { $ref: 'local://extra.json#/definitions/databricksWorkspaces' },
      { $ref: 'local://extra.json#/definitions/privateDnsZones' },
      { $ref: 'local://extra.json#/definitions/privateDnsZoneLinks' },
    ],
  };
  allowTagsExpression(definitions);
  relaxAllOf(ml);
  const ajv = new Ajv({ strict: false, allErrors: false });
  for (const schema of [common, ml, network, LOCAL_SCHEMA]) ajv.addSchema(schema);
  const validate = ajv.compile(template);
  return (value) =>
    validate(value)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`.trim());
}
