import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../../src/index.js';
import type {ConfErrorEvent, ConfLoadEvent, ConferenceDocument, Session, TrackBanner} from '../../../src/index.js';
import {captureWarnings, gosim, pageLanguage, settled, textOf} from '../../helpers.js';

// The seed's logo, `mofa.png`, is relative: it resolves against the test page, never the internet.
const data = gosim;

/** The default data with more sessions: another day, a break, another track, an unscheduled one. */
async function withSessions(): Promise<ConferenceDocument> {
  const doc = await data();
  const more: Session[] = [
    {id: 'unscheduled', title: 'Video models, open and closed', track: 'ai-model'},
    {id: 'day-one', title: 'Small LLMs on device', start: '2025-05-06T14:00', track: 'ai-model', speakers: ['jenia-jitsev']},
    {id: 'coffee', kind: 'break', title: 'Coffee', start: '2025-05-06T15:00', track: 'ai-model'},
    {id: 'infra', title: 'Serving at scale', start: '2025-05-06T10:00', track: 'ai-infra'},
    {id: 'keynote', kind: 'keynote', title: {en: 'Opening keynote', fr: 'Discours d’ouverture'}, start: '2025-05-06T07:30Z', track: 'ai-model'},
  ];
  return {...doc, sessions: [...(doc.sessions ?? []), ...more]};
}

