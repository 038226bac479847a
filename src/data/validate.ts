/**
 * Unknown JSON in, a checked ConferenceDocument out, with every fault it had. Each fault names the
 * path and what belongs there, so a page author can fix the data without reading this file.
 *
 * Tolerance: real exports are messy, and one bad field must not blank every widget on a page.
 * - An invalid optional field is dropped (a fault says which).
 * - An item whose own id, title or name is missing or invalid, or whose start cannot be read, is
 *   dropped from its list; `dropped` remembers its id, so a widget that asks for it can say why.
 * - A reference to a missing track, room or speaker is dropped; so is a duplicate item (the first
 *   one stays), an end before its start, and event dates that do not make a range.
 * - Only an unusable event (no id, name or time zone) is fatal for the whole document: it throws.
 * `validate()` is the strict reading for authors and tools: the first fault throws.
 * Unknown fields are ignored here (the JSON Schema is strict about them, for editors and CI).
 */
import {ConferenceError, invalid, show} from './errors.js';
import {DATE_TIME, exists, isTimeZone, toInstant} from '../format/time.js';
import {isColor} from './color.js';
import {isObject, LANGUAGE_TAG, sessionKinds, socialNetworks} from './types.js';
import type {ConferenceDocument, LocalizedText, Session, Speaker} from './types.js';

/** One thing wrong in a document, and what was done about it. */
export interface Fault {
  /** Where, `sessions[3].start`. */
  readonly path: string;
  /** What belongs there, in English. */
  readonly expected: string;
  readonly got?: unknown;
  /** The item dropped for it, `sessions[3]`; absent when only the field at `path` was dropped. */
  readonly dropped?: string;
}

export interface Checked {
  readonly document: ConferenceDocument;
  readonly faults: readonly Fault[];
  /** The faults that dropped items, by `list:id` (`sessions:keynote`), for the widget that asks for one. */
  readonly dropped: ReadonlyMap<string, Fault>;
}

export interface CheckOptions {
  /** The URL of the fetched document: relative URLs in it are made absolute against it. */
  readonly base?: string;
}

type Check<T> = (value: unknown, path: string) => T;
type Shape<T> = {[K in keyof T]-?: Check<T[K]>};

/** The state of one `check()` call; checks run synchronously, one document at a time. */
let run: {faults: Fault[]; dropped: Map<string, Fault>; paths: WeakMap<object, string>; base?: string};

const fail = (path: string, expected: string, got: unknown): never => {
  throw invalid(path, expected, got);
};

/** Records a fault; `dropped` is the item left out for it, absent when only the field at `path` goes. */
const fault = (path: string, expected: string, got?: unknown, dropped?: string) => run.faults.push({path, expected, got, dropped});

/**
 * Runs `check`; an invalid value becomes a fault (with `dropped` set when a whole item goes). The
 * checks throw no other ConferenceError where they are tolerated (a `time-zone` one is the event's own).
 */
function tolerate<T>(check: () => T, dropped?: string): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof ConferenceError)) throw error;
    fault(error.path ?? '', error.expected ?? 'a valid value', error.got, dropped);
    return undefined;
  }
}

const string: Check<string> = (v, p) =>
  typeof v === 'string' && v.trim() ? v : fail(p, 'a non-empty string', v);

/** A string that fits `pattern` and, when given, `test`. */
const matching = (pattern: RegExp, expected: string, test?: (s: string) => boolean): Check<string> => (v, p) =>
  pattern.test(string(v, p)) && (!test || test(v as string)) ? (v as string) : fail(p, expected, v);

const lang = matching(LANGUAGE_TAG, 'a language tag like en or fr-CA');
// Dates and date-times that `exists`: no 30 February, no 25:99.
const date = matching(/^\d{4}-\d\d-\d\d$/, 'a date like 2025-05-06', exists);
const partialDate = matching(/^\d{4}(-\d\d(-\d\d)?)?$/, 'a year or date like 2014, 2014-03 or 2014-03-21');
const dateTime = matching(DATE_TIME, 'a date-time like 2025-05-07T11:10', exists);
const id = matching(/^\S+$/, 'an id without spaces, like open-foundation-models');

const oneOf = <T extends string>(values: readonly T[]): Check<T> => (v, p) =>
  values.includes(v as T) ? (v as T) : fail(p, `one of ${values.join(', ')}`, v);

/** A text, or a language map whose bad entries are dropped (the map needs one good entry). */
const text: Check<LocalizedText> = (v, p) => {
  if (typeof v === 'string') return string(v, p);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(isObject(v) ? v : {})) {
    const entry = tolerate(() => (LANGUAGE_TAG.test(key) ? string(value, `${p}.${key}`) : fail(`${p}.${key}`, 'a language tag like en or fr-CA as key', key)));
    if (entry !== undefined) out[key] = entry;
  }
  return Object.keys(out).length ? out : fail(p, 'a text or a map of languages like {"en": "…"}', v);
};

