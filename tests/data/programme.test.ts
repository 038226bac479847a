/**
 * The programme's rows, selection, days, facets and time grid: on the GOSIM data, on a real frab
 * export (expectations read from the raw file here, not through the importer), and on small
 * documents made for one rule each.
 */
import {expect} from '@open-wc/testing';
import {byDay, dayGrid, facets, fold, parseList, rowsOf, select} from '../../src/data/programme.js';
import type {DayGrid, Row} from '../../src/data/programme.js';
import {importDocument} from '../../src/data/import/index.js';
import {validate} from '../../src/data/validate.js';
import type {ConferenceDocument, Session} from '../../src/data/types.js';
import {gosim} from '../helpers.js';

type Json = Record<string, any>;
const files: string[] = await fetch('/__shared__/fixtures/index.json').then((r) => r.json() as Promise<string[]>);
const raw = (file: string): Promise<Json> => fetch(`/__shared__/fixtures/${file}`).then((r) => r.json());
/** A shared export read as a widget reads it; Sessionize has no zone, so its page says London. */
const imported = (json: unknown, file = '') =>
  validate(importDocument(json, 'auto', {timeZone: file.startsWith('sessionize/') ? 'Europe/London' : undefined}).document);

const CAMP = 'frab/voc-example-frab-camp2019.json';
/** Every talk of a frab export, as the raw file lists them. */
const frabEvents = (json: Json): Json[] =>
  json.schedule.conference.days.flatMap((day: Json) => Object.values(day.rooms).flat());

/** A small document: sessions in Europe/Paris on 2025-05-06 unless they say otherwise. */
function documentOf(sessions: Partial<Session>[], rest: Partial<ConferenceDocument> = {}): ConferenceDocument {
  return {
    event: {id: 'e', name: 'E', timeZone: 'Europe/Paris'},
    rooms: [{id: 'b', name: 'B'}, {id: 'a', name: 'A'}],
    ...rest,
    sessions: sessions.map((s, i) => ({id: `s${i}`, title: `Talk ${i}`, ...s})),
  };
}
const at = (time: string) => `2025-05-06T${time}`;
const ids = (rows: readonly Row[]) => rows.map((row) => row.session.id);

describe('programme rows', () => {
  it('gives the GOSIM talk its instants and its day in Paris', async () => {
    const doc = await gosim();
    const [row] = rowsOf(doc);
    expect(row.session.id).to.equal('open-foundation-models');
    expect(row.start).to.equal(Date.UTC(2025, 4, 7, 9, 10));
    expect(row.end).to.equal(Date.UTC(2025, 4, 7, 9, 50));
    expect(row.day).to.equal('2025-05-07');
  });

  it('sorts by start, then by the order of doc.rooms (roomless last), then title; unscheduled last', () => {
    const doc = documentOf([
      {title: 'Unscheduled'},
      {title: 'Zeta', start: at('10:00'), room: 'a'},
      {title: 'Alpha', start: at('10:00'), room: 'a'},
      {title: 'Roomless', start: at('10:00')},
      {title: 'In B', start: at('10:00'), room: 'b'},
      {title: 'Early', start: at('09:00'), room: 'a'},
    ]);
    expect(rowsOf(doc).map((row) => row.session.title)).to.deep.equal(['Early', 'In B', 'Alpha', 'Zeta', 'Roomless', 'Unscheduled']);
    expect(rowsOf(doc).at(-1)).to.include({start: undefined, day: undefined});
  });

  it('dates a session by the event zone, not by the offset it is written with', () => {
    // 23:30 UTC is 01:30 the next morning in Paris.
    const doc = documentOf([{start: '2025-05-06T23:30:00Z', end: '2025-05-07T00:15:00Z'}]);
    expect(rowsOf(doc)[0]).to.include({day: '2025-05-07', start: Date.UTC(2025, 4, 6, 23, 30), end: Date.UTC(2025, 4, 7, 0, 15)});
  });

  it('computes the rows once per document', () => {
    const doc = documentOf([{start: at('10:00')}]);
    expect(rowsOf(doc)).to.equal(rowsOf(doc));
    expect(rowsOf({...doc})).not.to.equal(rowsOf(doc));
  });
});

