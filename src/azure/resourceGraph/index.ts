/** Azure Resource Graph: the tenant audit's rows through the REST API with the signed-in token. */
export {
  queryAuditRows,
  queryGraphRows,
  type GraphScope,
  RESOURCE_GRAPH_API_VERSION,
  type GraphExport,
  type QueryFetch,
  type ResourceGraphOptions,
} from './client.ts';
