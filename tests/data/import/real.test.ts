/**
 * The importers against real exports (../shared/fixtures, served at /__shared__/fixtures/). Every
 * expectation is read from the raw file here, independently of the importers: counts, and two
 * named talks per file field by field.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {nothing} from 'lit';
import '../../../src/index.js';
import type {SessionCard} from '../../../src/index.js';
import {textOf} from '../../helpers.js';
import {findById} from '../../../src/data/select.js';
import {importDocument} from '../../../src/data/import/index.js';
import type {Format} from '../../../src/data/import/index.js';
import {validate} from '../../../src/data/validate.js';
import {toInstant} from '../../../src/format/time.js';
import type {ConferenceDocument, LocalizedText} from '../../../src/data/types.js';

type Json = Record<string, unknown>;
const o = (v: unknown) => v as Json;
const a = (v: unknown) => v as Json[];

/** What a talk should become, read from the raw export. */
interface Expected {
  id: string;
  /** The other ids a user may type, each finding this talk alone. */
  aliases?: string[];
  title: string | Record<string, string>;
  start?: number;
  end?: number;
  room?: LocalizedText;
  speakers: string[];
}

interface Case {
  format: Exclude<Format, 'auto'>;
  /** The `time-zone` attribute the page would set. */
  timeZone?: string;
  /** Every talk the file lists, counted in the raw file: none may be lost to a merge by id. */
  sessions: (raw: unknown) => number;
  speakers: (raw: unknown) => number;
  /** Titles (or the start of them) of two talks to check. */
  talks: string[];
  /** Each warning the import should give, and no other. */
  warnings: RegExp[];
  expected?: (raw: unknown, title: string) => Expected;
}

const unique = (ids: unknown[]) => new Set(ids.map(String)).size;
const find = (list: Json[], title: string) => {
  const found = list.find((x) => String(x.title).trim().startsWith(title));
  if (!found) throw new Error(`no talk "${title}" in the raw file`);
  return found;
};

// pretalx widget: talks (breaks included), speakers by code, rooms by id with i18n names.
const pretalxCase = (talks: string[]): Case => ({
  format: 'pretalx',
  warnings: [/^event\.name: none/],
  sessions: (raw) => a(o(raw).talks).length,
  speakers: (raw) => unique(a(o(raw).speakers).map((s) => s.code)),
  talks,
  expected: (raw, title) => {
    const t = find(a(o(raw).talks), title);
    const speakers = a(o(raw).speakers);
    return {
      id: String(t.code ?? `break-${String(t.id)}`),
      // A talk's title is in its own content_locale.
      title: typeof t.title == 'string' ? {[String(t.content_locale)]: t.title.trim()} : '',
      start: Date.parse(String(t.start)),
      end: Date.parse(String(t.end)),
      room: o(a(o(raw).rooms).find((r) => r.id === t.room)).name as LocalizedText,
      speakers: (t.speakers as string[] | undefined ?? []).map((code) => String(speakers.find((s) => s.code === code)?.name)),
    };
  },
});

// frab: events under days[].rooms{name: [...]}; `date` with offset, `duration` HH:MM.
const frabEvents = (raw: unknown) =>
  a(o(o(o(raw).schedule).conference).days).flatMap((day) => Object.values(o(day.rooms)).flatMap((list) => a(list)));
const frabCase = (talks: string[], warnings: RegExp[] = []): Case => ({
  format: 'frab',
  warnings,
  sessions: (raw) => frabEvents(raw).length,
  speakers: (raw) => unique(frabEvents(raw).flatMap((e) => a(e.persons).map((p) => p.guid ?? p.code ?? p.id))),
  talks,
  expected: (raw, title) => {
    const e = find(frabEvents(raw), title);
    const [h, m] = String(e.duration).split(':').map(Number);
    const start = Date.parse(String(e.date));
    return {
      // guid: the one id unique in merged c3voc schedules; the numeric id and slug are aliases.
      id: String(e.guid),
      aliases: [String(e.id), String(e.slug)],
      title: String(e.title).trim(),
      start,
      end: start + (h * 60 + m) * 60000,
      room: String(e.room),
      speakers: a(e.persons).map((p) => String(p.public_name)),
    };
  },
});

