import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { defaultFindings } from './scripts/vite/defaultFindings.ts';
import { extractGriffelCss } from './scripts/vite/extractGriffelCss.ts';
import { inlineFluentTokens } from './scripts/vite/inlineTokens.ts';
import { prerenderFirstScreen } from './scripts/vite/prerender.ts';

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [
    react(),
    defaultFindings(),
    // Production builds get their styles resolved at build time (Griffel's ahead-of-time mode, as Fluent UI's own
    // packages ship): the page then carries no style compiler and computes no CSS while it starts.
    command === 'build' && griffel({ babelOptions: { presets: ['@babel/preset-typescript'] } }),
    // What Griffel leaves of the styles reads single tokens; as strings they no longer keep all of them loaded.
    inlineFluentTokens(),
    // …and their CSS leaves the JavaScript for the page's head, where Griffel's server rendering would put it.
    // (The server build that renders the first screen has no page to write them into.)
    command === 'build' && !isSsrBuild && extractGriffelCss(),
    // The first screen itself goes into the page too, so a first visit paints it before any script runs.
    prerenderFirstScreen(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // redirect.html is the page MSAL's sign-in popup returns to; it only hands the response back.
      input: isSsrBuild ? undefined : { main: 'index.html', redirect: 'redirect.html' },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    benchmark: { include: ['src/**/*.bench.ts'] },
    testTimeout: 30_000,
  },
}));
