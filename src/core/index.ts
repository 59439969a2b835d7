/** The only import surface of src/core for the other layers. */
export * from './catalog/docs.ts';
export * from './model/index.ts';
export * from './net/index.ts';
export * from './rules/index.ts';
export * from './catalog/regions.ts';
export * from './catalog/vmSizes.ts';
export * from './servicetags/index.ts';
export * from './importers/index.ts';
export * from './flows/index.ts';
export * from './generators/index.ts';
export * from './catalog/limits.ts';
export { TRAINING_OUTBOUND_FLOWS, regionalRemote } from './catalog/flows.ts';
export * from './proof/index.ts';
export { privateLinkModel, zoneLinkOutOfScope, type PrivateLinkModel } from './resources/index.ts';
