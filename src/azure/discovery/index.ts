export * from './discoverSubnet.ts';
