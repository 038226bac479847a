import {expect} from '@open-wc/testing';
import {check, validate, walk} from '../../src/data/validate.js';
import {ConferenceError} from '../../src/data/errors.js';
import {gosim} from '../helpers.js';

/** The error validate() throws for a changed copy of the default data. */
async function errorFor(change: (doc: any) => void): Promise<ConferenceError> {
  const doc = await gosim();
  change(doc);
  try {
    validate(doc);
  } catch (error) {
    expect(error).to.be.instanceOf(ConferenceError);
    return error as ConferenceError;
  }
  throw new Error('validate() accepted a broken document');
}

describe('validate', () => {
  it('accepts the default data and keeps every field', async () => {
    const doc = await gosim();
    const checked = validate(doc);
    expect(checked).to.deep.equal(doc);
    expect(checked.event.id).to.equal('gosim-ai-paris-2025');
    expect(checked.sessions?.[0].id).to.equal('open-foundation-models');
  });

  it('names the path and the expected form of a bad date-time', async () => {
    const error = await errorFor((d) => (d.sessions[0].start = '11h10'));
    expect(error.kind).to.equal('invalid');
    expect(error.path).to.equal('sessions[0].start');
    expect(error.message).to.equal('sessions[0].start: expected a date-time like 2025-05-07T11:10, got "11h10"');
  });

  const cases: [string, (d: any) => void, string, RegExp][] = [
    ['a missing string', (d) => delete d.event.name, 'event.name', /a text or a map of languages/],
    ['an empty string', (d) => (d.sessions[0].title = ' '), 'sessions[0].title', /a non-empty string/],
    ['a language map with a bad key', (d) => (d.event.theme = {english: 'x'}), 'event.theme.english', /language tag/],
    ['a bad date', (d) => (d.event.start = '6 May 2025'), 'event.start', /a date like 2025-05-06/],
    ['a date that does not exist', (d) => (d.event.start = '2025-02-30'), 'event.start', /a date like 2025-05-06/],
    ['a time that does not exist', (d) => (d.sessions[0].start = '2025-05-07T25:99'), 'sessions[0].start', /a date-time like/],
    ['an unknown time zone', (d) => (d.event.timeZone = 'Paris'), 'event.timeZone', /IANA time zone/],
    ['a list that is not one', (d) => (d.speakers = {}), 'speakers', /a list/],
    ['an object that is not one', (d) => (d.event.venue = 'Station F'), 'event.venue', /an object/],
    ['a value outside an enumeration', (d) => (d.speakers[0].social[0].network = 'myspace'), 'speakers[0].social[0].network', /one of x, twitter/],
    ['a bad colour', (d) => (d.tracks[0].color = 'blurple'), 'tracks[0].color', /CSS colour/],
    ['a colour smuggling a URL', (d) => (d.tracks[0].color = 'var(--x, url(https://example.org/p.png))'), 'tracks[0].color', /CSS colour/],
    ['a bad partial date', (d) => (d.speakers[0].timeline[0].date = 'early 2014'), 'speakers[0].timeline[0].date', /a year or date/],
    ['an id with spaces', (d) => (d.sessions[0].id = 'open models'), 'sessions[0].id', /without spaces/],
    ['a duplicate id', (d) => d.tracks.push({...d.tracks[0]}), `tracks[6].id`, /no other item has/],
    ['an unknown track', (d) => (d.sessions[0].track = 'ai-modle'), 'sessions[0].track', /ai-model, ai-infra/],
    ['an unknown speaker', (d) => (d.sessions[0].speakers = ['jenia']), 'sessions[0].speakers[0]', /jenia-jitsev/],
    ['an end before the start', (d) => (d.sessions[0].end = '2025-05-07T10:50'), 'sessions[0].end', /after the start/],
    ['an event that ends before it starts', (d) => (d.event.end = '2025-05-05'), 'event.end', /on or after/],
    ['a start without an end', (d) => delete d.event.end, 'event.end', /both event.start and event.end/],
    ['a document that is not an object', (d) => d, '', /an object/],
  ];
  for (const [what, change, path, expected] of cases) {
    it(`reports ${what} at ${path || 'the root'}`, async () => {
      const error = path === '' ? await rootError() : await errorFor(change);
      expect(error.path).to.equal(path);
      expect(error.message).to.match(expected);
    });
  }

  async function rootError() {
    try {
      validate([]);
    } catch (error) {
      return error as ConferenceError;
    }
    throw new Error('accepted an array');
  }

  it('accepts an event without dates, as a speakers-only export gives', async () => {
    const doc = await gosim();
    delete (doc.event as {start?: string}).start;
    delete (doc.event as {end?: string}).end;
    expect(validate(doc).event.start).to.be.undefined;
  });

  it('reads an end before the start across the daylight-saving change correctly', async () => {
    const doc = await gosim();
    // 02:30 does not exist on 30 March 2025 in Paris; 03:10 local is still after 01:50 local.
    Object.assign(doc.sessions![0], {start: '2025-03-30T01:50', end: '2025-03-30T03:10'});
    expect(() => validate(doc)).not.to.throw();
  });

  it('checks in parts as at once: the same document and the same faults in the same order', async () => {
    const doc = await gosim();
    const [session] = doc.sessions!;
    const [speaker] = doc.speakers!;
    // Faults in several parts of both long lists, before and after them, and one a cross-check finds.
    const many = (n: number) => ({
      ...doc,
      language: 'english',
      sessions: Array.from({length: n}, (_, i) => ({...session, id: i === 250 ? 's-0' : `s-${i}`, ...(i % 97 === 3 && {start: '11h10'}), ...(i === 120 && {track: 'none'})})),
      speakers: Array.from({length: n}, (_, i) => ({...speaker, id: `p-${i}`, ...(i % 89 === 5 && {name: ''})})),
      credits: [{name: ''}],
    });
    // Another document checked between the steps must not mix into this one's faults.
    const steps = walk(many(450), {});
    let calls = 0;
    let step;
    while (!(step = steps.next()).done) calls++, check(many(2));
    const parts = step.value;
    const once = check(many(450));
    expect(calls).to.equal(14);
    expect(parts.faults).to.have.length.above(12);
    expect(parts.faults).to.deep.equal(once.faults);
    expect(parts.document).to.deep.equal(once.document);
    expect([...parts.dropped]).to.deep.equal([...once.dropped]);
    expect(parts.faults.map((f) => f.path).slice(0, 3)).to.deep.equal(['language', 'sessions[3].start', 'sessions[100].start']);
  });

  it('throws in parts what it throws at once', async () => {
    const doc = await gosim();
    delete (doc.event as {timeZone?: string}).timeZone;
    const inParts = (json: unknown) => {
      try {
        void [...walk(json, {})];
      } catch (error) {
        return error;
      }
    };
    const error = inParts(doc);
    expect(error).to.be.instanceOf(ConferenceError).and.to.have.property('kind', 'time-zone');
    const root = inParts([]);
    expect(String(root)).to.equal(String(await rootError()));
  });
});
