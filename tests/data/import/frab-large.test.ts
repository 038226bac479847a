/**
 * The large made-up frab export (demo/data/frab-large.json, written by scripts/make-frab.mjs): about
 * 900 talks over 4 days in 15 rooms, with the quirks of the real ones. Everything expected is read
 * from the raw file here, independently of the importer.
 */
import {expect, fixture} from '@open-wc/testing';
import '../../../src/index.js';
import type {SessionCard} from '../../../src/index.js';
import {captureWarnings, settled, textOf} from '../../helpers.js';
import {findById} from '../../../src/data/select.js';
import {importDocument} from '../../../src/data/import/index.js';
import {validate} from '../../../src/data/validate.js';
import {toInstant} from '../../../src/format/time.js';
import type {ConferenceDocument} from '../../../src/data/types.js';

type Json = Record<string, unknown>;
type Day = {date: string; rooms: Record<string, Json[]>};

const URL = '/demo/data/frab-large.json';
const raw = (await fetch(URL).then((r) => r.json())) as {schedule: {conference: {days: Day[]}}};
const {days} = raw.schedule.conference;
const events = days.flatMap((day) => Object.values(day.rooms).flat());
const persons = events.flatMap((e) => e.persons as Json[]);

describe('the large frab export (scripts/make-frab.mjs)', () => {
  const {document: imported, format, warnings} = importDocument(raw, 'auto');
  const doc = imported as ConferenceDocument;

  it('is a frab export of about 900 talks over 4 days and more than 12 rooms', () => {
    expect(format).to.equal('frab');
    expect(days.length).to.equal(4);
    expect(events.filter((e) => e.type !== 'break').length).to.equal(900);
    expect(new Set(days.flatMap((d) => Object.keys(d.rooms))).size).to.be.above(12);
  });

  it('imports to a valid document, keeping every talk and every named person', () => {
    expect(() => validate(doc)).not.to.throw();
    expect(doc.sessions?.length).to.equal(events.length);
    const named = new Set(persons.filter((p) => p.public_name).map((p) => String(p.code ?? p.id)));
    expect(doc.speakers?.length).to.equal(named.size);
    expect(doc.rooms?.length).to.equal(new Set(days.flatMap((d) => Object.keys(d.rooms))).size);
  });

  it('warns about the odd fields it has, and nothing else', () => {
    const odd = [/language: "de, en" read as "de"$/, /\.date: ".*T25:00:00\+02:00" is no date-time, so not scheduled$/,
      /\.persons\[\d\]: no name, dropped$/, /\.speakers: no speaker "\w+", dropped$/];
    expect(warnings.filter((w) => !odd.some((r) => r.test(w)))).to.deep.equal([]);
    expect(odd.filter((r) => !warnings.some((w) => r.test(w))).map(String)).to.deep.equal([]);
    const lists = events.filter((e) => String(e.language).includes(',')).length;
    expect(lists).to.be.above(0);
    expect(warnings.length).to.equal(lists + 1 + 2 * persons.filter((p) => p.public_name === '').length);
  });

  it('keeps talks after midnight on their own date, and talks sharing a numeric id apart', () => {
    const late = days[0].rooms[Object.keys(days[0].rooms).find((r) => days[0].rooms[r].some((e) => String(e.date) > '2026-08-20'))!]
      .find((e) => String(e.date) > '2026-08-20')!;
    const s = doc.sessions?.find((x) => x.id === late.guid);
    expect(s && toInstant(s.start!, doc.event.timeZone)).to.equal(Date.parse(String(late.date)));
    const byId = new Map<string, Json[]>();
    for (const e of events) byId.set(String(e.id), [...(byId.get(String(e.id)) ?? []), e]);
    const shared = [...byId.values()].find((list) => list.length > 1)!;
    expect(shared, 'a numeric id used twice').to.exist;
    expect(new Set(shared.map((e) => doc.sessions?.find((x) => x.id === e.guid)?.title)).size).to.equal(shared.length);
    // Its slug, unique, still finds each one.
    for (const e of shared) expect(findById(doc.sessions, String(e.slug)).item?.id).to.equal(e.guid);
  });

  it('keeps markup as text and tolerates odd durations', () => {
    const blink = doc.sessions?.find((x) => String(x.title).includes('<blink>'));
    expect(blink?.title).to.equal('Why <blink> must return & other HTML myths');
    for (const duration of ['0:45', '00:45:00', '45']) {
      const e = events.find((x) => x.duration === duration)!;
      const s = doc.sessions?.find((x) => x.id === e.guid);
      expect(toInstant(s!.end!, doc.event.timeZone) - toInstant(s!.start!, doc.event.timeZone), duration).to.equal(45 * 60000);
    }
  });

  it('renders a talk from the URL in a card, with the import warnings in conf-load', async () => {
    const e = events.find((x) => typeof x.id == 'number' && (x.persons as Json[]).length === 2)!;
    const el = document.createElement('session-card');
    el.setAttribute('src', URL);
    el.setAttribute('session-id', String(e.id));
    const loaded = settled(el);
    const quiet = captureWarnings();
    try {
      const event = await fixture<SessionCard>(el).then(() => loaded);
      expect(event.type).to.equal('conf-load');
      expect((event as Event & {warnings: string[]}).warnings).to.deep.equal(warnings);
    } finally {
      quiet.restore();
    }
    await el.updateComplete;
    expect(textOf(el)).to.contain(String(e.title).trim());
    for (const p of e.persons as Json[]) expect(textOf(el)).to.contain(String(p.public_name));
  });
});
