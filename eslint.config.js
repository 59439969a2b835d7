// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Node built-ins, by bare and `node:` name, for layers that must stay portable. */
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'url', 'crypto', 'http', 'https', 'stream', 'util']
  .flatMap((name) => [name, `${name}/*`])
  .concat(['node:*']);

const uiPackages = ['react', 'react-dom', 'react-dom/*', '@fluentui/*', 'react-hook-form', '@hookform/*'];

const srcRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src');

/**
 * Resolves every relative import against the importing file and reports one that lands in a layer
 * the importer may not use. Resolving (rather than matching import text) keeps core's own folders,
 * such as `generators/cli/`, apart from the `src/cli` layer.
 */
const layersPlugin = {
  rules: {
    'no-wrong-way-import': {
      meta: {
        type: 'problem',
        schema: [
          { type: 'object', properties: { forbidden: { type: 'array' } }, additionalProperties: false },
        ],
      },
      create(context) {
        const forbidden = new Set(context.options[0]?.forbidden ?? []);
        const own = path.relative(srcRoot, context.filename).split(path.sep)[0];
        const check = (node) => {
          const spec = node.source?.value;
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const target = path.relative(srcRoot, path.resolve(path.dirname(context.filename), spec));
          const layer = target.startsWith('..') ? undefined : target.split(path.sep)[0];
          if (layer && forbidden.has(layer)) {
            context.report({
              node: node.source,
              message: `src/${own} must not import src/${layer} (ui → azure → core, cli → core).`,
            });
          }
        };
        return {
          ImportDeclaration: check,
          ExportAllDeclaration: check,
          ExportNamedDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};

/**
 * Layer boundaries (see ARCHITECTURE.md): ui → azure → core, cli → core; nothing imports ui or cli.
 * A wrong-way import is a lint error, not a review comment.
 */
const layer = (files, forbiddenLayers, forbiddenPatterns, forbiddenGlobals = []) => ({
  files,
  plugins: { layers: layersPlugin },
  rules: {
    'layers/no-wrong-way-import': ['error', { forbidden: forbiddenLayers }],
    'no-restricted-imports': ['error', { paths: [zodClassic], patterns: forbiddenPatterns }],
    'no-restricted-globals': ['error', ...forbiddenGlobals],
  },
});

/** The browser loads the plan schema on first visit: zod classic would add about 15 kB gzip to it. */
const zodClassic = {
  name: 'zod',
  message: "Import zod/mini (import * as z from 'zod/mini'): it is what the app ships.",
};

const browserGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'].map(
  (name) => ({ name, message: 'src/core is pure: no DOM. Pass what you need in as arguments.' }),
);
const nodeGlobals = ['process', 'Buffer', 'require', '__dirname'].map((name) => ({
  name,
  message: 'src/core is pure: no Node APIs. Do file and process work in src/cli.',
}));

export default tseslint.config(
  {
    ignores: [
      '.scratch',
      'dist',
      'dist-cli',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      'public/plan.schema.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer(
    ['src/core/**/*.ts'],
    ['ui', 'azure', 'cli'],
    [
      { group: uiPackages, message: 'src/core is pure: no React or UI libraries.' },
      { group: ['@azure/*'], message: 'src/core must not depend on Azure SDKs; put that in src/azure.' },
      {
        group: nodeBuiltins,
        message: 'src/core is pure: no Node APIs. Do file and process work in src/cli.',
      },
    ],
    [...browserGlobals, ...nodeGlobals, { name: 'fetch', message: 'src/core does no network IO.' }],
  ),
  layer(
    ['src/azure/**/*.ts'],
    ['ui', 'cli'],
    [
      { group: uiPackages, message: 'src/azure has no UI; React lives in src/ui.' },
      { group: nodeBuiltins, message: 'src/azure runs in the browser: no Node APIs.' },
    ],
  ),
  layer(
    ['src/cli/**/*.ts'],
    ['ui', 'azure'],
    [
      { group: uiPackages, message: 'src/cli is a Node entry over src/core: no UI libraries.' },
      { group: ['@azure/msal-browser'], message: 'src/cli imports only src/core.' },
    ],
  ),
  layer(
    ['src/ui/**/*.{ts,tsx}'],
    ['cli'],
    [
      { group: nodeBuiltins, message: 'src/ui runs in the browser: no Node APIs.' },
      { group: ['@azure/msal-browser'], message: 'Only src/azure imports MSAL, and lazily.' },
    ],
  ),
  {
    // Tests and benchmarks beside core code may read fixtures from disk.
    files: ['src/**/*.test.ts', 'src/**/*.bench.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
);
