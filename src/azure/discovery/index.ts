export * from './applyDiscovery.ts';
export * from './discoverSubnet.ts';
export * from './liveChecks.ts';
export * from './quotaCheck.ts';
export {
  planFromPasted,
  readPasted,
  type PastedPlan,
  type PastedSet,
  type PastedText,
  type Understood,
} from '../../core/index.ts';