// Sessionize: local times read in the zone the page gives.
const sessionizeAll = (timeZone: string, talks: string[]): Case => ({
  format: 'sessionize',
  warnings: [/^event\.name: none/],
  timeZone,
  sessions: (raw) => a(o(raw).sessions).flatMap((s) => (Array.isArray(s.sessions) ? a(s.sessions) : [s])).length,
  speakers: (raw) => unique(a(o(raw).speakers).map((s) => s.id)),
  talks,
  expected: (raw, title) => {
    const s = find(a(o(raw).sessions), title);
    const speakers = a(o(raw).speakers);
    return {
      id: String(s.id),
      title: String(s.title).trim(),
      start: s.startsAt ? toInstant(String(s.startsAt), timeZone) : undefined,
      end: s.endsAt ? toInstant(String(s.endsAt), timeZone) : undefined,
      room: String(a(o(raw).rooms).find((r) => r.id === s.roomId)?.name),
      speakers: (s.speakers as string[]).map((id) => String(speakers.find((x) => x.id === id)?.fullName)),
    };
  },
});

const groupSessions = (raw: unknown) => a(raw).flatMap((g) => a(g.sessions));

const cases: Record<string, Case> = {
  'pretalx-widget/devopsdays-lima-2026-v0.4-raw.json': pretalxCase([
    '¿Qué pasa cuando lo que protege tu pipeline',
    'IA Agéntica en el ciclo de vida',
  ]),
  'frab/voc-example-frab-camp2019.json': frabCase(['Opening Ceremony', 'Participatory art event tools']),
  // Says UTC, writes +01:00.
  'frab/voc-example-pretalx-democon.json': frabCase(
    ['Networked modular help-desk', 'Secured grid-enabled policy'],
    [/^schedule\.conference\.time_zone_name: "UTC" disagrees with .*\+01:00; using Etc\/GMT-1$/],
  ),
  // Has no time_zone_name.
  'frab/voc-example-pretalx-rc3.json': frabCase(
    ['Der faule Admin automatisiert', 'Ethical Hackers + Investigative Journos'],
    [/^schedule\.conference\.time_zone_name: missing; using Etc\/GMT-1$/],
  ),
  'sessionize/scottishsummit-2026-all.json': sessionizeAll('Europe/London', [
    'Design and Build a Gamified Onboarding Agent',
    '🚀 Copilot Cowork in Action',
  ]),
  'sessionize/gab-linz-2024-all.json': sessionizeAll('Europe/Vienna', [
    'Keynote: Pioneering the Future of Java',
    'Vom Wort zum Vektor',
  ]),
  // cdkday writes its one scheduled time in UTC (`2023-09-29T17:50:00Z`) and was online: UTC is the
  // zone its data gives.
  'sessionize/cdkday-2023-sessions.json': {
    format: 'sessionize',
    timeZone: 'UTC',
    warnings: [/^event\.name: none/],
    sessions: (raw) => groupSessions(raw).length,
    // Alone, view/Sessions gets the speakers it names.
    speakers: (raw) => unique(groupSessions(raw).flatMap((s) => a(s.speakers).map((x) => x.id))),
    talks: ['Keynote: Contributing to the CDK', 'An Ode to Infrastructure Security'],
    expected: (raw, title) => {
      const s = find(groupSessions(raw), title);
      return {
        id: String(s.id),
        title: String(s.title).trim(),
        start: s.startsAt ? Date.parse(String(s.startsAt)) : undefined,
        end: s.endsAt ? Date.parse(String(s.endsAt)) : undefined,
        room: s.room ? String(s.room) : undefined,
        speakers: a(s.speakers).map((x) => String(x.name)),
      };
    },
  },
  // view/Speakers alone: speakers only (see below for two of them field by field).
  'sessionize/cdkday-2023-speakers.json': {
    format: 'sessionize',
    timeZone: 'UTC',
    warnings: [/^event\.name: none/, /^event\.start: no dated session/],
    sessions: () => 0,
    speakers: (raw) => unique(a(raw).map((s) => s.id)),
    talks: [],
  },
};

const files: string[] = await fetch('/__shared__/fixtures/index.json').then((r) => r.json() as Promise<string[]>);
const raw = (file: string): Promise<unknown> => fetch(`/__shared__/fixtures/${file}`).then((r) => r.json());

