import { createHash } from 'node:crypto';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APP_SCRIPTS,
  LOAD_FAILED,
  NOT_PRERENDERED,
  PRERENDERED,
  START_AT_THE_LATEST_MS,
  notPrerenderedScript,
  startAppScript,
  trimTheme,
  writeFirstScreen,
  type FirstScreen,
} from './prerender.ts';

/** A page as Vite writes it: the CSP meta, the entry script and its module preloads, an empty root. */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'"
    />
    <title>AML Network Wizard</title>
    <script type="module" crossorigin src="/assets/main-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsx-runtime-def.js">
    <link rel="modulepreload" crossorigin href="/assets/Field-ghi.js">
    <style>.a{color:var(--colorNeutralForeground1)}</style>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const THEME =
  '<style id="fui-FluentProvider_R_0_">.fui-FluentProvider_R_0_ { --colorNeutralForeground1: var(--colorGrey14); ' +
  '--colorGrey14: #242424; --colorNeutralBackground1: #ffffff; --fontSizeBase300: 14px; }</style>';

const SCREEN: FirstScreen = {
  markup: `${THEME}<div class="fui-FluentProvider"><h1 style="font-size:var(--fontSizeBase300)">AML Network Wizard</h1></div>`,
  notThisScreen: {
    media: ['(min-width: 75rem)', '(prefers-color-scheme: dark)'],
    storageKeys: ['aml-network-wizard:plan:v1', 'aml-network-wizard:step:v1'],
  },
};

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

/** `html` parsed by a real HTML parser (happy-dom's), scripts not run. */
function parse(html: string, url = 'https://wizard.example/'): Window {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true } });
  windows.push(window);
  window.document.write(html);
  return window;
}

/** Runs an inline script of the page against `window`'s globals. */
function run(script: string, window: Window, more: Record<string, unknown> = {}): void {
  const globals = {
    PerformanceObserver: undefined,
    document: window.document,
    location: window.location,
    localStorage: window.localStorage,
    getComputedStyle: window.getComputedStyle.bind(window),
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    setTimeout: window.setTimeout.bind(window),
    ...more,
  };

  new Function(...Object.keys(globals), script)(...Object.values(globals));
}

