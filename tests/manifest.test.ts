// custom-elements.json says what the running elements do: the attributes they observe with their real
// defaults, the parts rendered in every state on the GOSIM data, the --conf-… properties their styles
// read with their fallbacks, the slots and the events they fire. `npm run analyze` writes the manifest
// (npm test does it first); a JSDoc header that drifts from the code fails here.
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {CSSResult, LitElement} from 'lit';
import '../src/index.js';
import type {ConferenceDocument} from '../src/index.js';
import {captureWarnings, gosim, settled} from './helpers.js';

interface Named {name: string; default?: string; fieldName?: string; type?: {text: string}}
interface Declaration {tagName?: string; attributes?: Named[]; cssParts?: Named[]; cssProperties?: Named[]; slots?: Named[]; events?: Named[]}

let manifest: Promise<Declaration[]> | undefined;
async function declaration(tag: string): Promise<Declaration> {
  manifest ??= fetch('/custom-elements.json').then(async (response) => {
    expect(response.ok, 'custom-elements.json is built: npm run analyze').to.be.true;
    const {modules} = (await response.json()) as {modules: {declarations?: Declaration[]}[]};
    return modules.flatMap((module) => module.declarations ?? []);
  });
  const found = (await manifest).find((d) => d.tagName === tag);
  expect(found, `${tag} in custom-elements.json`).to.exist;
  return found!;
}
const names = (items: Named[] = []) => items.map((item) => item.name).sort();
const unique = (values: Iterable<string>) => [...new Set(values)].sort();

type Widget = LitElement & Record<string, unknown>;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** The GOSIM data with a local photo and what the demo speaker leaves empty, so that every part shows. */
async function data(): Promise<ConferenceDocument> {
  const doc: any = await gosim();
  const photo = '/tests/components/speaker-bio/photo.svg';
  Object.assign(doc.speakers[0], {
    photo: {src: photo, alt: 'Jenia Jitsev', credit: {name: 'LAION'}},
    bio: 'Jenia Jitsev co-founded LAION.',
    images: [{src: photo, alt: 'A portrait', caption: 'At GOSIM', credit: {name: 'GOSIM'}}],
  });
  // Long enough to be clamped at 280 px, so that "Show more" shows.
  doc.sessions[0].abstract = 'To study transferable learning and generalization, derivation of reproducible scaling laws is crucial. '.repeat(8);
  return doc;
}

/** Waits until the widget showed its item (or its error) and rendered it. */
async function shown(el: Widget) {
  if (!$(el, '[part~=base], [part=error]')) await settled(el);
  await el.updateComplete;
  return el;
}

/** Every state each element can be in, fully rendered: variants, options, opened parts, loading, errors. */
const states: Record<string, (doc: ConferenceDocument) => Promise<Widget[]>> = {
  'session-card': async (doc) => {
    const START = Date.UTC(2025, 4, 7, 9, 10);
    const full = await fixture<Widget>(html`<session-card style="width: 280px" show-intro show-local-time visitor-time-zone="America/New_York" .now=${START + 60e3} .data=${doc}></session-card>`);
    await shown(full);
    await waitUntil(() => $(full, '[part=more]'), 'the abstract is clamped');
    const details = $(full, 'details')! as HTMLDetailsElement;
    details.open = true;
    await oneEvent(details, 'toggle');
    await full.updateComplete;
    return [full, await shown(await fixture<Widget>(html`<session-card variant="compact" .data=${doc}></session-card>`))];
  },
  'session-list': async (doc) => {
    const seed = doc.sessions![0];
    const programme = {
      ...doc,
      // Its own event: stars are kept per event, and other test files read the GOSIM event's.
      event: {...doc.event, id: 'manifest-test'},
      rooms: [{id: 'main', name: 'Main stage'}, {id: 'lab', name: 'Lab'}],
      sessions: [
        {...seed, room: 'main'},
        {id: 'robots', title: 'Des robots', language: 'fr', start: '2025-05-07T11:10', end: '2025-05-07T11:50', room: 'lab', track: 'ai-model'},
        {id: 'coffee', kind: 'break' as const, title: 'Coffee', start: '2025-05-07T12:00', end: '2025-05-07T12:30'},
        {id: 'first', title: 'Day one', start: '2025-05-06T10:00', end: '2025-05-06T10:30', room: 'main'},
        {id: 'later', title: 'To be announced'},
      ],
    };
    // During the seed talk, in another zone, with more sessions than the limit: every control shows.
    const list = await shown(await fixture<Widget>(html`<session-list style="width: 1000px" controls limit="4" visitor-time-zone="America/New_York"
      .now=${Date.UTC(2025, 4, 7, 9, 11)} .data=${programme}></session-list>`));
    for (const selector of ['[part=star]', '[part=row-heading] button', '[part=chip]', '[part=chip]']) {
      $(list, selector)!.click();
      await list.updateComplete;
    }
    return [list];
  },
  'speaker-bio': async (doc) => {
    const full = await shown(await fixture<Widget>(html`<speaker-bio .data=${doc}></speaker-bio>`));
    const card = await shown(await fixture<Widget>(html`<speaker-bio variant="card" .data=${doc}></speaker-bio>`));
    const unknown = await shown(await fixture<Widget>(html`<speaker-bio sections="bio,hobbies" .data=${doc}></speaker-bio>`));
    return [full, card, unknown];
  },
  'track-banner': async (doc) => [
    await shown(await fixture<Widget>(html`<track-banner track-id="ai-model" show-sessions .data=${doc}></track-banner>`)),
    await shown(await fixture<Widget>(html`<track-banner track-id="ai-model" variant="strip" .data=${doc}></track-banner>`)),
  ],
};

