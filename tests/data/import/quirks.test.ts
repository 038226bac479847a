/**
 * One small hand-written export per quirk of ../shared/fixtures/README.md (and the rules of the
 * importers), so the importers are tested even where the real exports are absent.
 */
import {expect} from '@open-wc/testing';
import {ConferenceError} from '../../../src/data/errors.js';
import {findById} from '../../../src/data/select.js';
import {importDocument} from '../../../src/data/import/index.js';
import type {Format, ImportResult} from '../../../src/data/import/index.js';
import {validate} from '../../../src/data/validate.js';
import {toInstant} from '../../../src/format/time.js';
import type {ConferenceDocument, Session} from '../../../src/data/types.js';

/** Imports, checks the result with the validator, and returns it typed. */
function load(json: unknown, format: Format = 'auto', timeZone?: string) {
  const result: ImportResult = importDocument(json, format, {timeZone});
  const doc = result.document as ConferenceDocument;
  if (doc.event.start) validate(doc);
  return {...result, doc};
}

/** The ConferenceError `f` throws. */
function thrown(f: () => unknown): ConferenceError {
  try {
    f();
  } catch (error) {
    expect(error).to.be.instanceOf(ConferenceError);
    return error as ConferenceError;
  }
  throw new Error('nothing thrown');
}

/** The session a `session-id` attribute finds: by id, else by an alias only it has. */
const session = (doc: ConferenceDocument, id: string): Session => {
  const s = findById(doc.sessions, id).item;
  if (!s) throw new Error(`no session ${id}`);
  return s;
};
const at = (doc: ConferenceDocument, t: string | undefined) => (t ? toInstant(t, doc.event.timeZone) : undefined);

describe('import: format detection', () => {
  it('passes a native document through unchanged', () => {
    const native = {event: {id: 'x', name: 'X', start: '2025-05-06', end: '2025-05-06', timeZone: 'Europe/Paris'}};
    const result = importDocument(native);
    expect(result.format).to.equal('native');
    expect(result.document).to.equal(native);
    expect(result.warnings).to.deep.equal([]);
  });

  it('lists the four formats and why each did not fit when nothing fits', () => {
    const error = thrown(() => importDocument({hello: 'world'}));
    expect(error.kind).to.equal('format');
    for (const f of ['native (', 'pretalx (', 'frab (', 'sessionize (']) expect(error.detail).to.contain(f);
  });

  it('says why a forced format does not fit', () => {
    const error = thrown(() => importDocument(pretalx(), 'frab'));
    expect(error.kind).to.equal('format');
    expect(error.detail).to.equal('tried frab (no schedule.conference.days)');
  });

  it('rejects an unknown time zone attribute', () => {
    const error = thrown(() => importDocument(pretalx(), 'auto', {timeZone: 'Mars/Olympus'}));
    expect(error.kind).to.equal('invalid');
    expect(error.path).to.equal('time-zone');
    expect(error.expected).to.equal('an IANA time zone like Europe/Paris');
    expect(error.got).to.equal('Mars/Olympus');
  });

  it('recognises each format by its shape', () => {
    expect(importDocument(pretalx()).format).to.equal('pretalx');
    expect(importDocument(frab()).format).to.equal('frab');
    expect(importDocument(sessionizeAll(), 'auto', {timeZone: 'UTC'}).format).to.equal('sessionize');
    expect(importDocument(sessionsView(), 'auto', {timeZone: 'UTC'}).format).to.equal('sessionize');
    expect(importDocument(speakersView()).format).to.equal('sessionize');
  });
});

// pretalx widget JSON, after devopsdays-lima-2026-v0.4-raw.json.
function pretalx() {
  return {
    version: '0.4',
    schedule_id: 581,
    timezone: 'America/Lima',
    event_start: '2026-08-27',
    event_end: '2026-08-28',
    tracks: [
      {id: 200, name: {en: 'Platform Engineering', es: 'Ingeniería de plataformas'}, description: {}, color: '#8c51bf'},
      {id: 201, name: {}, description: {}, color: '#000000'},
    ],
    rooms: [
      {id: 281, name: {en: 'Main Room', es: 'Sala Principal'}, description: {}},
      {id: 286, name: {}, description: {}},
    ],
    speakers: [
      {code: 'UAJUW3', name: 'Diana Alfaro', avatar: 'https://example.org/a.webp', avatar_thumbnail_default: null},
      {code: '7VNBNY', name: 'Luis Valdivia', avatar: null, avatar_thumbnail_default: null},
    ],
    talks: [
      {
        code: 'CKSUAW', id: 20946, title: 'The Agentic SDLC Platform', abstract: '-', speakers: ['UAJUW3', '7VNBNY'],
        track: 200, start: '2026-08-27T09:00:00-05:00', end: '2026-08-27T09:30:00-05:00', room: 281, duration: 25,
        content_locale: 'en',
      },
      {id: 20955, title: {en: 'Break', es: 'Receso'}, start: '2026-08-27T15:50:00Z', end: '2026-08-27T11:10:00-05:00', room: 281, slot_type: 'break'},
      {
        code: 'W8D3KN', id: 20944, title: 'Entrada - Registro', abstract: 'Por la terraza.', speakers: [], track: null,
        start: '2026-08-27T08:00:00-05:00', end: '2026-08-27T08:30:00-05:00', room: 286, duration: 30, content_locale: 'es',
      },
      {
        code: 'ZZZZZZ', id: 1, title: 'Ghosts', speakers: ['NOBODY'], track: 201,
        start: '2026-08-28T10:00:00-05:00', end: '2026-08-28T10:30:00-05:00', room: 281, duration: 30,
      },
    ],
  };
}