const timeZone: Check<string> = (v, p) => {
  if (v === undefined || v === null) throw new ConferenceError('time-zone', {path: p});
  return isTimeZone(string(v, p)) ? (v as string) : fail(p, 'an IANA time zone like Europe/Paris', v);
};

const color: Check<string> = (v, p) => (isColor(string(v, p)) ? (v as string).trim() : fail(p, 'a CSS colour like #3b5bdb', v));

/** A URL; relative ones become absolute against the fetched document's own URL. */
const href: Check<string> = (v, p) => {
  const value = string(v, p).trim();
  try {
    return run.base ? new URL(value, run.base).href : (new URL(value, 'http://relative.invalid/'), value);
  } catch {
    return fail(p, 'a URL like https://example.org/ or a relative one like talks/1.html', v);
  }
};

/** Absent is fine; an invalid value is the item's own fault (a start that cannot be read). */
const ifPresent = <T>(check: Check<T>): Check<T | undefined> => (v, p) =>
  v === undefined || v === null ? undefined : check(v, p);

/** Absent is fine; an invalid value drops the field, with a fault. */
const optional = <T>(check: Check<T>) => ifPresent((v, p) => tolerate(() => check(v, p)));

/**
 * A list; an invalid entry is dropped. With `name`, dropped items are remembered by their id. `from`
 * and `to` check a part of it (checkInParts), its entries still named by their place in the whole.
 */
const list = <T>(item: Check<T>, name?: string) => (v: unknown, p: string, from = 0, to?: number): T[] => {
  if (!Array.isArray(v)) return fail(p, 'a list [...]', v);
  return v.slice(from, to).flatMap((x, i) => {
    const at = `${p}[${from + i}]`;
    const checked = tolerate(() => item(x, at), at);
    if (checked === undefined && name && isObject(x) && (typeof x.id === 'string' || typeof x.id === 'number')) {
      run.dropped.set(`${name}:${x.id}`, run.faults.at(-1) as Fault);
    }
    return checked === undefined ? [] : [checked];
  });
};

/** An object inside the document (`walk` reads the top level, whose path is ''). */
const object = <T>(shape: Shape<T>): Check<T> => (v, p) => {
  if (!isObject(v)) return fail(p, 'an object {...}', v);
  const out: Record<string, unknown> = {};
  for (const key in shape) {
    const value = shape[key](v[key], `${p}.${key}`);
    if (value !== undefined) out[key] = value;
  }
  run.paths.set(out, p);
  return out as T;
};

const url = optional(href);
const optionalText = optional(text);
const aliases = optional(list(id));
const link = object({name: text, url});
const image = object({src: href, alt: optionalText, caption: optionalText, credit: optional(object({name: text, url}))});
const work = object({
  date: optional(partialDate), title: text, source: optionalText, description: optionalText, url,
});
const works = optional(list(work));

// The long lists of a document, which checkInParts checks a part at a time.
const sessions = list(object<Session>({
  id, aliases, title: text, kind: optional(oneOf(sessionKinds)),
  start: ifPresent(dateTime), end: optional(dateTime),
  track: optional(id), room: optional(id), speakers: optional(list(id)),
  abstract: optionalText, description: optionalText, language: optional(lang),
  hostIntro: optional(object({
    host: optionalText, direction: optionalText, text, closingDirection: optionalText,
  })),
  url,
}), 'sessions');
const speakers = list(object<Speaker>({
  id, aliases, name: text, photo: optional(image),
  positions: optional(list(object({title: text, organization: optionalText, url}))),
  education: optional(list(object({title: text, institution: optionalText, date: optional(partialDate)}))),
  location: optionalText, bio: optionalText, role: optionalText,
  timeline: optional(list(object({date: partialDate, text}))),
  publications: works, awards: works, media: works, videos: works, posts: works,
  social: optional(list(object({network: oneOf(socialNetworks), url: href, label: optional(string)}))),
  influence: optionalText, insights: optionalText, images: optional(list(image)),
  conclusion: optionalText, sources: optional(list(link)),
}), 'speakers');

const shape: Shape<ConferenceDocument> = {
  $schema: optional(string),
  language: optional(lang),
  event: object({
    id, name: text, start: optional(date), end: optional(date), timeZone,
    venue: optional(object({
      name: text, address: optionalText, city: optionalText, country: optionalText, url,
    })),
    theme: optionalText, description: optionalText, url, logo: optional(image),
  }),
  tracks: optional(list(object({
    id, name: text, tagline: optionalText, description: optionalText, color: optional(color),
  }), 'tracks')),
  rooms: optional(list(object({id, name: text, description: optionalText}), 'rooms')),
  sessions: optional(sessions),
  speakers: optional(speakers),
  credits: optional(list(object({role: optionalText, name: text, url, logo: optional(image)}))),
};

type Mutable<T> = {-readonly [K in keyof T]?: T[K]};

/** Drops `key` of `item` with a fault at `item`'s path. */
function drop<T extends object>(item: T, key: keyof T & string, expected: string) {
  fault(`${run.paths.get(item)}.${key}`, expected, item[key]);
  delete (item as Mutable<T>)[key];
}