describe('parseList', () => {
  it('splits on commas, trims, and drops empty items', () => {
    expect(parseList(' a, b ,,c ')).to.deep.equal(['a', 'b', 'c']);
    expect(parseList('ai-model')).to.deep.equal(['ai-model']);
  });

  it('is undefined when nothing is listed', () => {
    for (const value of [undefined, null, '', ' ', ' , ,']) expect(parseList(value)).to.equal(undefined);
  });
});

describe('fold', () => {
  it('drops case and accents, and decomposes ligatures', () => {
    expect(fold('Überwachung Chloé ÉCOLE ﬁn')).to.equal('uberwachung chloe ecole fin');
  });
});

describe('select, on small documents', () => {
  const doc = documentOf([
    {kind: 'break', title: 'Lunch', start: at('12:00')},
    {kind: 'workshop', title: 'Workshop', start: at('14:00'), language: 'fr-CA'},
    {title: 'Talk', start: at('15:00')},
    {kind: 'keynote', title: 'Keynote', start: at('09:00')},
  ], {language: 'en'});

  it('keeps talks (all but breaks), breaks, or one kind', () => {
    expect(ids(select(doc, {kind: ['talks']}))).to.deep.equal(['s3', 's1', 's2']);
    expect(ids(select(doc, {kind: ['breaks']}))).to.deep.equal(['s0']);
    expect(ids(select(doc, {kind: ['talks', 'breaks']}))).to.have.length(4);
    expect(ids(select(doc, {kind: ['workshop']}))).to.deep.equal(['s1']);
    expect(ids(select(doc, {kind: ['talk']}))).to.deep.equal(['s2']);
  });

  it('compares base languages, the document’s for a session without one', () => {
    expect(ids(select(doc, {language: ['fr']}))).to.deep.equal(['s1']);
    expect(ids(select(doc, {language: ['en-GB']}))).to.deep.equal(['s3', 's0', 's2']);
  });

  it('matches speakers by id or alias, tracks and rooms by id, and an id the lists lack as it is', () => {
    const named = documentOf([
      {start: at('10:00'), track: 'ml', room: 'a', speakers: ['p1']},
      {start: at('11:00'), track: 'listless', room: 'hall', speakers: ['p2']},
    ], {
      tracks: [{id: 'ml', name: 'ML'}],
      speakers: [{id: 'p1', aliases: ['42'], name: 'Ada'}, {id: 'p2', aliases: ['42'], name: 'Bo'}],
    });
    expect(ids(select(named, {track: ['ml']}))).to.deep.equal(['s0']);
    expect(ids(select(named, {track: [' listless ']}))).to.deep.equal(['s1']);
    expect(ids(select(named, {room: ['hall', 'nowhere']}))).to.deep.equal(['s1']);
    // An alias two speakers share names both.
    expect(ids(select(named, {speaker: ['42']}))).to.deep.equal(['s0', 's1']);
    expect(ids(select(named, {speaker: ['p2']}))).to.deep.equal(['s1']);
  });

  it('keeps everything for an empty selection, and nothing starred without stars', () => {
    expect(select(doc, {})).to.have.length(4);
    expect(select(doc, {track: [], room: [], speaker: [], ids: [], day: [], kind: [], language: [], query: ' '})).to.have.length(4);
    expect(select(doc, {mine: true})).to.deep.equal([]);
    expect(ids(select(doc, {mine: true}, new Set(['s2', 'nope'])))).to.deep.equal(['s2']);
  });
});

describe('byDay', () => {
  it('groups rows by day in order, the unscheduled last', () => {
    const doc = documentOf([{title: 'later'}, {start: '2025-05-07T10:00'}, {start: at('10:00')}, {start: at('11:00')}]);
    const groups = byDay(rowsOf(doc));
    expect(groups.map(([day, rows]) => [day, ids(rows)])).to.deep.equal([
      ['2025-05-06', ['s2', 's3']], ['2025-05-07', ['s1']], [undefined, ['s0']],
    ]);
    expect(byDay([])).to.deep.equal([]);
  });
});