describe('import: pretalx widget', () => {
  it('reads talks with their code as id, the zone from timezone, and the event dates', () => {
    const {doc, format} = load(pretalx());
    expect(format).to.equal('pretalx');
    expect(doc.event).to.deep.equal({id: 'pretalx-581', name: 'pretalx-581', start: '2026-08-27', end: '2026-08-28', timeZone: 'America/Lima'});
    const s = session(doc, 'CKSUAW');
    // Plain texts are marked with the talk's content_locale, which need not be the event's language.
    expect(s.title).to.deep.equal({en: 'The Agentic SDLC Platform'});
    expect(doc.sessions?.find((x) => x.id === 'W8D3KN')?.title).to.deep.equal({es: 'Entrada - Registro'});
    expect(s.track).to.equal('200');
    expect(s.room).to.equal('281');
    expect(s.language).to.equal('en');
    expect(s.speakers).to.deep.equal(['UAJUW3', '7VNBNY']);
  });

  it('warns that the widget JSON names no event', () => {
    expect(load(pretalx()).warnings).to.include('event.name: none; using "pretalx-581"');
  });

  it('trusts start and end over a duration that disagrees', () => {
    const {doc} = load(pretalx());
    const s = session(doc, 'CKSUAW');
    expect(Number(at(doc, s.end)) - Number(at(doc, s.start))).to.equal(30 * 60000);
  });

  it('keeps a break with a UTC start and a local end at its instants', () => {
    const {doc} = load(pretalx());
    const b = session(doc, 'break-20955');
    expect(b.kind).to.equal('break');
    expect(b.title).to.deep.equal({en: 'Break', es: 'Receso'});
    expect(b.track).to.equal(undefined);
    expect(at(doc, b.start)).to.equal(Date.UTC(2026, 7, 27, 15, 50));
    expect(at(doc, b.end)).to.equal(Date.UTC(2026, 7, 27, 16, 10));
  });

  it('makes empty i18n objects absent and drops name-less rooms and tracks with a warning', () => {
    const {doc, warnings} = load(pretalx());
    expect(doc.tracks?.map((t) => t.id)).to.deep.equal(['200']);
    expect(doc.tracks?.[0]).to.not.have.property('description');
    expect(doc.rooms).to.deep.equal([{id: '281', name: {en: 'Main Room', es: 'Sala Principal'}}]);
    expect(warnings).to.include('tracks[1]: no name, dropped');
    expect(warnings).to.include('rooms[1]: no name, dropped');
    // Its sessions stay, without the room.
    expect(session(doc, 'W8D3KN').room).to.equal(undefined);
    expect(warnings).to.include('talks[2].room: no room "286", dropped');
    expect(warnings).to.include('talks[3].track: no track "201", dropped');
  });

  it('takes a null track, no speakers, a null avatar and a "-" abstract as absent', () => {
    const {doc} = load(pretalx());
    const entry = session(doc, 'W8D3KN');
    expect(entry.track).to.equal(undefined);
    expect(entry.speakers).to.deep.equal([]);
    expect(session(doc, 'CKSUAW')).to.not.have.property('abstract');
    expect(doc.speakers).to.deep.equal([
      {id: 'UAJUW3', name: 'Diana Alfaro', photo: {src: 'https://example.org/a.webp'}},
      {id: '7VNBNY', name: 'Luis Valdivia'},
    ]);
  });

  it('drops a reference to a speaker who is not listed, with a warning', () => {
    const {doc, warnings} = load(pretalx());
    expect(session(doc, 'ZZZZZZ').speakers).to.deep.equal([]);
    expect(warnings).to.include('talks[3].speakers: no speaker "NOBODY", dropped');
  });

  it('derives an Etc zone, with POSIX sign, when timezone is missing', () => {
    const {doc, warnings} = load({...pretalx(), timezone: undefined});
    expect(doc.event.timeZone).to.equal('Etc/GMT+5');
    expect(warnings).to.include('timezone: missing; using Etc/GMT+5');
    expect(at(doc, session(doc, 'CKSUAW').start)).to.equal(Date.UTC(2026, 7, 27, 14, 0));
  });

  it('keeps the named zone where only UTC instants could disagree', () => {
    const json = pretalx();
    const {warnings} = load({...json, talks: [json.talks[1]]});
    expect(warnings.join()).to.not.contain('timezone');
  });

  it('sets the document language from the first i18n name', () => {
    expect(load(pretalx()).doc.language).to.equal('en');
  });
});

