import {html, isServer, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {localized, msg, str} from '@lit/localize';
import {ConferenceElement} from '../internal/conference-element.js';
import {customElement} from '../internal/define.js';
import {avatar} from '../internal/avatar.js';
import {ClampController} from '../internal/clamp.js';
import {ClockController} from '../internal/clock.js';
import type {AttributesDraft} from '../../data/controller.js';
import {slug} from '../../data/import/shared.js';
import type {Loaded} from '../../data/load.js';
import {pick, byId} from '../../data/select.js';
import type {ConferenceDocument, LocalizedText, Session, Speaker} from '../../data/types.js';
import {isTimeZone, toInstant, visitorZone, zoneOffset} from '../../format/time.js';
import {DAY_TIME, TIME, formatOffset, zoneCity} from '../../format/date.js';
import {timeRange} from '../internal/time-range.js';
import {sessionsToIcs} from '../../format/ics.js';
import {downloadIcs, icsEvent, joinTexts} from '../internal/calendar.js';
import {avatarStyles} from '../../styles/base.js';
import {sessionStructuredData} from '../../format/structured-data.js';
import {styles} from './session-card.styles.js';
import type {SessionCardVariant} from '../options.js';

export {sessionCardVariants} from '../options.js';
export type {SessionCardVariant} from '../options.js';

/**
 * One conference session: its title, the date and time in the event's time zone (and optionally the
 * visitor's), a live or ended state, the track, the speakers, the room and venue, the abstract, the
 * host's introduction, and a button that adds it to a calendar.
 * Adds the session to the page's head as a schema.org `Event` for search engines, unless
 * `structured-data="off"` (docs/structured-data.md).
 * @summary A conference talk as a card, or as one row of a list.
 * @slot - The abstract for attributes-only use; also what shows before the script loads.
 * @csspart base - The whole card (both variants; class `full` or `compact`).
 * @csspart meta - The line holding the track and the state.
 * @csspart track - The track's name on its colour.
 * @csspart state - "Live now" or "Ended", when the clock is inside or past the session.
 * @csspart heading - The session title, a heading at `heading-level`.
 * @csspart time - The date and time range in the event's time zone (compact: the times only).
 * @csspart local-time - The same range in the visitor's time zone, "your time", with `show-local-time`.
 * @csspart zone - The name and UTC offset of a time zone.
 * @csspart place - The room and the venue.
 * @csspart speakers - The speakers (compact: their names).
 * @csspart speaker - One speaker.
 * @csspart photo - A speaker's photo over their initials.
 * @csspart speaker-name - A speaker's name.
 * @csspart position - A speaker's first position and organization.
 * @csspart abstract - The abstract, clamped when long.
 * @csspart more - The "Show more" / "Show less" button.
 * @csspart intro - The host's introduction, a disclosure (`show-intro`).
 * @csspart direction - A stage direction in the introduction.
 * @csspart intro-text - The words the host says.
 * @csspart calendar - The "Add to calendar" button.
 * @cssprop [--conf-abstract-lines=4] - Lines of the abstract shown before "Show more".
 * @cssprop [--conf-photo-size=2.75em] - Size of the speakers' photos.
 * @cssprop [--conf-track-tint=14%] - How much of the track colour tints the track's label, as in `<track-banner>`.
 * @cssprop [--conf-accent=#3b5bdb] - Links, focus rings, and the track colour when the data has none.
 * @cssprop [--conf-text=#1d2430] - Text colour (dark theme: #e7ebf2).
 * @cssprop [--conf-muted=#5a6473] - Secondary text (dark theme: #a3adbd).
 * @cssprop [--conf-surface=#fff] - Card background (dark theme: #161b24).
 * @cssprop [--conf-subtle=#f3f5f8] - Background of buttons, initials and the introduction.
 * @cssprop [--conf-border=#d9dee6] - Borders.
 * @cssprop [--conf-danger=#b42318] - The "Live now" state and errors.
 * @cssprop [--conf-radius=0.75em] - Corner radius.
 * @cssprop [--conf-space=1em] - Padding of the card.
 * @cssprop [--conf-font-size=1em] - Text size; by default the size of the text around the widget.
 * @fires {ConfLoadEvent} conf-load - The session is shown; `event.document` is the checked `ConferenceDocument`, `event.warnings` (`string[]`) one line for each thing an importer guessed and each fault the checker left out.
 * @fires {ConfErrorEvent} conf-error - No session can be shown; `event.error` is a `ConferenceError` (`kind`, `path`, `expected`, `got`, `url`, `status`, `timeout`, `ids`, `detail`); the widget shows one short sentence.
 */
@customElement('session-card')
@localized()
export class SessionCard extends ConferenceElement<Session> {
  static override styles = [ConferenceElement.styles, avatarStyles, styles];

  protected readonly describe = sessionStructuredData;

  /** Id of the session to show; may be left out when the document holds one session. */
  @property({attribute: 'session-id'}) sessionId?: string;

  /** `full`: the whole card. `compact`: one row (time, title, speakers) for lists. */
  @property({reflect: true}) variant: SessionCardVariant = 'full';

  /** Also shows the time in the visitor's time zone, when it differs from the event's. */
  @property({attribute: 'show-local-time', type: Boolean}) showLocalTime = false;

  /** Shows the host's introduction behind a disclosure. */
  @property({attribute: 'show-intro', type: Boolean}) showIntro = false;

  /** The visitor's IANA time zone for `show-local-time`; the browser's by default. */
  @property({attribute: 'visitor-time-zone'}) visitorTimeZone?: string;

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

  /** The introduction's disclosure is open: its words are in the DOM only then. */
  @state() private introOpen = false;

  private readonly clock = new ClockController(this);
  private readonly clamp = new ClampController(this, '[part=abstract]');

  protected override willUpdate(changed: PropertyValues<this>) {
    // Another session starts clamped, whatever the last one was.
    if (changed.has('sessionId') || changed.has('data') || changed.has('src')) this.clamp.reset();
    super.willUpdate(changed);
  }

  selectItem({document, dropped}: Loaded) {
    return pick(document.sessions, this.sessionId, 'session-id', 'sessions', dropped);
  }

  attributesDocument(): AttributesDraft | undefined {
    const {headingText: title, start, end, timeZone, track, room, venue} = this;
    if (!title) return undefined;
    const speakers = this.speakerNames?.split(',').map((name) => name.trim()).filter(Boolean) ?? [];
    const ids = speakers.map((_, i) => `s${i}`);
    return {
      document: {
        language: this.contentLang,
        event: {
          id: location.hostname || 'conference-widgets',
          name: title,
          // A zone is needed only to place a time.
          timeZone: start || end ? timeZone : timeZone ?? 'UTC',
          venue: venue ? {name: venue} : undefined,
        },
        tracks: track ? [{id: 't', name: track}] : [],
        rooms: room ? [{id: 'r', name: room}] : [],
        speakers: speakers.map((name, i) => ({id: ids[i], name})),
        sessions: [{
          id: this.sessionId || slug(title) || 'session', title, start, end,
          track: track ? 't' : undefined, room: room ? 'r' : undefined, speakers: ids,
          // The children, as plain text for the calendar; the card shows them through a slot.
          abstract: this.textContent?.replace(/\s+/g, ' ').trim() || undefined,
        }],
      },
      attributes: {
        'event.timeZone': 'time-zone', 'event.venue': 'venue', tracks: 'track', rooms: 'room', speakers: 'speakers',
        'sessions[0].id': 'session-id', 'sessions[0].title': 'heading', 'sessions[0].start': 'start', 'sessions[0].end': 'end',
      },
    };
  }

  protected renderItem(session: Session, doc: ConferenceDocument) {
    const {timeZone: zone, venue} = doc.event;
    // The visitor's zone is looked up only when it is shown; pre-rendered HTML, made on a server that
    // does not know it, leaves it to the browser.
    const visitor = this.showLocalTime ? this.visitorTimeZone ?? (isServer ? undefined : visitorZone()) : undefined;
    const [start, end] = [session.start, session.end].map((time) => (time ? toInstant(time, zone) : undefined));
    const state = this.clock.state(start, end);
    const said = state === 'live' ? msg('Live now') : msg('Ended');
    const badge = state && html`<span part="state" class=${state} .textContent=${said}></span>`;
    const track = byId(doc.tracks, session.track);
    const speakers = session.speakers?.flatMap((id) => byId(doc.speakers, id) ?? []) ?? [];
    // Texts as plain strings in the reader's language: names and place joined with commas, the calendar.
    const plain = (text?: LocalizedText) => this.plain(text);
    const names = joinTexts(speakers.map((speaker) => speaker.name), plain);
    const title = this.heading(this.t(session.title));
    // Set through CSSOM (.style), which a strict CSP allows; a style="" attribute is an inline style it
    // blocks. The validator let only a CSS colour through, so nothing else fits in this one declaration.
    const style = `--_track:${track?.color ?? 'var(--_accent)'}`;
    // Templates below have no whitespace between bindings, and a text that fills an element is its
    // `.textContent` (src/cli/ renders it as a child): every text node and marker counts (issue 10: ≤ 60).
    /** The range in `zone`, then the zone's name and offset: `… 11:10–11:50 Paris time (UTC+2)`. */
    const range = (from: number, zone: string, part: string, name: string) =>
      timeRange(from, end, zone, this.contentLang, DAY_TIME, part, `${name} (${formatOffset(zoneOffset(from, zone))})`);

    if (this.variant === 'compact') {
      return html`<div class="root"><article part="base" class="compact" .style=${style}>
        ${start === undefined ? nothing : timeRange(start, end, zone, this.contentLang, TIME, 'time')}
        <div>${title}${names && html`<p part="speakers">${names}</p>`}</div>
        ${badge}
      </article></div>`;
    }

    const {abstract, hostIntro: intro} = session;
    const place = joinTexts([byId(doc.rooms, session.room)?.name, venue?.name, venue?.city], plain);
    // Pre-rendered HTML shows the whole abstract (no script there opens it), and so does its takeover.
    const expanded = this.fromHtml ? undefined : this.clamp.expanded;
    const name = track && this.choice(track.name);
    // One template for the track with or without the state: one marker, not two.
    const meta = !name
      ? badge && html`<p part="meta">${badge}</p>`
      : state
        ? html`<p part="meta"><span part="track" lang=${name.lang} .textContent=${name.value}></span><span part="state" class=${state} .textContent=${said}></span></p>`
        : html`<p part="meta"><span part="track" lang=${name.lang} .textContent=${name.value}></span></p>`;
    const time = start === undefined ? nothing : range(start, zone, 'time', msg(str`${zoneCity(zone)} time`));
    const localTime = start !== undefined && visitor && isTimeZone(visitor) && zoneOffset(start, visitor) !== zoneOffset(start, zone)
      ? range(start, visitor, 'local-time', msg('your time'))
      : nothing;
    const item = ({name, photo, positions: [position] = []}: Speaker) => {
      const who = this.choice(name);
      const [title, organization] = [position?.title, position?.organization].map((text) => text && this.choice(text));
      // The name and the position beside the photo, with no marker: one template for each shape. The
      // position and its organization are one text in one language, or each in its own.
      const face = avatar(who.value, photo?.src);
      return !title
        ? html`<li part="speaker">${face}<span part="speaker-name" lang=${who.lang} .textContent=${who.value}></span></li>`
        : !organization || organization.lang === title.lang
          ? html`<li part="speaker">${face}<span part="speaker-name" lang=${who.lang} .textContent=${who.value}></span><span
              part="position" lang=${title.lang} .textContent=${organization ? `${title.value}, ${organization.value}` : title.value}></span></li>`
          : html`<li part="speaker">${face}<span part="speaker-name" lang=${who.lang} .textContent=${who.value}></span><span
              part="position">${this.t(position?.title)}, ${this.t(position?.organization)}</span></li>`;
    };
    // One speaker is no list of templates, which would cost two markers; the place and the speakers are
    // one template when both are there.
    const items = speakers.length === 1 ? item(speakers[0]) : speakers.map(item);
    const placeAndSpeakers = !speakers.length
      ? place && html`<p part="place" .textContent=${place}></p>`
      : place
        ? html`<p part="place" .textContent=${place}></p><ul part="speakers">${items}</ul>`
        : html`<ul part="speakers">${items}</ul>`;
    const text = this.fromAttributesShown
      ? abstract && html`<div part="abstract" id="abstract" class="rich"><slot></slot></div>`
      : this.rich(abstract, 'abstract');
    const more = expanded === undefined
      ? nothing
      : html`<button part="more" aria-controls="abstract" aria-expanded=${expanded} @click=${() => this.clamp.toggle()}>${expanded ? msg('Show less') : msg('Show more')}</button>`;
    // The "Add to calendar" button's action, when the session has a time to add.
    const add = start === undefined
      ? undefined
      : () => downloadIcs(`${session.id}.ics`, sessionsToIcs([icsEvent(doc, session, plain, this.now ?? Date.now())].filter((event) => !!event)));
    return html`<div class="root"><article part="base" class=${expanded || this.fromHtml ? 'full open' : 'full'} .style=${style}
      >${meta}${title}${time}${localTime}${placeAndSpeakers}${text}${more}${this.renderIntro(intro, add, ` (${plain(session.title)})`)}</article></div>`;
  }

  /**
   * The host's introduction, its words rendered only once the disclosure is opened, then the "Add to
   * calendar" button (`add`, its action; `title`, the session's title that its name adds for screen
   * readers): one template for the two, with no marker between them.
   */
  private renderIntro(intro: Session['hostIntro'], add: (() => void) | undefined, title: string) {
    if (!this.showIntro || !intro) {
      return add ? html`<button part="calendar" @click=${add}>${msg('Add to calendar')}<span class="visually-hidden" .textContent=${title}></span></button>` : nothing;
    }
    const direction = (text?: LocalizedText) => text && html`<i part="direction">[${this.t(text)}]</i>`;
    const toggle = (e: Event) => (this.introOpen = (e.target as HTMLDetailsElement).open);
    const words = this.introOpen
      ? html`<p>${intro.host && html`<strong>${this.t(intro.host)}</strong> `}${direction(intro.direction)}</p>
          ${this.rich(intro.text, 'intro-text')}
          ${intro.closingDirection && html`<p>${direction(intro.closingDirection)}</p>`}`
      : nothing;
    return add
      ? html`<details part="intro" class="rich" ?open=${this.introOpen} @toggle=${toggle}><summary .textContent=${msg('Host introduction')}></summary>${words
        }</details><button part="calendar" @click=${add}>${msg('Add to calendar')}<span class="visually-hidden" .textContent=${title}></span></button>`
      : html`<details part="intro" class="rich" ?open=${this.introOpen} @toggle=${toggle}><summary .textContent=${msg('Host introduction')}></summary>${words}</details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'session-card': SessionCard;
  }
}