describe('importers on real exports', () => {
  if (!files.length) {
    console.log('shared fixtures absent: real-export suite skipped');
    it.skip('shared fixtures absent: real-export suite skipped', () => {});
    return;
  }

  it('has a case for every shared fixture', () => {
    expect(files.filter((f) => !cases[f])).to.deep.equal([]);
  });

  for (const file of files) {
    const c = cases[file];
    if (!c) continue;
    describe(file, () => {
      let json: unknown;
      let doc: ConferenceDocument;
      let warnings: string[];
      before(async () => {
        json = await raw(file);
        const result = importDocument(json, 'auto', {timeZone: c.timeZone});
        expect(result.format, 'detected format').to.equal(c.format);
        doc = result.document as ConferenceDocument;
        warnings = result.warnings;
      });

      it('imports to a valid document', () => {
        // view/Speakers dates nothing, and the native format requires event dates: see the report.
        if (!doc.event.start) {
          expect(warnings.join('\n')).to.contain('event.start');
          return;
        }
        expect(() => validate(doc)).not.to.throw();
      });

      it('warns about what it guessed, and nothing else', () => {
        expect(warnings.filter((w) => !c.warnings.some((r) => r.test(w))), 'unexpected').to.deep.equal([]);
        expect(c.warnings.filter((r) => !warnings.some((w) => r.test(w))).map(String), 'missing').to.deep.equal([]);
      });

      it('keeps every session and speaker', () => {
        expect(doc.sessions?.length ?? 0, 'sessions').to.equal(c.sessions(json));
        expect(doc.speakers?.length ?? 0, 'speakers').to.equal(c.speakers(json));
      });

      it('renders every talk and every speaker in a widget, with no error', async () => {
        const warn = console.warn;
        console.warn = () => {};
        try {
          const page = await fixture<HTMLElement>(html`<div>
            ${(doc.sessions ?? []).map((s) => html`<session-card variant="compact" time-zone=${c.timeZone ?? nothing} session-id=${s.id} .data=${json}></session-card>`)}
            ${(doc.speakers ?? []).map((p) => html`<speaker-bio variant="card" time-zone=${c.timeZone ?? nothing} speaker-id=${p.id} .data=${json}></speaker-bio>`)}
          </div>`);
          const widgets = [...page.children] as SessionCard[];
          await Promise.all(widgets.map((w) => w.updateComplete));
          const failed = widgets.filter((w) => !w.shadowRoot!.querySelector('[part=base]')).map((w) => `${w.localName} ${w.getAttribute('session-id') ?? w.getAttribute('speaker-id')}: ${textOf(w)}`);
          expect(failed).to.deep.equal([]);
          expect(widgets.length).to.equal((doc.sessions?.length ?? 0) + (doc.speakers?.length ?? 0));
        } finally {
          console.warn = warn;
        }
      });

      for (const title of c.talks) {
        it(`keeps "${title}" field by field`, () => {
          const want = c.expected?.(json, title);
          if (!want) throw new Error('no expectation');
          const s = doc.sessions?.find((x) => x.id === want.id);
          if (!s) throw new Error(`no session ${want.id}`);
          const zone = doc.event.timeZone;
          expect(s.title).to.deep.equal(want.title);
          expect(s.aliases, 'aliases').to.deep.equal(want.aliases);
          for (const alias of want.aliases ?? []) expect(findById(doc.sessions, alias).item, alias).to.equal(s);
          expect(s.start && toInstant(s.start, zone), 'start').to.equal(want.start);
          expect(s.end && toInstant(s.end, zone), 'end').to.equal(want.end);
          expect(doc.rooms?.find((r) => r.id === s.room)?.name, 'room').to.deep.equal(want.room);
          expect((s.speakers ?? []).map((id) => doc.speakers?.find((p) => p.id === id)?.name), 'speakers').to.deep.equal(want.speakers);
        });
      }
    });
  }

  if (files.includes('sessionize/cdkday-2023-speakers.json')) {
    it('keeps two cdkday speakers (view/Speakers) field by field', async () => {
      const json = a(await raw('sessionize/cdkday-2023-speakers.json'));
      const doc = importDocument(json, 'auto').document as ConferenceDocument;
      for (const s of [json[0], json[json.length - 1]]) {
        const p = doc.speakers?.find((x) => x.id === s.id);
        expect(p?.name).to.equal(String(s.fullName).trim());
        expect(p?.bio).to.equal(String(s.bio).trim().replace(/\r\n/g, '\n'));
        expect(p?.photo?.src).to.equal(s.profilePicture);
        expect(p?.positions?.[0]?.title).to.equal(String(s.tagLine).trim());
        expect(p?.social?.map((l) => l.url)).to.deep.equal(a(s.links).map((l) => l.url));
      }
    });
  }
});
