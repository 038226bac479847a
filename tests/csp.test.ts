// The built bundle on a page with a strict CSP and Trusted Types (docs/security.md): loaded twice,
// and as the ES module as well, it throws nothing, breaks no rule, and still shows the track colours
// and writes the JSON-LD of its items.
import {expect} from '@open-wc/testing';
import {gosim} from './helpers.js';

const POLICY = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

interface Reported {
  errors: string[];
  violations: string[];
}
type Widget = HTMLElement & {updateComplete: Promise<boolean>};

/** An iframe whose page has `policy`, runs `scripts` in order (all deferred), holds `body`; resolves once loaded. */
async function strictPage(body: string, scripts: string[], policy = POLICY) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px';
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}">
    <script src="/tests/csp/probe.js"></script>
    ${scripts.map((src) => (src.endsWith('.esm.js') ? `<script type="module" src="${src}"></script>` : `<script defer src="${src}"></script>`)).join('')}
    ${body}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & {reported: Reported};
  return {frame, win, $: (selector: string) => win.document.querySelector(selector) as Widget};
}

/** Resolves once `done` is true, checked every 20 ms. */
const until = (done: () => boolean) =>
  new Promise<void>((resolve) => {
    const check = () => (done() ? resolve() : setTimeout(check, 20));
    check();
  });

/** Inline JSON for a widget: `</script>` cannot end it early. */
const inline = (doc: unknown) => `<script type="application/json">${JSON.stringify(doc).replaceAll('</', '<\\/')}</script>`;

describe('under a strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  const IIFE = '/dist/conference-widgets.js';
  const ESM = '/dist/conference-widgets.esm.js';
  for (const scripts of [[IIFE, IIFE, ESM], [ESM, IIFE, IIFE]]) {
    it(`loads ${scripts.map((src) => (src === ESM ? 'the module' : 'the script')).join(', ')} with no error or violation, and shows the track colour`, async () => {
      const seed = await gosim();
      // Not the accent: the colour on screen must be the track's.
      const doc = {...seed, tracks: seed.tracks!.map((track) => (track.id === 'ai-model' ? {...track, color: '#c2410c'} : track))};
      const page = await strictPage(
        `<session-card id="inline">${inline(doc)}</session-card>
         <session-card id="remote" src="/tests/csp/programme.json"></session-card>
         <track-banner id="banner" track-id="ai-model">${inline(doc)}</track-banner>
         <session-list id="list" controls layout="grid">${inline(doc)}</session-list>`,
        scripts,
      );
      frame = page.frame;
      const {win, $} = page;
      const style = (el: Element, pseudo?: string) => win.getComputedStyle(el, pseudo);
      const card = $('#inline');
      const banner = $('#banner');
      const remote = $('#remote');
      const list = $('#list');
      await Promise.all([card.updateComplete, banner.updateComplete, list.updateComplete]);
      // The remote card shows once its data came: wait for its track line, not for a time.
      await until(() => !!remote.shadowRoot?.querySelector('[part=track]'));

      expect(win.reported.violations, 'violations').to.deep.equal([]);
      expect(win.reported.errors, 'errors').to.deep.equal([]);
      const part = (el: Widget, name: string) => el.shadowRoot!.querySelector(`[part~=${name}]`)!;
      expect(style(part(card, 'base')).borderInlineStartColor).to.equal('rgb(194, 65, 12)');
      expect(style(part(card, 'track'), '::before').color).to.equal('rgb(194, 65, 12)');
      // Through a same-origin src.
      expect(style(part(remote, 'base')).borderInlineStartColor).to.equal('rgb(8, 127, 91)');
      expect(style(part(banner, 'swatch')).backgroundColor).to.equal('rgb(194, 65, 12)');
      // The list's row: its colour and its place on the time grid, both set through CSSOM.
      const row = part(list, 'row');
      expect(style(row).borderInlineStartColor).to.equal('rgb(194, 65, 12)');
      expect(style(row).gridRowStart).to.equal('2');
      const swatches = [...banner.shadowRoot!.querySelectorAll('[part=track] [part=swatch]')].map((e) => style(e).backgroundColor);
      expect(swatches.slice(0, 2)).to.deep.equal(['rgb(194, 65, 12)', 'rgb(11, 114, 133)']);

      // The JSON-LD of each item in the head, written through no Trusted Types sink (docs/security.md).
      const jsonLd = () => new Map([...win.document.head.querySelectorAll('script[type="application/ld+json"]')]
        .map((script) => [script.getAttribute('data-conference-widgets'), JSON.parse(script.textContent!)]));
      const TALK = 'session:gosim-ai-paris-2025:open-foundation-models';
      // Written when the page is idle.
      await until(() => jsonLd().size === 4);
      const PROGRAMME = 'programme:gosim-ai-paris-2025:gosim-ai-paris-2025';
      expect([...jsonLd().keys()].sort()).to.deep.equal([PROGRAMME, 'session:csp-test:talk', TALK, 'track:gosim-ai-paris-2025:ai-model']);
      expect([...jsonLd().values()].map((json) => json['@type'])).to.deep.equal(['Event', 'Event', 'Event', 'Event']);
      // Written again in another language, and removed with its widget.
      card.setAttribute('lang', 'fr');
      banner.remove();
      await until(() => /^Pour étudier/.test(jsonLd().get(TALK).description));
      expect([...jsonLd().keys()].sort()).to.deep.equal([PROGRAMME, 'session:csp-test:talk', TALK]);
      // A violation is reported in a task of its own.
      await new Promise((resolve) => win.setTimeout(resolve));
      expect(win.reported.violations, 'violations').to.deep.equal([]);
      expect(win.reported.errors, 'errors').to.deep.equal([]);
    });
  }
});
