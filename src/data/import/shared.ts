/**
 * What the importers share: tolerant reading of unknown JSON, texts, ids, time zones, and `finish`,
 * which turns loose drafts into a native document. Exports are messy; rather than fail on an odd
 * field, a helper returns `undefined` and the item loses that field (or is dropped, with a warning).
 */
import {show} from '../errors.js';
import {DATE_TIME, exists, isoInZone, isTimeZone, toInstant, zoneOffset} from '../../format/time.js';
import {isColor} from '../color.js';
import {isObject, LANGUAGE_TAG} from '../types.js';
import type {LocalizedText, Room, Session, SessionKind, Speaker, Track} from '../types.js';

export type Rec = Record<string, unknown>;

/** An item under construction: any field may be missing; `at` says where it came from, for warnings. */
export type Draft<T> = {-readonly [K in keyof T]?: T[K]} & {at: string};

/** What an importer hands to `finish`. */
export interface Parts {
  id: string;
  name?: LocalizedText;
  /** Dates or date-times; derived from the sessions when absent. */
  start?: string;
  end?: string;
  timeZone: string;
  language?: string;
  tracks: Draft<Track>[];
  rooms: Draft<Room>[];
  speakers: Draft<Speaker>[];
  sessions: Draft<Session>[];
}

/** `(json, time-zone attribute, warnings) → parts`. */
export type Convert = (json: unknown, timeZone: string | undefined, warnings: string[]) => Parts;
/** Whether the JSON has the format's shape, why not (for the `format` error), and the converter. */
export type Importer = readonly [fits: (json: unknown) => boolean, why: string, convert?: Convert];

/** The object, or an empty one, so that `obj(obj(j).schedule).conference` never throws. */
export const obj = (v: unknown): Rec => (isObject(v) ? v : {});
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** `f` over the objects of a list, with their path `at[i]` for warnings. */
export const each = <T>(v: unknown, at: string, f: (x: Rec, at: string, i: number) => T): T[] =>
  arr(v).map((x, i) => f(obj(x), `${at}[${i}]`, i));

/**
 * Trimmed text with `\r\n` made `\n`. A string without a letter or digit says nothing (pretalx
 * abstracts of "-"), so it is absent like an empty one.
 */
export const str = (v: unknown): string | undefined =>
  typeof v == 'string' && /[\p{L}\p{N}]/u.test(v) ? v.trim().replace(/\r\n?/g, '\n') : undefined;

/** Ids are numbers or strings in exports, always strings here. */
export const id = (v: unknown) => str(typeof v == 'number' ? String(v) : v);

/**
 * An item's id and the other ids its source gives it (`aliases`), from the most unique to the one
 * people type: `known(guid, numeric id, slug)`. Absent and repeated ones are left out.
 */
export const known = (...all: (string | undefined)[]) => {
  const [first, ...aliases] = [...new Set(all.filter((x): x is string => !!x))];
  return {id: first, aliases: aliases.length ? aliases : undefined};
};

/**
 * One language tag from what exports write: `de`, `pt_BR`, or a list (`"de, en"`, `"de/en"`,
 * `["de", "en"]`), whose first tag wins with a warning. A name (`German`) is no tag: dropped, with a
 * warning. Plain absence (`""`, null) is silent.
 */
export function lang(v: unknown, at: string, w: string[]): string | undefined {
  const said = [v].flat().flatMap((x) => str(x)?.replace('_', '-').split(/[\s,;/]+/) ?? []);
  const tag = said.find((x) => LANGUAGE_TAG.test(x));
  if (said.length > 1 || tag != said[0]) w.push(`${at}: ${show(v)} ${tag ? `read as "${tag}"` : 'is no language tag, dropped'}`);
  return tag;
}

/** A colour the widgets accept (`isColor`: hex is all pretalx and Sessionize write), else none. */
export function colorOf(v: unknown, at: string, w: string[]): string | undefined {
  const c = str(v);
  if (c && isColor(c)) return c;
  if (c) w.push(`${at}: ${show(v)} is no colour, dropped`);
}

/**
 * A date-time as written, when it names a real one (`2025-05-07T11:10`, with or without seconds
 * and offset); otherwise a warning and none, so the item stays, unscheduled.
 */
export function when(v: unknown, at: string, w: string[]): string | undefined {
  const t = id(v);
  if (t && DATE_TIME.test(t) && exists(t)) return t;
  if (t) w.push(`${at}: ${show(v)} is no date-time, so not scheduled`);
}