/** What the shape cannot say: unique ids, references that resolve, times in order. */
function* crossCheck(doc: ConferenceDocument) {
  const state = run;
  const {event} = doc;
  const zone = event.timeZone;
  if (!event.start !== !event.end) {
    fault(`event.${event.start ? 'end' : 'start'}`, 'both event.start and event.end, or neither');
    delete (event as Mutable<typeof event>).start;
    delete (event as Mutable<typeof event>).end;
  } else if (event.start && event.end && event.end < event.start) {
    drop(event, 'end', `a date on or after event.start (${event.start})`);
    drop(event, 'start', 'a start with an end on or after it');
  }
  const unique = (key: 'tracks' | 'rooms' | 'sessions' | 'speakers') => {
    const seen = new Set<string>();
    const items = doc[key]?.filter((item) => {
      if (!seen.has(item.id)) return seen.add(item.id);
      fault(`${run.paths.get(item)}.id`, 'an id no other item has', item.id, run.paths.get(item));
    });
    if (items) (doc as Mutable<ConferenceDocument>)[key] = items as never;
    return seen;
  };
  const tracks = unique('tracks');
  const rooms = unique('rooms');
  const speakers = unique('speakers');
  unique('sessions');
  // Worded once per list: a large export may miss thousands of references.
  const said = new Map<Set<string>, string>();
  const known = (ids: Set<string>, what: string) => {
    let text = said.get(ids);
    if (text === undefined) {
      const all = [...ids];
      said.set(ids, (text = `the id of one of the document's ${what} (${all.length > 5 ? `${all.slice(0, 5).join(', ')}… ${all.length} in all` : all.join(', ') || 'none'})`));
    }
    return text;
  };
  let i = 0;
  for (const s of (doc.sessions ?? []) as Mutable<Session>[]) {
    if (++i % PART === 0) {
      yield;
      run = state;
    }
    const at = run.paths.get(s);
    if (s.track !== undefined && !tracks.has(s.track)) drop(s, 'track', known(tracks, 'tracks'));
    if (s.room !== undefined && !rooms.has(s.room)) drop(s, 'room', known(rooms, 'rooms'));
    s.speakers = s.speakers?.filter((speaker, j) => {
      if (speakers.has(speaker)) return true;
      fault(`${at}.speakers[${j}]`, known(speakers, 'speakers'), speaker);
    });
    if (s.end && !s.start) drop(s, 'end', 'a start, since the session has an end');
    else if (s.start && s.end && toInstant(s.end, zone) < toInstant(s.start, zone)) drop(s, 'end', `a time after the start (${s.start})`);
  }
}

/**
 * Reads unknown JSON as a conference document, tolerantly (see the top of this file). Throws a
 * ConferenceError only when the document has no usable event.
 */
export const check = (json: unknown, options: CheckOptions = {}): Checked => finish(walk(json, options));

/** Runs `steps` to their end at once, and gives what they return. */
export function finish<R>(steps: Iterator<unknown, R>): R {
  let step;
  while (!(step = steps.next()).done);
  return step.value;
}

/** Sessions or speakers checked between two steps of `walk`. */
const PART = 100;

/**
 * `check` in steps: the top level's object() and then crossCheck, with a step after each part of the
 * long lists (`PART` sessions or speakers), between which a caller may give the page its turn: the
 * checks of a document of thousands of talks then hold no task for long. The same document and the
 * same faults, in the same order, as `check`.
 */
export function* walk(json: unknown, {base}: CheckOptions): Generator<void, Checked> {
  const state = (run = {faults: [], dropped: new Map(), paths: new WeakMap(), base});
  if (!isObject(json)) return fail('', 'an object {...}', json);
  const out: Record<string, unknown> = {};
  for (const key in shape) {
    const value = json[key];
    const long = key === 'sessions' ? sessions : key === 'speakers' ? speakers : undefined;
    let result: unknown;
    if (long && Array.isArray(value)) {
      const items: unknown[] = [];
      for (let from = 0; from < value.length; from += PART) {
        items.push(...long(value, key, from, from + PART));
        yield;
        // Another document may have been checked meanwhile.
        run = state;
      }
      result = items;
    } else {
      result = shape[key as keyof ConferenceDocument](value, key);
    }
    if (result !== undefined) out[key] = result;
  }
  const document = out as unknown as ConferenceDocument;
  yield* crossCheck(document);
  return {document, faults: run.faults, dropped: run.dropped};
}

/** Strict: checks unknown JSON against the conference format; throws a ConferenceError for the first fault. */
export function validate(json: unknown): ConferenceDocument {
  const {document, faults} = check(json);
  const [first] = faults;
  if (first) throw faultError(first);
  return document;
}

/** A fault as the error it stands for: `sessions[0].start: expected …, got "11h10"`. */
export const faultError = ({path, expected, got}: Fault) => invalid(path, expected, got);

/** A fault as one line for the console and `conf-load`'s warnings. */
export const describeFault = ({path, expected, got, dropped}: Fault) =>
  `${path}: expected ${expected}, got ${show(got)} (${dropped ?? 'field'} left out)`;
