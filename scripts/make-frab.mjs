// A large frab schedule.json, made up but shaped like the real exports in ../shared/fixtures/frab
// (see ../shared/fixtures/README.md): a merged c3voc-style schedule of a fictional 4-day camp, about
// 900 talks in 13 rooms, for the list's scale tests, the bench and the demo. Deterministic: a seeded
// PRNG, no clock, no network, so the same script always writes the same bytes.
//
//   node scripts/make-frab.mjs [--talks 900] [--seed 12] [--out demo/data/frab-large.json]
//   node scripts/make-frab.mjs --check   (exits 1 when the committed file is not what the script makes)
//
// What it copies from the real files:
// - schedule.conference.days[].rooms{name: [events]}, each event with guid, id, slug, url, date with
//   offset, start, duration "HH:MM", room, title, subtitle, track, type, language, abstract,
//   description, persons, links, attachments, recording_license, do_not_record, logo;
// - two kinds of sub-schedule merged into one file, as c3voc publishes them: frab rooms (events id
//   10000+, persons {id, public_name}) and pretalx channels (events with small numeric ids that two
//   channels reuse for different talks, slug = the pretalx code, persons with code and biography);
// - days from 10:00 to 03:00 the next morning (talks after midnight listed under the day before, with
//   their own date), rooms with odd names (slashes, dashes, an emoji, "&", trailing space), rooms
//   that exist on some days only;
// - texts as people write them: `\r\n` paragraphs, HTML (<p>, <a href>, <strong>, </br>) and
//   Markdown (lists, links), German and English, emoji, a title with angle brackets;
// - names: two different people with the same public_name, a name with an affiliation in brackets;
// - odd fields the importer tolerates: durations "0:45", "00:45:00" and "45", numeric-string ids,
//   tracks null or missing, language "" or "de, en", an abstract of "-", a talk without persons,
//   one with an impossible date (left unscheduled), a person without a name.
import {readFileSync, writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';

/** mulberry32: a small seeded PRNG, [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRACKS = [
  'Ethics, Society & Politics', 'Security', 'Hardware & Making', 'Science', 'Art & Culture', 'CCC',
  'Resilience & Sustainability', 'Entertainment', 'Free Software', 'Space', 'Education', 'Open Data',
  'Health', 'Infrastructure',
];
// Frab rooms, then pretalx channels. `days`: the days (0-3) the room is in the programme.
const ROOMS = [
  {name: 'Ada', days: [0, 1, 2, 3], hall: true},
  {name: 'Borg', days: [0, 1, 2, 3], hall: true},
  {name: 'Clarke', days: [0, 1, 2, 3]},
  {name: 'Dijkstra', days: [0, 1, 2, 3]},
  {name: 'Eliza', days: [0, 1, 2, 3]},
  {name: 'Saal Grace (Hörsaal 1) ', days: [0, 1, 2, 3]},
  {name: 'Workshop Tent #1', days: [1, 2, 3]},
  {name: 'Bühne – Open Air', days: [0, 1, 2]},
  {name: 'Hall C.2 & Foyer', days: [0, 1, 2, 3]},
  {name: 'Room 42 🚀', days: [1, 2, 3]},
  {name: 'Lounge', days: [0, 1, 2, 3]},
  {name: 'Foyer Stage', days: [0, 1, 2, 3]},
  {name: 'r3s - Monheim/Rhein', days: [0, 1, 2, 3], channel: 'r3s'},
  {name: 'Chaos-West TV - Ennepetal', days: [0, 1, 2, 3], channel: 'cwtv'},
  {name: 'backspace / franconian.net - Bamberg', days: [1, 2, 3], channel: 'bsp'},
];
const FIRST = ['Anna', 'Ben', 'Chloé', 'Dmitri', 'Esra', 'Fatima', 'Gustav', 'Hana', 'Ivo', 'Jana', 'Kofi', 'Lea', 'Mats',
  'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Stefan', 'Tariq', 'Ulla', 'Vera', 'Wen', 'Xavier', 'Yusuf', 'Zoë', 'Jörg',
  'Agnieszka', 'Björn', 'Søren', 'Ngozi', 'Mei', 'Alex', 'Sam', 'Kim', 'Noor'];
const LAST = ['Schmidt', 'Müller', 'Nowak', 'Okafor', 'Yamamoto', 'García', 'Berthélémy', 'Kowalczyk', 'Ødegård', 'Fischer',
  'Weber', 'Nguyen', 'Haddad', 'Rossi', 'Petrov', 'Lindqvist', 'Dubois', 'Kaya', 'Chen', 'Meyer', 'Wagner', 'Becker',
  'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz'];
const HANDLES = ['l0gic', 'fuzzy', 'b1tbang', 'nodrama', 'tyl0r', 'kasper', 'maha', 'zeroX', 'qubit', 'rampe'];
const ORGS = ['EDRi', 'FSFE', 'CCC Berlin', 'Digitalcourage', 'noyb', 'Freifunk', 'OKF DE', 'Wikimedia'];

const SUBJECTS = ['mesh networks', 'LoRa sensors', 'DNS privacy', 'satellite ground stations', 'e-voting', 'voting machines',
  'open hardware', 'RISC-V boards', 'smart meters', 'the electronic patient record', 'face recognition', 'content moderation',
  'upload filters', 'ePrivacy', 'solar microgrids', 'repair cafés', 'open data portals', 'train timetables', 'bike sharing APIs',
  'FPGA toolchains', 'reproducible builds', 'Rust in the kernel', 'memory tagging', 'baseband firmware', 'car key fobs',
  'hotel locks', 'medical implants', 'drone telemetry', 'ham radio', 'SDR', 'weather balloons', 'climate models',
  'citizen science', 'library e-lending', 'school laptops', 'accessibility audits', 'Matrix bridges', 'Fediverse moderation',
  'federated search', 'password managers', 'passkeys', 'TLS certificate transparency', 'BGP hijacks', 'IPv6 only networks'];
const PATTERNS = [
  (s) => `Hacking ${s} for fun and profit`, (s) => `What we learned from ten years of ${s}`, (s) => `${cap(s)}: a field report`,
  (s) => `Breaking ${s}`, (s) => `${cap(s)} for everyone`, (s) => `The state of ${s} in Europe`, (s) => `How not to build ${s}`,
  (s) => `${cap(s)} – the good, the bad and the ugly`, (s) => `A gentle introduction to ${s}`, (s) => `Who owns ${s}?`,
  (s) => `Wie wir ${s} retten`, (s) => `${cap(s)} im Alltag`, (s) => `Warum ${s} uns alle angehen`,
];
const GERMAN = new Set([10, 11, 12]);
const TYPES = ['lecture', 'lecture', 'lecture', 'lecture', 'lecture', 'lecture', 'lightning talk', 'workshop', 'lightning talk', 'podium', 'meeting', 'performance'];
const CHANNEL_TYPES = ['Talk 30 min + 10min Q&A', 'Talk 30 min + 10min Q&A', 'Talk 60min + 20min Q&A', 'Workshop 60 Min',
  'LightningTalk 15min 10min Q&A', 'Other'];
const LENGTH = {'lecture': [30, 30, 40, 45, 45, 60], 'workshop': [60, 90, 120], 'lightning talk': [15, 20], 'podium': [60], 'meeting': [30, 45],
  'performance': [45, 60], 'Talk 30 min + 10min Q&A': [40], 'Talk 60min + 20min Q&A': [80], 'Workshop 60 Min': [60],
  'LightningTalk 15min 10min Q&A': [25], 'Other': [30, 60]};
const LOREM = ['The talk gives an overview of the current situation and what changed in the last year.',
  'We show practical examples and first proposals for what legislators, courts and researchers could do.',
  'No prior knowledge is needed; bring your questions.', 'All tools shown are free software and on the wiki.',
  'We will also present the results of our survey of 400 projects.', 'There will be time for questions at the end.',
  'Slides and recordings will be linked from the wiki afterwards.', 'This is a follow-up to last year\'s talk.'];
const LOREM_DE = ['Der Vortrag gibt einen Überblick über den aktuellen Stand und was sich im letzten Jahr geändert hat.',
  'Wir zeigen praktische Beispiele und erste Handlungsvorschläge.', 'Vorkenntnisse sind nicht nötig – bringt eure Fragen mit.',
  'Alle gezeigten Werkzeuge sind freie Software.'];

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const pad = (n) => String(n).padStart(2, '0');
const hhmm = (minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const slugOf = (s) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/** The schedule as an object: `talks` talks (breaks come on top) from `seed`. */
export function makeFrab({talks = 900, seed = 12} = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const hex = (n) => Array.from({length: n}, () => Math.floor(random() * 16).toString(16)).join('');
  const guid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick('89ab')}${hex(3)}-${hex(12)}`;
  const code = () => Array.from({length: 6}, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ3789')).join('');

  // People: frab persons (id, public_name) and pretalx persons (id, code, public_name, biography).
  const person = (i, pretalx) => {
    const name = i % 17 === 5 ? pick(HANDLES) : i % 23 === 7 ? `${pick(FIRST)} ${pick(LAST)} (${pick(ORGS)})` : `${pick(FIRST)} ${pick(LAST)}`;
    return pretalx
      ? {id: 500 + i, code: code(), public_name: name, biography: chance(0.6) ? `${name.split(' ')[0]} works on ${pick(SUBJECTS)}.\n\n${pick(LOREM)}` : null, answers: []}
      : {id: 7000 + i, public_name: name};
  };
  const frabPeople = Array.from({length: Math.round(talks * 0.62)}, (_, i) => person(i, false));
  const pretalxPeople = Array.from({length: Math.round(talks * 0.18)}, (_, i) => person(i, true));
  // Two different people with one name (each keeps their own id), as in every large export.
  frabPeople[3].public_name = frabPeople[40].public_name = 'Alex Schmidt';
  pretalxPeople[2].public_name = frabPeople[41].public_name;
  // A person record without a name (the importer drops it and says so).
  pretalxPeople[9].public_name = '';

  const year = 2026;
  const dates = ['2026-08-19', '2026-08-20', '2026-08-21', '2026-08-22', '2026-08-23'];
  const roomDays = ROOMS.flatMap((room) => room.days.map((d) => ({room, d})));
  const counters = {frab: 10_000, r3s: 1, cwtv: 1};
  let nameless = pretalxPeople[9];
  let made = 0;
  let k = 0;
  const byDay = dates.slice(0, 4).map(() => ({}));

  // Round the room-days, one event each, so that every room fills its day evenly; a room's day ends
  // by 03:00 the next morning.
  const open = roomDays.map(({room, d}) => ({room, d, t: (room.channel ? 11 : 10) * 60 + (chance(0.3) ? 30 : 0), lunch: room.hall, list: []}));
  while (made < talks) {
    const before = made;
    for (const slot of open) {
      if (made === talks) break;
      if (slot.lunch && slot.t >= 13 * 60) {
        slot.list.push(breakEvent(slot.t, slot.d, slot.room));
        slot.t += 60;
        slot.lunch = false;
      }
      const type = slot.room.channel ? pick(CHANNEL_TYPES) : pick(TYPES);
      const minutes = pick(LENGTH[type]);
      if (slot.t + minutes > 27 * 60) continue;
      slot.list.push(talk(slot.t, minutes, type, slot.d, slot.room, k++));
      made++;
      slot.t += minutes + pick([5, 10, 10, 15]);
    }
    if (made === before) throw new Error(`only ${made} talks fit in the rooms' days`);
  }
  for (const {room, d, list} of open) if (list.length) byDay[d][room.name] = list;

  function at(minutes, d) {
    const day = d + Math.floor(minutes / 1440);
    return {date: `${dates[day]}T${hhmm(minutes % 1440)}:00+02:00`, start: hhmm(minutes % 1440)};
  }

  function breakEvent(t, d, room) {
    const id = counters.frab++;
    return {
      url: `https://fahrplan.example.org/camp/${year}/Fahrplan/events/${id}.html`, id, guid: guid(), logo: null, ...at(t, d),
      duration: '01:00', room: room.name, slug: `camp${year}-${id}-lunch_break`, title: 'Lunch break', subtitle: '',
      track: null, type: 'break', language: 'en', abstract: '', description: '', recording_license: '',
      do_not_record: true, persons: [], links: [], attachments: [],
    };
  }

  function talk(t, minutes, type, d, room, i) {
    const channel = room.channel;
    // Two sub-schedules count their ids from 1 each, so numeric ids repeat; only the guid is unique.
    const id = channel ? counters[channel === 'bsp' ? 'r3s' : channel]++ : counters.frab++;
    const pattern = Math.floor(random() * PATTERNS.length);
    const german = GERMAN.has(pattern) || (!channel && chance(0.08));
    let title = PATTERNS[pattern](pick(SUBJECTS));
    if (i % 97 === 13) title = `${title} 🔐`;
    if (i === 211) title = 'Why <blink> must return & other HTML myths';
    if (i % 131 === 17) title = ` ${title}\r\n`;
    const names = channel ? pretalxPeople : frabPeople;
    const count = type === 'meeting' || i % 89 === 3 ? 0 : type === 'podium' ? 3 + Math.floor(random() * 2) : chance(0.25) ? 2 : 1;
    const persons = Array.from({length: count}, () => pick(names));
    if (channel && nameless && count) [persons[count], nameless] = [nameless, undefined];
    const sentences = (n) => Array.from({length: n}, () => pick(german ? LOREM_DE : LOREM)).join(' ');
    const subject = pick(SUBJECTS);
    const abstract = i % 53 === 8 ? '-' : `${german ? 'Über' : 'About'} ${subject}. ${sentences(1 + Math.floor(random() * 2))}`;
    const style = i % 5;
    const description = style === 0
      ? `<p>${sentences(2)}</p>\r\n<p>See <a href="https://wiki.example.org/${slugOf(subject)}">our wiki</a> and <strong>bring a laptop</strong>.</p>`
      : style === 1 ? `${sentences(2)}\r\n\r\n- ${cap(subject)}\r\n- ${cap(pick(SUBJECTS))}\r\n\r\n[Project page](https://example.org/${slugOf(subject)})`
        : style === 2 ? `${sentences(2)}</br>\r\n\r\n${sentences(1)}`
          : style === 3 ? '' : `${sentences(2)}\r\n\r\n${sentences(2)}`;
    const slug = channel ? code() : `camp${year}-${id}-${slugOf(title).slice(0, 50)}`;
    const language = i % 151 === 40 ? 'de, en' : i % 71 === 9 ? '' : german ? 'de' : 'en';
    const event = {
      ...(channel ? {} : {url: `https://fahrplan.example.org/camp/${year}/Fahrplan/events/${id}.html`}),
      id: i % 41 === 11 ? String(id) : id, guid: guid(), logo: channel ? '' : null, ...at(t, d),
      duration: i === 77 ? '0:45' : i === 78 ? '00:45:00' : i === 79 ? '45' : hhmm(minutes),
      room: room.name, slug,
      ...(channel ? {url: `https://pretalx.example.org/${channel}-${year}/talk/${slug}/`} : {}),
      title, subtitle: chance(0.2) ? `${cap(pick(SUBJECTS))} revisited` : '',
      track: i % 61 === 30 ? null : channel ? `${channel.toUpperCase()} ${TRACKS[i % 3]}` : TRACKS[Math.floor(random() * TRACKS.length)],
      type, language, abstract, description, recording_license: '', do_not_record: chance(0.05),
      persons, links: chance(0.2) ? [{url: `https://example.org/${slugOf(subject)}`, title: 'Project page'}] : [], attachments: [],
      ...(channel ? {answers: []} : {}),
    };
    if (i % 67 === 50) delete event.track;
    // An impossible time: the importer keeps the talk, unscheduled.
    if (i === 500) event.date = `${dates[d]}T25:00:00+02:00`;
    return event;
  }

  const rooms = [...new Set(roomDays.map(({room}) => room.name))].map((name) => ({name, guid: guid(), description: null, capacity: null}));
  const days = byDay.map((roomsOfDay, d) => ({
    index: d + 1, date: dates[d], day_start: `${dates[d]}T10:00:00+02:00`, day_end: `${dates[d + 1]}T03:00:00+02:00`, rooms: roomsOfDay,
  }));
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    schedule: {
      version: 'large-1', base_url: `https://fahrplan.example.org/camp/${year}/Fahrplan/`,
      conference: {
        acronym: `Camp${year}`, title: `Example Camp ${year}`, start: dates[0], end: dates[3], daysCount: 4,
        time_zone_name: 'Europe/Berlin', timeslot_duration: '00:05', rooms, days,
      },
    },
  };
}

