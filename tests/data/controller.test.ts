// The one data path: sources, children, tolerance, ids, errors for visitors, network failures.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import type {ConfErrorEvent, ConfLoadEvent, ConferenceDocument, Session, SessionCard, SpeakerBio, TrackBanner} from '../../src/index.js';
import {captureWarnings, gosim, pageLanguage, settled, textOf} from '../helpers.js';

type Mutable<T> = {-readonly [K in keyof T]: T[K]};

/** The default data with `n` sessions, `talk-0` … `talk-{n-1}`, each a copy of the first. */
async function programme(n: number): Promise<ConferenceDocument> {
  const doc = await gosim();
  const [first] = doc.sessions!;
  (doc as Mutable<ConferenceDocument>).sessions = Array.from({length: n}, (_, i) => ({...first, id: `talk-${i}`, title: `Talk ${i}`}));
  return doc;
}

/** A fetch whose requests never answer unless released; it keeps each request's signal. */
function pendingFetch() {
  const original = window.fetch;
  const calls: {url: string; signal?: AbortSignal; respond: (body: unknown) => void}[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      calls.push({url: String(input), signal, respond: (body) => resolve(new Response(JSON.stringify(body)))});
    })) as typeof fetch;
  return {calls, restore: () => (window.fetch = original)};
}

let unique = 0;
const fresh = (name: string) => `/demo/data/${name}?controller=${++unique}-${Math.random()}`;

