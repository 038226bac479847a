/** The time range of a session as people read it, shared by the card and the list's rows. */
import {html, nothing} from 'lit';
import {rangeParts} from '../../format/date.js';

/** A paragraph `part` with a time range, its start and its end each in a `<time datetime>`, and the zone. */
export function timeRange(start: number, end: number | undefined, zone: string, lang: string, options: Intl.DateTimeFormatOptions, part: string, zoneName?: string) {
  const [from, between, to] = rangeParts(start, end, zone, lang, options);
  const iso = (ms: number) => new Date(ms).toISOString();
  // No whitespace between bindings but the one before the zone: every node counts (a card holds ≤ 60).
  const name = zoneName === undefined ? nothing : html` <span part="zone">${zoneName}</span>`;
  return to === undefined
    ? html`<p part=${part}><time datetime=${iso(start)}>${from}</time>${name}</p>`
    : html`<p part=${part}><time datetime=${iso(start)}>${from}</time>${between}<time datetime=${iso(end ?? start)}>${to}</time>${name}</p>`;
}
