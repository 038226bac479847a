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

/** The event's day of an instant: `2025-05-07`. */
const dayOf = (ms: number, doc: ConferenceDocument) => isoInZone(ms, doc.event.timeZone).slice(0, 10);

/**
 * Every session of the document as a row, sorted by start (unscheduled last), then by the room's
 * order in `doc.rooms` (roomless last), then title; cached per document (a validated one: its
 * date-times are well formed).
 */
export function rowsOf(doc: ConferenceDocument): readonly Row[] {
  let rows = rowCache.get(doc);
  if (!rows) {
    const instant = (value?: string) => (value ? toInstant(value, doc.event.timeZone) : undefined);
    const rooms = (doc.rooms ?? []).map((room) => room.id);
    const keyed = (doc.sessions ?? []).map((session) => {
      const start = instant(session.start);
      const room = rooms.indexOf(session.room ?? '');
      return [
        {session, start, end: instant(session.end), day: start === undefined ? undefined : dayOf(start, doc)},
        start ?? Infinity, room < 0 ? Infinity : room, choose(session.title, doc.language ?? 'en').value,
      ] as const;
    });
    // Infinity - Infinity is NaN: two unscheduled (or roomless) sessions compare by what follows.
    rows = keyed.sort(([, a, b, c], [, x, y, z]) => a - x || b - y || c.localeCompare(z)).map(([row]) => row);
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
  return wanted?.length ? new Set(wanted.flatMap((id) => {
    const {item, candidates} = findById(items, id);
    return (candidates ?? (item ? [item] : [])).map((found) => found.id).concat(id.trim());
  })) : undefined;
}

/**
 * The rows the selection keeps, in order. Tracks, rooms, speakers and ids are matched by id or alias;
 * a day is YYYY-MM-DD or `today` (in the event's zone at `now`); `kind` keeps `talks` (all but
 * breaks), `breaks` or one kind; a language matches the session's (else the document's) by base
 * language; every term of `query` must be found, case and accents aside, in a title, an abstract or a
 * speaker's name; `mine` keeps the ids in `starred`. An empty list does not filter.
 */
export function select(
  doc: ConferenceDocument, selection: Selection, starred: ReadonlySet<string> = new Set(), now = Date.now(),
): readonly Row[] {
  const {query, mine} = selection;
  // An empty list is no filter, as an absent one.
  const [day, kind, language] = [selection.day, selection.kind, selection.language].map((list) => (list?.length ? list : undefined));
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
/**
 * What the controls offer for `rows` (by default the whole programme): the days with sessions, and the
 * tracks and rooms (in the document's order) and languages (one tag per base language, as first met;
 * breaks aside) that their sessions use.
 */
export function facets(doc: ConferenceDocument, rows: readonly Row[] = rowsOf(doc)): Facets {
  const used = (key: 'track' | 'room', items: readonly {id: string}[] = []) => {
    const ids = new Set(rows.map(({session}) => session[key]));
    return items.map((item) => item.id).filter((id) => ids.has(id));
  };
  const languages: string[] = [];
  for (const {session} of rows) {
    const tag = session.language ?? doc.language ?? 'en';
    if (session.kind != 'break' && !languages.some((known) => sameLanguage(known, tag))) languages.push(tag);
  }
  return {
    days: [...new Set(rows.flatMap(({day}) => day ?? []))],
    tracks: used('track', doc.tracks),
    rooms: used('room', doc.rooms),
    languages,
  };
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
  const timed = rows.filter((row) => row.start !== undefined).sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  const first = Math.min(...timed.map((row) => row.start ?? 0));
  const minutes = (t = first) => Math.round((t - first) / MINUTE);
  const step = [30, 15, 10, 5].find((s) => timed.every(({start, end = start}) => !(minutes(start) % s || minutes(end) % s))) ?? 1;
  const spans = timed.map(({start = 0, end = 0}) => [start, Math.max(end, start + step * MINUTE)]);
  const line = (t: number) => 2 + minutes(t) / step;
  const overlaps = (i: number, j: number) => i != j && spans[i][0] < spans[j][1] && spans[j][0] < spans[i][1];
  // A roomless session alone at its time spans every column; other roomless ones share a column group.
  const spansAll = timed.map(({session}, i) => session.room === undefined && !timed.some((_, j) => overlaps(i, j)));

  const rooms: DayGrid['rooms'] = [];
  const items: Placement[] = [];
  const place = (i: number, colStart: number, colEnd: number) =>
    items.push({row: timed[i], rowStart: line(spans[i][0]), rowEnd: line(spans[i][1]), colStart, colEnd});
  let column = 2;
  for (const id of new Set([...(doc.rooms ?? []).map((room) => room.id), ...timed.flatMap(({session}) => session.room ?? []), undefined])) {
    const members = timed.flatMap(({session}, i) => (session.room === id && !spansAll[i] ? [i] : []));
    // A day with only sessions that span every column still needs one.
    if (!members.length && (id || column > 2 || !spansAll.length)) continue;
    // Greedy lanes in start order: as many as the most sessions at once.
    const lanes: number[][] = [];
    const laneOf: number[] = [];
    for (const i of members) {
      const lane = lanes.findIndex((taken) => !taken.some((j) => overlaps(i, j)));
      laneOf[i] = lane < 0 ? lanes.push([i]) - 1 : lanes[lane].push(i) && lane;
    }
    // Widen each session over the lanes to its right free for its whole time. (The lanes to its left
    // held an overlapping session when it came; two widened sessions never meet: the one on the left
    // stops at the other's lane.)
    for (const i of members) {
      let to = laneOf[i];
      while (lanes[to + 1]?.every((j) => !overlaps(i, j))) to++;
      place(i, column + laneOf[i], column + to + 1);
    }
    rooms.push({id, colStart: column, colEnd: (column += lanes.length || 1)});
  }
  spansAll.forEach((all, i) => all && place(i, 2, column));
  items.sort((a, b) => a.rowStart - b.rowStart || a.colStart - b.colStart);
  return {
    rooms,
    times: [...new Set(timed.map(({start = 0}) => start))].map((t) => ({instant: t, row: line(t)})),
    items,
    columns: column - 1,
    rows: Math.max(1, ...items.map((item) => item.rowEnd - 1)),
    step,
  };
}
