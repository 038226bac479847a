/**
 * The JSON-LD the widgets put in the page's head: one script per item however many widgets show it,
 * gone with the last of them, none with `structured-data="off"`, and a script already in the page
 * (pre-rendered, or the author's) used as it is.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {SessionCard, SpeakerBio, TrackBanner} from '../../src/index.js';
import type {ConferenceDocument} from '../../src/data/types.js';
import {structuredDataWritten} from '../../src/components/internal/structured-data.js';
import {captureWarnings, gosim, pageLanguage} from '../helpers.js';

type Widget = SessionCard | SpeakerBio | TrackBanner;
const TALK = 'session:gosim-ai-paris-2025:open-foundation-models';
const OTHER = 'session:gosim-ai-paris-2025:open-datasets';

/** The page's JSON-LD scripts, as [key, parsed JSON]. */
const scripts = () =>
  [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')].map((s) => [s.dataset.conferenceWidgets, JSON.parse(s.text)] as const);
const keys = () => scripts().map(([key]) => key);

/** The seed data with a second talk in the track, by the same speaker. */
async function seed(): Promise<ConferenceDocument> {
  const doc = await gosim();
  return {...doc, sessions: [...doc.sessions!, {...doc.sessions![0], id: 'open-datasets', title: 'Open Datasets', start: '2025-05-07T14:00', end: '2025-05-07T14:30'}]};
}

/** Resolves once `el` has rendered and the head is written: when the page is idle, after the paint. */
async function written(...els: Widget[]) {
  await Promise.all(els.map((el) => el.updateComplete));
  await structuredDataWritten();
}

/** Widgets in one container, each settled and described. */
async function widgets<T extends Widget>(template: unknown): Promise<[HTMLElement, T[]]> {
  const box = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const els = [...box.children] as T[];
  await written(...els);
  return [box, els];
}

describe('structured data in the page', () => {
  let doc: ConferenceDocument;
  beforeEach(async () => {
    doc = await seed();
  });
  afterEach(() => {
    expect(keys(), 'every script is gone with its widgets').to.deep.equal([]);
  });

  it('holds one script for two cards of one talk, until the last of them is removed', async () => {
    const [box, [a, b]] = await widgets<SessionCard>(html`
      <session-card .data=${doc} session-id="open-foundation-models"></session-card>
      <session-card .data=${doc} session-id="open-foundation-models" variant="compact"></session-card>`);
    expect(keys()).to.deep.equal([TALK]);
    const [[, event]] = scripts();
    expect(event).to.include({'@context': 'https://schema.org', '@type': 'Event', name: 'Open Foundation Models: Scaling Laws and Generalization', startDate: '2025-05-07T11:10:00+02:00'});
    expect(document.head.querySelector(`script[data-conference-widgets="${TALK}"]`), 'in the head').to.exist;
    a.remove();
    expect(keys()).to.deep.equal([TALK]);
    b.remove();
    expect(keys()).to.deep.equal([]);
    // Back on the page: back in the head.
    box.append(b);
    await written(b);
    expect(keys()).to.deep.equal([TALK]);
    b.remove();
  });

  it('swaps the script when the card shows another talk, and keeps one another widget still needs', async () => {
    const [, [a, b]] = await widgets<SessionCard>(html`
      <session-card .data=${doc} session-id="open-foundation-models"></session-card>
      <session-card .data=${doc} session-id="open-foundation-models"></session-card>`);
    a.sessionId = 'open-datasets';
    await written(a);
    expect(keys().sort()).to.deep.equal([OTHER, TALK]);
    expect(scripts().find(([key]) => key === OTHER)?.[1].name).to.equal('Open Datasets');
    b.sessionId = 'open-datasets';
    await written(b);
    expect(keys()).to.deep.equal([OTHER]);
    // An id that is not there: an error shown, nothing described.
    const capture = captureWarnings();
    a.sessionId = b.sessionId = 'nothing-here';
    await written(a, b).finally(capture.restore);
    expect(keys()).to.deep.equal([]);
  });

  it('adds nothing with structured-data="off", and follows the attribute when it changes', async () => {
    const [, [card, bio]] = await widgets<Widget>(html`
      <session-card .data=${doc} session-id="open-foundation-models" structured-data="off"></session-card>
      <speaker-bio .data=${doc} structured-data="off"></speaker-bio>`);
    expect(keys()).to.deep.equal([]);
    card.removeAttribute('structured-data');
    await written(card);
    expect(keys()).to.deep.equal([TALK]);
    card.setAttribute('structured-data', 'off');
    await written(card);
    expect(keys()).to.deep.equal([]);
    expect(bio.shadowRoot!.textContent).to.include('Jenia Jitsev');
  });

  it('describes a speaker as a Person and a track as the conference with its talks', async () => {
    const [box] = await widgets<Widget>(html`
      <speaker-bio .data=${doc} speaker-id="jenia-jitsev" variant="card"></speaker-bio>
      <speaker-bio .data=${doc} speaker-id="jenia-jitsev"></speaker-bio>
      <track-banner .data=${doc} track-id="ai-model" show-sessions></track-banner>`);
    const found = new Map(scripts());
    expect([...found.keys()]).to.have.members(['speaker:gosim-ai-paris-2025:jenia-jitsev', 'track:gosim-ai-paris-2025:ai-model']);
    expect(found.get('speaker:gosim-ai-paris-2025:jenia-jitsev')).to.include({'@type': 'Person', name: 'Jenia Jitsev', jobTitle: 'Scientific Lead'});
    const track = found.get('track:gosim-ai-paris-2025:ai-model');
    expect(track).to.include({'@type': 'Event', name: 'GOSIM AI Paris 2025', startDate: '2025-05-06'});
    expect(track.subEvent.map((e: {name: string}) => e.name)).to.deep.equal(['Open Foundation Models: Scaling Laws and Generalization', 'Open Datasets']);
    box.replaceChildren();
  });

  it('uses a script with its key already in the page as it is, and never removes it', async () => {
    const own = document.createElement('div');
    // As pre-rendered HTML holds it: parsed, not written by us.
    own.innerHTML = `<script type="application/ld+json" data-conference-widgets="${TALK}">{"@context":"https://schema.org","@type":"Event","name":"As the page says"}</script>`;
    const script = own.firstElementChild!;
    document.head.append(script);
    try {
      const [box] = await widgets<SessionCard>(html`
        <session-card .data=${doc} session-id="open-foundation-models"></session-card>
        <session-card .data=${doc} session-id="open-foundation-models"></session-card>`);
      expect(scripts()).to.deep.equal([[TALK, {'@context': 'https://schema.org', '@type': 'Event', name: 'As the page says'}]]);
      box.replaceChildren();
      expect(script.isConnected).to.equal(true);
      expect(keys()).to.deep.equal([TALK]);
    } finally {
      script.remove();
    }
  });

  it('keeps a hostile title as text in the JSON, with no script of its own', async () => {
    const title = '</script><script>window.pwned = 1</script>';
    doc = {...doc, sessions: [{...doc.sessions![0], title, url: 'javascript:window.pwned=1'}]};
    const [box] = await widgets<SessionCard>(html`<session-card .data=${doc}></session-card>`);
    const all = document.querySelectorAll('script');
    const [[, event]] = scripts();
    expect(event.name).to.equal(title);
    expect(event).not.to.have.property('url');
    expect(document.head.querySelector('script[data-conference-widgets]')!.textContent).not.to.include('<');
    expect([...all].filter((s) => s.textContent?.includes('pwned') && !s.dataset.conferenceWidgets)).to.deep.equal([]);
    expect((window as {pwned?: number}).pwned).to.equal(undefined);
    box.replaceChildren();
  });

  it('writes the texts in the language of the widget', async () => {
    await pageLanguage('fr');
    try {
      const [box] = await widgets<SessionCard>(html`<session-card .data=${doc} session-id="open-foundation-models"></session-card>`);
      const [[, event]] = scripts();
      expect(event.description).to.match(/^Pour étudier/);
      expect(event.inLanguage).to.equal('en');
      box.replaceChildren();
    } finally {
      await pageLanguage('en');
    }
  });
});
