import {expect, fixture, oneEvent} from '@open-wc/testing';
import '../../../src/index.js';
import type {ConfErrorEvent, ConfFavouriteEvent, ConfFilterEvent, ConferenceDocument, SessionList} from '../../../src/index.js';
import {captureWarnings, gosim, pageLanguage, settled} from '../../helpers.js';

/** GOSIM with a programme around the seed talk: two days, two rooms, a break, French talks, an unscheduled one. */
async function programme(): Promise<ConferenceDocument> {
  const doc = await gosim();
  return {
    ...doc,
    // An event of its own: test files run side by side on one origin, and stars are kept per event.
    event: {...doc.event, id: 'list-test'},
    rooms: [{id: 'main', name: 'Main stage'}, {id: 'lab', name: 'Lab'}],
    speakers: [...(doc.speakers ?? []), {id: 'ada', name: 'Ada Lovelace'}, {id: 'eloise', name: 'Éloïse Martin'}],
    sessions: [
      {...doc.sessions![0], room: 'main'},
      {id: 'opening', kind: 'keynote', title: 'Opening keynote', start: '2025-05-06T09:00', end: '2025-05-06T09:30', room: 'main', track: 'ai-model', speakers: ['ada']},
      {id: 'infra', title: 'Serving models at scale', start: '2025-05-06T09:30', end: '2025-05-06T10:00', room: 'main', track: 'ai-infra', speakers: ['ada']},
      {id: 'robots', title: 'Des robots ouverts', language: 'fr', start: '2025-05-06T09:30', end: '2025-05-06T10:15', room: 'lab', track: 'embodied-ai', speakers: ['eloise'], abstract: 'Une plateforme ouverte pour la robotique.'},
      {id: 'coffee', kind: 'break', title: 'Coffee', start: '2025-05-06T10:15', end: '2025-05-06T10:45'},
      {id: 'science', title: 'Models for science', start: '2025-05-07T09:00', end: '2025-05-07T09:45', room: 'lab', track: 'ai-for-science', speakers: ['eloise']},
      {id: 'later', title: 'To be announced', track: 'ai-apps'},
    ],
  };
}

const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (el: Element, name: string) => parts(el, name)[0];
// Word joiners (U+2060) keep a time range on one line; they are not read.
const text = (node?: Element | null) => (node?.textContent ?? '').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
const titles = (el: SessionList) => parts(el, 'row').map((row) => text(row.querySelector('[part=row-heading]')));

async function list(doc: ConferenceDocument | Promise<ConferenceDocument>, attributes = '', lang = 'en-GB', width = '600px') {
  const el = document.createElement('session-list');
  el.setAttribute('lang', lang);
  el.style.width = width;
  for (const [, name, value] of attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) el.setAttribute(name, value ?? '');
  el.data = await doc;
  const shown = await fixture<SessionList>(el);
  await shown.updateComplete;
  return shown;
}

/** Waits until a long list has rendered every chunk (each chunk comes in a task of its own). */
async function filled(el: SessionList, rows: number) {
  for (let i = 0; i < 500 && parts(el, 'row').length < rows; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
  }
}

