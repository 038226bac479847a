/**
 * The schema.org JSON-LD builders, on the GOSIM data, hostile data and real pretalx and frab exports.
 * Every output also passes `shape()`: the types and properties schema.org defines for what we write,
 * values of the right kind, and Google's Event fields wherever the data has them.
 */
import {expect} from '@open-wc/testing';
import {readDocument} from '../../src/data/load.js';
import type {ConferenceDocument} from '../../src/data/types.js';
import {
  sessionStructuredData, speakerStructuredData, structuredDataScript, trackStructuredData,
} from '../../src/format/structured-data.js';
import type {StructuredData} from '../../src/format/structured-data.js';
import {gosim} from '../helpers.js';

type Json = Record<string, any>;
const SCHEMA = 'https://schema.org/';

/** The properties schema.org gives each type we write (Thing's and Event's, Person's, Place's…). */
const properties: Record<string, string[]> = {
  Event: ['name', 'description', 'url', 'startDate', 'endDate', 'location', 'eventStatus', 'eventAttendanceMode',
    'performer', 'superEvent', 'subEvent', 'inLanguage'],
  Person: ['name', 'description', 'url', 'image', 'sameAs', 'jobTitle', 'affiliation'],
  Organization: ['name', 'url'],
  Place: ['name', 'address'],
  PostalAddress: ['streetAddress', 'addressLocality', 'addressCountry'],
};
const DATE = /^\d{4}-\d\d-\d\d$/;
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

/** Every problem of one JSON-LD text, as paths; [] when it is as schema.org and Google expect. */
function shape(json: string): string[] {
  const problems: string[] = [];
  if (json.includes('<')) problems.push('a raw < in the text');
  const root = JSON.parse(json) as Json;
  if (root['@context'] !== 'https://schema.org') problems.push(`@context ${root['@context']}`);
  const visit = (node: Json, path: string) => {
    const type = node['@type'] as string;
    if (!properties[type]) return problems.push(`${path}: @type ${type}`);
    for (const [key, value] of Object.entries(node)) {
      if (key === '@type' || (key === '@context' && path === '$')) continue;
      const at = `${path}.${key}`;
      if (!properties[type].includes(key)) problems.push(`${at}: not a property of ${type}`);
      if (value === '' || value === null || (Array.isArray(value) && !value.length)) problems.push(`${at}: empty`);
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item === 'object') visit(item, at);
        else if (typeof item !== 'string') problems.push(`${at}: ${typeof item}`);
        else if (/^(url|image|sameAs)$/.test(key) && !/^https?:\/\//.test(item)) problems.push(`${at}: URL ${item}`);
        else if (/Date$/.test(key) && !DATE.test(item) && !DATE_TIME.test(item)) problems.push(`${at}: date ${item}`);
        else if (/^event(Status|AttendanceMode)$/.test(key) && !item.startsWith(SCHEMA)) problems.push(`${at}: ${item}`);
      }
    }
    // Google's Event rich result: name, startDate and location, the location with an address.
    if (type === 'Event' && !node.name) problems.push(`${path}: Event without name`);
    if (type === 'Place' && !node.name) problems.push(`${path}: Place without name`);
    return undefined;
  };
  visit(root, '$');
  return problems;
}

const parse = ({json}: StructuredData) => JSON.parse(json) as Json;
// A copy each time: documents are read once per object.
const checked = (json: unknown, options?: Parameters<typeof readDocument>[1]) => readDocument(structuredClone(json), options).document;

const PLACE = {'@type': 'Place', name: 'Station F', address: {'@type': 'PostalAddress', addressLocality: 'Paris', addressCountry: 'France'}};
const CONFERENCE = {'@type': 'Event', name: 'GOSIM AI Paris 2025', startDate: '2025-05-06', endDate: '2025-05-07', location: PLACE};
const SOCIAL = ['https://twitter.com/jjitsev', 'https://www.linkedin.com/in/jenia-jitsev-11654427', 'https://github.com/JeniaJitsev', 'https://laion.ai/'];

