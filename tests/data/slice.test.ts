/**
 * The slice of a document that one widget needs (src/data/slice.ts), as the snippet builder writes it
 * into an inline `<script type="application/json">`: it validates without faults, and a widget shows
 * the same text from it as from the whole document, on the GOSIM data and on real exports.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../../src/index.js';
import {readDocument} from '../../src/data/load.js';
import {inlineJson, sliceDocument} from '../../src/data/slice.js';
import type {SlicedElement} from '../../src/data/slice.js';
import {check} from '../../src/data/validate.js';
import type {ConferenceDocument} from '../../src/data/types.js';
import {gosim, settled, textOf} from '../helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

const idAttribute = {'session-card': 'session-id', 'speaker-bio': 'speaker-id', 'track-banner': 'track-id'} as const;

/** The element showing `id` from the whole document (property) and from the slice (inline JSON), side by side. */
async function pair(doc: ConferenceDocument, element: SlicedElement, id: string, attributes: Record<string, string> = {}) {
  const slice = sliceDocument(doc, element, id, {showSessions: 'show-sessions' in attributes});
  expect(slice, `${element} ${id}`).to.exist;
  const make = () => {
    const el = document.createElement(element) as Widget;
    el.setAttribute(idAttribute[element], id);
    // A fixed clock: both show the same live or ended state.
    (el as unknown as {now: number}).now = Date.UTC(2020, 0, 1);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el;
  };
  const whole = make();
  (whole as unknown as {data: unknown}).data = doc;
  const sliced = make();
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = inlineJson(slice as ConferenceDocument);
  sliced.append(script);
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const loaded = Promise.all([settled(whole), settled(sliced)]);
  box.append(whole, sliced);
  await loaded;
  await Promise.all([whole.updateComplete, sliced.updateComplete]);
  return {whole, sliced, slice: slice as ConferenceDocument};
}

/** Checks one item: valid slice, same text, no error shown. */
async function same(doc: ConferenceDocument, element: SlicedElement, id: string, attributes?: Record<string, string>) {
  const {whole, sliced, slice} = await pair(doc, element, id, attributes);
  expect(check(JSON.parse(inlineJson(slice))).faults, `faults of the ${element} ${id} slice`).to.deep.equal([]);
  expect(whole.shadowRoot?.querySelector('[part=error]'), 'the whole document shows the item').to.equal(null);
  // "Show more" appears once each clamped text has been measured (a ResizeObserver): wait for both.
  await waitUntil(() => textOf(sliced) === textOf(whole), `${element} ${id}: the same text`, {timeout: 3000}).catch(() => undefined);
  expect(textOf(sliced), `${element} ${id}`).to.equal(textOf(whole));
  return slice;
}

describe('sliceDocument', () => {
  it('keeps a talk, its speakers (without the long biography), track and room, and nothing else', async () => {
    const doc = await gosim();
    const slice = await same(doc, 'session-card', 'open-foundation-models', {'show-intro': ''});
    expect(slice.sessions?.map((s) => s.id)).to.deep.equal(['open-foundation-models']);
    expect(slice.speakers?.map((s) => s.id)).to.deep.equal(['jenia-jitsev']);
    expect(slice.speakers?.[0].timeline, 'the biography stays out').to.equal(undefined);
    expect(slice.tracks?.map((t) => t.id)).to.deep.equal(['ai-model']);
    expect(slice.event).to.deep.equal(doc.event);
  });

  it('keeps a speaker whole, with the event and no sessions', async () => {
    const doc = await gosim();
    const slice = await same(doc, 'speaker-bio', 'jenia-jitsev');
    expect(slice.speakers).to.deep.equal(doc.speakers);
    expect(slice.sessions).to.equal(undefined);
    await same(doc, 'speaker-bio', 'jenia-jitsev', {variant: 'card'});
  });

  it('keeps every track for the list, and the track\'s sessions only with show-sessions', async () => {
    const doc = await gosim();
    for (const track of doc.tracks ?? []) {
      const slice = await same(doc, 'track-banner', track.id);
      expect(slice.tracks?.length).to.equal(doc.tracks?.length);
      expect(slice.sessions).to.equal(undefined);
      const withSessions = await same(doc, 'track-banner', track.id, {'show-sessions': ''});
      expect((withSessions.sessions ?? []).map((s) => s.id)).to.deep.equal((doc.sessions ?? []).filter((s) => s.track === track.id).map((s) => s.id));
    }
  });

  it('is undefined for an unknown id', async () => {
    const doc = await gosim();
    expect(sliceDocument(doc, 'session-card', 'no-such-talk')).to.equal(undefined);
    expect(sliceDocument(doc, 'track-banner', '')).to.equal(undefined);
  });

  it('writes inline JSON that no text in the data can end early', async () => {
    const doc = await gosim();
    const hostile = '</script><img src=x onerror=alert(1)><!--';
    const session = {...(doc.sessions ?? [])[0], title: hostile};
    const changed = {...doc, sessions: [session]};
    const text = inlineJson(changed);
    expect(text).not.to.contain('<');
    expect(JSON.parse(text).sessions[0].title).to.equal(hostile);
    const el = await fixture<Widget>(staticHtml`<session-card>${unsafeStatic(`<script type="application/json">${text}</script>`)}</session-card>`);
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim()).to.equal(hostile);
    expect(el.querySelector('img'), 'nothing parsed out of the JSON').to.equal(null);
  });
});

const files: string[] = await fetch('/__shared__/fixtures/index.json').then((r) => r.json() as Promise<string[]>);
/** The `time-zone` the page sets for exports without one. */
const zones: Record<string, string> = {'sessionize/scottishsummit-2026-all.json': 'Europe/London', 'sessionize/gab-linz-2024-all.json': 'Europe/Vienna'};
const samples = ['pretalx-widget/devopsdays-lima-2026-v0.4-raw.json', 'frab/voc-example-frab-camp2019.json', 'sessionize/scottishsummit-2026-all.json'];

describe('sliceDocument on real exports', () => {
  for (const file of samples) {
    const present = files.includes(file);
    (present ? it : it.skip)(`${file}: three talks, speakers and tracks give the same text`, async () => {
      const json = await fetch(`/__shared__/fixtures/${file}`).then((r) => r.json());
      // What the builder slices: the imported and checked document.
      const {document: doc} = readDocument(json, {timeZone: zones[file]});
      const pick = <T extends {id: string}>(items?: readonly T[]) => (items ?? []).filter((_, i, all) => i === 0 || i === all.length - 1 || i === 1);
      for (const s of pick(doc.sessions?.filter((s) => s.kind !== 'break'))) await same(doc, 'session-card', s.id);
      for (const s of pick(doc.speakers)) await same(doc, 'speaker-bio', s.id);
      for (const t of pick(doc.tracks)) await same(doc, 'track-banner', t.id, {'show-sessions': ''});
    });
  }
});
