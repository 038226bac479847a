/**
 * The programme as rows: every session with its instants and day, sorted, selected, grouped by day
 * and laid out on a time grid. Pure functions; what is costly is computed once per document.
 */
import {findById} from './select.js';
import {isoInZone, toInstant} from '../format/time.js';
import {choose, sameLanguage} from '../i18n/text.js';
import type {ConferenceDocument, LocalizedText, Session} from './types.js';

export interface Row {
  readonly session: Session;
  /** Epoch milliseconds; absent while the session is not scheduled. */
  readonly start?: number;
  readonly end?: number;
  /** YYYY-MM-DD in the event's zone. */
  readonly day?: string;
}

const rowCache = new WeakMap<ConferenceDocument, readonly Row[]>();

const instant = (value: string | undefined, zone: string) => {
  const ms = value ? toInstant(value, zone) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
};

/** The event's day of an instant: `2025-05-07`. */
const dayOf = (ms: number, doc: ConferenceDocument) => isoInZone(ms, doc.event.timeZone).slice(0, 10);

/**
 * Every session of the document as a row, sorted by start (unscheduled last), then by the room's
 * order in `doc.rooms` (roomless last), then title; cached per document.
 */
export function rowsOf(doc: ConferenceDocument): readonly Row[] {
  let rows = rowCache.get(doc);
  if (!rows) {
    const zone = doc.event.timeZone;
    const rooms = (doc.rooms ?? []).map((room) => room.id);
    const keyed = (doc.sessions ?? []).map((session) => {
      const start = instant(session.start, zone);
      const room = rooms.indexOf(session.room ?? '');
      return {
        row: {session, start, end: instant(session.end, zone), day: start === undefined ? undefined : dayOf(start, doc)},
        keys: [start ?? Infinity, room < 0 ? Infinity : room, choose(session.title, doc.language ?? 'en').value] as const,
      };
    });
    // Infinity - Infinity is NaN: two unscheduled (or roomless) sessions compare by what follows.
    rows = keyed
      .sort(({keys: [a, b, c]}, {keys: [x, y, z]}) => a - x || b - y || c.localeCompare(z))
      .map(({row}) => row);
    rowCache.set(doc, rows);
  }
  return rows;
}

export interface Selection {
  track?: string[];
  /** Days as YYYY-MM-DD, or `today`. */
  day?: string[];
  room?: string[];
  speaker?: string[];
  language?: string[];
  /** `talks` (all but breaks), `breaks`, or a session kind (`workshop`). */
  kind?: string[];
  query?: string;
  ids?: string[];
  mine?: boolean;
}

/** A comma-separated attribute value as trimmed, non-empty items; undefined when there are none. */
export function parseList(value?: string | null): string[] | undefined {
  const items = value?.split(',').map((item) => item.trim()).filter(Boolean);
  return items?.length ? items : undefined;
}

/** Lower case, no accents (compatibility decomposition, marks removed): the form search compares. */
export const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const searchCache = new WeakMap<Session, string>();
const texts = (text?: LocalizedText) => (text === undefined ? [] : typeof text == 'string' ? [text] : Object.values(text));

/**
 * Title and abstract (all languages) and speakers' names, folded, once per session. The abstract is
 * searched as written: its markup is punctuation to a search, and reading it takes 10× longer.
 */
function searchText(session: Session, doc: ConferenceDocument): string {
  let text = searchCache.get(session);
  if (text === undefined) {
    text = fold([
      ...texts(session.title),
      ...texts(session.abstract),
      ...(session.speakers ?? []).flatMap((id) => texts(findById(doc.speakers, id).item?.name)),
    ].join('\n'));
    searchCache.set(session, text);
  }
  return text;
}

/** The ids of the items `wanted` names (by id or alias); an id no item has is kept as it is. */
function idsOf(items: readonly {id: string}[] | undefined, wanted: string[] | undefined): Set<string> | undefined {
  return wanted && new Set(wanted.flatMap((id) => {
    const {item, candidates} = findById(items, id);
    return (candidates ?? (item ? [item] : [])).map((found) => found.id).concat(id.trim());
  }));
}

