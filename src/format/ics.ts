/** Sessions as iCalendar (RFC 5545) events, made in the browser: no server, no library. */
import {wellFormed} from './well-formed.js';

// The calendar reads the light markup with the same reader as the page.
export {plainText} from './markup.js';

export interface IcsSession {
  /** Globally unique and stable, `open-foundation-models@gosim-ai-paris-2025`. */
  readonly uid: string;
  /** Epoch milliseconds. */
  readonly start: number;
  readonly end?: number;
  /** When the file is made (DTSTAMP), epoch milliseconds. */
  readonly stamp: number;
  readonly summary: string;
  /** Plain text; see `plainText()` for light markup. */
  readonly description?: string;
  readonly location?: string;
  /** An http(s) URL, already checked. */
  readonly url?: string;
}

/** `20250507T091000Z`. */
const utc = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d+/g, '');

/**
 * TEXT values escape backslash, semicolon, comma and newline (RFC 5545 §3.3.11), well formed first:
 * half an emoji cut by an export would make the file's data: URL throw.
 */
const text = (value: string) => wellFormed(value).replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');

const encoder = new TextEncoder();

/** Lines of at most 75 octets of UTF-8, continued by a space, never splitting a character (§3.1). */
export function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** One VEVENT's lines; an absent property is `false` or `undefined`, skipped when written. */
const vevent = ({uid, start, end, stamp, summary, description, location, url}: IcsSession) => [
  'BEGIN:VEVENT',
  `UID:${text(uid)}`, `DTSTAMP:${utc(stamp)}`, `DTSTART:${utc(start)}`,
  end !== undefined && `DTEND:${utc(end)}`,
  `SUMMARY:${text(summary)}`,
  description && `DESCRIPTION:${text(description)}`,
  location && `LOCATION:${text(location)}`,
  url && `URL:${url}`,
  'END:VEVENT',
];

/** The `.ics` text of one calendar holding an event per session, CRLF line endings. */
export const sessionsToIcs = (events: readonly IcsSession[]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//conference-widgets//EN', ...events.flatMap(vevent), 'END:VCALENDAR']
    .map((line) => (line ? `${fold(line)}\r\n` : ''))
    .join('');

/** The `.ics` text of one event. */
export const sessionToIcs = (event: IcsSession) => sessionsToIcs([event]);