/** The same element loading (no data yet) and after a network failure, with its "Try again" button. */
async function loadingAndFailed(tag: string): Promise<Widget[]> {
  const waiting = await fixture<Widget>(`<${tag}></${tag}>`);
  await waiting.updateComplete;
  // Every host but the test server is unresolvable here: the request fails at once.
  const failed = document.createElement(tag) as Widget;
  failed.setAttribute('src', 'http://widgets.invalid/programme.json');
  const error = settled(failed);
  await fixture(failed);
  await error;
  await failed.updateComplete;
  return [waiting, failed];
}

/** `var(--conf-x, fallback)` of a stylesheet's text: each --conf-… name with its fallbacks. */
function tokens(css: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of css.matchAll(/var\(\s*(--conf-[\w-]+)\s*(,?)/g)) {
    const list = found.get(match[1]) ?? [];
    found.set(match[1], list);
    if (!match[2]) continue;
    let depth = 1;
    let i = match.index + match[0].length;
    const start = i;
    for (; i < css.length && depth; i++) depth += css[i] === '(' ? 1 : css[i] === ')' ? -1 : 0;
    list.push(css.slice(start, i - 1).replace(/\s+/g, ' ').trim());
  }
  return found;
}

for (const tag of ['session-card', 'session-list', 'speaker-bio', 'track-banner']) {
  describe(`custom-elements.json: <${tag}>`, () => {
    it('lists exactly the attributes the element observes, each with its real default', async () => {
      const {attributes = []} = await declaration(tag);
      const element = customElements.get(tag) as unknown as {observedAttributes: string[]};
      expect(names(attributes)).to.deep.equal([...element.observedAttributes].sort());
      const fresh = document.createElement(tag) as Widget;
      for (const {name, fieldName, default: value} of attributes) {
        if (!fieldName) continue;
        const expected = value === undefined ? undefined : JSON.parse(value.replace(/^'(.*)'$/, '"$1"'));
        expect(fresh[fieldName], `${name} (${fieldName}) defaults to ${value}`).to.equal(expected);
      }
    });

    it('lists exactly the parts and slots rendered in every state, and the events fired with their classes', async () => {
      const {cssParts, slots, events} = await declaration(tag);
      const fired = new Map<string, string>();
      const record = (e: Event) => fired.set(e.type, e.constructor.name);
      const types = ['conf-load', 'conf-error', 'conf-filter', 'conf-favourite'];
      types.forEach((type) => document.addEventListener(type, record));
      // The unknown section and the failed request each warn on the console, as they should.
      const warnings = captureWarnings();
      try {
        const widgets = [...(await states[tag](await data())), ...(await loadingAndFailed(tag))];
        const roots = widgets.map((el) => el.shadowRoot!);
        const parts = unique(roots.flatMap((root) => [...root.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/))));
        expect(names(cssParts), 'parts in the manifest').to.deep.equal(parts);
        const slotted = unique(roots.flatMap((root) => [...root.querySelectorAll('slot')].map((slot) => slot.name)));
        expect(names(slots).filter((name) => slotted.includes(name)), 'every slot rendered is in the manifest').to.deep.equal(slotted);
        expect(names(slots).every((name) => name === '' || slotted.includes(name)), 'every named slot in the manifest is rendered').to.be.true;
        expect(Object.fromEntries((events ?? []).map((event) => [event.name, event.type?.text]))).to.deep.equal(Object.fromEntries(fired));
      } finally {
        warnings.restore();
        types.forEach((type) => document.removeEventListener(type, record));
      }
    });

    it('lists exactly the --conf-… properties its styles read, each default among their fallbacks', async () => {
      const {cssProperties = []} = await declaration(tag);
      const element = customElements.get(tag) as unknown as typeof LitElement;
      const css = element.elementStyles.map((style) => (style as CSSResult).cssText).join('\n');
      const used = tokens(css);
      expect(names(cssProperties)).to.deep.equal([...used.keys()].sort());
      for (const {name, default: value} of cssProperties) {
        expect(value, `${name} has a default`).to.be.a('string');
        expect(used.get(name), `${name}: its fallbacks in the styles`).to.include(value!.replace(/\s+/g, ' ').trim());
      }
    });
  });
}
