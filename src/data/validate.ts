/**
 * Unknown JSON in, a checked ConferenceDocument or a precise error out. Each check names the path
 * and what belongs there, so a page author can fix the data without reading this file. Unknown
 * fields are ignored here (the JSON Schema is strict about them, for editors and CI).
 */
import {invalid} from './errors.js';
import {isTimeZone, toInstant} from '../format/time.js';
import {sessionKinds, socialNetworks} from './types.js';
import type {ConferenceDocument, LocalizedText, Session} from './types.js';

type Check<T> = (value: unknown, path: string) => T;
type Shape<T> = {[K in keyof T]-?: Check<T[K]>};

const fail = (path: string, expected: string, got: unknown): never => {
  throw invalid(path, expected, got);
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const string: Check<string> = (v, p) =>
  typeof v === 'string' && v.trim() ? v : fail(p, 'a non-empty string', v);

const matching = (pattern: RegExp, expected: string): Check<string> => (v, p) =>
  pattern.test(string(v, p)) ? (v as string) : fail(p, expected, v);

const LANG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const lang = matching(LANG, 'a language tag like en or fr-CA');
/** A pattern that also names a real calendar date and time (no 30 February, no 25:99). */
const real = (pattern: RegExp, expected: string): Check<string> => (v, p) => {
  const s = matching(pattern, expected)(v, p);
  const wall = s.slice(0, 16);
  const iso = wall.length > 10 ? `${wall}Z` : `${wall}T00:00Z`;
  const ms = Date.parse(iso);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(wall) ? s : fail(p, expected, v);
};
const date = real(/^\d{4}-\d\d-\d\d$/, 'a date like 2025-05-06');
const partialDate = matching(/^\d{4}(-\d\d(-\d\d)?)?$/, 'a year or date like 2014, 2014-03 or 2014-03-21');
const dateTime = real(
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?$/,
  'a date-time like 2025-05-07T11:10',
);
const id = matching(/^[^\s]+$/, 'an id without spaces, like open-foundation-models');

const oneOf = <T extends string>(values: readonly T[]): Check<T> => (v, p) =>
  values.includes(v as T) ? (v as T) : fail(p, `one of ${values.join(', ')}`, v);

const text: Check<LocalizedText> = (v, p) => {
  if (typeof v === 'string') return string(v, p);
  if (!isObject(v) || !Object.keys(v).length) return fail(p, 'a text or a map of languages like {"en": "…"}', v);
  for (const [key, value] of Object.entries(v)) {
    if (!LANG.test(key)) fail(`${p}.${key}`, 'a language tag like en or fr-CA as key', key);
    string(value, `${p}.${key}`);
  }
  return v as LocalizedText;
};

const timeZone: Check<string> = (v, p) =>
  isTimeZone(string(v, p)) ? (v as string) : fail(p, 'an IANA time zone like Europe/Paris', v);

// CSS.supports accepts anything holding var(), and a var() fallback may hold url(): colours only.
const color: Check<string> = (v, p) =>
  CSS.supports('color', string(v, p)) && !/\b(var|env|attr|url|image|image-set)\s*\(/i.test(v as string)
    ? (v as string)
    : fail(p, 'a CSS colour like #3b5bdb', v);

const optional = <T>(check: Check<T>): Check<T | undefined> => (v, p) =>
  v === undefined || v === null ? undefined : check(v, p);

const list = <T>(item: Check<T>): Check<T[]> => (v, p) =>
  Array.isArray(v) ? v.map((x, i) => item(x, `${p}[${i}]`)) : fail(p, 'a list [...]', v);

const object = <T>(shape: Shape<T>): Check<T> => (v, p) => {
  if (!isObject(v)) return fail(p, 'an object {...}', v);
  const out: Record<string, unknown> = {};
  for (const key in shape) {
    const value = shape[key](v[key], p ? `${p}.${key}` : key);
    if (value !== undefined) out[key] = value;
  }
  return out as T;
};

const url = optional(string);
const link = object({name: text, url});
const image = object({src: string, alt: optional(text), caption: optional(text), credit: optional(link)});
const work = object({
  date: optional(partialDate), title: text, source: optional(text), description: optional(text), url,
});
const works = optional(list(work));

const documentShape = object<ConferenceDocument>({
  $schema: optional(string),
  language: optional(lang),
  event: object({
    id, name: text, start: optional(date), end: optional(date), timeZone,
    venue: optional(object({
      name: text, address: optional(text), city: optional(text), country: optional(text), url,
    })),
    theme: optional(text), description: optional(text), url, logo: optional(image),
  }),
  tracks: optional(list(object({
    id, name: text, tagline: optional(text), description: optional(text), color: optional(color),
  }))),
  rooms: optional(list(object({id, name: text, description: optional(text)}))),
  sessions: optional(list(object<Session>({
    id, title: text, kind: optional(oneOf(sessionKinds)),
    start: optional(dateTime), end: optional(dateTime),
    track: optional(id), room: optional(id), speakers: optional(list(id)),
    abstract: optional(text), description: optional(text), language: optional(lang),
    hostIntro: optional(object({
      host: optional(text), direction: optional(text), text, closingDirection: optional(text),
    })),
    url,
  }))),
  speakers: optional(list(object({
    id, name: text, photo: optional(image),
    positions: optional(list(object({title: text, organization: optional(text), url}))),
    education: optional(list(object({title: text, institution: optional(text), date: optional(partialDate)}))),
    location: optional(text), bio: optional(text), role: optional(text),
    timeline: optional(list(object({date: partialDate, text}))),
    publications: works, awards: works, media: works, videos: works, posts: works,
    social: optional(list(object({network: oneOf(socialNetworks), url: string, label: optional(string)}))),
    influence: optional(text), insights: optional(text), images: optional(list(image)),
    conclusion: optional(text), sources: optional(list(link)),
  }))),
  credits: optional(list(object({role: optional(text), name: text, url, logo: optional(image)}))),
});

/** Checks unknown JSON against the conference format; throws a ConferenceError naming the field. */
export function validate(json: unknown): ConferenceDocument {
  const doc = documentShape(json, '');
  const zone = doc.event.timeZone;
  const {start, end} = doc.event;
  if (!start !== !end) fail(start ? 'event.end' : 'event.start', 'both event.start and event.end, or neither', start ? end : start);
  if (start && end && end < start) fail('event.end', `a date on or after event.start (${start})`, end);

  const ids = (key: 'tracks' | 'rooms' | 'sessions' | 'speakers') => {
    const seen = new Set<string>();
    doc[key]?.forEach((item, i) => {
      if (seen.has(item.id)) fail(`${key}[${i}].id`, 'an id no other item has', item.id);
      seen.add(item.id);
    });
    return seen;
  };
  const tracks = ids('tracks');
  const rooms = ids('rooms');
  const speakers = ids('speakers');
  ids('sessions');
  const reference = (known: Set<string>, value: string | undefined, path: string, what: string) => {
    if (value !== undefined && !known.has(value)) {
      fail(path, `the id of one of the document's ${what} (${[...known].join(', ') || 'none'})`, value);
    }
  };

  doc.sessions?.forEach((s, i) => {
    const at = `sessions[${i}]`;
    reference(tracks, s.track, `${at}.track`, 'tracks');
    reference(rooms, s.room, `${at}.room`, 'rooms');
    s.speakers?.forEach((speaker, j) => reference(speakers, speaker, `${at}.speakers[${j}]`, 'speakers'));
    if (s.end && !s.start) fail(`${at}.start`, 'a start, since the session has an end', s.start);
    if (s.start && s.end && toInstant(s.end, zone) < toInstant(s.start, zone)) {
      fail(`${at}.end`, `a time after the start (${s.start})`, s.end);
    }
  });
  return doc;
}