// frab schedule.json, after voc/schedule's examples.
function frab(conference: Record<string, unknown> = {}) {
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    schedule: {
      version: '1.0',
      conference: {
        acronym: 'NightCon25',
        title: 'Night Con',
        start: '2025-05-06T10:00:00+02:00',
        end: '2025-05-07T18:00:00+02:00',
        time_zone_name: 'Europe/Berlin',
        days: [
          {
            index: 1,
            date: '2025-05-06',
            day_start: '2025-05-06T10:00:00+02:00',
            day_end: '2025-05-07T04:00:00+02:00',
            rooms: {
              'Main Hall': [
                {
                  id: 42, guid: 'a0a0fcfe-b7fb-46e3-84b6-97a5406016b4', slug: 'nightcon25-42-late-talk', date: '2025-05-06T23:30:00+02:00', start: '23:30',
                  duration: '01:00', room: 'Main Hall', title: 'Late Talk', track: 'Hardware & Making', type: 'lecture',
                  language: 'de', abstract: 'Spät.', description: '', url: 'https://example.org/42',
                  persons: [{id: 7, public_name: 'jinxx'}, {guid: 'p-guid', name: 'smtw'}],
                },
                {
                  id: '43', guid: 'b0b0', date: '2025-05-07T00:30:00+02:00', start: '00:30', duration: '00:45',
                  room: 'Main Hall', title: 'After Midnight', track: 'Hardware & Making', type: 'Workshop 60 Min',
                  language: 'en', persons: [{id: 26, code: 'NQTF8Y', public_name: 'Brian Robinson', biography: 'Builds things.', answers: []}],
                },
              ],
            },
          },
          {
            index: 2,
            date: '2025-05-07',
            rooms: {
              'Side Room': [
                {guid: 'c0c0-only-guid', date: '2025-05-07T11:00:00+02:00', duration: 'soon', title: 'No Id', track: null, persons: []},
              ],
            },
          },
        ],
        ...conference,
      },
    },
  };
}

