import {html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {localized, msg, str} from '@lit/localize';
import {ConferenceElement} from '../internal/conference-element.js';
import {customElement} from '../internal/define.js';
import {avatar} from '../internal/avatar.js';
import {safeUrl} from '../internal/url.js';
import {ConferenceError, invalid} from '../../data/errors.js';
import {pick, byId} from '../../data/select.js';
import type {ConferenceDocument, LocalizedText, Session} from '../../data/types.js';
import {isTimeZone, toInstant, zoneOffset} from '../../format/time.js';
import {dateFormat, formatOffset, zoneCity} from '../../format/date.js';
import {plainText, sessionToIcs} from '../../format/ics.js';
import {avatarStyles} from '../../styles/base.js';
import {styles} from './session-card.styles.js';

export const sessionCardVariants = ['full', 'compact'] as const;
export type SessionCardVariant = (typeof sessionCardVariants)[number];

const TIME: Intl.DateTimeFormatOptions = {hour: '2-digit', minute: '2-digit'};
const DAY_TIME: Intl.DateTimeFormatOptions = {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', ...TIME};
const iso = (ms: number) => new Date(ms).toISOString();

/** A time range with its start and its end each in a `<time datetime>`, as Intl words it. */
function timeRange(start: number, end: number | undefined, zone: string, lang: string, options: Intl.DateTimeFormatOptions) {
  const parts = dateFormat(lang, {...options, timeZone: zone}).formatRangeToParts(start, end ?? start);
  const a = parts.findLastIndex((p) => p.source === 'startRange') + 1;
  const b = parts.findIndex((p) => p.source === 'endRange');
  const join = (from: number, to?: number) => parts.slice(from, to).map((p) => p.value).join('');
  return b < 0
    ? html`<time datetime=${iso(start)}>${join(0)}</time>`
    : html`<time datetime=${iso(start)}>${join(0, a)}</time>${join(a, b)}<time datetime=${iso(end ?? start)}>${join(b)}</time>`;
}

/**
 * One conference session: its title, the date and time in the event's time zone (and optionally the
 * visitor's), a live or ended state, the track, the speakers, the room and venue, the abstract, the
 * host's introduction, and a button that adds it to a calendar.
 * @summary A conference talk as a card, or as one row of a list.
 * @slot - The abstract for attributes-only use; also what shows before the script loads.
 * @csspart card - The whole card (both variants).
 * @csspart meta - The line holding the track and the state.
 * @csspart track - The track's name on its colour.
 * @csspart state - "Live now" or "Ended", when the clock is inside or past the session.
 * @csspart title - The session title, a heading at `heading-level`.
 * @csspart time - The date and time range in the event's time zone (compact: the times only).
 * @csspart local-time - The same range in the visitor's time zone, with `show-local-time`.
 * @csspart zone - The name and UTC offset of a time zone.
 * @csspart place - The room and the venue.
 * @csspart speakers - The speakers (compact: their names).
 * @csspart speaker - One speaker.
 * @csspart avatar - A speaker's photo over their initials.
 * @csspart speaker-name - A speaker's name.
 * @csspart position - A speaker's first position and organization.
 * @csspart abstract - The abstract, clamped when long.
 * @csspart more - The "Show more" / "Show less" button.
 * @csspart intro - The host's introduction, a disclosure (`show-intro`).
 * @csspart direction - A stage direction in the introduction.
 * @csspart intro-text - The words the host says.
 * @csspart calendar - The "Add to calendar" button.
 * @cssprop [--conf-abstract-lines=4] - Lines of the abstract shown before "Show more".
 * @cssprop [--conf-avatar-size=2.75rem] - Size of the speakers' photos.
 * @cssprop [--conf-accent=#3b5bdb] - Links, focus rings, and the track colour when the data has none.
 * @cssprop [--conf-text=#1d2430] - Text colour (dark theme: #e7ebf2).
 * @cssprop [--conf-muted=#5a6473] - Secondary text (dark theme: #a3adbd).
 * @cssprop [--conf-surface=#fff] - Card background (dark theme: #161b24).
 * @cssprop [--conf-subtle=#f3f5f8] - Background of buttons, initials and the introduction.
 * @cssprop [--conf-border=#d9dee6] - Borders.
 * @cssprop [--conf-danger=#b42318] - The "Live now" state and errors.
 * @cssprop [--conf-radius=0.75rem] - Corner radius.
 * @cssprop [--conf-space=1rem] - Padding of the card.
 * @cssprop --conf-font - Font of the card.
 * @cssprop --conf-heading-font - Font of the title.
 * @fires conf-load - The data is loaded and shown; `event.warnings` lists what an importer guessed.
 * @fires conf-error - Loading or validation failed; `event.error` says why and where.
 */
@customElement('session-card')
@localized()
export class SessionCard extends ConferenceElement<Session> {
  static override styles = [...ConferenceElement.styles, avatarStyles, styles];

  /** Id of the session to show; may be left out when the document holds one session. */
  @property({attribute: 'session-id'}) sessionId?: string;

  /** `full`: the whole card. `compact`: one row (time, title, speakers) for lists. */
  @property() variant: SessionCardVariant = 'full';

  /** Also shows the time in the visitor's time zone, when it differs from the event's. */
  @property({attribute: 'show-local-time', type: Boolean}) showLocalTime = false;

  /** Shows the host's introduction behind a disclosure. */
  @property({attribute: 'show-intro', type: Boolean}) showIntro = false;

  /** The visitor's IANA time zone for `show-local-time`; the browser's by default. */
  @property({attribute: 'visitor-time-zone'}) visitorTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  /** The clock, in epoch milliseconds, for the live and ended states; the real one when undefined. */
  @property({attribute: false}) now?: number;

  /** Attributes-only use: the session title (the global `title` attribute stays a tooltip). */
  @property({attribute: 'heading'}) headingText?: string;

  /** Attributes-only use: the start, a local date-time in `time-zone` like `2025-05-07T11:10`. */
  @property() start?: string;

  /** Attributes-only use: the end, like `2025-05-07T11:50`. */
  @property() end?: string;

  /** Attributes-only use: the speakers' names, comma-separated. */
  @property({attribute: 'speakers'}) speakerNames?: string;

  /** Attributes-only use: the track's name. */
  @property() track?: string;

  /** Attributes-only use: the room's name. */
  @property() room?: string;

  /** Attributes-only use: the venue, `Station F, Paris`. */
  @property() venue?: string;

  @state() private expanded = false;
  @state() private clamped = false;

  private attributesDocument?: ConferenceDocument;
  private nextChange?: number;
  private timer?: number;
  private observed?: Element | null;
  private readonly resizes = new ResizeObserver(([entry]) => {
    if (!this.expanded) this.clamped = entry.target.scrollHeight > entry.target.clientHeight + 1;
  });

  override connectedCallback() {
    super.connectedCallback();
    // Back on the page: the state may have changed, and the timer has to start again.
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.resizes.disconnect();
    this.observed = undefined;
  }

  protected select(document: ConferenceDocument) {
    return pick(document.sessions, this.sessionId, 'session-id');
  }

  protected fromAttributes(): ConferenceDocument | undefined {
    const {headingText: heading, start, end, timeZone: zone} = this;
    if (!heading) return undefined;
    if (zone && !isTimeZone(zone)) throw invalid('time-zone', 'an IANA time zone like Europe/Paris', zone);
    if (start && !zone) throw new ConferenceError('time-zone', {path: 'time-zone'});
    const instant = (name: string, value?: string) => {
      const ms = value ? toInstant(value, zone ?? 'UTC') : undefined;
      if (Number.isNaN(ms)) throw invalid(name, 'a date-time like 2025-05-07T11:10', value);
      return ms;
    };
    const from = instant('start', start);
    const to = instant('end', end);
    if (from !== undefined && to !== undefined && to < from) throw invalid('end', `a time after the start (${start})`, end);
    const names = (this.speakerNames ?? '').split(',').map((name) => name.trim()).filter(Boolean);
    const id = heading.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'session';
    this.attributesDocument = {
      language: this.contentLang,
      event: {id: location.hostname || 'conference-widgets', name: heading, start: '', end: '', timeZone: zone ?? 'UTC', venue: this.venue ? {name: this.venue} : undefined},
      tracks: this.track ? [{id: 't', name: this.track}] : [],
      rooms: this.room ? [{id: 'r', name: this.room}] : [],
      speakers: names.map((name, i) => ({id: `s${i}`, name})),
      sessions: [{id, title: heading, start, end, track: 't', room: 'r', speakers: names.map((_, i) => `s${i}`)}],
    };
    return this.attributesDocument;
  }

  /** Texts in the reader's language, separated by commas. */
  private list(texts: (LocalizedText | undefined)[]) {
    return texts.filter((text) => text !== undefined).map((text) => this.plain(text)).join(', ');
  }

  /** Room, venue and city, as far as they are known. */
  private place(session: Session) {
    const venue = this.document?.event.venue;
    return this.list([byId(this.document?.rooms, session.room)?.name, venue?.name, venue?.city]);
  }

  /** The range in `zone`, then the zone: `… 11:10–11:50 Paris time (UTC+2)`. */
  private when(start: number, end: number | undefined, zone: string, part: string) {
    return html`<p part=${part}>${timeRange(start, end, zone, this.contentLang, DAY_TIME)}
      <span part="zone">${msg(str`${zoneCity(zone)} time`)} (${formatOffset(zoneOffset(start, zone))})</span></p>`;
  }

  protected renderItem(session: Session) {
    const doc = this.document;
    if (!doc) return nothing;
    const zone = doc.event.timeZone;
    const visitor = this.visitorTimeZone;
    const start = session.start ? toInstant(session.start, zone) : undefined;
    const end = session.end ? toInstant(session.end, zone) : undefined;
    const now = this.now ?? Date.now();
    const last = end ?? start;
    this.nextChange = start !== undefined && now < start ? start : last !== undefined && now < last ? last : undefined;
    const state = start === undefined || last === undefined || now < start ? undefined : now < last ? 'live' : 'ended';
    const stateBadge = state
      ? html`<span part="state" class=${state}>${state === 'live' ? msg('Live now') : msg('Ended')}</span>`
      : nothing;
    const track = byId(doc.tracks, session.track);
    const speakers = (session.speakers ?? []).map((id) => byId(doc.speakers, id)).filter((s) => s !== undefined);
    // The validator let only a CSS colour through.
    const style = track?.color ? `--_track:${track.color}` : nothing;

    if (this.variant === 'compact') {
      return html`<article part="card" class="compact" style=${style}>
        ${start === undefined ? nothing : html`<p part="time">${timeRange(start, end, zone, this.contentLang, TIME)}</p>`}
        <div>
          ${this.heading(this.t(session.title))}
          ${speakers.length ? html`<p part="speakers">${this.list(speakers.map((s) => s.name))}</p>` : nothing}
        </div>
        ${stateBadge}
      </article>`;
    }

    const fromAttributes = doc === this.attributesDocument;
    const abstract = fromAttributes
      ? this.textContent?.trim() && html`<div part="abstract" class="rich"><slot></slot></div>`
      : this.rich(session.abstract, 'abstract');
    const place = this.place(session);
    const intro = this.showIntro ? session.hostIntro : undefined;
    const direction = (text: LocalizedText | undefined) => (text ? html`<i part="direction">[${this.t(text)}]</i>` : nothing);
    return html`<article part="card" class=${this.expanded ? 'full open' : 'full'} style=${style}>
      ${track || state ? html`<p part="meta">${track ? html`<span part="track">${this.t(track.name)}</span>` : nothing}${stateBadge}</p>` : nothing}
      ${this.heading(this.t(session.title))}
      ${start === undefined ? nothing : this.when(start, end, zone, 'time')}
      ${start !== undefined && this.showLocalTime && isTimeZone(visitor) && zoneOffset(start, visitor) !== zoneOffset(start, zone)
        ? this.when(start, end, visitor, 'local-time')
        : nothing}
      ${place ? html`<p part="place">${place}</p>` : nothing}
      ${speakers.length
        ? html`<ul part="speakers">${speakers.map((s) => {
            const position = s.positions?.[0];
            return html`<li part="speaker">${avatar(this.plain(s.name), s.photo?.src)}<span>
              <span part="speaker-name">${this.t(s.name)}</span>
              ${position
                ? html`<span part="position">${this.t(position.title)}${position.organization ? html`, ${this.t(position.organization)}` : nothing}</span>`
                : nothing}</span></li>`;
          })}</ul>`
        : nothing}
      ${abstract || nothing}
      ${this.clamped
        ? html`<button part="more" aria-expanded=${this.expanded} @click=${() => (this.expanded = !this.expanded)}>
            ${this.expanded ? msg('Show less') : msg('Show more')}</button>`
        : nothing}
      ${intro
        ? html`<details part="intro"><summary>${msg('Host introduction')}</summary>
            <p>${intro.host ? html`<strong>${this.t(intro.host)}</strong> ` : nothing}${direction(intro.direction)}</p>
            ${this.rich(intro.text, 'intro-text')}
            ${intro.closingDirection ? html`<p>${direction(intro.closingDirection)}</p>` : nothing}</details>`
        : nothing}
      ${start === undefined
        ? nothing
        : html`<button part="calendar" @click=${() => this.download(session, start, end)}>
            ${msg('Add to calendar')}<span class="visually-hidden"> (${this.plain(session.title)})</span></button>`}
    </article>`;
  }

  /** Downloads `<session id>.ics`, made here in the browser. */
  private download(session: Session, start: number, end: number | undefined) {
    const doc = this.document;
    if (!doc) return;
    const abstract = doc === this.attributesDocument ? this.textContent?.replace(/\s+/g, ' ') : this.plain(session.abstract);
    const speakers = this.list((session.speakers ?? []).map((id) => byId(doc.speakers, id)?.name));
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([sessionToIcs({
      uid: `${session.id}@${doc.event.id}`,
      start,
      end,
      stamp: this.now ?? Date.now(),
      summary: this.plain(session.title),
      description: [speakers, plainText(abstract ?? '')].filter(Boolean).join('\n\n'),
      location: this.place(session),
      url: safeUrl(session.url ?? doc.event.url, undefined, ['http:', 'https:']),
    })], {type: 'text/calendar'}));
    a.download = `${session.id}.ics`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1e4);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // One timer, only while the state can still change: it re-renders at the next start or end.
    clearTimeout(this.timer);
    if (this.nextChange !== undefined && this.now === undefined && this.isConnected) {
      this.timer = window.setTimeout(() => this.requestUpdate(), Math.min(this.nextChange - Date.now(), 2 ** 31 - 1));
    }
    this.nextChange = undefined;
    // "Show more" only when the clamped abstract really overflows; measured again when its box changes.
    const abstract = this.renderRoot.querySelector('[part=abstract]');
    if (abstract !== this.observed) {
      this.resizes.disconnect();
      if (abstract) this.resizes.observe(abstract);
      this.observed = abstract;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'session-card': SessionCard;
  }
}
