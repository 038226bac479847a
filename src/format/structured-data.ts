/**
 * schema.org JSON-LD for what a widget shows, for search engines: a session is an `Event` within the
 * conference's, a speaker a `Person`, a track the conference `Event` with the track's sessions as
 * `subEvent`. No DOM here: the pre-rendering CLI writes the same JSON into its HTML as the widgets
 * write into the page. Texts take the path of the `.ics` (plain text, never markup); URLs the one
 * check of the page's links.
 */
import type {EventLeaf as Event, PersonLeaf as Person, PlaceLeaf as Place, Thing, WithContext} from 'schema-dts';
import {byId} from '../data/select.js';
import {inlineJson} from '../data/slice.js';
import type {ConferenceDocument, ConferenceEvent, LocalizedText, Session, Speaker, Track} from '../data/types.js';
import {checkUrl, WEB} from '../data/url.js';
import {choose} from '../i18n/text.js';
import {plainText} from './markup.js';
import {isoInZone, toInstant} from './time.js';

export interface StructuredData {
  /**
   * The same for one item of one document wherever it is built (`session:<event id>:<session id>`,
   * `speaker:…`, `track:…`): a page holds one script per key.
   */
  readonly key: string;
  /** JSON-LD text that cannot end its `<script>` early: every `<` is written `\u003c`. */
  readonly json: string;
}

export interface StructuredDataOptions {
  /** The language texts are chosen in, as the widget's; the document's when absent. */
  readonly lang?: string;
  /** What relative URLs in the data are relative to (the page's URL). Without it they are left out. */
  readonly base?: string;
}

/** The JSON-LD of one item of a checked document: a session, a speaker or a track. */
export type StructuredDataBuilder<T> = (document: ConferenceDocument, item: T, options?: StructuredDataOptions) => StructuredData;

const SCHEMA = 'https://schema.org/';

/** What each kind of item is, by the key's kind. */
interface Items {
  session: Session;
  speaker: Speaker;
  track: Track;
  programme: ConferenceEvent;
}

/** How each kind of item is described, in one document and language. */
function describers(document: ConferenceDocument, {lang, base}: StructuredDataOptions): {[K in keyof Items]: (item: Items[K]) => Thing & object} {
  const {event, language = 'en'} = document;
  const {timeZone, venue} = event;
  const text = (value?: LocalizedText) => (value === undefined ? undefined : choose(value, lang ?? language, language).value);
  const web = (url?: string) => checkUrl(url, base, WEB);
  const some = <T>(items: T[] = []) => (items.length ? items : undefined);
  // Each date-time written once: a programme of thousands of talks has a few dozen slots.
  const times = new Map<string, string | undefined>();
  const time = (value = '') => {
    if (!times.has(value)) {
      const ms = toInstant(value, timeZone);
      times.set(value, Number.isNaN(ms) ? undefined : isoInZone(ms, timeZone));
    }
    return times.get(value);
  };
  const [venueName, street, city, country] = [venue?.name, venue?.address, venue?.city, venue?.country].map(text);
  const address = city || country ? {'@type': 'PostalAddress', streetAddress: street, addressLocality: city, addressCountry: country} as const : street;
  /** The room (when given) in the venue, whose address is a postal one when the data has its parts, a text otherwise. */
  const place = (room?: LocalizedText): Place | undefined => {
    const name = [text(room), venueName].filter(Boolean).join(', ');
    return name ? {'@type': 'Place', name, address} : undefined;
  };
  const conference: Event = {'@type': 'Event', name: text(event.name), startDate: event.start, endDate: event.end, location: place(), url: web(event.url)};
  // The format has no cancelled or online sessions yet: scheduled, and in person where there is a venue.
  const status = {eventStatus: `${SCHEMA}EventScheduled`, eventAttendanceMode: venue && `${SCHEMA}OfflineEventAttendanceMode`} as const;
  const session = (s: Session): Event =>
    ({'@type': 'Event', name: text(s.title), startDate: time(s.start), endDate: time(s.end), location: place(byId(document.rooms, s.room)?.name)});
  const person = (s: Speaker): Person =>
    ({'@type': 'Person', name: text(s.name), jobTitle: text(s.positions?.[0]?.title), sameAs: some(s.social?.flatMap(({url}) => web(url) ?? []))});
  const plain = (value?: LocalizedText) => plainText(text(value) ?? '') || undefined;
  /** The conference `Event` with the sessions `keep` keeps (breaks left out) as `subEvent`. */
  const conferenceWith = (keep: (s: Session) => boolean): Event => ({
    ...conference,
    ...status,
    subEvent: some(document.sessions?.filter((s) => s.kind !== 'break' && keep(s)).map(session)),
  });
  return {
    /**
     * A session as an `Event`: its time with the event zone's offset, the room and venue, the speakers as
     * `performer`, the conference as `superEvent`.
     */
    session: (s) => ({
      ...session(s),
      description: plain(s.abstract ?? s.description),
      ...status,
      performer: some(s.speakers?.flatMap((id) => byId(document.speakers, id) ?? []).map(person)),
      // A card made of attributes only names its event after the session: no event around it is known.
      superEvent: text(event.name) === text(s.title) ? undefined : conference,
      inLanguage: s.language ?? document.language,
      url: web(s.url),
    }),
    /** A speaker as a `Person`: positions, profiles as `sameAs`, photo, biography. */
    speaker: (s) => ({
      ...person(s),
      affiliation: some(s.positions?.flatMap(({organization, url}) => (organization ? {'@type': 'Organization', name: text(organization), url: web(url)} : []))),
      image: web(s.photo?.src),
      description: plain(s.bio ?? s.role),
    }),
    /** A track as the conference `Event`, the track's sessions as `subEvent`. */
    track: (track) => conferenceWith((s) => s.track === track.id),
    /** A programme as the conference `Event`, all its sessions as `subEvent`; the item is the event. */
    programme: () => conferenceWith(() => true),
  };
}

/**
 * The builder of one kind of item: the key (`<kind>:<event id>:<item id>`) and the escaped JSON of
 * what the kind's describer makes of the item.
 */
const builder = <K extends keyof Items>(kind: K): StructuredDataBuilder<Items[K]> =>
  (document, item, options = {}) => {
    const describe = describers(document, options)[kind] as (item: Items[K]) => Thing & object;
    const json: WithContext<Thing> = {'@context': 'https://schema.org', ...describe(item)};
    return {key: `${kind}:${document.event.id}:${item.id}`, json: inlineJson(json)};
  };

export const sessionStructuredData = builder('session');
export const speakerStructuredData = builder('speaker');
export const trackStructuredData = builder('track');
export const programmeStructuredData = builder('programme');

/** The `<script>` a page holds for `data`, for HTML written outside a browser (the pre-rendering CLI). */
export const structuredDataScript = ({key, json}: StructuredData) =>
  `<script type="application/ld+json" data-conference-widgets="${key.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${json}</script>`;