describe('import: frab', () => {
  it('reads events with guid as id, numeric id and slug as aliases, slugs for tracks and rooms, and persons', () => {
    const {doc, format, warnings} = load(frab());
    expect(format).to.equal('frab');
    expect(doc.event).to.deep.equal({id: 'nightcon25', name: 'Night Con', start: '2025-05-06', end: '2025-05-07', timeZone: 'Europe/Berlin'});
    expect(doc.sessions?.map((s) => s.id)).to.deep.equal(['a0a0fcfe-b7fb-46e3-84b6-97a5406016b4', 'b0b0', 'c0c0-only-guid']);
    expect(doc.sessions?.map((s) => s.aliases)).to.deep.equal([['42', 'nightcon25-42-late-talk'], ['43'], undefined]);
    expect(doc.tracks).to.deep.equal([{id: 'hardware-making', name: 'Hardware & Making'}]);
    expect(doc.rooms).to.deep.equal([{id: 'main-hall', name: 'Main Hall'}, {id: 'side-room', name: 'Side Room'}]);
    const s = session(doc, '42');
    expect(s).to.include({title: 'Late Talk', track: 'hardware-making', room: 'main-hall', language: 'de', url: 'https://example.org/42', abstract: 'Spät.'});
    expect(s).to.not.have.property('description');
    expect(s.speakers).to.deep.equal(['7', 'p-guid']);
    expect(session(doc, '43').kind).to.equal('workshop');
    // A person is their guid, else their pretalx code, else String(id); the others are aliases.
    expect(doc.speakers).to.deep.equal([
      {id: '7', name: 'jinxx'},
      {id: 'p-guid', name: 'smtw'},
      {id: 'NQTF8Y', aliases: ['26'], name: 'Brian Robinson', bio: 'Builds things.'},
    ]);
    expect(session(doc, '43').speakers).to.deep.equal(['NQTF8Y']);
    expect(warnings).to.deep.equal([`schedule.conference.days[1].rooms.Side Room[0].duration: "soon" is not HH:MM or minutes, so no end`]);
  });

  it('computes the end from duration, across midnight', () => {
    const {doc} = load(frab());
    const s = session(doc, '42');
    expect(s.end).to.equal('2025-05-07T00:30:00+02:00');
    expect(at(doc, s.end)).to.equal(Date.UTC(2025, 4, 6, 22, 30));
    expect(session(doc, 'c0c0-only-guid')).to.not.have.property('end');
  });

  it('keeps the instant of a talk after midnight listed under the day before', () => {
    const {doc} = load(frab());
    const s = session(doc, '43');
    expect(s.start).to.equal('2025-05-07T00:30:00+02:00');
    expect(at(doc, s.start)).to.equal(Date.UTC(2025, 4, 6, 22, 30));
    expect(at(doc, s.end)).to.equal(Date.UTC(2025, 4, 6, 23, 15));
  });

  it('lets the offsets win over a time_zone_name that contradicts them, with a warning', () => {
    const {doc, warnings} = load(frab({time_zone_name: 'UTC'}));
    expect(doc.event.timeZone).to.equal('Etc/GMT-2');
    expect(warnings).to.include('schedule.conference.time_zone_name: "UTC" disagrees with 2025-05-06T23:30:00+02:00; using Etc/GMT-2');
    // The instants do not move, and the dates are those of the offsets.
    expect(at(doc, session(doc, '43').start)).to.equal(Date.UTC(2025, 4, 6, 22, 30));
    expect([doc.event.start, doc.event.end]).to.deep.equal(['2025-05-06', '2025-05-07']);
  });

  it('derives a zone from the offsets when time_zone_name is missing', () => {
    const {doc, warnings} = load(frab({time_zone_name: undefined}));
    expect(doc.event.timeZone).to.equal('Etc/GMT-2');
    expect(warnings).to.include('schedule.conference.time_zone_name: missing; using Etc/GMT-2');
  });

  it('falls back to UTC for an offset no Etc zone has, with a warning', () => {
    const json = frab({time_zone_name: undefined});
    const days = json.schedule.conference.days;
    const talk = days[0].rooms['Main Hall']?.[0];
    if (!talk) throw new Error('fixture');
    talk.date = '2025-05-06T23:30:00+05:30';
    const {doc, warnings} = load(json);
    expect(doc.event.timeZone).to.equal('UTC');
    expect(warnings).to.include('schedule.conference.time_zone_name: missing; using UTC');
    expect(at(doc, session(doc, '42').start)).to.equal(Date.UTC(2025, 4, 6, 18, 0));
  });

  it('says so when time_zone_name is no zone Intl knows', () => {
    const json = frab({time_zone_name: 'Mars/Olympus'});
    json.schedule.conference.days.length = 0;
    expect(load(json).warnings).to.include('schedule.conference.time_zone_name: "Mars/Olympus" is unknown; using UTC');
  });

  it('takes the time-zone attribute over the data', () => {
    const {doc, warnings} = load(frab({time_zone_name: 'UTC'}), 'auto', 'Europe/Paris');
    expect(doc.event.timeZone).to.equal('Europe/Paris');
    expect(warnings.join()).to.not.contain('time_zone_name');
  });

  it('accepts conference dates as well as date-times', () => {
    const {doc} = load(frab({start: '2025-05-06', end: '2025-05-07'}));
    expect([doc.event.start, doc.event.end]).to.deep.equal(['2025-05-06', '2025-05-07']);
  });
});

// Sessionize view/All, after scottishsummit-2026-all.json.
function sessionizeAll() {
  return {
    sessions: [
      {
        id: '1253880', title: ' Summit Keynote ', description: 'Line one.\r\nLine two.', startsAt: '2026-10-03T09:00:00',
        endsAt: '2026-10-03T09:10:00', isServiceSession: false, isPlenumSession: true, speakers: ['u-1', 'u-2'],
        categoryItems: [450220, 452080], questionAnswers: [], roomId: 77530, status: 'Accepted',
      },
      {
        id: '900', title: 'Lunch', description: null, startsAt: '2026-10-03T12:00:00', endsAt: '2026-10-03T13:00:00',
        isServiceSession: true, speakers: [], categoryItems: [], roomId: 77530,
      },
      {
        id: '901', title: 'To be scheduled', description: null, startsAt: null, endsAt: null, isServiceSession: false,
        speakers: ['u-1'], categoryItems: [452079], roomId: null,
      },
    ],
    speakers: [
      {
        id: 'u-1', firstName: 'Aasne', lastName: 'Holtklimpen', fullName: 'Aasne Holtklimpen 🚀', bio: 'Architect.\r\nSpeaker.',
        tagLine: 'Senior Architect', profilePicture: 'https://example.org/p.jpg', sessions: [1253880, 901],
        links: [
          {title: 'Twitter', url: 'https://twitter.com/aasne', linkType: 'Twitter'},
          {title: 'LinkedIn', url: 'https://www.linkedin.com/in/aasne/', linkType: 'LinkedIn'},
          {title: 'Blog', url: 'https://aasne.example', linkType: 'Blog'},
          {title: 'Company Website', url: 'https://crayon.example', linkType: 'Company_Website'},
          {title: 'Sessionize', url: 'https://sessionize.com/aasne', linkType: 'Sessionize'},
        ],
      },
      {id: 'u-2', firstName: '', lastName: '', fullName: ' ', bio: null, tagLine: null, profilePicture: null, links: [], sessions: [1253880]},
    ],
    categories: [
      {id: 124769, title: 'Which track does your session best fit into?', items: [{id: 450220, name: 'Inclusion', sort: 1}], type: 'session'},
      {id: 125273, title: 'Please select session type:', items: [{id: 452079, name: '20 min lightning talk'}, {id: 452080, name: 'Keynote'}], type: 'session'},
    ],
    rooms: [{id: 77530, name: 'Presidents Suite 1 (150)', sort: 0}],
  };
}

