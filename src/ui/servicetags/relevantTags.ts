import type { ServiceTagsFile } from '../../core/index.ts';

/**
 * The tags forced-tunnelling routes may take prefixes from (AzureMachineLearning and
 * BatchNodeManagement for training compute; the Databricks tags), with their regional tags.
 */
export const ROUTABLE_TAGS: readonly string[] = [
  'AzureMachineLearning',
  'BatchNodeManagement',
  'AzureDatabricks',
  'Sql',
  'Storage',
  'EventHub',
];

const wanted = new Set(ROUTABLE_TAGS.map((tag) => tag.toLowerCase()));

/**
 * The file with only the tags routes can use, in file order: what the worker sends to the page, so
 * copying the answer to the page stays small however large the file is.
 */
export function keepRoutableTags(file: ServiceTagsFile): ServiceTagsFile {
  const values = file.values.filter((tag) => wanted.has(tag.name.split('.')[0]?.toLowerCase() ?? ''));
  return { ...file, values };
}
