/**
 * Sessionize API exports: `view/All` (sessions flat or in groups), `view/Sessions` (a list of
 * groups) and `view/Speakers` (a list of speakers).
 *
 * Ids: sessions, speakers and rooms keep Sessionize's ids, as strings (numbers or strings in the
 * export); a track is the id of a category item. No aliases: Sessionize gives each item one id.
 * `view/Sessions` names each session's speakers `{id, name}`: alone, it gets speakers with just id
 * and name (with `view/All`'s speakers, the full ones win). `view/Speakers` alone gives speakers
 * only: its `{id, name}` sessions carry no time, room or track.
 * Tracks: the items of a category whose title says "track" (or piste, pista). A session's kind
 * comes from a category item naming one (Keynote, Workshop, Panel, Lightning);
 * `isServiceSession` makes it a break.
 * Time: `startsAt`/`endsAt` are local times without offset, kept as written; `null` leaves the
 * session unscheduled, and so does an unreadable time, with a warning. The zone must come from the
 * `time-zone` attribute (a document-level error without it), unless every time carries an offset
 * (some exports write `Z`): then the offsets give it (see `zoneOf`).
 * The export names no event: the event is `sessionize`, named after that id.
 */
import {ConferenceError} from '../errors.js';
import {socialNetworks} from '../types.js';
import {arr, each, id, kindOf, obj, offsetIn, person, str, text, when, zoneOf} from './shared.js';
import type {Draft, Importer, Rec} from './shared.js';
import type {Speaker} from '../types.js';

const first = (j: unknown) => obj(arr(j)[0]);

export const sessionize: Importer = [
  (j) => ['sessions', 'speakers', 'categories', 'rooms'].every((k) => Array.isArray(obj(j)[k])) || ['groupId', 'fullName'].some((k) => k in first(j)),
  'not an All, Sessions or Speakers export',
  (j, tz, w) => {
    const root = obj(j);
    const listed = Array.isArray(j);
    const speakersView = 'fullName' in first(j);
    // Groups hold sessions; All may list either.
    const raw: [Rec, string][] = [];
    const add = (s: Rec, at: string): unknown => ('groupId' in s ? each(s.sessions, `${at}.sessions`, add) : raw.push([s, at]));
    if (!speakersView) each(listed ? j : root.sessions, listed ? '' : 'sessions', add);
    const categories = [...arr(root.categories), ...raw.flatMap(([s]) => arr(s.categories))].map(obj);
    const names = new Map<string | undefined, unknown>();
    const tracks = categories.flatMap((c) =>
      each(c.items ?? c.categoryItems, 'categories', (x, at) => {
        names.set(id(x.id), x.name);
        return /track|piste|pista/i.test(String(c.title ?? c.name)) ? [{at, id: id(x.id), name: text(x.name)}] : [];
      }).flat(),
    );
    const speakers: Draft<Speaker>[] = [];
    const sessions = raw.map(([s, at]) => {
      const items = [...arr(s.categoryItems), ...arr(s.categories).flatMap((c) => arr(obj(c).categoryItems))].map((x) => id(obj(x).id ?? x));
      const start = when(s.startsAt, `${at}.startsAt`, w);
      return {
        at,
        id: id(s.id),
        title: text(s.title),
        kind: s.isServiceSession ? 'break' : kindOf(items.map((x) => names.get(x)).join()),
        start,
        end: start && when(s.endsAt, `${at}.endsAt`, w),
        track: items.find((x) => tracks.some((t) => t.id == x)),
        room: id(s.roomId),
        speakers: arr(s.speakers).flatMap((x) => {
          const r = obj(x);
          if (r.name) speakers.push({at: `${at}.speakers`, id: id(r.id), name: text(r.name)});
          return id(r.id ?? x) ?? [];
        }),
        abstract: text(s.description),
      };
    });
    each(speakersView ? j : root.speakers, speakersView ? '' : 'speakers', (s, at) => {
      const tagLine = str(s.tagLine);
      speakers.push({
        ...person(at, id(s.id), s.fullName, s.bio, s.profilePicture),
        positions: tagLine ? [{title: tagLine}] : undefined,
        // `Company_Website` is a website; a network we do not know is `other`.
        social: each(s.links, '', (l) => {
          const type = String(l.linkType).toLowerCase().replace(/.*_/, '');
          return {network: socialNetworks.find((n) => n == type) ?? 'other', url: str(l.url) ?? '', label: str(l.title)};
        }).filter((l) => l.url),
      });
    });
    if (!tz && sessions.some((s) => s.start && !offsetIn(s.start))) {
      throw new ConferenceError('time-zone', {detail: 'this Sessionize export has no time zone: add time-zone="Europe/London"'});
    }
    return {
      id: 'sessionize',
      timeZone: tz ?? zoneOf(undefined, sessions, 'time-zone', w),
      tracks,
      // view/Sessions names each session's room instead of listing them.
      rooms: [...arr(root.rooms), ...raw.flatMap(([s]) => (s.room ? [{id: s.roomId, name: s.room}] : []))].map((x) => {
        const r = obj(x);
        return {at: 'rooms', id: id(r.id), name: text(r.name)};
      }),
      speakers,
      sessions,
    };
  },
];
