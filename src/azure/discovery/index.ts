export * from './applyDiscovery.ts';
export * from './discoverSubnet.ts';
export * from './liveChecks.ts';
export * from './pastedDocuments.ts';
export * from './pastedPlan.ts';