describe('facets', () => {
  it('offers used tracks and rooms in document order, days, and one tag per language', () => {
    const doc = documentOf([
      {start: '2025-05-07T10:00', track: 't2', room: 'a', language: 'en-GB'},
      {start: at('10:00'), track: 't1', language: 'de'},
      {start: at('11:00'), track: 't2', language: 'en'},
      {kind: 'break', start: at('12:00'), room: 'a', language: 'fr'},
      {title: 'Unscheduled'},
    ], {tracks: [{id: 't1', name: 'T1'}, {id: 'unused', name: 'U'}, {id: 't2', name: 'T2'}]});
    expect(facets(doc)).to.deep.equal({days: ['2025-05-06', '2025-05-07'], tracks: ['t1', 't2'], rooms: ['a'], languages: ['de', 'en']});
  });
});

/** Every placement inside the grid, none sharing a cell with another, every scheduled row placed once. */
function expectSound(grid: DayGrid, rows: readonly Row[]) {
  const cells = new Map<string, string>();
  for (const {row, rowStart, rowEnd, colStart, colEnd} of grid.items) {
    expect(rowStart, row.session.id).to.be.at.least(2);
    expect(rowEnd).to.be.above(rowStart).and.at.most(grid.rows + 1);
    expect(colStart).to.be.at.least(2);
    expect(colEnd).to.be.above(colStart).and.at.most(grid.columns + 1);
    for (let r = rowStart; r < rowEnd; r++) {
      for (let c = colStart; c < colEnd; c++) {
        expect(cells.get(`${r},${c}`), `${row.session.id} at ${r},${c}`).to.equal(undefined);
        cells.set(`${r},${c}`, row.session.id);
      }
    }
  }
  expect(grid.items.map((item) => item.row.session.id).sort()).to.deep.equal(rows.filter((row) => row.start !== undefined).map((row) => row.session.id).sort());
}
const place = (grid: DayGrid) => Object.fromEntries(grid.items.map(({row, rowStart, rowEnd, colStart, colEnd}) => [row.session.id, [rowStart, rowEnd, colStart, colEnd]]));

