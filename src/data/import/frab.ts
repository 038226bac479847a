/**
 * frab `schedule.json`, as frab and pretalx export it.
 *
 * Ids: a session is `String(event.id)` (`10386`: short, and what people type in
 * `session-id="…"`); its `guid` only when there is no id. A person likewise is `String(id)`, else
 * `guid`, else the pretalx `code`. frab has no track or room ids: both are slugs of their names
 * (`Hardware & Making` → `hardware-making`), since native ids have no spaces.
 * Time: an event's `date` is its full start with offset, kept as written; the end is `date` +
 * `duration` ("HH:MM") with the same offset. The day an event is listed under plays no part, so a
 * talk at 00:30 on the night of day 1 keeps its own date and instant.
 * The zone is `conference.time_zone_name` unless it is missing or disagrees with the offsets in
 * `date` (see `zoneOf`). `conference.start`/`end`, dates or date-times, give dates in that zone.
 */
import {addMinutes, arr, each, id, kindOf, obj, person, slug, str, text, zoneOf} from './shared.js';
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
          const start = str(e.date);
          const [, h, m] = /^(\d+):(\d\d)$/.exec(String(e.duration)) ?? [];
          if (start && !h) w.push(`${where}.duration: not HH:MM, so no end`);
          if (e.track) tracks.push({at: where, id: slug(e.track), name: text(e.track)});
          sessions.push({
            at: where,
            id: id(e.id) ?? id(e.guid),
            title: text(e.title),
            kind: kindOf(e.type),
            start,
            end: start && h ? addMinutes(start, +h * 60 + +m) : undefined,
            track: slug(e.track),
            room: slug(room),
            speakers: arr(e.persons).flatMap((x, k) => {
              const p = obj(x);
              const pid = id(p.id) ?? id(p.guid) ?? id(p.code);
              speakers.push(person(`${where}.persons[${k}]`, pid, p.public_name ?? p.name, p.biography, p.avatar));
              return pid ?? [];
            }),
            abstract: text(e.abstract),
            description: text(e.description),
            language: str(e.language),
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
      language: str(c.language),
      tracks,
      rooms,
      speakers,
      sessions,
    };
  },
];
