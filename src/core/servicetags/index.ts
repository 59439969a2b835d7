/** Service Tags files: read them, pick a region's prefixes, and turn them into exact routes. */
export * from './aggregate.ts';
export * from './bypassRoutes.ts';
export * from './fileDate.ts';
export * from './limits.ts';
export * from './notice.ts';
export * from './parse.ts';
export * from './prefixes.ts';
export * from './routeName.ts';
export * from './schema.ts';
export * from './sources.ts';
export { udrSupport, type UdrSupport } from './tagNotices.ts';
