/**
 * The part of a document one widget shows, as a document of its own: what the snippet builder puts in
 * an inline `<script type="application/json">`, so that an editor's page carries kilobytes, not the
 * whole programme. Pure; the slice of a checked document is a valid document, and a widget shows the
 * same text from it as from the whole one.
 */
import {findById} from './select.js';
import type {ConferenceDocument, Session, Speaker, Track} from './types.js';

export const slicedElements = ['session-card', 'speaker-bio', 'track-banner'] as const;
export type SlicedElement = (typeof slicedElements)[number];

export interface SliceOptions {
  /** `<track-banner show-sessions>`: the track's sessions (and their speakers' names) are kept too. */
  readonly showSessions?: boolean;
}

/** Lists left empty are left out. */
const lists = (doc: ConferenceDocument): ConferenceDocument =>
  Object.fromEntries(Object.entries(doc).filter(([, value]) => !Array.isArray(value) || value.length)) as unknown as ConferenceDocument;

/** Only the ids that are in `items`, each once, in the order of `items`. */
const only = <T extends {id: string}>(items: readonly T[] | undefined, ids: Iterable<string | undefined>): T[] => {
  const wanted = new Set(ids);
  return (items ?? []).filter((item) => wanted.has(item.id));
};

/**
 * A speaker as a talk shows them: name, photo, positions, and the profiles that identify them (for
 * structured data); the long biography stays out.
 */
const speakerSummary = ({id, name, photo, positions, social}: Speaker): Speaker => ({id, name, photo, positions, social});

/** A session as a list row shows it: no abstract, description or introduction. */
const sessionRow = ({id, title, kind, start, end, track, room, speakers, language, url}: Session): Session =>
  ({id, title, kind, start, end, track, room, speakers, language, url});

/** A track as the other tracks' list shows it. */
const trackLink = ({id, name, color}: Track): Track => ({id, name, color});

/**
 * The slice of `doc` that `<element>` needs to show the item `id` (an id or an alias only that item
 * has). Undefined when no such item exists.
 */
export function sliceDocument(doc: ConferenceDocument, element: SlicedElement, id: string, {showSessions = false}: SliceOptions = {}): ConferenceDocument | undefined {
  const {language, event} = doc;
  switch (element) {
    case 'session-card': {
      const session = findById(doc.sessions, id).item;
      if (!session) return undefined;
      return lists({
        language, event,
        tracks: only(doc.tracks, [session.track]),
        rooms: only(doc.rooms, [session.room]),
        sessions: [session],
        speakers: only(doc.speakers, session.speakers ?? []).map(speakerSummary),
      });
    }
    case 'speaker-bio': {
      const speaker = findById(doc.speakers, id).item;
      return speaker && {language, event, speakers: [speaker]};
    }
    case 'track-banner': {
      const track = findById(doc.tracks, id).item;
      if (!track) return undefined;
      const sessions = showSessions ? (doc.sessions ?? []).filter((s) => s.track === track.id).map(sessionRow) : [];
      return lists({
        language, event,
        tracks: (doc.tracks ?? []).map((other) => (other === track ? track : trackLink(other))),
        rooms: only(doc.rooms, sessions.map((s) => s.room)),
        sessions,
        speakers: only(doc.speakers, sessions.flatMap((s) => s.speakers ?? [])).map(({id, name}) => ({id, name})),
        credits: doc.credits,
      });
    }
  }
}

/**
 * JSON as the text of an inline script (a document in `<script type="application/json">`, JSON-LD in
 * `<script type="application/ld+json">`): every `<` written as `\u003c`, so no `</script>` or `<!--`
 * in the data can end or change the script element.
 */
export const inlineJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
