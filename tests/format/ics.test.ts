import {expect} from '@open-wc/testing';
import {fold, plainText, sessionToIcs, sessionsToIcs} from '../../src/format/ics.js';
import type {IcsSession} from '../../src/format/ics.js';
import {importDocument} from '../../src/data/import/index.js';
import {validate} from '../../src/data/validate.js';
import {rowsOf} from '../../src/data/programme.js';
import {byId} from '../../src/data/select.js';
import {choose} from '../../src/i18n/text.js';

/** The logical lines of an .ics text: unfolded (RFC 5545 §3.1), as `NAME` → raw value. */
function readIcs(ics: string): Map<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  return new Map(lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]));
}

/** `20250507T091000Z` → epoch ms. */
const fromIcsUtc = (value: string) =>
  Date.parse(value.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));

const bytes = (s: string) => new TextEncoder().encode(s).length;

const session = {
  uid: 'open-foundation-models@gosim-ai-paris-2025',
  start: Date.UTC(2025, 4, 7, 9, 10),
  end: Date.UTC(2025, 4, 7, 9, 50),
  stamp: Date.UTC(2025, 0, 2, 3, 4, 5),
  summary: 'Open Foundation Models: Scaling Laws and Generalization',
  description: 'Jenia Jitsev\n\nTo study transferable learning, derivation of scaling laws is crucial; we highlight why.',
  location: 'Station F, Paris',
  url: 'https://paris2025.gosim.org/',
};

describe('sessionToIcs', () => {
  it('writes one VEVENT with CRLF line endings and the required properties', () => {
    const ics = sessionToIcs(session);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.be.true;
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).to.be.true;
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const props = readIcs(ics);
    expect(props.get('UID')).to.equal('open-foundation-models@gosim-ai-paris-2025');
    expect(props.get('DTSTAMP')).to.equal('20250102T030405Z');
    expect(props.get('DTSTART')).to.equal('20250507T091000Z');
    expect(props.get('DTEND')).to.equal('20250507T095000Z');
    expect(props.get('SUMMARY')).to.equal('Open Foundation Models: Scaling Laws and Generalization');
    expect(props.get('LOCATION')).to.equal('Station F\\, Paris');
    expect(props.get('URL')).to.equal('https://paris2025.gosim.org/');
  });

  it('gives back the same instants when parsed', () => {
    const props = readIcs(sessionToIcs(session));
    expect(fromIcsUtc(props.get('DTSTART')!)).to.equal(session.start);
    expect(fromIcsUtc(props.get('DTEND')!)).to.equal(session.end);
  });

  it('escapes backslash, semicolon, comma and newlines in text', () => {
    const props = readIcs(sessionToIcs({...session, summary: 'a\\b;c,d\ne\r\nf'}));
    expect(props.get('SUMMARY')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    expect(props.get('DESCRIPTION')).to.equal(
      'Jenia Jitsev\\n\\nTo study transferable learning\\, derivation of scaling laws is crucial\\; we highlight why.',
    );
  });

  it('writes half an emoji, cut by an export, as U+FFFD, so that the file can be a data: URL', () => {
    const ics = sessionToIcs({...session, uid: 'x\uD83D@y', summary: 'Talk \uD83D', description: '\uDE80', location: 'Hall \uD83D'});
    expect(() => encodeURIComponent(ics)).not.to.throw();
    const props = readIcs(ics);
    expect([props.get('UID'), props.get('SUMMARY'), props.get('DESCRIPTION'), props.get('LOCATION')]).to.deep.equal(
      ['x\uFFFD@y', 'Talk \uFFFD', '\uFFFD', 'Hall \uFFFD'],
    );
  });

  it('leaves out what is not known', () => {
    const ics = sessionToIcs({uid: 'x@y', start: session.start, stamp: session.stamp, summary: 'Talk'});
    expect(ics).not.to.match(/DTEND|DESCRIPTION|LOCATION|URL/);
  });
});

/** Checks the nesting of BEGIN/END and the 75-octet lines; gives each VEVENT's properties. */
function readCalendar(ics: string): Map<string, string>[] {
  expect(ics.endsWith('\r\n')).to.be.true;
  expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  const physical = ics.split('\r\n').slice(0, -1);
  for (const line of physical) expect(bytes(line), line).to.be.at.most(75);
  const stack: string[] = [];
  const events: Map<string, string>[] = [];
  for (const line of ics.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1)) {
    const [name, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)];
    if (name == 'BEGIN') {
      stack.push(value);
      if (value == 'VEVENT') events.push(new Map());
    } else if (name == 'END') {
      expect(stack.pop(), line).to.equal(value);
    } else if (stack.at(-1) == 'VEVENT') {
      expect(events.at(-1)?.has(name), `${name} twice`).to.be.false;
      events.at(-1)?.set(name, value);
    }
    if (!stack.length) expect(line, 'nothing after the calendar').to.equal('END:VCALENDAR');
  }
  expect(stack).to.deep.equal([]);
  expect(physical[0]).to.equal('BEGIN:VCALENDAR');
  return events;
}