/**
 * The rows the selection keeps, in order. Tracks, rooms, speakers and ids are matched by id or alias;
 * a day is YYYY-MM-DD or `today` (in the event's zone at `now`); `kind` keeps `talks` (all but
 * breaks), `breaks` or one kind; a language matches the session's (else the document's) by base
 * language; every term of `query` must be found, case and accents aside, in a title, an abstract or a
 * speaker's name; `mine` keeps the ids in `starred`.
 */
export function select(
  doc: ConferenceDocument, selection: Selection, starred: ReadonlySet<string> = new Set(), now = Date.now(),
): readonly Row[] {
  const {day, kind, language, query, mine} = selection;
  const tracks = idsOf(doc.tracks, selection.track);
  const rooms = idsOf(doc.rooms, selection.room);
  const speakers = idsOf(doc.speakers, selection.speaker);
  const ids = idsOf(doc.sessions, selection.ids);
  const days = day?.map((d) => (d == 'today' ? dayOf(now, doc) : d));
  const terms = fold(query ?? '').split(/\s+/).filter(Boolean);
  return rowsOf(doc).filter(({session: s, day: d}) =>
    (!tracks || tracks.has(s.track ?? '')) &&
    (!rooms || rooms.has(s.room ?? '')) &&
    (!speakers || !!s.speakers?.some((id) => speakers.has(id))) &&
    (!ids || ids.has(s.id)) &&
    (!days || days.includes(d ?? '')) &&
    (!kind || kind.some((k) => k == (s.kind == 'break' ? 'breaks' : 'talks') || k == (s.kind ?? 'talk'))) &&
    (!language || language.some((tag) => sameLanguage(tag, s.language ?? doc.language ?? 'en'))) &&
    (!mine || starred.has(s.id)) &&
    terms.every((term) => searchText(s, doc).includes(term)),
  );
}

/** Rows grouped by day, in order of appearance; unscheduled rows in a last group with day undefined. */
export function byDay(rows: readonly Row[]): [day: string | undefined, rows: Row[]][] {
  const groups = new Map<string | undefined, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.day);
    if (group) group.push(row);
    else groups.set(row.day, [row]);
  }
  return [...groups].sort(([a], [b]) => +(a === undefined) - +(b === undefined));
}

export interface Facets {
  days: string[];
  tracks: string[];
  rooms: string[];
  languages: string[];
}
const facetCache = new WeakMap<ConferenceDocument, Facets>();

/**
 * What the controls offer: the days with sessions, and the tracks and rooms (in the document's
 * order) and languages (one tag per base language, as first met; breaks aside) that sessions use.
 */
export function facets(doc: ConferenceDocument): Facets {
  let found = facetCache.get(doc);
  if (!found) {
    const rows = rowsOf(doc);
    const used = (key: 'track' | 'room', items: readonly {id: string}[] = []) =>
      items.map((item) => item.id).filter((id) => rows.some(({session}) => session[key] == id));
    const languages: string[] = [];
    for (const {session} of rows) {
      const tag = session.language ?? doc.language ?? 'en';
      if (session.kind != 'break' && !languages.some((known) => sameLanguage(known, tag))) languages.push(tag);
    }
    found = {
      days: [...new Set(rows.flatMap(({day}) => day ?? []))],
      tracks: used('track', doc.tracks),
      rooms: used('room', doc.rooms),
      languages,
    };
    facetCache.set(doc, found);
  }
  return found;
}

export interface Placement {
  readonly row: Row;
  /** CSS grid lines, 1-based. */
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly colStart: number;
  readonly colEnd: number;
}

export interface DayGrid {
  /** Room columns in order; `id` undefined for sessions without a room that overlap others. */
  readonly rooms: {id?: string; colStart: number; colEnd: number}[];
  /** The distinct start instants and their row line, for the time axis. */
  readonly times: {instant: number; row: number}[];
  readonly items: Placement[];
  /** Column tracks, the time axis included: `grid-template-columns: auto repeat(columns - 1, minmax(10em, 1fr))`. */
  readonly columns: number;
  /** Row tracks, the room header included: `grid-template-rows: auto repeat(rows - 1, …)`. */
  readonly rows: number;
  /** Minutes per row track. */
  readonly step: number;
}

