/**
 * frab `schedule.json`, as frab and pretalx export it.
 *
 * Ids: a session is its `guid`, the one id that stays unique in the large merged schedules c3voc
 * publishes (they reuse numeric ids across sub-schedules); without a guid, `String(event.id)`. Its
 * numeric `id` and `slug`, what people type in `session-id="…"`, are its `aliases`. A person is
 * likewise its `guid`, else the pretalx `code`, else `String(id)`, the others being aliases.
 * frab has no track or room ids: both are slugs of their names (`Hardware & Making` →
 * `hardware-making`), since native ids have no spaces.
 * Time: an event's `date` is its full start with offset, kept as written (an unreadable one leaves
 * the event unscheduled, with a warning); the end is `date` + `duration`: "HH:MM" ("0:45", "00:45",
 * "00:45:00") or minutes (45, "45"). The day an event is listed under plays no part, so a
 * talk at 00:30 on the night of day 1 keeps its own date and instant.
 * The zone is `conference.time_zone_name` unless it is missing or disagrees with the offsets in
 * `date` (see `zoneOf`). `conference.start`/`end`, dates or date-times, give dates in that zone.
 * Languages: a list (`"de, en"`) gives its first tag, with a warning (see `lang`).
 */
import {show} from '../errors.js';
import {addMinutes, arr, each, id, kindOf, known, lang, obj, person, slug, str, text, when, zoneOf} from './shared.js';
import type {Draft, Importer} from './shared.js';
import type {Room, Session, Speaker, Track} from '../types.js';

const conference = (j: unknown) => obj(obj(obj(j).schedule).conference);

export const frab: Importer = [
  (j) => Array.isArray(conference(j).days),
  'no schedule.conference.days',
  (j, tz, w) => {
    const c = conference(j);
    const at = 'schedule.conference';
    const tracks: Draft<Track>[] = [];
    const rooms: Draft<Room>[] = [];
    const speakers: Draft<Speaker>[] = [];
    const sessions: Draft<Session>[] = [];
    each(c.days, `${at}.days`, (day, d) =>
      Object.entries(obj(day.rooms)).map(([room, list]) => {
        rooms.push({at: d, id: slug(room), name: text(room)});
        each(list, `${d}.rooms.${room}`, (e, where) => {
          const start = when(e.date, `${where}.date`, w);
          const duration = id(e.duration);
          const [, h = '0', m] = /^(?:(\d+):)?(\d+)(?::\d\d)?$/.exec(duration ?? '') ?? [];
          const end = start && m ? addMinutes(start, +h * 60 + +m) : undefined;
          if (start && duration && !end) w.push(`${where}.duration: ${show(e.duration)} ${m ? 'ends past the dates a browser can hold' : 'is not HH:MM or minutes'}, so no end`);
          if (e.track) tracks.push({at: where, id: slug(e.track), name: text(e.track)});
          sessions.push({
            at: where,
            ...known(id(e.guid), id(e.id), id(e.slug)),
            title: text(e.title),
            kind: kindOf(e.type),
            start,
            end,
            track: slug(e.track),
            room: slug(room),
            speakers: arr(e.persons).flatMap((x, k) => {
              const p = obj(x);
              const ids = known(id(p.guid), id(p.code), id(p.id));
              speakers.push({...person(`${where}.persons[${k}]`, ids.id, p.public_name ?? p.name, p.biography, p.avatar), aliases: ids.aliases});
              return ids.id ?? [];
            }),
            abstract: text(e.abstract),
            description: text(e.description),
            language: lang(e.language, `${where}.language`, w),
            url: str(e.url),
          });
        });
      }),
    );
    return {
      id: slug(c.acronym) ?? 'frab',
      name: text(c.title),
      start: str(c.start),
      end: str(c.end),
      timeZone: tz ?? zoneOf(c.time_zone_name, sessions, `${at}.time_zone_name`, w),
      language: lang(c.language, `${at}.language`, w),
      tracks,
      rooms,
      speakers,
      sessions,
    };
  },
];
