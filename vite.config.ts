import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { defaultFindings } from './scripts/vite/defaultFindings.ts';
import { extractGriffelCss } from './scripts/vite/extractGriffelCss.ts';
import { inlineFluentTokens } from './scripts/vite/inlineTokens.ts';

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    defaultFindings(),
    // Production builds get their styles resolved at build time (Griffel's ahead-of-time mode, as Fluent UI's own
    // packages ship): the page then carries no style compiler and computes no CSS while it starts.
    command === 'build' && griffel({ babelOptions: { presets: ['@babel/preset-typescript'] } }),
    // What Griffel leaves of the styles reads single tokens; as strings they no longer keep all of them loaded.
    inlineFluentTokens(),
    // …and their CSS leaves the JavaScript for the page's head, where Griffel's server rendering would put it.
    command === 'build' && extractGriffelCss(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // redirect.html is the page MSAL's sign-in popup returns to; it only hands the response back.
      input: { main: 'index.html', redirect: 'redirect.html' },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    benchmark: { include: ['src/**/*.bench.ts'] },
    testTimeout: 30_000,
  },
}));
