// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Node built-ins, by bare and `node:` name, for layers that must stay portable. */
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'url', 'crypto', 'http', 'https', 'stream', 'util']
  .flatMap((name) => [name, `${name}/*`])
  .concat(['node:*']);

const uiPackages = ['react', 'react-dom', 'react-dom/*', '@fluentui/*', 'react-hook-form', '@hookform/*'];

/**
 * Layer boundaries (see ARCHITECTURE.md): ui → azure → core, cli → core; nothing imports ui or cli.
 * A wrong-way import is a lint error, not a review comment.
 */
const layer = (files, forbiddenPatterns, forbiddenGlobals = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbiddenPatterns }],
    'no-restricted-globals': ['error', ...forbiddenGlobals],
  },
});

const browserGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'].map(
  (name) => ({ name, message: 'src/core is pure: no DOM. Pass what you need in as arguments.' }),
);
const nodeGlobals = ['process', 'Buffer', 'require', '__dirname'].map((name) => ({
  name,
  message: 'src/core is pure: no Node APIs. Do file and process work in src/cli.',
}));

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'coverage', 'playwright-report', 'test-results', 'public/plan.schema.json'],
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
    [
      { group: uiPackages, message: 'src/core is pure: no React or UI libraries.' },
      { group: ['@azure/*'], message: 'src/core must not depend on Azure SDKs; put that in src/azure.' },
      { group: nodeBuiltins, message: 'src/core is pure: no Node APIs. Do file and process work in src/cli.' },
      { group: ['**/ui', '**/ui/**', '**/cli', '**/cli/**', '**/azure', '**/azure/**'], message: 'src/core imports no other layer.' },
    ],
    [...browserGlobals, ...nodeGlobals, { name: 'fetch', message: 'src/core does no network IO.' }],
  ),
  layer(
    ['src/azure/**/*.ts'],
    [
      { group: uiPackages, message: 'src/azure has no UI; React lives in src/ui.' },
      { group: nodeBuiltins, message: 'src/azure runs in the browser: no Node APIs.' },
      { group: ['**/ui', '**/ui/**', '**/cli', '**/cli/**'], message: 'src/azure imports only src/core.' },
    ],
  ),
  layer(
    ['src/cli/**/*.ts'],
    [
      { group: uiPackages, message: 'src/cli is a Node entry over src/core: no UI libraries.' },
      { group: ['@azure/msal-browser', '**/ui', '**/ui/**', '**/azure', '**/azure/**'], message: 'src/cli imports only src/core.' },
    ],
  ),
  layer(
    ['src/ui/**/*.{ts,tsx}'],
    [
      { group: nodeBuiltins, message: 'src/ui runs in the browser: no Node APIs.' },
      { group: ['**/cli', '**/cli/**'], message: 'src/ui must not import src/cli.' },
      { group: ['@azure/msal-browser'], message: 'Only src/azure imports MSAL, and lazily.' },
    ],
  ),
  {
    // Tests and benchmarks beside core code may read fixtures from disk.
    files: ['src/**/*.test.ts', 'src/**/*.bench.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
);
