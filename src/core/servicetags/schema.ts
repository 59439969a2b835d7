import * as z from 'zod/mini';
import { AZURE_CLOUDS } from '../catalog/regions.ts';

/**
 * The "Azure IP Ranges and Service Tags" file format. Strict about the fields the product uses, tolerant
 * of anything else, so a field Microsoft adds later does not make a good file unreadable.
 *
 * @see https://learn.microsoft.com/azure/virtual-network/service-tags-overview#discover-service-tags-by-using-downloadable-json-files
 */

/** A text that looks like an IPv4 or IPv6 prefix; exact parsing happens when a tag's prefixes are used. */
export const PREFIX_SHAPE = /^[0-9A-Fa-f.:]+\/\d{1,3}$/;

export const serviceTagPropertiesSchema = z.looseObject({
  changeNumber: z.number().check(z.int(), z.nonnegative()),
  /** ARM region name (`usgovvirginia`), or "" for a global tag. */
  region: z.string(),
  regionId: z.optional(z.number().check(z.int(), z.nonnegative())),
  platform: z.optional(z.string()),
  systemService: z.optional(z.string()),
  addressPrefixes: z.array(
    z.string().check(z.regex(PREFIX_SHAPE, { message: 'is not an address prefix such as 20.140.91.96/27' })),
  ),
  /**
   * Where the tag may be used: `API`, `NSG`, `UDR`, `FW`, `VSE`. `null` (or absent, in old files) means
   * Microsoft does not say.
   */
  networkFeatures: z._default(z.nullable(z.array(z.string())), null),
});

export const serviceTagSchema = z.looseObject({
  name: z.string().check(z.minLength(1)),
  id: z.string(),
  properties: serviceTagPropertiesSchema,
});

export const serviceTagsFileSchema = z.looseObject({
  changeNumber: z.number().check(z.int(), z.nonnegative()),
  cloud: z.enum(AZURE_CLOUDS),
  values: z.array(serviceTagSchema),
});

export type ServiceTagProperties = z.infer<typeof serviceTagPropertiesSchema>;
export type ServiceTag = z.infer<typeof serviceTagSchema>;
export type ServiceTagsFile = z.infer<typeof serviceTagsFileSchema>;