describe('dayGrid', () => {
  it('gives overlapping talks in one room a lane each, and the other rooms their own columns', () => {
    const doc = documentOf([
      {room: 'a', start: at('10:00'), end: at('11:00')},
      {room: 'a', start: at('10:30'), end: at('11:30')},
      {room: 'b', start: at('10:00'), end: at('10:30')},
      {room: 'a', title: 'Later', start: at('11:30'), end: at('12:00')},
    ]);
    const grid = dayGrid(rowsOf(doc), doc);
    expect(grid.step).to.equal(30);
    expect(grid.rooms).to.deep.equal([{id: 'b', colStart: 2, colEnd: 3}, {id: 'a', colStart: 3, colEnd: 5}]);
    // [rowStart, rowEnd, colStart, colEnd]; the later talk overlaps nobody and spans its room.
    expect(place(grid)).to.deep.equal({s0: [2, 4, 3, 4], s1: [3, 5, 4, 5], s2: [2, 3, 2, 3], s3: [5, 6, 3, 5]});
    expect(grid).to.include({columns: 4, rows: 5});
    expect(grid.times).to.deep.equal([
      {instant: Date.UTC(2025, 4, 6, 8), row: 2}, {instant: Date.UTC(2025, 4, 6, 8, 30), row: 3}, {instant: Date.UTC(2025, 4, 6, 9, 30), row: 5},
    ]);
    expectSound(grid, rowsOf(doc));
  });

  it('spans a roomless break over every room; a roomless talk beside others gets its own column', () => {
    const doc = documentOf([
      {room: 'a', start: at('09:00'), end: at('10:00')},
      {room: 'b', start: at('09:00'), end: at('10:00')},
      {kind: 'break', title: 'Coffee', start: at('10:00'), end: at('10:30')},
      {title: 'Roomless talk', start: at('10:30'), end: at('11:00')},
      {room: 'a', start: at('10:30'), end: at('11:00')},
      {title: 'No end', start: at('11:00')},
    ]);
    const grid = dayGrid(rowsOf(doc), doc);
    expect(grid.rooms).to.deep.equal([{id: 'b', colStart: 2, colEnd: 3}, {id: 'a', colStart: 3, colEnd: 4}, {id: undefined, colStart: 4, colEnd: 5}]);
    expect(place(grid)).to.deep.include({s2: [4, 5, 2, 5], s3: [5, 6, 4, 5], s4: [5, 6, 3, 4], s5: [6, 7, 2, 5]});
    // In reading order: by time, then column.
    expect(ids(grid.items.map((item) => item.row))).to.deep.equal(['s1', 's0', 's2', 's4', 's3', 's5']);
    expect(grid).to.include({columns: 4, rows: 6, step: 30});
    expectSound(grid, rowsOf(doc));
  });

  it('takes 5-minute rows when the day mixes 5- and 30-minute slots', () => {
    const doc = documentOf([
      {room: 'a', start: at('09:00'), end: at('09:30')},
      {room: 'a', start: at('09:30'), end: at('09:35')},
      {room: 'a', start: at('09:35'), end: at('10:05')},
    ]);
    const grid = dayGrid(rowsOf(doc), doc);
    expect(grid.step).to.equal(5);
    expect(place(grid)).to.deep.equal({s0: [2, 8, 2, 3], s1: [8, 9, 2, 3], s2: [9, 15, 2, 3]});
    expect(grid.times.map((t) => t.row)).to.deep.equal([2, 8, 9]);
    expect(grid).to.include({rows: 14, columns: 2});
  });

  it('falls back to minutes when no step of 5 divides the times', () => {
    const doc = documentOf([{room: 'a', start: at('09:00'), end: at('09:07')}]);
    expect(place(dayGrid(rowsOf(doc), doc))).to.deep.equal({s0: [2, 9, 2, 3]});
  });

  it('lays out two rooms of three lanes, widening a session over the lanes free for its whole time', () => {
    const doc = documentOf([
      // Room a: three at once, then one alone (whole room), then one with a short neighbour.
      {room: 'a', start: at('10:00'), end: at('11:00')},
      {room: 'a', start: at('10:00'), end: at('11:00')},
      {room: 'a', start: at('10:00'), end: at('11:00')},
      {room: 'a', start: at('11:00'), end: at('12:00'), title: 'A whole'},
      {room: 'b', start: at('10:00'), end: at('10:45')},
      {room: 'b', start: at('10:15'), end: at('11:00')},
      {room: 'b', start: at('10:30'), end: at('11:15')},
      {room: 'b', start: at('11:15'), end: at('12:00'), title: 'Long'},
      {room: 'b', start: at('11:15'), end: at('11:30'), title: 'Short'},
    ]);
    const grid = dayGrid(rowsOf(doc), doc);
    expect(grid.step).to.equal(15);
    expect(grid.rooms).to.deep.equal([{id: 'b', colStart: 2, colEnd: 5}, {id: 'a', colStart: 5, colEnd: 8}]);
    expect(grid.columns).to.equal(7);
    const p = place(grid);
    expect([p.s0, p.s1, p.s2].map(([, , c]) => c).sort()).to.deep.equal([5, 6, 7]);
    expect(p.s3).to.deep.equal([6, 10, 5, 8]);
    expect([p.s4, p.s5, p.s6]).to.deep.equal([[2, 5, 2, 3], [3, 6, 3, 4], [4, 7, 4, 5]]);
    // 'Long' sorts before 'Short': lane 1 for Long, lane 2 for Short, which widens over the free lane 3.
    expect(p.s7).to.deep.equal([7, 10, 2, 3]);
    expect(p.s8).to.deep.equal([7, 8, 3, 5]);
    expectSound(grid, rowsOf(doc));
  });

  it('never lets two sessions share a cell, and gives each room as many lanes as it has sessions at once', () => {
    // A seeded random day: 5-minute starts, 5 to 90 minutes long, three rooms and some roomless.
    let seed = 12;
    const random = (n: number) => ((seed = (seed * 16807) % 2147483647) % n);
    for (let day = 0; day < 20; day++) {
      const sessions = Array.from({length: 40}, () => {
        const start = Date.UTC(2025, 4, 6, 7) + random(120) * 5 * 60_000;
        const end = start + (1 + random(18)) * 5 * 60_000;
        return {room: ['a', 'b', 'c', undefined][random(4)], start: new Date(start).toISOString(), end: random(10) ? new Date(end).toISOString() : undefined};
      });
      const doc = documentOf(sessions);
      const rows = rowsOf(doc);
      const grid = dayGrid(rows, doc);
      expectSound(grid, rows);
      for (const room of grid.rooms) {
        const spans = grid.items
          .filter(({row, colStart, colEnd}) => row.session.room === room.id && colStart >= room.colStart && colEnd <= room.colEnd)
          .map(({row: {start = 0, end}}) => [start, end ?? start + grid.step * 60_000]);
        const most = Math.max(...spans.map(([t]) => spans.filter(([a, b]) => a <= t && t < b).length));
        expect(room.colEnd - room.colStart, `room ${room.id} on day ${day}`).to.equal(most);
      }
    }
  });

  it('leaves unscheduled rows out and copes with a day of none', () => {
    const doc = documentOf([{title: 'Unscheduled'}, {title: 'Roomless', start: at('10:00'), end: at('10:30')}]);
    const grid = dayGrid(rowsOf(doc), doc);
    expect(grid.rooms).to.deep.equal([{id: undefined, colStart: 2, colEnd: 3}]);
    expect(place(grid)).to.deep.equal({s1: [2, 3, 2, 3]});
    expect(dayGrid([], doc)).to.deep.include({items: [], rooms: [], columns: 1, rows: 1});
  });
});