describe('structured data', () => {
  let doc: ConferenceDocument;
  beforeEach(async () => {
    doc = checked(await gosim());
  });
  const session = () => doc.sessions!.find((s) => s.id === 'open-foundation-models')!;

  it('describes the GOSIM talk as an Event in the conference, with its times in Paris time', () => {
    const data = sessionStructuredData(doc, session());
    expect(data.key).to.equal('session:gosim-ai-paris-2025:open-foundation-models');
    expect(parse(data)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Open Foundation Models: Scaling Laws and Generalization',
      startDate: '2025-05-07T11:10:00+02:00',
      endDate: '2025-05-07T11:50:00+02:00',
      location: PLACE,
      description: 'To study transferable learning and generalization, derivation of reproducible scaling laws is crucial. We highlight why open foundation models and datasets are essential for this research and highlight challenges in properly measuring generalization.',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      performer: [{'@type': 'Person', name: 'Jenia Jitsev', jobTitle: 'Scientific Lead', sameAs: SOCIAL}],
      superEvent: CONFERENCE,
      inLanguage: 'en',
    });
    expect(shape(data.json)).to.deep.equal([]);
    // The same instants as the card shows.
    expect(Date.parse(parse(data).startDate)).to.equal(Date.UTC(2025, 4, 7, 9, 10));
  });

  it('describes the GOSIM speaker as a Person, and the track as the conference with its talks', () => {
    const speaker = speakerStructuredData(doc, doc.speakers![0]);
    expect(speaker.key).to.equal('speaker:gosim-ai-paris-2025:jenia-jitsev');
    const person = parse(speaker);
    expect(person).to.include({'@context': 'https://schema.org', '@type': 'Person', name: 'Jenia Jitsev', jobTitle: 'Scientific Lead'});
    expect(person.affiliation).to.deep.equal([
      {'@type': 'Organization', name: 'LAION'}, {'@type': 'Organization', name: 'Jülich Supercomputing Center (JSC)'},
    ]);
    expect(person.sameAs).to.deep.equal(SOCIAL);
    expect(person.description).to.match(/^Jenia Jitsev is a leading figure .* LAION-5B\.$/);
    expect(person).not.to.have.property('image');
    expect(shape(speaker.json)).to.deep.equal([]);

    const track = trackStructuredData(doc, doc.tracks![0]);
    expect(track.key).to.equal('track:gosim-ai-paris-2025:ai-model');
    expect(parse(track)).to.deep.equal({
      '@context': 'https://schema.org',
      ...CONFERENCE,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      subEvent: [{
        '@type': 'Event', name: 'Open Foundation Models: Scaling Laws and Generalization',
        startDate: '2025-05-07T11:10:00+02:00', endDate: '2025-05-07T11:50:00+02:00', location: PLACE,
      }],
    });
    expect(shape(track.json)).to.deep.equal([]);
    // Another track: the same conference, none of this track's talks.
    expect(parse(trackStructuredData(doc, doc.tracks![1]))).not.to.have.property('subEvent');
  });

  it('writes the texts in the language asked for, and the photo, the URLs and the room when the data has them', async () => {
    const raw: any = await gosim();
    raw.event.url = 'https://gosim.org/paris-2025';
    raw.event.venue.address = '5 Parvis Alan Turing';
    raw.rooms = [{id: 'main', name: {en: 'Main stage', fr: 'Grande scène'}}];
    raw.sessions[0].room = 'main';
    raw.sessions[0].url = '/talks/open-foundation-models';
    raw.sessions[0].language = 'fr';
    raw.speakers[0].photo = {src: 'https://example.org/jenia.jpg'};
    raw.speakers[0].positions[0].url = 'https://laion.ai/';
    const fr = checked(raw);
    const event = parse(sessionStructuredData(fr, fr.sessions![0], {lang: 'fr', base: 'https://example.org/programme/'}));
    expect(event.description).to.match(/^Pour étudier l’apprentissage transférable/);
    expect(event.performer[0].jobTitle).to.equal('Responsable scientifique');
    expect(event.inLanguage).to.equal('fr');
    expect(event.url).to.equal('https://example.org/talks/open-foundation-models');
    expect(event.location).to.deep.equal({
      '@type': 'Place', name: 'Grande scène, Station F',
      address: {'@type': 'PostalAddress', streetAddress: '5 Parvis Alan Turing', addressLocality: 'Paris', addressCountry: 'France'},
    });
    expect(event.superEvent).to.deep.include({url: 'https://gosim.org/paris-2025', location: {...event.location, name: 'Station F'}});
    // Without a base (Node, no page), a relative URL is left out rather than guessed.
    expect(parse(sessionStructuredData(fr, fr.sessions![0]))).not.to.have.property('url');

    const person = parse(speakerStructuredData(fr, fr.speakers![0], {lang: 'fr'}));
    expect(person.image).to.equal('https://example.org/jenia.jpg');
    expect(person.affiliation[0]).to.deep.equal({'@type': 'Organization', name: 'LAION', url: 'https://laion.ai/'});
    expect(person.description).to.match(/^Jenia Jitsev est une figure de premier plan/);

    // A venue that is only an address: the address as text.
    raw.event.venue = {name: 'Station F', address: '5 Parvis Alan Turing, 75013 Paris'};
    const text = checked(raw);
    expect(parse(trackStructuredData(text, text.tracks![0])).location).to.deep.equal({'@type': 'Place', name: 'Station F', address: '5 Parvis Alan Turing, 75013 Paris'});
    // No venue: no place but the room, and nothing said about attendance.
    delete raw.event.venue;
    const bare = checked(raw);
    const nowhere = parse(sessionStructuredData(bare, bare.sessions![0]));
    expect(nowhere.location).to.deep.equal({'@type': 'Place', name: 'Main stage'});
    expect(nowhere).not.to.have.property('eventAttendanceMode');
    expect(nowhere.superEvent).not.to.have.property('location');
    for (const data of [sessionStructuredData(fr, fr.sessions![0], {lang: 'fr', base: 'https://example.org/'}), speakerStructuredData(fr, fr.speakers![0]),
      trackStructuredData(text, text.tracks![0]), sessionStructuredData(bare, bare.sessions![0])]) {
      expect(shape(data.json)).to.deep.equal([]);
    }
  });

  it('keeps hostile data as text: no markup, no script end, no javascript: URL', async () => {
    const raw: any = await gosim();
    const title = '</script><script>alert(1)</script> & <!-- "quotes"';
    raw.sessions[0].title = title;
    raw.sessions[0].abstract = '**Bold** and *italic* <b>tags</b>, [a link](javascript:alert%281%29) and [another](https://example.org/).';
    raw.sessions[0].url = 'javascript:alert(1)';
    raw.event.url = 'data:text/html,<script>alert(1)</script>';
    raw.speakers[0].social = [{network: 'website', url: 'javascript:alert(1)'}, {network: 'email', url: 'mailto:j@example.org'}];
    raw.speakers[0].photo = {src: 'javascript:alert(1)'};
    const hostile = checked(raw);
    const data = sessionStructuredData(hostile, hostile.sessions![0], {base: 'https://example.org/'});
    expect(data.json).not.to.include('<');
    expect(data.json).not.to.include('javascript:');
    const event = parse(data);
    expect(event.name).to.equal(title);
    expect(event.description).to.equal('Bold and italic <b>tags</b>, a link and another (https://example.org/).');
    expect(event).not.to.have.property('url');
    expect(event.superEvent).not.to.have.property('url');
    expect(event.performer[0]).not.to.have.property('sameAs');
    const person = speakerStructuredData(hostile, hostile.speakers![0]);
    expect(person.json).not.to.match(/javascript:|mailto:/);
    expect(parse(person)).not.to.have.property('image');
    expect(shape(data.json)).to.deep.equal([]);

    // The HTML the pre-rendering CLI writes: parsed back, one script holding the same JSON.
    const host = document.createElement('div');
    host.innerHTML = structuredDataScript({...data, key: 'session:"a"&<b>'});
    expect(host.children.length).to.equal(1);
    const script = host.querySelector('script')!;
    expect(script.type).to.equal('application/ld+json');
    expect(script.getAttribute('data-conference-widgets')).to.equal('session:"a"&<b>');
    expect(JSON.parse(script.textContent!).name).to.equal(title);
  });

  it('describes a session made of attributes alone without an event around it', () => {
    const attributes = checked({
      language: 'en',
      event: {id: 'example.org', name: 'A talk', timeZone: 'Europe/Paris'},
      sessions: [{id: 'a-talk', title: 'A talk', start: '2025-03-30T01:30', end: '2025-03-30T03:30'}],
    });
    const event = parse(sessionStructuredData(attributes, attributes.sessions![0]));
    expect(event).not.to.have.property('superEvent');
    // Across the change to summer time: each end of the talk with its own offset.
    expect([event.startDate, event.endDate]).to.deep.equal(['2025-03-30T01:30:00+01:00', '2025-03-30T03:30:00+02:00']);
  });

  describe('from real exports', () => {
    let files: string[] = [];
    before(async () => {
      files = await (await fetch('/__shared__/fixtures/index.json')).json();
    });
    const load = async (file: string, format: 'pretalx' | 'frab') => {
      const url = `/__shared__/fixtures/${file}`;
      return {raw: await (await fetch(url)).json(), doc: checked(await (await fetch(url)).json(), {format, base: new URL(url, location.href).href})};
    };

    it('makes valid Events of a pretalx widget export, with the offsets of Lima', async function () {
      const file = files.find((name) => name.startsWith('pretalx-widget/'));
      if (!file) this.skip();
      const {raw, doc: pretalx} = await load(file!, 'pretalx');
      for (const s of pretalx.sessions!) expect(shape(sessionStructuredData(pretalx, s).json), s.id).to.deep.equal([]);
      const talk = raw.talks.find((t: Json) => t.code && t.speakers.length);
      const event = parse(sessionStructuredData(pretalx, pretalx.sessions!.find((s) => s.id === talk.code)!));
      expect(event.name).to.equal(talk.title.trim());
      expect([event.startDate, event.endDate]).to.deep.equal([talk.start, talk.end]);
      expect(event.startDate).to.match(/-05:00$/);
      expect(event.performer.map((p: Json) => p.name)).to.deep.equal(talk.speakers.map((code: string) => raw.speakers.find((s: Json) => s.code === code).name));
      expect(event.location.name).to.equal(Object.values(raw.rooms.find((r: Json) => r.id === talk.room).name)[0]);
      for (const track of pretalx.tracks!) expect(shape(trackStructuredData(pretalx, track).json), track.id).to.deep.equal([]);
      for (const speaker of pretalx.speakers!) expect(shape(speakerStructuredData(pretalx, speaker).json), speaker.id).to.deep.equal([]);
    });

    it('makes valid Events of a frab schedule, at the times it gives', async function () {
      const file = files.find((name) => name.endsWith('frab-camp2019.json'));
      if (!file) this.skip();
      const {raw, doc: frab} = await load(file!, 'frab');
      const events = raw.schedule.conference.days.flatMap((day: Json) => Object.values(day.rooms).flat()) as Json[];
      for (const s of frab.sessions!) expect(shape(sessionStructuredData(frab, s).json), s.id).to.deep.equal([]);
      const [first] = events;
      const event = parse(sessionStructuredData(frab, frab.sessions!.find((s) => s.id === first.guid)!));
      expect(event).to.include({name: first.title, startDate: first.date, url: first.url});
      expect(event.performer.map((p: Json) => p.name)).to.deep.equal(first.persons.map((p: Json) => p.public_name));
      expect(event.superEvent).to.include({name: 'Chaos Communication Camp 2019', startDate: '2019-08-21', endDate: '2019-08-26'});
      for (const track of frab.tracks!) expect(shape(trackStructuredData(frab, track).json), track.id).to.deep.equal([]);
    });
  });
});