describe('the data path', () => {
  afterEach(() => pageLanguage('en'));

  describe('children', () => {
    it('shows an attributes-only abstract parsed after the upgrade (script in <head>)', async () => {
      const frame = document.createElement('iframe');
      // The empty script makes the parser run the element's first render before its text is parsed.
      frame.srcdoc = `<!doctype html><html><head><script src="/dist/conference-widgets.js"></script></head><body>
        <session-card heading="Open models" start="2025-05-07T11:10" end="2025-05-07T11:50" time-zone="Europe/Paris"><script></script>Parsed after the upgrade.</session-card>
        </body></html>`;
      const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
      document.body.append(frame);
      try {
        await loaded;
        const el = frame.contentDocument!.querySelector('session-card') as SessionCard;
        await el.updateComplete;
        const abstract = el.shadowRoot!.querySelector('[part=abstract] slot') as HTMLSlotElement | null;
        expect(abstract, 'the abstract slot').to.exist;
        expect(abstract!.assignedNodes().map((n) => n.textContent).join('')).to.contain('Parsed after the upgrade.');
      } finally {
        frame.remove();
      }
    });

    it('reads inline JSON added after the element', async () => {
      const el = await fixture<SessionCard>(html`<session-card></session-card>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(await gosim());
      const loaded = settled(el);
      el.append(script);
      expect((await loaded).type).to.equal('conf-load');
      await el.updateComplete;
      expect(textOf(el)).to.contain('Open Foundation Models');
    });
  });

  describe('attributes take the path of JSON', () => {
    for (const [start, why] of [
      ['2025-02-30T11:10', 'a day that does not exist'],
      ['2025-05-07T25:99', 'a time that does not exist'],
      ['2025-13-45T10:00', 'a month that does not exist'],
    ]) {
      it(`refuses ${why}, naming the attribute: start="${start}"`, async () => {
        const console = captureWarnings();
        try {
          const el = document.createElement('session-card');
          Object.assign(el, {headingText: 'Open models', timeZone: 'Europe/Paris', start});
          const event = settled(el);
          document.body.append(el);
          const {error} = (await event) as ConfErrorEvent;
          await el.updateComplete;
          el.remove();
          expect(error.kind).to.equal('invalid');
          expect(error.path).to.equal('start');
          expect(error.message).to.equal(`start: expected a date-time like 2025-05-07T11:10, got "${start}"`);
          expect(textOf(el)).to.equal('The programme data has an error in start.');
          expect(textOf(el)).not.to.match(/March|2026/);
          expect(console.warnings).to.have.length(1);
        } finally {
          console.restore();
        }
      });
    }

    it('names time-zone when a start has no zone to be read in', async () => {
      const console = captureWarnings();
      try {
        const el = await fixture<SessionCard>(html`<session-card heading="Open models" start="2025-05-07T11:10"></session-card>`);
        await el.updateComplete;
        expect(textOf(el)).to.contain('The programme data has no time zone: add a time-zone attribute');
        expect(console.warnings.join()).to.contain('time-zone: a time zone is needed');
      } finally {
        console.restore();
      }
    });

    it('drops an end before the start with a warning, and shows the talk', async () => {
      const console = captureWarnings();
      try {
        const el = document.createElement('session-card');
        Object.assign(el, {headingText: 'Open models', timeZone: 'Europe/Paris', start: '2025-05-07T11:10', end: '2025-05-07T10:00'});
        const event = settled(el);
        document.body.append(el);
        const loaded = (await event) as ConfLoadEvent;
        await el.updateComplete;
        el.remove();
        expect(loaded.warnings).to.deep.equal(['end: expected a time after the start (2025-05-07T11:10), got "2025-05-07T10:00" (field left out)']);
        expect(textOf(el)).to.contain('11:10');
      } finally {
        console.restore();
      }
    });
  });

  describe('tolerance', () => {
    it('shows a talk when another item of the document is broken, and says what was left out', async () => {
      const console = captureWarnings();
      try {
        const doc = await programme(3);
        const sessions = doc.sessions as Mutable<Session>[];
        (doc.tracks![1] as {color: string}).color = 'blue-ish';
        delete (sessions[1] as {title?: string}).title;
        sessions[2].language = 'de, en';
        const el = await fixture<SessionCard>(html`<session-card session-id="talk-2" .data=${doc}></session-card>`);
        await el.updateComplete;
        expect(textOf(el)).to.contain('Talk 2');
        expect(console.warnings).to.have.length(1);
        expect(console.warnings[0]).to.contain('tracks[1].color: expected a CSS colour');
        expect(console.warnings[0]).to.contain('sessions[1].title');
        expect(console.warnings[0]).to.contain('sessions[2].language');
      } finally {
        console.restore();
      }
    });

    it('shows every item of a document with one broken optional field per item', async () => {
      const console = captureWarnings();
      try {
        const doc = await programme(4);
        doc.sessions!.forEach((s) => ((s as Mutable<Session>).url = 'http://[broken'));
        doc.tracks!.forEach((t) => ((t as {color: string}).color = 'var(--x)'));
        doc.speakers!.forEach((s) => ((s as {location: unknown}).location = 42));
        const page = await fixture<HTMLElement>(html`<div>
          ${doc.sessions!.map((s) => html`<session-card session-id=${s.id} .data=${doc}></session-card>`)}
          ${doc.tracks!.map((t) => html`<track-banner variant="strip" track-id=${t.id} .data=${doc}></track-banner>`)}
          <speaker-bio variant="card" .data=${doc}></speaker-bio>
        </div>`);
        const widgets = [...page.children] as (SessionCard | TrackBanner | SpeakerBio)[];
        await Promise.all(widgets.map((w) => w.updateComplete));
        for (const widget of widgets) expect(widget.shadowRoot!.querySelector('[part=error]'), widget.outerHTML).to.be.null;
        expect(textOf(widgets[3])).to.contain('Talk 3');
        // One console warning for the document, however many widgets show it.
        expect(console.warnings).to.have.length(1);
      } finally {
        console.restore();
      }
    });

    it('says why a talk the checker left out cannot be shown', async () => {
      const console = captureWarnings();
      try {
        const doc = await programme(2);
        (doc.sessions![1] as Mutable<Session>).start = 'soon';
        const event = new Promise<ConfErrorEvent>((r) => document.addEventListener('conf-error', r as EventListener, {once: true}));
        const el = await fixture<SessionCard>(html`<session-card session-id="talk-1" .data=${doc}></session-card>`);
        const {error} = await event;
        expect(error.path).to.equal('sessions[1].start');
        await el.updateComplete;
        expect(textOf(el)).to.equal('The programme data has an error in sessions[1].start.');
      } finally {
        console.restore();
      }
    });
  });

  describe('errors for the people who see them', () => {
    it('shows at most a short line for an unknown id in 10,000 talks; the event has every id', async () => {
      const console = captureWarnings();
      try {
        const doc = await programme(10_000);
        const event = new Promise<ConfErrorEvent>((r) => document.addEventListener('conf-error', r as EventListener, {once: true}));
        const el = await fixture<SessionCard>(html`<session-card session-id="x" .data=${doc}></session-card>`);
        const {error} = await event;
        await el.updateComplete;
        expect(textOf(el)).to.equal('No talk has the id “x”. Talks in this programme: 10000.');
        expect(error.ids).to.have.length(10_000);
        expect(console.warnings[0]).to.contain('talk-9999');
      } finally {
        console.restore();
      }
    });

    it('names at most five ids when no id is given', async () => {
      const console = captureWarnings();
      try {
        const el = await fixture<SessionCard>(html`<session-card .data=${await programme(8)}></session-card>`);
        await el.updateComplete;
        expect(textOf(el)).to.equal(
          'The programme holds several items: choose one with session-id. Ids: talk-0, talk-1, talk-2, talk-3, talk-4…',
        );
      } finally {
        console.restore();
      }
    });

    it('speaks French on a French page, with no English line', async () => {
      const console = captureWarnings();
      try {
        await pageLanguage('fr');
        const el = await fixture<SessionCard>(html`<session-card session-id="x" .data=${await programme(3)}></session-card>`);
        await el.updateComplete;
        expect(textOf(el)).to.equal(
          'Aucune session n’a l’identifiant « x ». Sessions dans ce programme : 3.',
        );
        el.src = fresh('missing.json');
        el.data = undefined;
        await settled(el);
        await el.updateComplete;
        expect(textOf(el)).to.equal('Le programme n’a pas pu être chargé. Le fichier du programme est introuvable.');
      } finally {
        console.restore();
      }
    });
  });

  describe('the network', () => {
    it('reports a connection dropped mid-body as a network failure, with "Try again"', async () => {
      const original = window.fetch;
      const console = captureWarnings();
      window.fetch = (async () => {
        const body = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"event": {"id": "x", "na'));
            controller.error(new TypeError('network error'));
          },
        });
        return new Response(body);
      }) as typeof fetch;
      try {
        const el = await fixture<SessionCard>(html`<session-card src=${fresh('dropped.json')}></session-card>`);
        const {error} = (await settled(el)) as ConfErrorEvent;
        await el.updateComplete;
        expect(error.kind).to.equal('network');
        expect(textOf(el)).to.equal('The programme could not be loaded. Try again');
      } finally {
        window.fetch = original;
        console.restore();
      }
    });

    it('reads a body that arrives in many small chunks, a character split between two of them', async () => {
      const original = window.fetch;
      const gosimDoc = await gosim();
      const doc = {...gosimDoc, sessions: [{...gosimDoc.sessions![0], title: 'Café des modèles 🎤'}]};
      const bytes = new TextEncoder().encode(JSON.stringify(doc));
      window.fetch = (async () => {
        // Seven bytes a chunk: "é" (2 bytes) and "🎤" (4) are cut in two somewhere.
        const body = new ReadableStream({
          start(controller) {
            for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
            controller.close();
          },
        });
        return new Response(body);
      }) as typeof fetch;
      try {
        const el = await fixture<SessionCard>(html`<session-card src=${fresh('chunks.json')} session-id=${doc.sessions[0].id}></session-card>`);
        await settled(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part=heading]')?.textContent?.trim()).to.equal('Café des modèles 🎤');
      } finally {
        window.fetch = original;
      }
    });

    it('gives up on a server that never answers after `timeout` seconds', async () => {
      const fetch = pendingFetch();
      const console = captureWarnings();
      try {
        const el = await fixture<SessionCard>(html`<session-card timeout="0.05" src=${fresh('silent.json')}></session-card>`);
        expect(textOf(el)).to.contain('Loading');
        const {error} = (await settled(el)) as ConfErrorEvent;
        await el.updateComplete;
        expect(error.kind).to.equal('network');
        expect(error.timeout).to.equal(0.05);
        expect(fetch.calls[0].signal!.aborted).to.be.true;
        expect(textOf(el)).to.equal('The programme could not be loaded. The server did not answer in time. Try again');
      } finally {
        fetch.restore();
        console.restore();
      }
    });

    it('aborts the requests of older src values: the newest shows as soon as it arrives', async () => {
      const fetch = pendingFetch();
      try {
        const el = await fixture<SessionCard>(html`<session-card></session-card>`);
        for (let i = 0; i < 50; i++) {
          el.src = fresh(`quick-${i}.json`);
          await el.updateComplete;
        }
        expect(fetch.calls).to.have.length(50);
        expect(fetch.calls.slice(0, 49).every((call) => call.signal!.aborted)).to.be.true;
        expect(fetch.calls[49].signal!.aborted).to.be.false;
        const loaded = settled(el);
        fetch.calls[49].respond(await gosim());
        expect((await loaded).type).to.equal('conf-load');
      } finally {
        fetch.restore();
      }
    });

    it('keeps a request that another widget still waits for', async () => {
      const fetch = pendingFetch();
      try {
        const url = fresh('shared.json');
        const page = await fixture<HTMLElement>(html`<div><session-card src=${url}></session-card><speaker-bio src=${url}></speaker-bio></div>`);
        const [card, bio] = [...page.children] as [SessionCard, SpeakerBio];
        expect(fetch.calls).to.have.length(1);
        card.remove();
        expect(fetch.calls[0].signal!.aborted).to.be.false;
        const loaded = settled(bio);
        fetch.calls[0].respond(await gosim());
        expect((await loaded).type).to.equal('conf-load');
      } finally {
        fetch.restore();
      }
    });
  });

  describe('URLs relative to their document', () => {
    it('resolves a fetched document’s photo and links against the document’s URL', async () => {
      const el = await fixture<SpeakerBio>(html`<speaker-bio src="/tests/data/relative/programme.json"></speaker-bio>`);
      await settled(el);
      await el.updateComplete;
      const img = el.shadowRoot!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(new URL('/tests/data/relative/photo.svg', location.href).href);
      await waitUntil(() => img.complete, 'the photo loads');
      expect(img.naturalWidth).to.be.greaterThan(0);
    });

    it('resolves inline data against the page', async () => {
      const doc = await gosim();
      (doc.speakers![0] as {photo: unknown}).photo = {src: 'tests/data/relative/photo.svg'};
      const el = await fixture<SpeakerBio>(html`<speaker-bio .data=${doc}></speaker-bio>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img')!.src).to.equal(new URL('tests/data/relative/photo.svg', document.baseURI).href);
    });
  });

  describe('content language', () => {
    it('follows the closest lang when the widget is moved', async () => {
      const page = await fixture<HTMLElement>(html`<div><div lang="en"></div><div lang="fr"></div></div>`);
      const [en, fr] = [...page.children];
      const el = document.createElement('track-banner');
      el.trackId = 'ai-model';
      el.data = await gosim();
      en.append(el);
      await el.updateComplete;
      expect(textOf(el)).to.contain('Shaping the Future with Open-Source AI');
      fr.append(el);
      await el.updateComplete;
      expect(textOf(el)).to.contain('Façonner l’avenir avec l’IA open source');
    });
  });
});