describe('sessionsToIcs', () => {
  it('writes one calendar with an event per session of a real frab export', async function () {
    const json = await fetch('/__shared__/fixtures/frab/voc-example-frab-camp2019.json').then((r) => (r.ok ? r.json() : undefined));
    // ../shared/fixtures absent.
    if (!json) this.skip();
    const doc = validate(importDocument(json).document);
    const text = (t?: Parameters<typeof choose>[0]) => (t === undefined ? undefined : choose(t, 'en').value);
    const sessions: IcsSession[] = rowsOf(doc).map(({session, start, end}) => ({
      uid: `${session.id}@${doc.event.id}`,
      start: start ?? 0,
      end,
      stamp: Date.UTC(2025, 0, 1),
      summary: text(session.title) ?? '',
      description: [...(session.speakers ?? []).map((id) => text(byId(doc.speakers, id)?.name)), plainText(text(session.abstract) ?? '')].join('\n\n'),
      location: text(byId(doc.rooms, session.room)?.name),
      url: session.url,
    }));
    expect(sessions).to.have.length(79);
    const events = readCalendar(sessionsToIcs(sessions));
    expect(events.map((e) => e.get('UID'))).to.deep.equal(sessions.map((s) => s.uid));
    expect(new Set(events.map((e) => e.get('UID'))).size).to.equal(79);
    const opening = events.find((e) => e.get('SUMMARY') == 'Opening Ceremony');
    expect(opening?.get('DTSTART')).to.equal('20190821T090000Z');
    expect(opening?.get('DTEND')).to.equal('20190821T093000Z');
    expect(opening?.get('LOCATION')).to.equal('Curie');
    expect(opening?.get('DESCRIPTION')).to.equal('jinxx\\n\\nsmtw\\n\\nA hearty welcome me lasses and lads!');
  });

  it('is what sessionToIcs writes for one session, and an empty calendar for none', () => {
    expect(sessionsToIcs([session])).to.equal(sessionToIcs(session));
    expect(readCalendar(sessionToIcs(session))).to.have.length(1);
    const two = sessionsToIcs([session, {...session, uid: 'second@gosim-ai-paris-2025', summary: 'Second'}]);
    expect(two.match(/^BEGIN:VCALENDAR/gm)).to.have.length(1);
    expect(readCalendar(two).map((e) => [e.get('UID'), e.get('SUMMARY')])).to.deep.equal([
      [session.uid, session.summary], ['second@gosim-ai-paris-2025', 'Second'],
    ]);
    expect(sessionsToIcs([])).to.equal('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//conference-widgets//EN\r\nEND:VCALENDAR\r\n');
  });
});

describe('fold', () => {
  it('keeps lines of 75 octets or fewer as they are', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(bytes(line)).to.equal(75);
    expect(fold(line)).to.equal(line);
  });

  it('folds at 75 octets of UTF-8, never inside a character, and unfolds to the same text', () => {
    const line = `DESCRIPTION:${'Généralisation — 日本語 🚀 '.repeat(12)}`;
    const folded = fold(line);
    const physical = folded.split('\r\n');
    expect(physical.length).to.be.greaterThan(3);
    for (const [i, part] of physical.entries()) {
      expect(bytes(part)).to.be.at.most(75);
      if (i) expect(part.startsWith(' ')).to.be.true;
      expect(part).not.to.contain('\uFFFD');
    }
    // Every line but the last is full, give or take one multibyte character.
    for (const part of physical.slice(0, -1)) expect(bytes(part)).to.be.above(71);
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
  });
});

describe('plainText', () => {
  it('drops the light markup and keeps link targets', () => {
    expect(plainText('**Bold** and *italic*, __strong__, _em_ and [the site](https://example.org).')).to.equal(
      'Bold and italic, strong, em and the site (https://example.org).',
    );
  });

  it('writes out only the link targets the page would link', () => {
    expect(plainText('[Click](javascript:alert) [me](data:text/html,x) [mail](mailto:a@example.org)')).to.equal(
      'Click me mail (mailto:a@example.org)',
    );
  });

  it('reads the markup as the page does: snake_case_names, nesting, lists, unclosed delimiters', () => {
    expect(plainText('*Please welcome **Jenia**!* on my_module_name\n\n- **one**\n- [two](https://example.org/2)\n\n**open')).to.equal(
      'Please welcome Jenia! on my_module_name\n\n- one\n- two (https://example.org/2)\n\n**open',
    );
  });
});
