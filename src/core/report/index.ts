/** Reports for pipelines and people: SARIF, JUnit XML and Markdown from plans' or computes' findings. */
export * from './types.ts';
export { jsonLocator, type TextPosition } from './position.ts';
export { toSarif, artifactUri, SARIF_SCHEMA, SARIF_VERSION } from './sarif.ts';
export { toJunit } from './junit.ts';
export { toMarkdown, escapeMarkdown, type MarkdownOptions } from './markdown.ts';