const part = (el: TrackBanner, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: TrackBanner, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function banner(doc: ConferenceDocument | Promise<ConferenceDocument>, attributes = '', lang = 'en-GB') {
  const el = document.createElement('track-banner');
  el.setAttribute('lang', lang);
  el.setAttribute('track-id', 'ai-model');
  for (const [, name, value] of attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) el.setAttribute(name, value ?? '');
  el.data = await doc;
  return fixture<TrackBanner>(el);
}

const SIX = ['AI Model', 'AI Infra', 'AI Apps', 'Embodied AI', 'AI for Science', 'Global Open-Source AI Collaboration'];

describe('<track-banner>', () => {
  afterEach(() => pageLanguage('en'));

  describe('the seed, in English', () => {
    it('shows every fact of the track', async () => {
      const el = await banner(data());
      expect(text(el.shadowRoot!.querySelector('h2[part="heading"]'))).to.equal('AI Model');
      expect(text(part(el, 'tagline'))).to.equal('Shaping the Future with Open-Source AI');
      expect(text(part(el, 'description'))).to.match(/^Unleashing world-class performance in LLMs, multi-modal AI.*efficiency and accessibility\.$/);
      expect(getComputedStyle(part(el, 'base')!).getPropertyValue('--_track')).to.equal('#3b5bdb');
      await expect(el).to.be.accessible();
    });

    it('shows every fact of the conference', async () => {
      const el = await banner(data());
      const event = text(part(el, 'event'));
      expect(event).to.contain('GOSIM AI Paris 2025');
      expect(event).to.contain('Driving progress in global open-source AI collaboration');
      expect(event).to.match(/6\s?–\s?7 May 2025/);
      expect(event).to.contain('Station F, Paris, France');
    });

    it('credits the content source with its link and logo', async () => {
      const doc = await data();
      (doc.credits![0] as {logo: unknown}).logo = {src: 'mofa.png', alt: 'MOFA'};
      const el = await banner(doc);
      const credits = part(el, 'credits')!;
      expect(text(credits)).to.equal('Content source: MOFA');
      const link = credits.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://github.com/moxin-org/mofa');
      expect(text(link)).to.equal('MOFA');
      const logo = link.querySelector('img')!;
      expect(logo.getAttribute('src')).to.equal(new URL('mofa.png', document.baseURI).href);
      // Decorative: the name is written next to it.
      expect(logo.getAttribute('alt')).to.equal('');
    });
  });

  describe('the seed, in French', () => {
    beforeEach(() => pageLanguage('fr'));

    it('shows the track and the conference in French', async () => {
      const el = await banner(data(), '', 'fr');
      expect(text(part(el, 'heading'))).to.equal('AI Model');
      expect(text(part(el, 'tagline'))).to.equal('Façonner l’avenir avec l’IA open source');
      expect(text(part(el, 'description'))).to.match(/^Des performances de tout premier plan pour les LLM.*accessibilité de l’IA\.$/);
      const event = text(part(el, 'event'));
      expect(event).to.contain('GOSIM AI Paris 2025');
      expect(event).to.contain('Faire progresser la collaboration mondiale autour de l’IA open source');
      expect(event).to.match(/6\s?–\s?7 mai 2025/);
      expect(event).to.contain('Station F, Paris, France');
      expect(textOf(el)).not.to.contain('Shaping the Future');
      await expect(el).to.be.accessible();
    });

    it('marks texts the data has only in English', async () => {
      const el = await banner(data(), '', 'fr');
      expect(part(el, 'heading')!.querySelector('[lang="en"]')?.textContent).to.equal('AI Model');
      expect(part(el, 'tagline')!.querySelector('[lang]')).to.equal(null);
    });

    it('labels the tracks and the credit in French', async () => {
      const el = await banner(data(), '', 'fr');
      expect(part(el, 'tracks')!.getAttribute('aria-label')).to.equal('AI Model et les autres parcours de GOSIM AI Paris 2025');
      // A no-break space keeps the colon with its words.
      expect(part(el, 'credits')!.textContent!.trim()).to.equal('Source du contenu\u00a0: MOFA');
    });
  });

  describe('date ranges', () => {
    const cases: [string, string, string, RegExp][] = [
      ['2025-04-30', '2025-05-02', 'en-GB', /30 April\s?–\s?2 May 2025/],
      ['2025-04-30', '2025-05-02', 'fr', /30 avril\s?–\s?2 mai 2025/],
      ['2025-12-30', '2026-01-02', 'en-GB', /30 December 2025\s?–\s?2 January 2026/],
      ['2025-12-30', '2026-01-02', 'fr', /30 décembre 2025\s?–\s?2 janvier 2026/],
      ['2025-05-06', '2025-05-06', 'fr', /^6 mai 2025$/],
    ];
    for (const [start, end, lang, expected] of cases) {
      it(`${start} to ${end} in ${lang}`, async () => {
        const doc = await data();
        const el = await banner({...doc, event: {...doc.event, start, end}}, '', lang);
        expect(text(part(el, 'event')!.querySelector('strong + em + span'))).to.match(expected);
      });
    }
  });

  describe('the tracks', () => {
    it('keep each colour dot on the first line of its name, however narrow', async () => {
      for (const width of [140, 180, 240, 320]) {
        const el = (await fixture(html`<div style="inline-size: ${width}px"></div>`)) as HTMLElement;
        const doc = await data();
        const tracks = doc.tracks!.map((track, i) => (i === 1 ? {...track, name: 'Supercalifragilistic open-source inference'} : track));
        const one = await banner({...doc, tracks});
        el.append(one);
        await one.updateComplete;
        for (const track of parts(one, 'track')) {
          const dot = track.querySelector('[part="swatch"]')!.getBoundingClientRect();
          const first = document.createRange();
          const label = [...track.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
          first.setStart(label, 0);
          first.setEnd(label, 1);
          const char = first.getBoundingClientRect();
          const name = `${width}px ${track.textContent!.trim()}`;
          expect(dot.top, name).to.be.within(char.top - 1, char.bottom);
          expect(dot.right, name).to.be.at.most(char.left);
        }
      }
    });

    it('lists the six tracks in a named navigation, the current one marked', async () => {
      const el = await banner(data());
      const nav = el.shadowRoot!.querySelector('nav[part="tracks"]')!;
      expect(nav.getAttribute('aria-label')).to.equal('AI Model and the other tracks of GOSIM AI Paris 2025');
      const tracks = [...nav.querySelectorAll('li > [part="track"]')];
      expect(tracks.map(text)).to.deep.equal(SIX);
      expect(tracks.map((t) => t.getAttribute('aria-current'))).to.deep.equal(['true', null, null, null, null, null]);
      expect(nav.querySelector('[href]')).to.equal(null);
    });

    it('gives each banner of a page a navigation of its own name', async () => {
      const doc = await data();
      const page = await fixture(html`<div>
        <track-banner track-id="ai-model" .data=${doc}></track-banner>
        <track-banner track-id="ai-infra" .data=${doc}></track-banner>
      </div>`);
      const navs = [...page.querySelectorAll('track-banner')].map((el) => el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label'));
      expect(new Set(navs).size).to.equal(2);
      await expect(page).to.be.accessible();
    });

    it('shows each track’s colour as a swatch', async () => {
      const el = await banner(data());
      const colours = parts(el, 'track').map((t) => getComputedStyle(t.querySelector('[part="swatch"]')!).backgroundColor);
      expect(colours).to.deep.equal([
        'rgb(59, 91, 219)', 'rgb(11, 114, 133)', 'rgb(194, 65, 12)', 'rgb(194, 37, 92)', 'rgb(8, 127, 91)', 'rgb(112, 72, 232)',
      ]);
    });

    it('links each track with track-href, the current one as the page', async () => {
      const el = await banner(data(), 'track-id="embodied-ai" track-href="/tracks/{id}?from={id}"');
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="track"][href]')];
      expect(links.map((a) => a.pathname + a.search)).to.deep.equal(
        ['ai-model', 'ai-infra', 'ai-apps', 'embodied-ai', 'ai-for-science', 'global-open-source-ai-collaboration'].map((id) => `/tracks/${id}?from=${id}`),
      );
      expect(links.map((a) => a.getAttribute('aria-current'))).to.deep.equal([null, null, null, 'page', null, null]);
      await expect(el).to.be.accessible();
    });

    it('URL-encodes the id and never links a javascript: template', async () => {
      const doc = await data();
      const tracks = doc.tracks!.map((t, i) => (i === 1 ? {...t, id: 'infra&ops/2025'} : t));
      let el = await banner({...doc, tracks}, 'track-href="https://example.org/t/{id}"');
      expect(el.shadowRoot!.querySelectorAll('[part="track"]')[1].getAttribute('href')).to.equal('https://example.org/t/infra%26ops%2F2025');
      el = await banner(data(), 'track-href="javascript:alert(\'{id}\')"');
      expect(el.shadowRoot!.querySelector('[part="track"][href]')).to.equal(null);
      expect(parts(el, 'track')).to.have.length(6);
    });

    it('links every track when an id holds half an emoji', async () => {
      const doc = await data();
      const tracks = doc.tracks!.map((t, i) => (i === 1 ? {...t, id: 'robots-\uD83D'} : t));
      const el = await banner({...doc, tracks}, 'track-href="/tracks/{id}"');
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="track"][href]')];
      expect(links).to.have.length(6);
      expect(links[1].pathname).to.equal('/tracks/robots-%EF%BF%BD');
    });

    it('leaves the list out when the document holds one track', async () => {
      const doc = await data();
      const el = await banner({...doc, tracks: doc.tracks!.slice(0, 1)});
      expect(part(el, 'tracks')).to.equal(null);
    });
  });

  describe('the sessions', () => {
    it('are not listed without show-sessions', async () => {
      const el = await banner(withSessions());
      expect(part(el, 'sessions')).to.equal(null);
      expect(textOf(el)).not.to.contain('Open Foundation Models');
    });

    it('are listed by time, breaks and other tracks left out, unscheduled last', async () => {
      const el = await banner(withSessions(), 'show-sessions');
      expect(text(el.shadowRoot!.querySelector('h3[part="sessions-heading"]'))).to.equal('Sessions in this track');
      const rows = [...part(el, 'sessions')!.querySelectorAll('li')];
      expect(rows.map((row) => text(row.querySelector('strong')))).to.deep.equal([
        'Opening keynote', 'Small LLMs on device', 'Open Foundation Models: Scaling Laws and Generalization', 'Video models, open and closed',
      ]);
      expect(rows.map((row) => row.querySelector('time')?.getAttribute('datetime'))).to.deep.equal([
        '2025-05-06T07:30:00.000Z', '2025-05-06T12:00:00.000Z', '2025-05-07T09:10:00.000Z', undefined,
      ]);
      // In the event's zone, with the day: the event has two.
      expect(rows.map((row) => text(row.firstElementChild))).to.deep.equal(['6 May 2025, 09:30', '6 May 2025, 14:00', '7 May 2025, 11:10', 'Not yet scheduled']);
      expect(text(rows[2].lastElementChild)).to.equal('Jenia Jitsev');
      await expect(el).to.be.accessible();
    });

    it('show the time alone, in French, for a one-day event', async () => {
      await pageLanguage('fr');
      const doc = await withSessions();
      const el = await banner({...doc, event: {...doc.event, start: '2025-05-07', end: '2025-05-07'}}, 'show-sessions', 'fr');
      const rows = [...part(el, 'sessions')!.querySelectorAll('li')];
      expect(rows.map((row) => text(row.firstElementChild))).to.deep.equal(['09:30', '14:00', '11:10', 'Horaire à venir']);
      expect(text(rows[0].querySelector('strong'))).to.equal('Discours d’ouverture');
      expect(text(el.shadowRoot!.querySelector('[part="sessions-heading"]'))).to.equal('Les sessions de ce parcours');
    });

    it('show their time as the session card does: the locale’s own hour, never broken', async () => {
      const doc = await withSessions();
      const oneDay = await banner({...doc, event: {...doc.event, start: '2025-05-07', end: '2025-05-07'}}, 'show-sessions', 'en-US');
      const times = (el: TrackBanner) => [...part(el, 'sessions')!.querySelectorAll('time')].map((time) => time.textContent);
      expect(times(oneDay)).to.deep.equal(['9:30\u00a0AM', '2:00\u00a0PM', '11:10\u00a0AM']);
      const card = await fixture(html`<session-card lang="en-US" session-id="open-foundation-models" .data=${doc}></session-card>`);
      expect(card.shadowRoot!.querySelector('[part="time"] time')!.textContent).to.match(/ 11:10$/);
      expect(times(await banner(doc, 'show-sessions', 'en-US'))[0]).to.equal('May 6, 2025, 9:30\u00a0AM');
    });

    it('link to session-href, the id URL-encoded', async () => {
      const el = await banner(withSessions(), 'show-sessions session-href="/talks/{id}.html"');
      const links = [...part(el, 'sessions')!.querySelectorAll<HTMLAnchorElement>('strong > a')];
      expect(links.map((a) => a.pathname)).to.deep.equal(['/talks/keynote.html', '/talks/day-one.html', '/talks/open-foundation-models.html', '/talks/unscheduled.html']);
    });

    it('fill a long list chunk by chunk, in time order, with one conf-load; updateComplete waits for the last row', async () => {
      const doc = await data();
      // 1,200 talks over two days, a minute apart from 08:00, one speaker each, listed backwards.
      const talk = (k: number): Session => ({
        id: `t${k}`, title: `Talk ${k}`, track: 'ai-model', speakers: ['jenia-jitsev'],
        start: `2025-05-0${6 + Math.floor(k / 600)}T${String(8 + Math.floor((k % 600) / 50)).padStart(2, '0')}:${String(k % 50).padStart(2, '0')}`,
      });
      const sessions = Array.from({length: 1200}, (_, i) => talk(1199 - i));
      const el = document.createElement('track-banner');
      el.setAttribute('lang', 'en-GB');
      el.setAttribute('track-id', 'ai-model');
      el.toggleAttribute('show-sessions', true);
      el.data = {...doc, sessions};
      let loads = 0;
      el.addEventListener('conf-load', () => loads++);
      const loaded = settled(el);
      document.body.append(el);
      try {
        await loaded;
        const rows = () => [...part(el, 'sessions')!.querySelectorAll('li')];
        // The first rows are there with the rest of the banner; the others come in later tasks.
        expect(rows().length).to.be.greaterThan(0).and.below(1200);
        expect(await el.updateComplete).to.equal(true);
        const all = rows();
        expect(all).to.have.length(1200);
        expect(all.map((row) => text(row.querySelector('strong')))).to.deep.equal(sessions.map((_, k) => `Talk ${k}`));
        expect(text(all[0].firstElementChild)).to.equal('6 May 2025, 08:00');
        expect(text(all[1199])).to.equal('7 May 2025, 19:49 Talk 1199 Jenia Jitsev');
        expect(loads).to.equal(1);
        // Rows far from the viewport are not laid out (the browser decides which, after a frame).
        expect(getComputedStyle(all[1199]).contentVisibility).to.equal('auto');
        // Another language words every row again, at once.
        el.setAttribute('lang', 'fr');
        await el.updateComplete;
        expect(rows()).to.have.length(1200);
        expect(text(rows()[1199].firstElementChild)).to.equal('7 mai 2025, 19:49');
        expect(loads).to.equal(1);
      } finally {
        el.remove();
      }
    });

    it('leave no list when the track has no sessions', async () => {
      const el = await banner(withSessions(), 'show-sessions track-id="embodied-ai"');
      expect(part(el, 'sessions')).to.equal(null);
    });
  });

  describe('the credit line', () => {
    it('hides a logo that does not load, and links only safe URLs', async () => {
      const doc = await data();
      const credits = [
        {name: 'MOFA', url: 'javascript:alert(1)', logo: {src: '/demo/does-not-exist.png'}},
        {name: 'Elsewhere', logo: {src: 'data:image/png;base64,iVBORw0KGgo='}},
        {role: {en: 'Photos', fr: 'Photos'}, name: 'LAION'},
      ];
      const el = await banner({...doc, credits});
      const logos = part(el, 'credits')!.querySelectorAll('img');
      // Images come from http(s) only.
      expect(logos).to.have.length(1);
      // A logo that fails leaves the credit line, not a broken-image icon.
      if (logos[0].isConnected) await oneEvent(logos[0], 'error');
      expect(logos[0].isConnected).to.equal(false);
      expect(part(el, 'credits')!.querySelector('a')).to.equal(null);
      // Without a role, the credit is a content source.
      expect([...part(el, 'credits')!.children].map(text)).to.deep.equal(['Content source: MOFA', 'Content source: Elsewhere', 'Photos: LAION']);
      expect(text(part(el, 'credits'))).to.equal('Content source: MOFA Content source: Elsewhere Photos: LAION');
    });
  });

  describe('variants and headings', () => {
    it('strip: the track, the conference and its dates on one line', async () => {
      const el = await banner(data(), 'variant="strip"');
      const strip = part(el, 'base')!;
      expect(strip.querySelector('h2[part="heading"] [part="swatch"]')).not.to.equal(null);
      expect(text(strip)).to.match(/^AI Model GOSIM AI Paris 2025 6\s?–\s?7 May 2025$/);
      for (const name of ['tagline', 'description', 'tracks', 'sessions', 'credits']) expect(part(el, name), name).to.equal(null);
      const {top, bottom} = part(el, 'heading')!.getBoundingClientRect();
      const event = part(el, 'event')!.getBoundingClientRect();
      expect(event.top).to.be.below(bottom);
      expect(event.bottom).to.be.above(top);
      await expect(el).to.be.accessible();
    });

    it('hero: the header above the tracks, as wide as the container allows', async () => {
      const el = await banner(data());
      el.style.width = '900px';
      await el.updateComplete;
      const header = part(el, 'header')!;
      const [track, event] = [header.firstElementChild!, part(el, 'event')!].map((e) => e.getBoundingClientRect());
      expect(event.left).to.be.above(track.right - 1);
      el.style.width = '280px';
      // Reading the boxes lays the page out again, container queries included: no frame to wait for.
      expect(part(el, 'event')!.getBoundingClientRect().top).to.be.above(header.firstElementChild!.getBoundingClientRect().bottom - 1);
    });

    it('puts the name at heading-level and the sessions one level below', async () => {
      const el = await banner(withSessions(), 'heading-level="4" show-sessions');
      expect(el.shadowRoot!.querySelector('h4[part="heading"]')).not.to.equal(null);
      expect(el.shadowRoot!.querySelector('h5[part="sessions-heading"]')).not.to.equal(null);
    });

    for (const theme of ['light', 'dark']) {
      it(`is accessible in the ${theme} theme, in both variants`, async () => {
        for (const variant of ['hero', 'strip']) {
          const el = await banner(withSessions(), `theme="${theme}" variant="${variant}" show-sessions track-href="/tracks/{id}"`);
          await expect(el).to.be.accessible();
        }
      });
    }
  });

  describe('attributes only', () => {
    it('shows the attributes, the children as the description', async () => {
      const el = await fixture<TrackBanner>(html`<track-banner lang="en-GB" name="Rust in AI" tagline="Fast and safe"
        event-name="GOSIM China 2025" start-date="2025-12-30" end-date="2026-01-02" venue="Hangzhou"><p>Why Rust matters.</p></track-banner>`);
      expect(text(part(el, 'heading'))).to.equal('Rust in AI');
      expect(text(part(el, 'tagline'))).to.equal('Fast and safe');
      const event = text(part(el, 'event'));
      expect(event).to.contain('GOSIM China 2025');
      expect(event).to.match(/30 December 2025\s?–\s?2 January 2026/);
      expect(event).to.contain('Hangzhou');
      const slot = part(el, 'description')!.querySelector('slot')!;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Why Rust matters.']);
      expect(part(el, 'tracks')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('takes the page’s language for the attributes', async () => {
      await pageLanguage('fr');
      const el = await fixture<TrackBanner>(html`<track-banner lang="fr" name="Rust et IA" start-date="2025-05-06"></track-banner>`);
      expect(part(el, 'heading')!.querySelector('[lang]')).to.equal(null);
      expect(text(part(el, 'event'))).to.equal('6 mai 2025');
    });

    it('loads once while the attributes do not change', async () => {
      const el = document.createElement('track-banner');
      el.setAttribute('name', 'Rust in AI');
      let loads = 0;
      el.addEventListener('conf-load', () => loads++);
      await fixture(el);
      el.variant = 'strip';
      await el.updateComplete;
      expect(loads).to.equal(1);
      el.setAttribute('tagline', 'Fast');
      await el.updateComplete;
      expect(loads).to.equal(2);
    });

    it('shows nothing but its children without a name', async () => {
      const el = await fixture<TrackBanner>(html`<track-banner event-name="GOSIM"><p>Fallback</p></track-banner>`);
      expect(part(el, 'base')).to.equal(null);
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    });

    for (const [attributes, attribute, expected] of [
      ['start-date="6 May 2025"', 'start-date', 'a date like 2025-05-06'],
      ['start-date="2025-05-06" end-date="2025-02-30"', 'end-date', 'a date like 2025-05-06'],
      ['start-date="2025-05-07T10:00"', 'start-date', 'a date like 2025-05-06'],
      ['start-date="2025-05-07" end-date="2025-05-06"', 'end-date', 'a date on or after event.start (2025-05-07)'],
    ]) {
      it(`drops a bad date with a warning naming the attribute: ${attributes}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = document.createElement('track-banner');
          el.setAttribute('name', 'Rust in AI');
          el.setAttribute('event-name', 'GOSIM');
          for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name, value);
          const event = settled(el);
          document.body.append(el);
          const loaded = (await event) as ConfLoadEvent;
          await el.updateComplete;
          el.remove();
          expect(loaded.type).to.equal('conf-load');
          expect(loaded.warnings.join('\n')).to.contain(`${attribute}: expected ${expected}`);
          expect(warnings.warnings).to.have.length(1);
          expect(warnings.warnings[0]).to.contain(`${attribute}: expected ${expected}`);
          // The banner shows, without dates.
          expect(textOf(el)).to.contain('Rust in AI');
          expect(textOf(el)).not.to.match(/2025/);
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('events', () => {
    it('fires conf-load with the document', async () => {
      const doc = await data();
      const el = document.createElement('track-banner');
      el.setAttribute('track-id', 'ai-model');
      el.data = doc;
      const event = settled(el);
      document.body.append(el);
      expect((await event).type).to.equal('conf-load');
      el.remove();
    });

    it('fires conf-error for an unknown track, naming the ids', async () => {
      const warnings = captureWarnings();
      try {
        const el = document.createElement('track-banner');
        el.setAttribute('track-id', 'ai-modle');
        el.data = await data();
        const event = settled(el);
        document.body.append(el);
        const {error} = (await event) as ConfErrorEvent;
        await el.updateComplete;
        expect(error.kind).to.equal('unknown-id');
        expect(error.path).to.equal('track-id');
        expect(error.ids).to.include.members(['ai-model', 'ai-infra']);
        expect(textOf(el)).to.equal('No track has the id “ai-modle”. Tracks in this programme: 6.');
        el.remove();
      } finally {
        warnings.restore();
      }
    });

    it('writes data as text, never as HTML', async () => {
      const doc = await data();
      const tracks = doc.tracks!.map((t, i) => (i ? t : {...t, name: '<img src=x onerror=alert(1)>'}));
      const el = await banner({...doc, tracks});
      expect(text(part(el, 'heading'))).to.equal('<img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelector('[part="heading"] img')).to.equal(null);
    });
  });
});
