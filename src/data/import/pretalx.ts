/**
 * pretalx widget JSON (`/schedule/widgets/schedule.json`, version 0.4 and alike).
 *
 * Ids: a session is its talk `code` (`W8D3KN`, as in pretalx's talk URLs); a break has no code and
 * becomes `break-<pretalx id>` (`break-<index>` without one), stable while the slot lives.
 * Speakers are their `code`; tracks and rooms their numeric id as a string. No aliases: the code is
 * the one id pretalx shows its users.
 * Time: `start`/`end` are kept as written, with their offsets: a break's start in UTC and its end
 * in local time are both exact instants. `duration` is ignored: it is not always end − start.
 * An unreadable `start` leaves the talk unscheduled, with a warning.
 * Track colours: hex only; another one (`"blue-ish"`, `"#12345"`) is dropped with a warning.
 * The zone is `timezone`, unless the offsets disagree (see `zoneOf`).
 * Rooms and tracks whose i18n name is empty (`{}`) are dropped with a warning rather than named
 * after their id: a made-up name would show on the page, and their sessions still show without.
 * The widget JSON names no event: the event is `pretalx-<schedule_id>`, named after that id.
 * Language: the first language of the first room or track name (pretalx lists the event's own
 * language first); each talk keeps its `content_locale` (`pt_BR` → `pt-BR`; see `lang`).
 */
import {arr, colorOf, each, id, lang, obj, person, str, text, when, zoneOf} from './shared.js';
import type {Importer} from './shared.js';
import type {LocalizedText} from '../types.js';

/** A talk's plain texts are in its own `content_locale`, which need not be the event's language. */
const inLocale = (value: LocalizedText | undefined, language: string | undefined): LocalizedText | undefined =>
  typeof value === 'string' && language ? {[language]: value} : value;

export const pretalx: Importer = [
  (j) => ['talks', 'speakers'].every((k) => Array.isArray(obj(j)[k])) && ('rooms' in obj(j) || 'timezone' in obj(j)),
  'no talks, speakers and rooms',
  (json, tz, w) => {
    const j = obj(json);
    // Rooms have no colour in the native format.
    const named = (key: string) =>
      each(j[key], key, (r, at) => ({
        at, id: id(r.id), name: text(r.name), description: text(r.description), color: key == 'tracks' ? colorOf(r.color, `${at}.color`, w) : undefined,
      }));
    const rooms = named('rooms');
    const tracks = named('tracks');
    const schedule = id(j.schedule_id);
    const sessions = each(j.talks, 'talks', (t, at, i) => {
      const language = lang(t.content_locale, `${at}.content_locale`, w);
      const start = when(t.start, `${at}.start`, w);
      return {
        at,
        id: id(t.code) ?? `break-${id(t.id) ?? i}`,
        title: inLocale(text(t.title), language),
        kind: t.code ? undefined : ('break' as const),
        start,
        end: start && when(t.end, `${at}.end`, w),
        track: id(t.track),
        room: id(t.room),
        speakers: arr(t.speakers).flatMap((s) => id(obj(s).code ?? s) ?? []),
        abstract: inLocale(text(t.abstract), language),
        language,
      };
    });
    return {
      id: schedule ? `pretalx-${schedule}` : 'pretalx',
      start: str(j.event_start),
      end: str(j.event_end),
      timeZone: tz ?? zoneOf(j.timezone, sessions, 'timezone', w),
      language: Object.keys(obj([...rooms, ...tracks].find((r) => r.name)?.name))[0],
      tracks,
      rooms,
      speakers: each(j.speakers, 'speakers', (s, at) => person(at, id(s.code), s.name, s.biography, s.avatar)),
      sessions,
    };
  },
];