const MINUTE = 60_000;

/**
 * One day's scheduled rows on a CSS grid (lines 1-based). Column line 1 is the time axis; row line 1
 * the room headers. A row track is `step` minutes: the largest of 30, 15, 10 and 5 that divides every
 * start and end offset from the day's first start (else 1). Each room used, in `doc.rooms` order, gets
 * as many columns (lanes) as it has sessions at once; a session spans the lanes of its room free for
 * its whole time. A session without a room that overlaps no other spans every column (a break);
 * the others share a last column group with `id` undefined. No end counts as one step.
 */
export function dayGrid(rows: readonly Row[], doc: ConferenceDocument): DayGrid {
  const timed = rows.filter((row): row is Row & {start: number} => row.start !== undefined);
  const first = Math.min(...timed.map((row) => row.start));
  const offsets = timed.flatMap(({start, end}) => [start, end ?? start].map((t) => Math.round((t - first) / MINUTE)));
  const step = [30, 15, 10, 5].find((s) => offsets.every((m) => m % s == 0)) ?? 1;
  const line = (t: number) => 2 + Math.round((t - first) / MINUTE / step);
  const spans = timed.map(({start, end}) => [start, end !== undefined && end > start ? end : start + step * MINUTE]);
  const overlaps = (i: number, j: number) => i != j && spans[i][0] < spans[j][1] && spans[j][0] < spans[i][1];

  // Sessions by room: known rooms in their order, unknown ones as met, roomless ones that overlap others last.
  const order = (doc.rooms ?? []).map((room) => room.id);
  const groups = new Map<string | undefined, number[]>();
  const plenary: number[] = [];
  timed.forEach(({session: {room}}, i) => {
    if (room === undefined && !timed.some((_, j) => overlaps(i, j))) return plenary.push(i);
    if (room !== undefined && !order.includes(room)) order.push(room);
  });
  for (const id of [...order, undefined]) {
    const members = timed.flatMap(({session}, i) => (session.room === id && !plenary.includes(i) ? [i] : []));
    if (members.length) groups.set(id, members);
  }
  if (!groups.size && plenary.length) groups.set(undefined, []);

  const rooms: DayGrid['rooms'] = [];
  const items: Placement[] = [];
  let column = 2;
  for (const [id, members] of groups) {
    // Greedy lanes in start order: as many as the most sessions at once.
    const lanes: number[][] = [];
    const laneOf = new Map<number, number>();
    for (const i of [...members].sort((a, b) => spans[a][0] - spans[b][0])) {
      let lane = lanes.findIndex((taken) => !taken.some((j) => overlaps(i, j)));
      if (lane < 0) lane = lanes.push([]) - 1;
      lanes[lane].push(i);
      laneOf.set(i, lane);
    }
    if (!lanes.length) lanes.push([]);
    // Widen each session over the free lanes beside it; a widened session holds those lanes too.
    const held = lanes.map((taken) => [...taken]);
    const free = (lane: number, i: number) => held[lane] && !held[lane].some((j) => overlaps(i, j));
    for (const i of members) {
      const lane = laneOf.get(i) ?? 0;
      let from = lane;
      let to = lane;
      while (free(from - 1, i)) held[--from].push(i);
      while (free(to + 1, i)) held[++to].push(i);
      items.push({row: timed[i], rowStart: line(spans[i][0]), rowEnd: line(spans[i][1]), colStart: column + from, colEnd: column + to + 1});
    }
    rooms.push({id, colStart: column, colEnd: (column += lanes.length)});
  }
  for (const i of plenary) items.push({row: timed[i], rowStart: line(spans[i][0]), rowEnd: line(spans[i][1]), colStart: 2, colEnd: column});
  items.sort((a, b) => a.rowStart - b.rowStart || a.colStart - b.colStart);
  const starts = [...new Set(timed.map((row) => row.start))].sort((a, b) => a - b);
  return {
    rooms,
    times: starts.map((t) => ({instant: t, row: line(t)})),
    items,
    columns: column - 1,
    rows: Math.max(1, ...items.map((item) => item.rowEnd - 1)),
    step,
  };
}
