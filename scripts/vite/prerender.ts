import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import postcss from 'postcss';
import { build, type Plugin } from 'vite';

/** The module that renders the first screen on the build machine (never shipped to the browser). */
export const PRERENDER_ENTRY = 'src/ui/prerender.tsx';

/** The attribute of the element that holds the first screen written at build time. */
export const PRERENDERED = 'data-prerendered';

/** Set on `<html>` by the page's inline script when the first screen written at build time isn't the one to show. */
export const NOT_PRERENDERED = 'data-not-prerendered';

/** What the page must not show the written first screen for ({@link PRERENDER_ENTRY}'s `NOT_THIS_SCREEN`). */
export interface NotThisScreen {
  readonly media: readonly string[];
  readonly storageKeys: readonly string[];
}

/** The first screen as HTML, and when it isn't the one to show. */
export interface FirstScreen {
  readonly markup: string;
  readonly notThisScreen: NotThisScreen;
}

/**
 * The script the page runs before its body: it marks the page when a returning visitor's plan or step is
 * kept in localStorage, or the address carries a fragment (a share link), since the app then opens on
 * another screen. Storage that can't be read is what the app treats as empty.
 */
export function notPrerenderedScript(storageKeys: readonly string[]): string {
  const keys = JSON.stringify(storageKeys).replaceAll('<', '\\u003c');
  return (
    `try{if(location.hash||${keys}.some(function(k){return localStorage.getItem(k)!==null}))` +
    `document.documentElement.setAttribute(${JSON.stringify(NOT_PRERENDERED)},"")}catch(e){}`
  );
}

/** The CSP source that allows exactly `script` inline: its SHA-256 hash. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The id of the `<template>` that holds the app's scripts until the first screen has been painted. */
export const APP_SCRIPTS = 'app-scripts';

/** What the page says when the app's code can't be fetched, instead of a first screen that would never respond. */
export const LOAD_FAILED =
  "The wizard's code couldn't be loaded, so the page can't work. Check the connection, then reload the page.";

/** The longest the app waits for the browser to report the first screen painted before it starts anyway. */
export const START_AT_THE_LATEST_MS = 1000;

/**
 * The script at the end of the page that starts the app: putting the scripts and module preloads from the
 * template into the head, where they load as Vite wrote them.
 * - At once when the first screen written at build time is hidden (another screen comes first) or the page
 *   isn't visible.
 * - Otherwise in the frame after the browser reports the page's first contentful paint (or, where it can't
 *   report paints, the frame after next; at the latest after {@link START_AT_THE_LATEST_MS}), so the app's
 *   download never competes with painting the first screen.
 * Should the entry script (or a module it imports) fail to arrive, the first screen goes and {@link LOAD_FAILED}
 * is said in its place.
 */
export function startAppScript(): string {
  return (
    `(function(){var t=document.getElementById(${JSON.stringify(APP_SCRIPTS)}),` +
    `p=document.querySelector("[${PRERENDERED}]"),started=false;` +
    'function failed(){var m=document.createElement("p");m.setAttribute("role","alert");' +
    'm.style.cssText="margin:16px;font:16px/1.4 system-ui,sans-serif";' +
    `m.textContent=${JSON.stringify(LOAD_FAILED)};if(p)p.remove();document.getElementById("root").appendChild(m)}` +
    'function go(){if(started)return;started=true;var f=document.importNode(t.content,true);' +
    'f.querySelector("script").onerror=failed;document.head.appendChild(f)}' +
    'function next(){requestAnimationFrame(function(){setTimeout(go,0)})}' +
    'if(!p||getComputedStyle(p).display==="none"||document.visibilityState!=="visible")return go();' +
    `setTimeout(go,${START_AT_THE_LATEST_MS});` +
    'if(typeof PerformanceObserver!=="function"||(PerformanceObserver.supportedEntryTypes||[]).indexOf("paint")<0)return next();' +
    'new PerformanceObserver(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();next()}})' +
    '.observe({type:"paint",buffered:true})})()'
  );
}

/** The CSS custom properties `css` reads with `var(…)`. */
function readProperties(css: string): Set<string> {
  return new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1] ?? ''));
}

/**
 * The theme's `<style>` that Fluent's provider renders on a server, keeping only the custom properties read by
 * the page (its styles), by the first screen `markup` (its inline styles), and by the properties kept: the app's provider puts
 * the whole theme in place when it renders, and the rest would only weigh on the page.
 */
export function trimTheme(markup: string, page: string): string {
  return markup.replace(
    /(<style id="fui-FluentProvider[^"]*">)([^<]*)(<\/style>)/,
    (_match, open: string, css: string, close: string) => {
      const root = postcss.parse(css);
      const values = new Map<string, string>();
      root.walkDecls(/^--/, (decl) => {
        values.set(decl.prop, decl.value);
      });
      const read = readProperties(page + markup.replace(css, ''));
      for (const name of read) for (const inner of readProperties(values.get(name) ?? '')) read.add(inner);
      root.walkDecls(/^--/, (decl) => {
        if (!read.has(decl.prop)) decl.remove();
      });
      root.walkRules((rule) => {
        rule.raws.between = '';
        rule.raws.after = '';
        rule.raws.semicolon = false;
        rule.walkDecls((decl) => {
          decl.raws.before = '';
          decl.raws.between = ':';
        });
      });
      return `${open}${root.toString()}${close}`;
    },
  );
}