// view/Sessions: groups, with speakers, categories and room named in each session.
function sessionsView() {
  return [
    {
      groupId: null,
      groupName: 'All',
      sessions: [
        {
          id: '548062', title: 'Keynote: Contributing to the CDK', description: 'Updates.', startsAt: '2023-09-29T17:50:00Z',
          endsAt: '2023-09-29T18:20:00Z', isServiceSession: false, speakers: [{id: 'k-1', name: 'Kendra Neil'}],
          categories: [{id: 53731, name: 'Track', categoryItems: [{id: 186574, name: 'AWS CDK'}], sort: 2}],
          roomId: 36044, room: 'Track 1 - English',
        },
        {
          id: '523737', title: 'An Ode to Infrastructure Security', startsAt: null, endsAt: null, isServiceSession: false,
          speakers: [{id: 'h-1', name: 'Harsha Sharma'}, {id: 's-1', name: 'Shubham Shukla'}], categories: [], roomId: null, room: null,
        },
      ],
      isDefault: false,
    },
  ];
}

// view/Speakers: speakers, each naming their sessions {id, name}.
function speakersView() {
  return [
    {
      id: 'a-1', firstName: 'Abhishek', lastName: 'Gupta', fullName: 'Abhishek Gupta', bio: 'Advocate.', tagLine: 'Developer Advocate',
      profilePicture: 'https://example.org/a.jpg', sessions: [{id: 499229, name: 'Removing YAML'}], isTopSpeaker: false,
      links: [{title: 'Twitter', url: 'https://twitter.com/abhi', linkType: 'Twitter'}], questionAnswers: [], categories: [],
    },
  ];
}

describe('import: Sessionize', () => {
  it('needs the time-zone attribute for local times', () => {
    const error = thrown(() => importDocument(sessionizeAll()));
    expect(error.kind).to.equal('time-zone');
    expect(error.detail).to.equal('this Sessionize export has no time zone: add time-zone="Europe/London"');
  });

  it('keeps local times as written, in the zone given', () => {
    const {doc} = load(sessionizeAll(), 'auto', 'Europe/London');
    expect(doc.event).to.deep.include({start: '2026-10-03', end: '2026-10-03', timeZone: 'Europe/London'});
    const s = session(doc, '1253880');
    expect(s.start).to.equal('2026-10-03T09:00:00');
    expect(at(doc, s.start)).to.equal(Date.UTC(2026, 9, 3, 8, 0));
  });

  it('leaves a session with startsAt null unscheduled', () => {
    const s = session(load(sessionizeAll(), 'auto', 'Europe/London').doc, '901');
    expect(s).to.not.have.property('start');
    expect(s).to.not.have.property('end');
    expect(s).to.not.have.property('room');
  });

  it('makes ids strings, trims titles and turns \\r\\n into \\n', () => {
    const {doc} = load(sessionizeAll(), 'auto', 'Europe/London');
    const s = session(doc, '1253880');
    expect(s).to.include({title: 'Summit Keynote', abstract: 'Line one.\nLine two.', room: '77530', track: '450220', kind: 'keynote'});
    expect(doc.rooms).to.deep.equal([{id: '77530', name: 'Presidents Suite 1 (150)'}]);
    expect(doc.tracks).to.deep.equal([{id: '450220', name: 'Inclusion'}]);
    expect(session(doc, '901').kind).to.equal('lightning');
  });

  it('makes service sessions breaks', () => {
    expect(session(load(sessionizeAll(), 'auto', 'Europe/London').doc, '900').kind).to.equal('break');
  });

  it('maps speakers: tagline, photo, bio, links; drops a name-less one with a warning', () => {
    const {doc, warnings} = load(sessionizeAll(), 'auto', 'Europe/London');
    expect(doc.speakers).to.deep.equal([
      {
        id: 'u-1',
        name: 'Aasne Holtklimpen 🚀',
        bio: 'Architect.\nSpeaker.',
        positions: [{title: 'Senior Architect'}],
        photo: {src: 'https://example.org/p.jpg'},
        social: [
          {network: 'twitter', url: 'https://twitter.com/aasne', label: 'Twitter'},
          {network: 'linkedin', url: 'https://www.linkedin.com/in/aasne/', label: 'LinkedIn'},
          {network: 'blog', url: 'https://aasne.example', label: 'Blog'},
          {network: 'website', url: 'https://crayon.example', label: 'Company Website'},
          {network: 'other', url: 'https://sessionize.com/aasne', label: 'Sessionize'},
        ],
      },
    ]);
    expect(warnings).to.include('speakers[1]: no name, dropped');
    expect(session(doc, '1253880').speakers).to.deep.equal(['u-1']);
    expect(warnings).to.include('sessions[0].speakers: no speaker "u-2", dropped');
  });

  it('reads sessions in groups inside view/All', () => {
    const json = sessionizeAll();
    const grouped = {...json, sessions: [{groupId: 1, groupName: 'Day 1', sessions: json.sessions}]};
    const {doc} = load(grouped, 'auto', 'Europe/London');
    expect(doc.sessions?.map((s) => s.id)).to.deep.equal(['1253880', '900', '901']);
  });

  it('reads view/Sessions alone, with the speakers and rooms it names', () => {
    const {doc, warnings} = load(sessionsView());
    expect(doc.sessions?.map((s) => s.id)).to.deep.equal(['548062', '523737']);
    expect(doc.speakers).to.deep.equal([
      {id: 'k-1', name: 'Kendra Neil'},
      {id: 'h-1', name: 'Harsha Sharma'},
      {id: 's-1', name: 'Shubham Shukla'},
    ]);
    expect(doc.rooms).to.deep.equal([{id: '36044', name: 'Track 1 - English'}]);
    expect(session(doc, '548062')).to.include({track: '186574', room: '36044'});
    expect(doc.tracks).to.deep.equal([{id: '186574', name: 'AWS CDK'}]);
    // Every time says Z: UTC, without the attribute.
    expect(doc.event.timeZone).to.equal('UTC');
    expect(warnings).to.include('time-zone: missing; using UTC');
  });

  it('reads view/Speakers alone: speakers, no sessions, no dates', () => {
    const {doc, warnings} = load(speakersView());
    expect(doc.speakers?.map((s) => s.name)).to.deep.equal(['Abhishek Gupta']);
    expect(doc.sessions).to.deep.equal([]);
    expect(doc.event).to.not.have.property('start');
    expect(warnings).to.include('event.start: no dated session, so no dates');
  });
});