/** An id from a name, since native ids have no spaces: `Hardware & Making` → `hardware-making`. */
export const slug = (v: unknown) => str(v)?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/** A string, or an i18n map `{"en": "…"}` without its empty entries; `{}` is absent. */
export function text(v: unknown): LocalizedText | undefined {
  if (!isObject(v)) return str(v);
  const entries = Object.entries(v).map(([k, x]) => [k, str(x)]).filter(([, s]) => s);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

// The match is one of these words, each a session kind.
export const kindOf = (v: unknown) =>
  str(v)?.match(/keynote|workshop|panel|lightning|break/i)?.[0].toLowerCase() as SessionKind | undefined;

/** A speaker; the photo has no alt text, since the name is always written beside it. */
export const person = (at: string, pid: string | undefined, names: unknown, bio: unknown, src: unknown): Draft<Speaker> => {
  const url = str(src);
  return {at, id: pid, name: text(names), bio: text(bio), photo: url ? {src: url} : undefined};
};

/** The offset a date-time is written with, `Z` or `+02:00`; '' for a local time. */
export const offsetIn = (t: string) => DATE_TIME.exec(t)?.[8] ?? '';
/** Minutes ahead of UTC that a `…+02:00` date-time states. */
const offsetOf = (t: string) => (toInstant(t.slice(0, -6), 'UTC') - toInstant(t, 'UTC')) / 6e4;

/**
 * The zone the data names, unless the offsets of its date-times disagree: the offsets are what
 * place the sessions, so they win. A whole-hour offset becomes an `Etc/GMT∓h` zone (POSIX sign:
 * `Etc/GMT-1` is UTC+1). `Z` is left out of the comparison: pretalx writes some instants in UTC
 * whatever the event's zone.
 */
export function zoneOf(named: unknown, sessions: Draft<Session>[], at: string, w: string[]): string {
  const name = str(named);
  const known = name && isTimeZone(name) ? name : undefined;
  // The sessions' times written with an offset (not `Z`).
  const local = sessions.flatMap((s) => [s.start ?? '', s.end ?? '']).filter((t) => offsetIn(t).length > 1);
  const bad = known ? local.find((t) => zoneOffset(toInstant(t, 'UTC'), known) != offsetOf(t)) : local[0];
  if (known && !bad) return known;
  const m = bad ? offsetOf(bad) : 0;
  const zone = m % 60 ? known ?? 'UTC' : m ? `Etc/GMT${m > 0 ? '-' : '+'}${Math.abs(m / 60)}` : 'UTC';
  w.push(`${at}: ${name ? `"${name}" ${bad ? `disagrees with ${bad}` : 'is unknown'}` : 'missing'}; using ${zone}`);
  return zone;
}

/** The calendar date of a date or date-time in `zone`. */
const dateIn = (zone: string, t: string) => {
  const ms = toInstant(t, zone);
  return isNaN(ms) ? t.slice(0, 10) : isoInZone(ms, zone).slice(0, 10);
};

/**
 * `t`, a date-time `when` read, plus `minutes`, written with the offset `t` has, so the instant is
 * exact; undefined past the dates `Date` can hold (a duration of billions of hours).
 */
export function addMinutes(t: string, minutes: number): string | undefined {
  const suffix = offsetIn(t);
  const end = new Date(toInstant(t.slice(0, t.length - suffix.length), 'UTC') + minutes * 6e4);
  return isNaN(+end) ? undefined : end.toISOString().slice(0, 19) + suffix;
}

/**
 * The native document from an importer's parts: items without id or name are dropped, duplicates
 * merged (the last one wins, at the first one's place), references to missing items removed, and
 * the event's dates derived from the sessions when the export gives none.
 */
export function finish({tracks, rooms, speakers, sessions, ...p}: Parts, w: string[]): unknown {
  const drop = (at: string, what: string) => !w.push(`${at}: ${what}, dropped`);
  // A speaker is listed once per talk; a second session with one id is another talk, lost but said.
  // By id, so that a reference is looked up, not searched for (a large export has thousands).
  const keep = <T extends {at: string; id?: string}>(list: T[], key: keyof T, once?: boolean) => {
    const byId = new Map<string | undefined, T>();
    for (const x of list) {
      if (!(x.id && x[key])) {
        drop(x.at, `no ${x.id ? String(key) : 'id'}`);
        continue;
      }
      const first = byId.get(x.id);
      if (once && first) w.push(`${x.at}: same id "${x.id}" as ${first.at}, which it replaces`);
      byId.set(x.id, x);
    }
    return byId;
  };
  const lists = {track: keep(tracks, 'name'), room: keep(rooms, 'name'), speaker: keep(speakers, 'name')};
  const has = (k: keyof typeof lists, v: string, at: string) => lists[k].has(v) || drop(at, `no ${k} "${v}"`);
  const kept = [...keep(sessions, 'title', true).values()];
  for (const s of kept) {
    for (const k of ['track', 'room'] as const) {
      const v = s[k];
      if (v && !has(k, v, `${s.at}.${k}`)) s[k] = undefined;
    }
    s.speakers = s.speakers?.filter((x) => has('speaker', x, `${s.at}.speakers`));
  }
  const zone = p.timeZone;
  const days = kept.flatMap((s) => (s.start ? [dateIn(zone, s.start)] : [])).sort();
  const start = p.start ? dateIn(zone, p.start) : days[0];
  if (!start) w.push('event.start: no dated session, so no dates');
  const name = p.name ?? p.id;
  if (!p.name) w.push(`event.name: none; using "${name}"`);
  const doc = {
    language: p.language,
    event: {id: p.id, name, start, end: p.end ? dateIn(zone, p.end) : days.at(-1), timeZone: zone},
    tracks: [...lists.track.values()], rooms: [...lists.room.values()], sessions: kept, speakers: [...lists.speaker.values()],
  };
  // The round trip drops the `at` fields and every undefined one, which the validator would reject.
  return JSON.parse(JSON.stringify(doc, (k, v: unknown) => (k == 'at' ? undefined : v)));
}
