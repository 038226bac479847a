/** Sessions as calendar events, and the download of an `.ics` made in the browser (no server). */
import {byId} from '../../data/select.js';
import type {ConferenceDocument, LocalizedText, Session} from '../../data/types.js';
import {plainText} from '../../format/ics.js';
import type {IcsSession} from '../../format/ics.js';
import {toInstant} from '../../format/time.js';
import {safeImageUrl} from './url.js';

/** Texts as one line, separated by commas: `Room 1, Station F, Paris`. */
export const joinTexts = (texts: (LocalizedText | undefined)[], plain: (text?: LocalizedText) => string) =>
  texts.map(plain).filter(Boolean).join(', ');

/** A scheduled session as a calendar event, its texts in the reader's language (`plain`); undefined when unscheduled. */
export function icsEvent(doc: ConferenceDocument, session: Session, plain: (text?: LocalizedText) => string, stamp: number): IcsSession | undefined {
  const {timeZone, venue, id, url} = doc.event;
  const [start, end] = [session.start, session.end].map((time) => (time ? toInstant(time, timeZone) : undefined));
  if (start === undefined) return undefined;
  const names = joinTexts(session.speakers?.map((speaker) => byId(doc.speakers, speaker)?.name) ?? [], plain);
  return {
    uid: `${session.id}@${id}`,
    start,
    end,
    stamp,
    summary: plain(session.title),
    description: [names, plainText(plain(session.abstract))].filter(Boolean).join('\n\n'),
    location: joinTexts([byId(doc.rooms, session.room)?.name, venue?.name, venue?.city], plain),
    // http(s) only, as for images: a calendar has no use for mailto.
    url: safeImageUrl(session.url ?? url),
  };
}

/** Downloads an `.ics` made here in the browser. */
export function downloadIcs(name: string, ics: string) {
  const a = document.createElement('a');
  // sessionToIcs made every text in it well formed, so encodeURIComponent cannot throw.
  a.href = `data:text/calendar,${encodeURIComponent(ics)}`;
  a.download = name;
  a.click();
}