// frab with one room: the smallest export for one quirk at a time.
const frabOf = (events: Record<string, unknown>[], conference: Record<string, unknown> = {}) => ({
  schedule: {conference: {acronym: 'q', title: 'Q', time_zone_name: 'Europe/Berlin', days: [{rooms: {Hall: events}}], ...conference}},
});
const talk = (n: number, more: Record<string, unknown> = {}) => ({
  id: n, guid: `g-${n}`, date: '2025-05-06T10:00:00+02:00', duration: '00:45', title: `Talk ${n}`, ...more,
});
const hall = (i: number) => `schedule.conference.days[0].rooms.Hall[${i}]`;

describe('import: frab quirks', () => {
  it('reads a language list as its first tag, with a warning', () => {
    const {doc, warnings} = load(frabOf([
      talk(1, {language: 'de, en'}),
      talk(2, {language: 'de/en'}),
      talk(3, {language: ['en', 'de']}),
      talk(4, {language: 'pt_BR'}),
    ], {language: 'de, en'}));
    expect(doc.sessions?.map((s) => s.language)).to.deep.equal(['de', 'de', 'en', 'pt-BR']);
    expect(doc.language).to.equal('de');
    expect(warnings).to.deep.equal([
      `${hall(0)}.language: "de, en" read as "de"`,
      `${hall(1)}.language: "de/en" read as "de"`,
      `${hall(2)}.language: ["en","de"] read as "en"`,
      'schedule.conference.language: "de, en" read as "de"',
    ]);
  });

  it('drops a language that is no tag (a name) with a warning, and an empty one silently', () => {
    const {doc, warnings} = load(frabOf([talk(1, {language: 'German'}), talk(2, {language: ''}), talk(3, {language: null}), talk(4, {language: ' '})]));
    expect(doc.sessions?.map((s) => s.language)).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(warnings).to.deep.equal([`${hall(0)}.language: "German" is no language tag, dropped`]);
  });

  it('reads durations as HH:MM, H:MM, HH:MM:SS or minutes, as numbers or strings', () => {
    const durations = ['0:45', '00:45', '00:45:00', '45', 45, ' 45 '];
    const {doc, warnings} = load(frabOf(durations.map((duration, i) => talk(i, {duration}))));
    for (const s of doc.sessions ?? []) expect(Number(at(doc, s.end)) - Number(at(doc, s.start)), s.id).to.equal(45 * 60000);
    expect(warnings).to.deep.equal([]);
  });

  it('leaves an absent duration silently without end, and an unreadable one with a warning', () => {
    const {doc, warnings} = load(frabOf([talk(1, {duration: ''}), talk(2, {duration: null}), talk(3, {duration: '¾ h'})]));
    expect(doc.sessions?.map((s) => s.end)).to.deep.equal([undefined, undefined, undefined]);
    expect(warnings).to.deep.equal([`${hall(2)}.duration: "¾ h" is not HH:MM or minutes, so no end`]);
  });

  it('leaves a duration past the dates a browser can hold without end, with a warning, and keeps the talk', () => {
    const {doc, warnings} = load(frabOf([talk(1, {duration: '99999999999:00'}), talk(2, {duration: '1:00'})]));
    expect(doc.sessions?.map((s) => [s.title, s.end === undefined])).to.deep.equal([[talk(1).title, true], [talk(2).title, false]]);
    expect(warnings).to.deep.equal([`${hall(0)}.duration: "99999999999:00" ends past the dates a browser can hold, so no end`]);
  });

  it('takes numbers as strings and strings as numbers for ids, trimmed; empty strings are absent', () => {
    const {doc, warnings} = load(frabOf([
      talk(1, {id: ' 7 ', guid: '', slug: '  ', track: '', abstract: '', url: '', persons: [{id: '3', public_name: 'Ada'}, {id: 4, guid: ' ', public_name: 'Bo'}]}),
    ]));
    const s = session(doc, '7');
    expect(s).to.deep.equal({id: '7', title: 'Talk 1', start: '2025-05-06T10:00:00+02:00', end: '2025-05-06T10:45:00+02:00', room: 'hall', speakers: ['3', '4']});
    expect(doc.speakers).to.deep.equal([{id: '3', name: 'Ada'}, {id: '4', name: 'Bo'}]);
    expect(warnings).to.deep.equal([]);
  });

  it('leaves a talk with an unreadable date unscheduled, with a warning, and keeps the others', () => {
    const bad = ['2025-05-06 10:00', '11h10', '2025-02-30T10:00:00+01:00', '2025-05-06T25:00', 1746518400];
    const {doc, warnings} = load(frabOf([talk(0), ...bad.map((date, i) => talk(i + 1, {date}))]));
    expect(doc.sessions).to.have.length(bad.length + 1);
    expect(session(doc, 'g-0').start).to.equal('2025-05-06T10:00:00+02:00');
    for (const s of doc.sessions?.slice(1) ?? []) {
      expect(s, s.id).to.not.have.property('start');
      expect(s, s.id).to.not.have.property('end');
    }
    expect(warnings).to.deep.equal(bad.map((date, i) => `${hall(i + 1)}.date: ${JSON.stringify(date)} is no date-time, so not scheduled`));
  });

  it('keeps two talks that share a numeric id (c3voc merged schedules): each by guid, the id is ambiguous', () => {
    const json = frabOf([talk(42, {guid: 'guid-a', title: 'Talk A', slug: 'a-42-talk-a'}), talk(42, {guid: 'guid-b', title: 'Talk B'})]);
    const {doc, warnings} = load(json);
    expect(doc.sessions?.map((s) => s.title)).to.deep.equal(['Talk A', 'Talk B']);
    expect(findById(doc.sessions, 'guid-a').item?.title).to.equal('Talk A');
    expect(findById(doc.sessions, 'guid-b').item?.title).to.equal('Talk B');
    expect(findById(doc.sessions, 'a-42-talk-a').item?.title).to.equal('Talk A');
    expect(findById(doc.sessions, '42').candidates?.map((s) => s.title)).to.deep.equal(['Talk A', 'Talk B']);
    expect(warnings).to.deep.equal([]);
  });

  it('says so when two talks without guid share an id, rather than lose one silently', () => {
    const {doc, warnings} = load(frabOf([talk(42, {guid: null, title: 'Talk A'}), talk(42, {guid: null, title: 'Talk B'})]));
    expect(doc.sessions?.map((s) => s.title)).to.deep.equal(['Talk B']);
    expect(warnings).to.deep.equal([`${hall(1)}: same id "42" as ${hall(0)}, which it replaces`]);
  });

  it('survives items of the wrong type', () => {
    const json = frabOf([null, 5, 'talk', [], talk(1, {persons: [null, 'x', 3, {}], title: {}})] as unknown as Record<string, unknown>[]);
    const {warnings} = load({...json, schedule: {conference: {...json.schedule.conference, days: [...json.schedule.conference.days, null, {rooms: 3}]}}});
    expect(warnings).to.include(`${hall(4)}: no title, dropped`);
  });
});