/** The sources the page's CSP allows scripts from. */
function scriptSources(window: Window): string[] {
  const csp = window.document
    .querySelector('meta[http-equiv="Content-Security-Policy"]')
    ?.getAttribute('content');
  const directive = csp?.split(';').find((part) => part.trim().startsWith('script-src'));
  return directive?.trim().split(/\s+/).slice(1) ?? [];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('writeFirstScreen', () => {
  it('writes the first screen into #root, inert and hidden from assistive technology', () => {
    const { document } = parse(writeFirstScreen(PAGE, SCREEN));
    const root = document.getElementById('root');
    expect(root?.children).toHaveLength(1);
    const screen = root?.firstElementChild;
    expect(screen?.hasAttribute(PRERENDERED)).toBe(true);
    expect(screen?.hasAttribute('inert')).toBe(true);
    expect(screen?.getAttribute('aria-hidden')).toBe('true');
    expect(screen?.querySelector('h1')?.textContent).toBe('AML Network Wizard');
  });

  it("moves the app's scripts into a template, so they load only when the start script says", () => {
    const { document } = parse(writeFirstScreen(PAGE, SCREEN));
    expect(document.querySelectorAll('script[type="module"], link[rel="modulepreload"]')).toHaveLength(0);
    const template = document.getElementById(APP_SCRIPTS) as unknown as { content: DocumentFragment } | null;
    const held = [...(template?.content.children ?? [])].map((element) => ({
      tag: element.tagName.toLowerCase(),
      url: element.getAttribute('src') ?? element.getAttribute('href'),
      crossorigin: element.hasAttribute('crossorigin'),
    }));
    expect(held).toEqual([
      { tag: 'script', url: '/assets/main-abc.js', crossorigin: true },
      { tag: 'link', url: '/assets/jsx-runtime-def.js', crossorigin: true },
      { tag: 'link', url: '/assets/Field-ghi.js', crossorigin: true },
    ]);
  });

  it("allows exactly its two inline scripts through the page's Content-Security-Policy", () => {
    const window = parse(writeFirstScreen(PAGE, SCREEN));
    const inline = [...window.document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '');
    expect(inline).toHaveLength(2);
    expect(scriptSources(window)).toEqual(["'self'", ...inline.map(sha256)]);
    // The head's script runs before the body is parsed; the start script after the template it reads.
    expect(window.document.head.querySelector('script:not([src])')?.textContent).toBe(inline[0]);
    expect(window.document.body.lastElementChild?.textContent).toBe(inline[1]);
  });

  it('hides the first screen where another screen comes first', () => {
    const { document } = parse(writeFirstScreen(PAGE, SCREEN));
    const rules = [...document.head.querySelectorAll('style')].map((style) => style.textContent).join('\n');
    expect(rules).toContain(`[${NOT_PRERENDERED}] [${PRERENDERED}]{display:none}`);
    expect(rules).toContain(`@media (min-width: 75rem){[${PRERENDERED}]{display:none}}`);
    expect(rules).toContain(`@media (prefers-color-scheme: dark){[${PRERENDERED}]{display:none}}`);
  });

  it('hides the first screen where scripts are off, as this test DOM has them', () => {
    const window = parse(writeFirstScreen(PAGE, SCREEN));
    const screen = window.document.querySelector(`[${PRERENDERED}]`);
    expect(screen && window.getComputedStyle(screen).display).toBe('none');
  });

  it('is the same page on every build', () => {
    expect(writeFirstScreen(PAGE, SCREEN)).toBe(writeFirstScreen(PAGE, SCREEN));
  });

  it.each([
    ['no empty root', PAGE.replace('<div id="root"></div>', '<main></main>'), /no empty <div id="root">/],
    ['no script-src', PAGE.replace("script-src 'self'; ", ''), /no script-src 'self'/],
    ['no module script', PAGE.replace(/<script type="module"[^>]*><\/script>/, ''), /no module script/],
  ])('refuses a page with %s, saying what it lacks', (_name, page, message) => {
    expect(() => writeFirstScreen(page, SCREEN)).toThrow(message);
  });
});

describe('the head script that marks a page showing another screen', () => {
  const script = notPrerenderedScript(SCREEN.notThisScreen.storageKeys);

  it('leaves a first visit unmarked', () => {
    const window = parse(PAGE);
    run(script, window);
    expect(window.document.documentElement.hasAttribute(NOT_PRERENDERED)).toBe(false);
  });

  it.each(SCREEN.notThisScreen.storageKeys)('marks a returning visitor (%s kept)', (key) => {
    const window = parse(PAGE);
    window.localStorage.setItem(key, '{}');
    run(script, window);
    expect(window.document.documentElement.hasAttribute(NOT_PRERENDERED)).toBe(true);
  });

  it('marks a page opened from a share link', () => {
    const window = parse(PAGE, 'https://wizard.example/#plan=abc');
    run(script, window);
    expect(window.document.documentElement.hasAttribute(NOT_PRERENDERED)).toBe(true);
  });

  it("doesn't fail where storage can't be read", () => {
    const window = parse(PAGE);
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    const globals = { document: window.document, location: window.location, localStorage: throwing };

    expect(() => new Function(...Object.keys(globals), script)(...Object.values(globals))).not.toThrow();
    expect(window.document.documentElement.hasAttribute(NOT_PRERENDERED)).toBe(false);
  });
});

describe('the start script', () => {
  /** The page as a browser running scripts reads it: `<noscript>` holds only text there. */
  const withScripts = (window: Window) => {
    window.document.head.querySelector('noscript')?.remove();
    return window;
  };

  /** The URLs of the app's script and preloads now in the head. */
  const started = (window: Window) =>
    [...window.document.head.querySelectorAll('script[type="module"], link[rel="modulepreload"]')].map(
      (element) => element.getAttribute('src') ?? element.getAttribute('href'),
    );

  it('starts the app at once when the first screen is hidden', () => {
    const window = withScripts(parse(writeFirstScreen(PAGE, SCREEN)));
    window.document.documentElement.setAttribute(NOT_PRERENDERED, '');
    run(startAppScript(), window);
    expect(started(window)).toEqual([
      '/assets/main-abc.js',
      '/assets/jsx-runtime-def.js',
      '/assets/Field-ghi.js',
    ]);
  });

  /** Settles after the frame after next: when a start asked for in this task has happened. */
  const frameAfter = (window: Window) =>
    new Promise<void>((resolve) => {
      window.requestAnimationFrame(() => window.setTimeout(() => window.setTimeout(resolve, 0), 0));
    });

  /** A browser's paint observer, reporting the paints the test says happened. */
  function paintObserver() {
    const observers: { report: (names: string[]) => void; connected: boolean; types: string[] }[] = [];
    class FakeObserver {
      static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
      private readonly entry: (typeof observers)[number];
      constructor(callback: (list: { getEntriesByName: (n: string) => unknown[] }, o: FakeObserver) => void) {
        this.entry = {
          connected: false,
          types: [],
          report: (names) => {
            if (!this.entry.connected) return;
            callback({ getEntriesByName: (name) => names.filter((n) => n === name) }, this);
          },
        };
        observers.push(this.entry);
      }
      observe(options: { type: string; buffered?: boolean }) {
        this.entry.connected = true;
        this.entry.types.push(`${options.type}${options.buffered ? ' (buffered)' : ''}`);
      }
      disconnect() {
        this.entry.connected = false;
      }
    }
    return {
      FakeObserver,
      observers,
      paint: (...names: string[]) => observers.forEach((o) => o.report(names)),
    };
  }

  it('starts the app in the frame after the first screen is reported painted', async () => {
    const window = withScripts(parse(writeFirstScreen(PAGE, SCREEN)));
    const paints = paintObserver();
    run(startAppScript(), window, { PerformanceObserver: paints.FakeObserver });
    expect(paints.observers.map((o) => o.types)).toEqual([['paint (buffered)']]);
    await frameAfter(window);
    expect(started(window)).toEqual([]);
    paints.paint('first-paint');
    await frameAfter(window);
    expect(started(window)).toEqual([]);
    paints.paint('first-contentful-paint');
    expect(started(window)).toEqual([]);
    await frameAfter(window);
    expect(started(window)).toHaveLength(3);
    expect(paints.observers.every((o) => !o.connected)).toBe(true);
  });

  it("starts the app after a frame where the browser can't report paints", async () => {
    const window = withScripts(parse(writeFirstScreen(PAGE, SCREEN)));
    run(startAppScript(), window);
    expect(started(window)).toEqual([]);
    await frameAfter(window);
    expect(started(window)).toHaveLength(3);
  });

  it('starts the app at the latest after a second when no paint is reported, and only once', async () => {
    const window = withScripts(parse(writeFirstScreen(PAGE, SCREEN)));
    const paints = paintObserver();
    run(startAppScript(), window, { PerformanceObserver: paints.FakeObserver });
    await new Promise((resolve) => window.setTimeout(resolve, START_AT_THE_LATEST_MS - 200));
    expect(started(window)).toEqual([]);
    await new Promise((resolve) => window.setTimeout(resolve, 300));
    expect(started(window)).toHaveLength(3);
    paints.paint('first-contentful-paint');
    await frameAfter(window);
    expect(started(window)).toHaveLength(3);
  });

  it("replaces the first screen with a message when the app's code can't be fetched", () => {
    const window = withScripts(parse(writeFirstScreen(PAGE, SCREEN)));
    window.document.documentElement.setAttribute(NOT_PRERENDERED, '');
    run(startAppScript(), window);
    window.document.head.querySelector('script[type="module"]')?.dispatchEvent(new window.Event('error'));
    const root = window.document.getElementById('root');
    expect(root?.querySelector(`[${PRERENDERED}]`)).toBeNull();
    expect(root?.querySelector('[role="alert"]')?.textContent).toBe(LOAD_FAILED);
  });
});

describe('trimTheme', () => {
  it('keeps the custom properties the page and the screen read, and those they read in turn', () => {
    const page = '<style>.a{color:var(--colorNeutralForeground1)}</style>';
    const trimmed = trimTheme(SCREEN.markup, page);
    const css = /<style id="fui-FluentProvider_R_0_">([^<]*)<\/style>/.exec(trimmed)?.[1];
    expect(css).toBe(
      '.fui-FluentProvider_R_0_{--colorNeutralForeground1:var(--colorGrey14);--colorGrey14:#242424;' +
        '--fontSizeBase300:14px}',
    );
    // The rest of the screen is left as it was.
    expect(trimmed.replace(/<style[^>]*>[^<]*<\/style>/, '')).toBe(SCREEN.markup.replace(THEME, ''));
  });
});
