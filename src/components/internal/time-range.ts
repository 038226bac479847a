/** The time range of a session as people read it, shared by the card and the list's rows. */
import {html} from 'lit';
import {rangeParts} from '../../format/date.js';

/** A paragraph `part` with a time range, its start and its end each in a `<time datetime>`, and the zone. */
export function timeRange(start: number, end: number | undefined, zone: string, lang: string, options: Intl.DateTimeFormatOptions, part: string, zoneName?: string) {
  const [from, between, to] = rangeParts(start, end, zone, lang, options);
  const iso = (ms: number) => new Date(ms).toISOString();
  const [a, b] = [iso(start), iso(end ?? start)];
  // Texts that fill an element are properties, and there is no whitespace between bindings: every node
  // counts (a card holds ≤ 60). The space before the zone is its text's first character, and the zone
  // never breaks: its own spaces do not break.
  const named = zoneName && ` ${zoneName.replace(/ /g, '\u00a0')}`;
  if (!named) {
    return to === undefined
      ? html`<p part=${part}><time datetime=${a} .textContent=${from}></time></p>`
      : html`<p part=${part}><time datetime=${a} .textContent=${from}></time>${between}<time datetime=${b} .textContent=${to}></time></p>`;
  }
  return to === undefined
    ? html`<p part=${part}><time datetime=${a} .textContent=${from}></time><span part="zone" .textContent=${named}></span></p>`
    : html`<p part=${part}><time datetime=${a} .textContent=${from}></time>${between}<time datetime=${b} .textContent=${to}></time><span part="zone" .textContent=${named}></span></p>`;
}