describe('import: pretalx quirks', () => {
  it('drops a colour that is no colour, with a warning; trims a good one', () => {
    const json = pretalx();
    const tracks = [
      {...json.tracks[0], color: 'blue-ish'},
      {id: 202, name: 'Two', color: '#12345'},
      {id: 203, name: 'Three', color: ' #ABC '},
      {id: 204, name: 'Four', color: ''},
      {id: 205, name: 'Five', color: null},
      {id: 206, name: 'Six', color: 'rgb(1, 2, 3)'},
      {id: 207, name: 'Seven', color: '#11223344'},
      {id: 208, name: 'Eight', color: 'v\\61r(--x, u\\72l(https://evil.test/x.png))'},
    ];
    const {doc, warnings} = load({...json, tracks});
    expect(doc.tracks?.map((t) => t.color)).to.deep.equal([undefined, undefined, '#ABC', undefined, undefined, 'rgb(1, 2, 3)', '#11223344', undefined]);
    expect(warnings.filter((w) => w.includes('color'))).to.deep.equal([
      'tracks[0].color: "blue-ish" is no colour, dropped',
      'tracks[1].color: "#12345" is no colour, dropped',
      'tracks[7].color: "v\\\\61r(--x, u\\\\72l(https://evil.test/x.png))" is no colour, dropped',
    ]);
  });

  it('takes numbers as strings for references, and empty strings as absent', () => {
    const json = pretalx();
    const [first] = json.talks;
    const {doc, warnings} = load({
      ...json,
      schedule_id: '581',
      talks: [{...first, track: '200', room: ' 281 ', abstract: '', content_locale: '', speakers: ['UAJUW3', '']}],
    });
    expect(doc.event.id).to.equal('pretalx-581');
    const s = session(doc, 'CKSUAW');
    expect(s).to.include({track: '200', room: '281', title: 'The Agentic SDLC Platform'});
    expect(s).to.not.have.property('language');
    expect(s).to.not.have.property('abstract');
    expect(s.speakers).to.deep.equal(['UAJUW3']);
    expect(warnings).to.deep.equal(['tracks[1]: no name, dropped', 'rooms[1]: no name, dropped', 'event.name: none; using "pretalx-581"']);
  });

  it('reads a content_locale list or name as one tag, with a warning', () => {
    const json = pretalx();
    const [first, , third] = json.talks;
    const {doc, warnings} = load({...json, talks: [{...first, content_locale: 'en, es'}, {...third, content_locale: 'pt_BR'}]});
    expect(session(doc, 'CKSUAW')).to.include({language: 'en'});
    expect(session(doc, 'CKSUAW').title).to.deep.equal({en: 'The Agentic SDLC Platform'});
    expect(session(doc, 'W8D3KN').title).to.deep.equal({'pt-BR': 'Entrada - Registro'});
    expect(warnings).to.include('talks[0].content_locale: "en, es" read as "en"');
    expect(warnings.join()).to.not.contain('talks[1].content_locale');
  });

  it('leaves a talk with an unreadable start unscheduled, with a warning, and an unreadable end without end', () => {
    const json = pretalx();
    const [first, , third] = json.talks;
    const {doc, warnings} = load({...json, talks: [{...first, start: 'soon'}, {...third, end: '2026-08-27T08:30:00-0500'}]});
    expect(session(doc, 'CKSUAW')).to.not.have.any.keys('start', 'end');
    expect(session(doc, 'W8D3KN').start).to.equal('2026-08-27T08:00:00-05:00');
    expect(session(doc, 'W8D3KN')).to.not.have.property('end');
    expect(warnings).to.include('talks[0].start: "soon" is no date-time, so not scheduled');
    expect(warnings).to.include('talks[1].end: "2026-08-27T08:30:00-0500" is no date-time, so not scheduled');
  });

  it('survives items of the wrong type', () => {
    const json = pretalx();
    expect(() => load({...json, talks: [null, 3, 'x', ...json.talks], tracks: [null, ...json.tracks], speakers: [7, ...json.speakers]})).to.not.throw();
  });
});

describe('import: Sessionize quirks', () => {
  it('takes ids as numbers or strings and leaves a session with an unreadable startsAt unscheduled', () => {
    const json = sessionizeAll();
    const [first, second] = json.sessions;
    const {doc, warnings} = load(
      {...json, sessions: [{...first, id: 1253880, roomId: '77530'}, {...second, startsAt: '03/10/2026 12:00'}]},
      'auto',
      'Europe/London',
    );
    expect(session(doc, '1253880').room).to.equal('77530');
    expect(session(doc, '900')).to.not.have.any.keys('start', 'end');
    expect(warnings).to.include('sessions[1].startsAt: "03/10/2026 12:00" is no date-time, so not scheduled');
  });

  it('survives items of the wrong type', () => {
    const json = sessionizeAll();
    expect(() => load({...json, sessions: [null, 4, ...json.sessions], speakers: ['x', ...json.speakers], rooms: [null]}, 'auto', 'UTC')).to.not.throw();
  });
});
