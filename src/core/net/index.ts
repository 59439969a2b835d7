export * from './allocate.ts';
export * from './capacity.ts';
export * from './cidr.ts';
export * from './overlap.ts';
export * from './plan.ts';
export * from './size.ts';