/** The file's text: one event per line, so that a diff of a change stays readable and the file small. */
export function frabText(schedule) {
  const {conference} = schedule.schedule;
  const days = conference.days.map((day) => {
    const rooms = Object.entries(day.rooms).map(([name, list]) =>
      `${JSON.stringify(name)}: [\n${list.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]`);
    return `{${JSON.stringify({...day, rooms: undefined}).slice(1, -1)}, "rooms": {\n${rooms.join(',\n')}\n}}`;
  });
  const head = JSON.stringify({...schedule.schedule, conference: {...conference, days: undefined}});
  return `{"$schema": ${JSON.stringify(schedule.$schema)}, "schedule": ${head.slice(0, -2)}, "days": [\n${days.join(',\n')}\n]}}}\n`;
}

if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  const {values: args} = parseArgs({options: {
    talks: {type: 'string', default: '900'}, seed: {type: 'string', default: '12'},
    out: {type: 'string', default: 'demo/data/frab-large.json'}, check: {type: 'boolean'},
  }});
  const schedule = makeFrab({talks: Number(args.talks), seed: Number(args.seed)});
  const text = frabText(schedule);
  JSON.parse(text);
  const out = resolve(import.meta.dirname, '..', args.out);
  if (args.check) {
    const same = readFileSync(out, 'utf8') === text;
    console.log(same ? `${args.out} is what scripts/make-frab.mjs makes` : `${args.out} differs: run node scripts/make-frab.mjs`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(out, text);
  console.log(`${args.out}: ${Buffer.byteLength(text)} bytes`);
}