describe('the programme of real exports', () => {
  if (!files.length) {
    it.skip('shared fixtures absent: skipped', () => {});
    return;
  }

  let json: Json;
  let events: Json[];
  let doc: ConferenceDocument;
  before(async () => {
    json = await raw(CAMP);
    events = frabEvents(json);
    doc = imported(json);
    expect(doc.event.timeZone).to.equal('Europe/Berlin');
  });
  const titles = (rows: readonly Row[]) => rows.map((row) => row.session.title).sort();
  const rawTitles = (keep: (event: Json) => boolean) => events.filter(keep).map((event) => event.title.trim()).sort();

  it('has a row per talk of the frab file, at the file’s instants, in time order', () => {
    const rows = rowsOf(doc);
    expect(rows).to.have.length(events.length).and.length(79);
    for (const event of events) {
      const row = rows.find((r) => r.session.aliases?.includes(String(event.id)));
      expect(row?.start, event.title).to.equal(Date.parse(event.date));
      // The file's offsets are Berlin's: its local date is the day.
      expect(row?.day).to.equal(event.date.slice(0, 10));
    }
    rows.slice(1).forEach((row, i) => expect(row.start).to.be.at.least(rows[i].start ?? 0));
    // Two talks at one time: Curie before Meitner, as doc.rooms lists them.
    const pairs = rows.slice(1).flatMap((row, i) => (row.start === rows[i].start ? [[rows[i].session.room, row.session.room]] : []));
    expect(pairs).to.have.length.above(20);
    for (const pair of pairs) expect(pair).to.deep.equal(['curie', 'meitner']);
  });

  it('selects by track, room, day, language, speaker and id as the file says', () => {
    expect(titles(select(doc, {track: ['security']}))).to.deep.equal(rawTitles((e) => e.track === 'Security'));
    expect(select(doc, {track: ['security']})).to.have.length(23);
    expect(titles(select(doc, {room: ['meitner']}))).to.deep.equal(rawTitles((e) => e.room === 'Meitner'));
    expect(titles(select(doc, {day: ['2019-08-22']}))).to.deep.equal(rawTitles((e) => e.date.startsWith('2019-08-22')));
    expect(titles(select(doc, {language: ['de-DE']}))).to.deep.equal(rawTitles((e) => e.language === 'de'));
    expect(select(doc, {language: ['de']})).to.have.length(24);
    const person = events[0].persons[0];
    expect(titles(select(doc, {speaker: [String(person.id)]})))
      .to.deep.equal(rawTitles((e) => e.persons.some((p: Json) => p.id === person.id)));
    // frab's numeric id and slug are aliases of the guid.
    expect(titles(select(doc, {ids: [String(events[0].id), events[1].slug, events[2].guid]})))
      .to.deep.equal([events[0], events[1], events[2]].map((e) => e.title.trim()).sort());
  });

  it('reads `today` in the event zone', () => {
    // 22:30 UTC on the 23rd is half past midnight on the 24th in Berlin.
    const rows = select(doc, {day: ['today']}, undefined, Date.parse('2019-08-23T22:30:00Z'));
    expect(titles(rows)).to.deep.equal(rawTitles((e) => e.date.startsWith('2019-08-24')));
    expect(rows).to.have.length(17);
  });

  it('combines filters: each must hold', () => {
    const rows = select(doc, {track: ['security'], language: ['de'], day: ['2019-08-22', '2019-08-23']});
    expect(titles(rows)).to.deep.equal(rawTitles((e) => e.track === 'Security' && e.language === 'de' && /^2019-08-2[23]/.test(e.date)));
  });

  it('finds every term of a query in titles, abstracts and speakers, whatever the case and accents', () => {
    const folded = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const matches = (...terms: string[]) => rawTitles((e) =>
      terms.every((t) => folded([e.title, e.abstract, ...e.persons.map((p: Json) => p.public_name)].join(' ')).includes(t)));
    expect(titles(select(doc, {query: 'UBERWACHUNG'}))).to.deep.equal(matches('uberwachung'));
    expect(titles(select(doc, {query: 'UBERWACHUNG'}))).to.include('Die 5G-Überwachungsstandards');
    expect(titles(select(doc, {query: '  chloe   BERTHELEMY '}))).to.deep.equal(matches('chloe', 'berthelemy'));
    expect(matches('chloe', 'berthelemy')).to.have.length(1);
    expect(titles(select(doc, {query: 'hearty lasses'}))).to.deep.equal(['Opening Ceremony']);
    expect(select(doc, {query: 'hearty zzzz'})).to.deep.equal([]);
  });

  it('keeps the starred talks', () => {
    const starred = new Set([events[3].guid, events[7].guid]);
    expect(titles(select(doc, {mine: true}, starred))).to.deep.equal([events[3].title, events[7].title].map((t) => t.trim()).sort());
  });

  it('groups by the file’s days and offers its facets', () => {
    const days = json.schedule.conference.days.map((day: Json) => day.date);
    expect(byDay(rowsOf(doc)).map(([day, rows]) => [day, rows.length]))
      .to.deep.equal(days.map((day: string) => [day, events.filter((e) => e.date.startsWith(day)).length]));
    expect(facets(doc)).to.deep.equal({
      days,
      tracks: ['ccc', 'security', 'ethics-society-politics', 'hardware-making', 'art-culture', 'entertainment', 'science'],
      rooms: ['curie', 'meitner'],
      languages: ['en', 'de'],
    });
  });

  it('lays out each frab day on a grid: one column per room, 15-minute rows', () => {
    for (const [day, rows] of byDay(rowsOf(doc))) {
      const grid = dayGrid(rows, doc);
      expect(grid.rooms.map((room) => room.id), day).to.deep.equal(['curie', 'meitner']);
      expect(grid.step).to.equal(15);
      const first = Math.min(...rows.map((row) => row.start ?? Infinity));
      for (const {row, rowStart, colStart} of grid.items) {
        expect(rowStart).to.equal(2 + ((row.start ?? 0) - first) / 900_000);
        expect(colStart).to.equal(row.session.room === 'curie' ? 2 : 3);
      }
      expectSound(grid, rows);
    }
  });

  it('lays out every day of every shared export soundly', async () => {
    for (const file of files) {
      const document = imported(await raw(file), file);
      for (const [day, rows] of byDay(rowsOf(document))) if (day) expectSound(dayGrid(rows, document), rows);
    }
  });

  it('answers a search over 1,000 talks in a few milliseconds once the text is read', () => {
    const many = {...doc, sessions: Array.from({length: 13}, (_, k) => (doc.sessions ?? []).map((s) => ({...s, id: `${s.id}-${k}`}))).flat()};
    select(many, {query: 'x'});
    const t = performance.now();
    for (const query of ['s', 'se', 'sec', 'secu', 'secur']) select(many, {query});
    expect(select(many, {query: 'secu'}).length).to.be.above(100);
    expect((performance.now() - t) / 5).to.be.below(20);
  });
});
