/**
 * What the elements touch of the browser, for rendering them in Node. Lit's Node build brings
 * `HTMLElement` and `customElements` (@lit-labs/ssr-dom-shim); the rest is here, before any element
 * module is evaluated. None of it does anything: the server render reads no layout, observes
 * nothing and fetches nothing (the CLI hands each element its document).
 */
import {Element, MutationObserver, ResizeObserver, ShadowRoot} from '@lit-labs/ssr-dom-shim';

const global = globalThis as Record<string, unknown>;

/** The page's address, for relative URLs in the data; set by the CLI from `--base-url`. */
export const page = {baseURI: 'about:blank', lang: ''};

global.Element ??= Element;
global.ShadowRoot ??= ShadowRoot;
global.MutationObserver ??= MutationObserver;
global.ResizeObserver ??= ResizeObserver;
// @lit/localize tells the page about locale changes through window events.
global.window ??= new EventTarget();
global.document ??= {
  get baseURI() {
    return page.baseURI;
  },
  documentElement: {
    get lang() {
      return page.lang;
    },
  },
  readyState: 'complete',
  hidden: true,
  addEventListener() {},
};
global.location ??= {
  get hostname() {
    return URL.canParse(page.baseURI) ? new URL(page.baseURI).hostname : '';
  },
};
