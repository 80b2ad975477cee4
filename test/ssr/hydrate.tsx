/**
 * Server render, then hydration, as a framework does it: the HTML comes from react-dom/server
 * with no `window`, `document` or `navigator` (as in Node), and the browser side hydrates that
 * HTML. Every warning React prints and every recoverable error it reports is collected: a
 * hydration mismatch shows up as one or the other, depending on the React version.
 */
import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';

export interface Hydrated {
  /** The server's HTML, hydrated in place. */
  container: HTMLElement;
  /** Whatever React said: console.error/warn calls and recoverable errors. */
  complaints: unknown[];
  /** Timers pending after the server render (it must start none); NaN without fake timers. */
  timersAfterServerRender: number;
}

const mounted: Root[] = [];
let previousActEnvironment: unknown;

/** Registers the hooks a hydration test file needs: act environment and cleanup. */
export function setUpHydration() {
  beforeAll(() => {
    const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown };
    previousActEnvironment = scope.IS_REACT_ACT_ENVIRONMENT;
    scope.IS_REACT_ACT_ENVIRONMENT = true;
  });
  afterAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown }).IS_REACT_ACT_ENVIRONMENT =
      previousActEnvironment;
  });
  afterEach(() => {
    for (const root of mounted.splice(0)) act(() => root.unmount());
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });
}

export function renderOnServer(ui: ReactElement): string {
  vi.stubGlobal('window', undefined);
  vi.stubGlobal('document', undefined);
  vi.stubGlobal('navigator', undefined);
  try {
    return renderToString(ui);
  } finally {
    vi.unstubAllGlobals();
  }
}

/** Renders `ui` on the "server", puts the HTML in the page and hydrates it with the same `ui`. */
export function serverRenderAndHydrate(ui: ReactElement): Hydrated {
  const complaints: unknown[] = [];
  const html = renderOnServer(ui);
  const timersAfterServerRender = vi.isFakeTimers() ? vi.getTimerCount() : Number.NaN;
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const say = (...args: unknown[]) => complaints.push(args);
  vi.spyOn(console, 'error').mockImplementation(say);
  vi.spyOn(console, 'warn').mockImplementation(say);
  act(() => {
    mounted.push(
      hydrateRoot(container, ui, { onRecoverableError: (error) => complaints.push(error) }),
    );
  });
  return { container, complaints, timersAfterServerRender };
}