/** Vite's tags that load the app: its entry module scripts and their module preloads. */
const APP_SCRIPT_TAGS =
  /[ \t]*(?:<script\b[^>]*\btype="module"[^>]*><\/script>|<link\b[^>]*\brel="modulepreload"[^>]*>)\n?/g;

/**
 * The page with the first screen written into `#root`: inert and hidden from assistive technology until the
 * app's first render replaces it (React clears the element it renders into), hidden altogether where another
 * screen comes first (the media queries, and the head's inline script's mark) or scripts don't run. The app's
 * scripts wait in a template for {@link startAppScript}; both inline scripts are allowed by the page's
 * Content-Security-Policy through their hashes. Throws when the page lacks what it writes into.
 */
export function writeFirstScreen(html: string, { markup, notThisScreen }: FirstScreen): string {
  const root = '<div id="root"></div>';
  if (!html.includes(root)) throw new Error(`The page has no empty ${root} to write the first screen into.`);
  const csp = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*script-src 'self')/;
  if (!csp.test(html))
    throw new Error("The page's Content-Security-Policy has no script-src 'self' to extend.");
  const appScripts = html.match(APP_SCRIPT_TAGS)?.map((tag) => tag.trim()) ?? [];
  if (!appScripts.some((tag) => tag.startsWith('<script'))) {
    throw new Error('The page has no module script to start the app with.');
  }
  const page = html.replace(APP_SCRIPT_TAGS, '');
  const head = page.indexOf('</head>');
  const body = page.lastIndexOf('</body>');
  if (head < 0 || body < 0) throw new Error('The page has no </head> or </body> to write into.');

  const hideScript = notPrerenderedScript(notThisScreen.storageKeys);
  const startScript = startAppScript();
  const hidden = `[${PRERENDERED}]{display:none}`;
  const rules = [
    `[${NOT_PRERENDERED}] ${hidden}`,
    ...notThisScreen.media.map((query) => `@media ${query}{${hidden}}`),
  ].join('');
  const headParts = [
    `<style>${rules}</style>`,
    `<noscript><style>${hidden}</style></noscript>`,
    `<script>${hideScript}</script>`,
  ].join('\n    ');
  const bodyParts = [
    `<template id="${APP_SCRIPTS}">${appScripts.join('')}</template>`,
    `<script>${startScript}</script>`,
  ].join('\n    ');
  const written = `${page.slice(0, head)}  ${headParts}\n  ${page.slice(head, body)}  ${bodyParts}\n  ${page.slice(body)}`;
  const screen = trimTheme(markup, written);
  return written
    .replace(csp, (match) => `${match} ${scriptHashSource(hideScript)} ${scriptHashSource(startScript)}`)
    .replace(root, () => `<div id="root"><div ${PRERENDERED} inert aria-hidden="true">${screen}</div></div>`);
}

/**
 * Renders {@link PRERENDER_ENTRY} with a server build of the same configuration (the same plugins, so the same
 * style class names as the page's), into a folder of its own that goes once it has been read.
 */
export async function renderFirstScreen(root: string, configFile: string | false): Promise<FirstScreen> {
  const outDir = await mkdtemp(join(tmpdir(), 'aml-prerender-'));
  try {
    await build({
      root,
      configFile,
      logLevel: 'warn',
      ssr: { noExternal: true },
      build: {
        ssr: PRERENDER_ENTRY,
        outDir,
        emptyOutDir: true,
        minify: false,
        rollupOptions: { output: { entryFileNames: 'prerender.mjs' } },
      },
    });
    const module = (await import(pathToFileURL(join(outDir, 'prerender.mjs')).href)) as {
      renderFirstScreen: () => Promise<string>;
      NOT_THIS_SCREEN: NotThisScreen;
    };
    return { markup: await module.renderFirstScreen(), notThisScreen: module.NOT_THIS_SCREEN };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * Build plugin writing the first screen into the app's page ({@link writeFirstScreen}), so a first visit
 * paints it with the HTML rather than after the scripts have arrived and run. Not in server builds (its own).
 */
export function prerenderFirstScreen(): Plugin {
  let root = process.cwd();
  let configFile: string | false = false;
  return {
    name: 'aml-prerender',
    // After the page's styles are written (extractGriffelCss), since the theme keeps what they read.
    enforce: 'post',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      root = config.root;
      configFile = config.configFile ?? false;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        // The sign-in redirect page shows nothing of the app.
        if (!/(^|[\\/])index\.html$/.test(context.filename)) return html;
        return writeFirstScreen(html, await renderFirstScreen(root, configFile));
      },
    },
  };
}