describe('<session-list>', () => {
  afterEach(async () => {
    await pageLanguage('en');
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows the GOSIM seed talk, which opens in place to the whole card with its host introduction', async () => {
    const el = await list(gosim());
    expect(titles(el)).to.deep.equal(['Open Foundation Models: Scaling Laws and Generalization']);
    const row = part(el, 'row');
    expect(text(row.querySelector('[part=time]'))).to.match(/^11:10\s?–\s?11:50$/);
    expect(text(part(el, 'meta'))).to.contain('Jenia Jitsev');
    expect(text(part(el, 'day-heading'))).to.match(/^Wednesday,? 7 May 2025$/);
    const button = row.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    const card = part(el, 'card') as HTMLElement & {updateComplete: Promise<unknown>};
    await card.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal(card.id);
    expect(card.shadowRoot!.querySelector('summary')?.textContent).to.equal('Host introduction');
    expect(card.shadowRoot!.querySelector('[part=abstract]')?.textContent).to.contain('scaling laws');
    // The row already says the title and the time: the card inside does not repeat them.
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part=heading]')!).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('groups the programme by day under headings at heading-level, rows one level below, unscheduled last', async () => {
    const el = await list(programme(), 'heading-level="2"');
    // ICU writes "Tuesday 6 May 2025" or "Tuesday, 6 May 2025" depending on its version.
    expect(parts(el, 'day-heading').map((h) => [h.localName, text(h).replace(',', '')])).to.deep.equal([
      ['h2', 'Tuesday 6 May 2025'], ['h2', 'Wednesday 7 May 2025'], ['h2', 'Not yet scheduled'],
    ]);
    expect(titles(el)).to.deep.equal([
      'Opening keynote', 'Serving models at scale', 'Des robots ouverts', 'Coffee',
      'Models for science', 'Open Foundation Models: Scaling Laws and Generalization', 'To be announced',
    ]);
    expect(el.shadowRoot!.querySelector('[part~=row] h3 button')).to.exist;
    // A break is a thin row: no button, no star.
    const coffee = parts(el, 'row')[3];
    expect(coffee.classList.contains('break')).to.be.true;
    expect(coffee.querySelector('button')).to.be.null;
    // A talk in another language than the page's says so.
    expect(text(parts(el, 'row')[2].querySelector('[part=badge]'))).to.equal('FR');
    expect(parts(el, 'row')[2].querySelector('[part=badge]')!.getAttribute('lang')).to.equal('fr');
    expect(text(part(el, 'count'))).to.equal('Sessions shown: 7');
    await expect(el).to.be.accessible();
  });

  it('keeps only what the attributes select', async () => {
    const doc = await programme();
    const cases: [string, string[]][] = [
      ['track="ai-model,ai-infra"', ['Opening keynote', 'Serving models at scale', 'Open Foundation Models: Scaling Laws and Generalization']],
      ['day="2025-05-07"', ['Models for science', 'Open Foundation Models: Scaling Laws and Generalization']],
      ['room="lab"', ['Des robots ouverts', 'Models for science']],
      ['speaker="eloise"', ['Des robots ouverts', 'Models for science']],
      ['language="fr"', ['Des robots ouverts']],
      ['kind="breaks"', ['Coffee']],
      ['kind="talks" day="2025-05-06"', ['Opening keynote', 'Serving models at scale', 'Des robots ouverts']],
      ['query="eloise robotique"', ['Des robots ouverts']],
      ['ids="science, opening"', ['Opening keynote', 'Models for science']],
    ];
    for (const [attributes, expected] of cases) {
      const el = await list(doc, attributes);
      expect(titles(el), attributes).to.deep.equal(expected);
    }
  });

  it('says which id in which attribute the programme does not have, in the page language', async () => {
    const {warnings, restore} = captureWarnings();
    try {
      const el = document.createElement('session-list');
      el.setAttribute('room', 'main, attic');
      const errored = oneEvent(el, 'conf-error') as Promise<ConfErrorEvent>;
      el.data = await programme();
      document.body.append(el);
      const {error} = await errored;
      expect([error.kind, error.path, error.got]).to.deep.equal(['unknown-id', 'room', 'attic']);
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.equal('No room has the id “attic”. Rooms in this programme: 2.');
      expect(warnings).to.have.length(1);
      await pageLanguage('fr');
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.equal('Aucune salle n’a l’identifiant « attic ». Salles dans ce programme : 2.');
      el.remove();
    } finally {
      restore();
    }
  });

  it('shows `limit` sessions, then all of them on "Show all"', async () => {
    const el = await list(programme(), 'limit="3"');
    expect(parts(el, 'row')).to.have.length(3);
    const more = part(el, 'more');
    expect(text(more)).to.equal('Show all (7)');
    more.click();
    await el.updateComplete;
    expect(parts(el, 'row')).to.have.length(7);
    expect(part(el, 'more')).to.be.undefined;
  });

  it('opens one row at a time, or many with open-many', async () => {
    for (const [attributes, open] of [['', 1], ['open-many', 2]] as const) {
      const el = await list(programme(), attributes);
      for (const i of [0, 1]) {
        parts(el, 'row')[i].querySelector('button')!.click();
        await el.updateComplete;
      }
      expect(parts(el, 'card'), attributes).to.have.length(open);
      expect(parts(el, 'row').filter((row) => row.querySelector('[aria-expanded=true]')), attributes).to.have.length(open);
    }
  });

  describe('controls', () => {
    it('filters by the chips and the search box, announces the count and fires conf-filter', async () => {
      const el = await list(programme(), 'controls');
      const chip = (label: string) => parts(el, 'chip').find((c) => text(c) === label)!;
      expect(parts(el, 'filter').map((group) => group.getAttribute('aria-label'))).to.deep.equal(['Days', 'Tracks', 'Rooms', 'Languages', 'My agenda']);
      const filtered = oneEvent(el, 'conf-filter') as Promise<ConfFilterEvent>;
      chip('Lab').click();
      const event = await filtered;
      expect(event.view.room).to.deep.equal(['lab']);
      expect(event.count).to.equal(2);
      expect(chip('Lab').getAttribute('aria-pressed')).to.equal('true');
      expect(titles(el)).to.deep.equal(['Des robots ouverts', 'Models for science']);
      expect(part(el, 'count').getAttribute('role')).to.equal('status');
      expect(text(part(el, 'count'))).to.equal('Sessions shown: 2');
      const search = part(el, 'search') as HTMLInputElement;
      search.value = 'SCIENCE';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Models for science']);
      search.value = 'nothing like this';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(text(part(el, 'count'))).to.equal('No session matches these filters.');
      await expect(el).to.be.accessible();
    });

    it('offers only what the author selected', async () => {
      const el = await list(programme(), 'controls room="lab"');
      const rooms = parts(el, 'filter').find((group) => group.getAttribute('aria-label') === 'Rooms');
      // One room: nothing to choose.
      expect(rooms).to.be.undefined;
      const days = parts(el, 'filter').find((group) => group.getAttribute('aria-label') === 'Days')!;
      expect([...days.querySelectorAll('button')].map(text)).to.deep.equal(['Tue 6 May', 'Wed 7 May']);
    });

    it('keeps the view in the URL hash with sync-url, and opens the view a link gives', async () => {
      const el = await list(programme(), 'controls sync-url');
      parts(el, 'chip').find((c) => text(c) === 'Wed 7 May')!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#day=2025-05-07');
      el.remove();
      history.replaceState(null, '', '#track=ai-for-science&q=models');
      const other = await list(programme(), 'controls sync-url');
      expect(titles(other)).to.deep.equal(['Models for science']);
      expect((part(other, 'search') as HTMLInputElement).value).to.equal('models');
    });

    it('stars talks into an agenda that survives a reload, travels by link and downloads as one .ics', async () => {
      const doc = await programme();
      const el = await list(doc, 'controls');
      const stars = parts(el, 'star');
      expect(stars).to.have.length(6);
      expect(stars[0].getAttribute('aria-label')).to.equal('My agenda: Opening keynote');
      const favourite = oneEvent(el, 'conf-favourite') as Promise<ConfFavouriteEvent>;
      stars[0].click();
      const event = await favourite;
      expect([event.id, event.starred, event.ids]).to.deep.equal(['opening', true, ['opening']]);
      parts(el, 'star')[3].click();
      await el.updateComplete;
      expect(parts(el, 'star').map((s) => s.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false', 'true', 'false', 'false']);
      el.remove();

      // A reload: a new list on the same event.
      const again = await list(doc, 'controls');
      const mine = parts(again, 'chip').find((c) => text(c).startsWith('My agenda'))!;
      expect(text(mine)).to.equal('My agenda (2)');
      mine.click();
      await again.updateComplete;
      expect(titles(again)).to.deep.equal(['Opening keynote', 'Models for science']);

      // One calendar with both talks.
      const clicked: string[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this.href);
      };
      try {
        part(again, 'download').click();
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      const ics = decodeURIComponent(clicked[0].slice('data:text/calendar,'.length));
      expect(ics.match(/BEGIN:VCALENDAR/g)).to.have.length(1);
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
      expect(ics).to.contain('UID:opening@list-test');
      expect(ics).to.contain('SUMMARY:Models for science');

      // The link, on another device (nothing stored): the same talks, starred.
      const link = new URL((part(again, 'share') as HTMLAnchorElement).href);
      expect(link.pathname).to.equal(location.pathname);
      again.remove();
      localStorage.clear();
      history.replaceState(null, '', link.hash);
      const elsewhere = await list(doc, 'controls');
      expect(titles(elsewhere)).to.deep.equal(['Opening keynote', 'Models for science']);
      expect(text(parts(elsewhere, 'chip').find((c) => text(c).startsWith('My agenda')))).to.equal('My agenda (2)');
      expect(location.hash).to.not.contain('agenda');
      await expect(elsewhere).to.be.accessible();
    });

    it('marks the session running now and jumps to it', async () => {
      const now = Date.parse('2025-05-06T09:40+02:00');
      const el = document.createElement('session-list');
      el.setAttribute('controls', '');
      el.now = now;
      el.data = await programme();
      await fixture(el);
      await el.updateComplete;
      const live = parts(el, 'row').filter((row) => row.classList.contains('live')).map((row) => text(row.querySelector('[part=row-heading]')));
      expect(live).to.deep.equal(['Serving models at scale', 'Des robots ouverts']);
      expect(text(parts(el, 'row')[1].querySelector('.live'))).to.equal('Live now');
      // The line of "now" is over the first session not yet over; before the event there is none.
      expect(parts(el, 'row').filter((row) => row.classList.contains('next')).map((row) => text(row.querySelector('[part=row-heading]')))).to.deep.equal(['Serving models at scale']);
      expect(getComputedStyle(parts(el, 'row')[1]).boxShadow).to.not.equal('none');
      part(el, 'now').click();
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Serving models at scale');
      el.now = Date.parse('2025-05-01T09:00+02:00');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.next, .live')).to.be.null;
      expect(part(el, 'now')).to.be.undefined;
    });

    it('with jump-to-now, gives the session running now the focus once shown', async () => {
      const el = document.createElement('session-list');
      el.setAttribute('jump-to-now', '');
      el.now = Date.parse('2025-05-07T11:20+02:00');
      el.data = await programme();
      await fixture(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Open Foundation Models: Scaling Laws and Generalization');
    });

    it('switches the times to the visitor’s zone', async () => {
      const el = await list(programme(), 'controls visitor-time-zone="America/New_York"');
      expect(text(parts(el, 'row')[0].querySelector('[part=time]'))).to.match(/^09:00\s?–\s?09:30$/);
      const chip = parts(el, 'chip').find((c) => text(c) === 'My time (New York)')!;
      chip.click();
      await el.updateComplete;
      expect(text(parts(el, 'row')[0].querySelector('[part=time]'))).to.match(/^03:00\s?–\s?03:30$/);
    });
  });

  describe('layout by its own width', () => {
    // The room names over the columns show only in the grid.
    const display = (el: SessionList) => (getComputedStyle(part(el, 'room')).display === 'none' ? 'list' : 'grid');

    it('is a list below 900 px and a time grid from 900 px, whatever the window', async () => {
      expect(display(await list(programme(), '', 'en', '600px'))).to.equal('list');
      const wide = await list(programme(), '', 'en', '1000px');
      expect(display(wide)).to.equal('grid');
      expect([...part(wide, 'day').querySelectorAll('[part=room]')].map(text)).to.deep.equal(['Main stage', 'Lab']);
      // Two talks at 9:30 side by side: one column each.
      const [infra, robots] = parts(wide, 'row').slice(1, 3).map((row) => row.getBoundingClientRect());
      expect(infra.top).to.equal(robots.top);
      expect(robots.left).to.be.greaterThan(infra.right - 1);
      // Nothing leaves the widget: many rooms scroll inside it.
      expect(wide.scrollWidth).to.be.at.most(wide.clientWidth);
      await expect(wide).to.be.accessible();
      expect(display(await list(programme(), 'layout="list"', 'en', '1000px'))).to.equal('list');
      expect(display(await list(programme(), 'layout="grid"', 'en', '400px'))).to.equal('grid');
    });
  });

  it('speaks French on a French page', async () => {
    await pageLanguage('fr');
    const el = await list(programme(), 'controls', 'fr');
    expect(text(part(el, 'day-heading'))).to.equal('mardi 6 mai 2025');
    expect(parts(el, 'filter').map((group) => group.getAttribute('aria-label'))).to.deep.equal(['Jours', 'Parcours', 'Salles', 'Langues', 'Mon programme']);
    expect(text(part(el, 'count'))).to.equal('Sessions affichées : 7');
    expect(text(parts(el, 'row')[0].querySelector('[part=meta]'))).to.contain('Ada Lovelace');
    // On a French page the English talks carry their language, the French one does not.
    expect(text(parts(el, 'row')[0].querySelector('[part=badge]'))).to.equal('EN');
    expect(parts(el, 'row')[2].querySelector('[part=badge]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('follows the page language when it changes, in the rows it already shows too', async () => {
    const el = await list(programme(), 'controls');
    expect(parts(el, 'star')[0].getAttribute('aria-label')).to.equal('My agenda: Opening keynote');
    await pageLanguage('fr');
    await el.updateComplete;
    expect(parts(el, 'star')[0].getAttribute('aria-label')).to.equal('Mon programme : Opening keynote');
    expect(text(part(el, 'count'))).to.equal('Sessions affichées : 7');
  });

  it('fills a programme of 900 talks chunk by chunk', async () => {
    const doc = await programme();
    const many = Array.from({length: 900}, (_, i) => ({
      id: `t${i}`, title: `Talk ${i}`, room: i % 2 ? 'lab' : 'main',
      start: `2025-05-0${6 + (i % 2)}T${String(8 + Math.floor(i / 90)).padStart(2, '0')}:${String((i % 90) % 60).padStart(2, '0')}`,
    }));
    const loaded = settled(document.body);
    const el = await list({...doc, sessions: many}, 'layout="list"');
    await loaded;
    // The first rows are there at once; the rest come in later tasks.
    expect(parts(el, 'row').length).to.be.greaterThan(0).and.below(900);
    await filled(el, 900);
    expect(parts(el, 'row')).to.have.length(900);
  });
});
