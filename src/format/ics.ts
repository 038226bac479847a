/** One session as an iCalendar (RFC 5545) event, made in the browser: no server, no library. */

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

/** TEXT values escape backslash, semicolon, comma and newline (RFC 5545 §3.3.11). */
const text = (value: string) => value.replace(/\r\n?/g, '\n').replace(/[\\;,]/g, '\\$&').replace(/\n/g, '\\n');

/** Lines of at most 75 octets of UTF-8, continued by a space, never splitting a character (§3.1). */
export function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0) ?? 0;
    const size = 1 + +(code > 0x7f) + +(code > 0x7ff) + +(code > 0xffff);
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** The `.ics` text of one event, CRLF line endings. */
export function sessionToIcs(s: IcsSession): string {
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//conference-widgets//EN', 'BEGIN:VEVENT',
    `UID:${text(s.uid)}`, `DTSTAMP:${utc(s.stamp)}`, `DTSTART:${utc(s.start)}`,
    s.end !== undefined && `DTEND:${utc(s.end)}`,
    `SUMMARY:${text(s.summary)}`,
    s.description && `DESCRIPTION:${text(s.description)}`,
    s.location && `LOCATION:${text(s.location)}`,
    s.url && `URL:${s.url}`,
    'END:VEVENT', 'END:VCALENDAR',
  ];
  return lines.filter((line) => line).map((line) => `${fold(line as string)}\r\n`).join('');
}

/** Light markup as plain text: `**bold**` → `bold`, `[label](url)` → `label (url)`. */
export const plainText = (rich: string) =>
  rich.replace(/\[([^\]]+)\]\(\s*<?([^()\s>]+)>?\s*\)/g, '$1 ($2)').replace(/(\*\*|__|\*(?!\s)|\b_)(.+?)\1/g, '$2').trim();
