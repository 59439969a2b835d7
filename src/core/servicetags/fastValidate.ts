import { AZURE_CLOUDS } from '../catalog/regions.ts';
import { PREFIX_SHAPE, type ServiceTag, type ServiceTagsFile } from './schema.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): boolean =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const optional = (value: unknown, test: (value: unknown) => boolean): boolean =>
  value === undefined || test(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const CLOUDS: ReadonlySet<unknown> = new Set(AZURE_CLOUDS);

function isPrefixList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const prefix of value) if (typeof prefix !== 'string' || !PREFIX_SHAPE.test(prefix)) return false;
  return true;
}

/** Checks a tag's properties as {@link serviceTagPropertiesSchema} does, defaulting `networkFeatures`. */
function isProperties(p: unknown): boolean {
  if (!isObject(p)) return false;
  const features = p.networkFeatures;
  const ok =
    isCount(p.changeNumber) &&
    isString(p.region) &&
    optional(p.regionId, isCount) &&
    optional(p.platform, isString) &&
    optional(p.systemService, isString) &&
    isPrefixList(p.addressPrefixes) &&
    (features === undefined || features === null || (Array.isArray(features) && features.every(isString)));
  if (ok && features === undefined) p.networkFeatures = null;
  return ok;
}

function isTag(tag: unknown): tag is ServiceTag {
  return (
    isObject(tag) &&
    isString(tag.name) &&
    tag.name.length > 0 &&
    isString(tag.id) &&
    isProperties(tag.properties)
  );
}

/**
 * The Service Tags file `data` (from `JSON.parse`) when it is one by {@link serviceTagsFileSchema},
 * else undefined. Accepts and rejects exactly what the schema does and gives the same value (property
 * tests compare the two), without the schema's per-string overhead on 100,000 prefixes: a rejected
 * file goes through the schema for its messages. Fills in a missing `networkFeatures` in place, so
 * give it data nothing else holds.
 * @see https://learn.microsoft.com/azure/virtual-network/service-tags-overview#discover-service-tags-by-using-downloadable-json-files
 */
export function fastServiceTagsFile(data: unknown): ServiceTagsFile | undefined {
  if (!isObject(data) || !isCount(data.changeNumber) || !CLOUDS.has(data.cloud)) return undefined;
  const values = data.values;
  if (!Array.isArray(values)) return undefined;
  for (const tag of values) if (!isTag(tag)) return undefined;
  return data as ServiceTagsFile;
}
