import {html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {localized, msg, str} from '@lit/localize';
import {ConferenceElement} from '../internal/conference-element.js';
import {customElement} from '../internal/define.js';
import {ClockController} from '../internal/clock.js';
import {Fill} from '../internal/fill.js';
import {downloadIcs, icsEvent, joinTexts} from '../internal/calendar.js';
import {ConfFavouriteEvent, ConfFilterEvent} from '../internal/events.js';
import {timeRange} from '../internal/time-range.js';
import type {AttributesDraft} from '../../data/controller.js';
import type {ConferenceError} from '../../data/errors.js';
import {loadStarred, onStarred, readHash, saveStarred, shareUrl, writeHash} from '../../data/agenda.js';
import type {ViewState} from '../../data/agenda.js';
import type {Loaded} from '../../data/load.js';
import {byDay, dayGrid, facets, parseList, select} from '../../data/programme.js';
import type {Placement, Row, Selection} from '../../data/programme.js';
import {byId, pick} from '../../data/select.js';
import type {ConferenceDocument, ConferenceEvent, LocalizedText} from '../../data/types.js';
import {TIME, dateFormat, dateInstant, zoneCity} from '../../format/date.js';
import {sessionsToIcs} from '../../format/ics.js';
import {programmeStructuredData} from '../../format/structured-data.js';
import {isTimeZone, visitorZone, zoneOffset} from '../../format/time.js';
import {getLocale} from '../../i18n/locale.js';
import {sameLanguage} from '../../i18n/text.js';
import type {SessionListLayout} from '../options.js';
import {styles} from './session-list.styles.js';
import '../session-card/session-card.js';

export {sessionListLayouts} from '../options.js';
export type {SessionListLayout} from '../options.js';

/** Rows rendered per task while a long list fills in: the page answers input in between. */
const CHUNK = 30;

/** The filters a visitor can set with the controls, and the attribute that limits each. */
type Facet = 'day' | 'track' | 'room' | 'language';

/**
 * The programme, or the part of it a page wants: filtered by track, day, room, speaker, language,
 * kind, free text or ids; grouped by day; each talk a row that opens in place to the whole card.
 * With `controls`, visitors filter it themselves, search it, and star talks into a personal agenda
 * kept in their browser, which they can download as one `.ics` and share as a link. From 900 px of
 * its own width (`layout="auto"`) it is a time grid with the rooms as columns.
 * Adds the conference to the page's head as a schema.org `Event`, its sessions as `subEvent`, unless
 * `structured-data="off"` (docs/structured-data.md).
 * @summary The programme, as a list or a time grid, with filters and a personal agenda.
 * @csspart base - The whole list.
 * @csspart controls - The filters, the search box and the agenda's buttons (with `controls`).
 * @csspart filter - One group of filter buttons (days, tracks, rooms, languages).
 * @csspart chip - One filter button (`aria-pressed`), "My agenda" and "My time" too.
 * @csspart search - The search box.
 * @csspart share - The link that opens the starred talks on another device.
 * @csspart download - The button that downloads the starred talks as one `.ics`.
 * @csspart now - The "Jump to now" button, during the event.
 * @csspart count - The number of talks shown, announced to screen readers when it changes.
 * @csspart day - One day: its heading and its rows.
 * @csspart day-heading - The day's name, a heading at `heading-level`.
 * @csspart rows - The day's list of rows, a time grid in the grid layout.
 * @csspart row - One session (class `break` for breaks, `live` while it runs, `open` when opened).
 * @csspart time - The row's time range, in the event's time zone (or the visitor's with "My time").
 * @csspart row-heading - The row's title, a heading one level below the day's holding the button that opens it.
 * @csspart meta - The row's speakers, track, room and language.
 * @csspart badge - The session's language where it is not the page's, and "Live now".
 * @csspart star - The button that adds a talk to the agenda (`aria-pressed`).
 * @csspart card - The opened row's `<session-card>`, without its title and time (style its own parts through it).
 * @csspart room - A room's name over its column, in the grid layout.
 * @csspart slot - A start time on the grid's time axis.
 * @csspart more - The "Show all" button, with `limit`.
 * @cssprop [--conf-grid-height=80vh] - Height of a day's time grid before it scrolls inside itself.
 * @cssprop [--conf-column-width=11em] - Narrowest room column of the time grid.
 * @fires {ConfLoadEvent} conf-load - The programme is shown; `event.document` is the checked `ConferenceDocument`, `event.warnings` (`string[]`) one line for each thing an importer guessed and each fault the checker left out.
 * @fires {ConfErrorEvent} conf-error - Nothing can be shown (the data, or an id in `track`, `room`, `speaker` or `ids` that the programme does not have); `event.error` is a `ConferenceError`; the widget shows one short sentence.
 * @fires {ConfFilterEvent} conf-filter - The visitor changed the filters, the search or "My agenda"; `event.view` is the view (`day`, `track`, `room`, `language`, `query`, `mine`), `event.count` the number of talks shown.
 * @fires {ConfFavouriteEvent} conf-favourite - The visitor starred or unstarred a talk; `event.id`, `event.starred`, and `event.ids` every starred id.
 */
@customElement('session-list')
@localized()
export class SessionList extends ConferenceElement<ConferenceEvent> {
  static override styles = [...ConferenceElement.styles, styles];

  protected readonly describe = programmeStructuredData;

  /** Only these tracks: ids, comma-separated. */
  @property() track?: string;

  /** Only these days: dates like `2025-05-06`, or `today`, comma-separated. */
  @property() day?: string;

  /** Only these rooms: ids, comma-separated. */
  @property() room?: string;

  /** Only the talks of these speakers: ids, comma-separated. */
  @property() speaker?: string;

  /** Only sessions in these languages: tags like `en,fr`. */
  @property() language?: string;

  /** `talks`, `breaks`, or both (the default). */
  @property() kind?: string;

  /** Only sessions whose title, abstract or speakers hold every word of this text. */
  @property() query?: string;

  /** Only these sessions: ids, comma-separated. */
  @property() ids?: string;

  /** Shows at most this many sessions, then a "Show all" button. */
  @property({type: Number}) limit?: number;

  /** Filter buttons, a search box, stars and "My agenda" for visitors. */
  @property({type: Boolean}) controls = false;

  /** Keeps the visitor's filters in the page's URL hash (`#day=…&track=…&q=…`), so a link opens the same view. */
  @property({attribute: 'sync-url', type: Boolean}) syncUrl = false;

  /** `auto`: a list, and a time grid from 900 px of the list's own width; `list` or `grid` always. */
  @property({reflect: true}) layout: SessionListLayout = 'auto';

  /** Several rows may be open at once; by default opening one closes the other. */
  @property({attribute: 'open-many', type: Boolean}) openMany = false;

  /** During the event, scrolls the list to the session running now (or the next) once it is shown. */
  @property({attribute: 'jump-to-now', type: Boolean}) jumpToNow = false;

  /** The clock, in epoch milliseconds, for `today`, "Live now" and "Jump to now"; the real one when undefined. */
  @property({attribute: false}) now?: number;

  /** The visitor's IANA time zone for "My time"; the browser's by default. */
  @property({attribute: 'visitor-time-zone'}) visitorTimeZone?: string;

  /** What the visitor chose with the controls. */
  @state() private view: ViewState = {};
  @state() private opened = new Set<string>();
  @state() private starred = new Set<string>();
  @state() private all = false;
  @state() private myTime = false;
  /** A long list fills in chunk by chunk. */
  private readonly fill = new Fill(this, CHUNK);

  private readonly clock = new ClockController(this);
  /** The event whose stars are loaded, and the end of the subscription to their changes. */
  private agendaOf?: string;
  private stopAgenda?: () => void;
  private jumped = false;
  /**
   * Each row's template with what it depends on, kept while none of it changed: a list that fills in
   * by chunks, or answers a star, does not word again the times of the rows already shown.
   */
  private rowTemplates = new WeakMap<Row, [key: string, template: unknown]>();
  /** Back and forward, or a link to another view of this page: the list follows its URL. */
  private readonly hashChanged = () => {
    if (this.syncUrl) this.view = readHash(location.hash);
  };

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('hashchange', this.hashChanged);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.hashChanged);
    this.stopAgenda?.();
    this.agendaOf = undefined;
  }

  selectItem({document, dropped}: Loaded) {
    // An id the programme does not have is an error the author should see, as on the other elements.
    const lists = {track: 'tracks', room: 'rooms', speaker: 'speakers', ids: 'sessions'} as const;
    for (const [attribute, list] of Object.entries(lists) as [keyof typeof lists, (typeof lists)[keyof typeof lists]][]) {
      for (const id of parseList(this[attribute]) ?? []) pick<{id: string}>(document[list], id, attribute, list, dropped);
    }
    return document.event;
  }

  attributesDocument(): AttributesDraft | undefined {
    return undefined;
  }

  /** Only a list filters by room: an unknown one is its own to word. */
  protected override errorText(error: ConferenceError): [string, unknown?] {
    return error.kind === 'unknown-id' && error.list === 'rooms'
      ? [msg(str`No room has the id “${String(error.got)}”. Rooms in this programme: ${error.ids?.length ?? 0}.`)]
      : super.errorText(error);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl) this.view = readHash(location.hash);
    const id = this.document?.event.id;
    if (this.controls && id !== undefined && id !== this.agendaOf) this.openAgenda(id);
    const keys = [...changed.keys()] as string[];
    // A new selection fills in again from its first rows.
    if (keys.some((key) => !['opened', 'starred', 'myTime'].includes(key))) this.fill.reset();
    if (keys.some((key) => !['opened', 'starred', 'myTime', 'view', 'all'].includes(key))) this.rowTemplates = new WeakMap();
  }

  /** Loads the event's stars, adds those of a shared link, and follows changes from other tabs and lists. */
  private openAgenda(id: string) {
    this.stopAgenda?.();
    this.agendaOf = id;
    const shared = readHash(location.hash).agenda;
    this.starred = loadStarred(id);
    if (shared?.length) {
      shared.forEach((one) => this.starred.add(one));
      saveStarred(id, this.starred);
      // Opened once: the link's ids are in the agenda now, and leave the address.
      history.replaceState(history.state, '', writeHash(location.hash, {...readHash(location.hash), agenda: []}) || location.pathname + location.search);
      this.view = {...this.view, mine: true};
    }
    this.stopAgenda = onStarred(id, (ids) => (this.starred = ids));
  }

  /** The visitor changed the view: the URL (with `sync-url`) and `conf-filter` follow. */
  private setView(view: ViewState) {
    this.view = view;
    if (this.syncUrl) history.replaceState(history.state, '', writeHash(location.hash, view) || location.pathname + location.search);
    void this.updateComplete.then(() => this.dispatchEvent(new ConfFilterEvent(view, this.count)));
  }

  /** Adds a value to a facet of the view, or takes it out. */
  private toggle(facet: Facet, value: string) {
    const values = new Set(this.view[facet]);
    if (!values.delete(value)) values.add(value);
    this.setView({...this.view, [facet]: values.size ? [...values] : undefined});
  }

  private star(id: string) {
    const starred = new Set(this.starred);
    const on = !starred.delete(id);
    if (on) starred.add(id);
    this.starred = starred;
    saveStarred(this.agendaOf ?? '', starred);
    this.dispatchEvent(new ConfFavouriteEvent(id, on, [...starred]));
  }

  private open(id: string) {
    const opened = new Set(this.openMany ? this.opened : []);
    if (this.opened.has(id)) opened.delete(id);
    else opened.add(id);
    this.opened = opened;
  }

  /** The number of sessions shown, for the status line and `conf-filter`. */
  private count = 0;

  protected renderItem() {
    const doc = this.document;
    if (!doc) return nothing;
    const {view} = this;
    const now = this.now ?? Date.now();
    // What the page's author chose, then what the visitor chose within it.
    const authored: Selection = {
      track: parseList(this.track), day: parseList(this.day), room: parseList(this.room), speaker: parseList(this.speaker),
      language: parseList(this.language), kind: parseList(this.kind), query: this.query, ids: parseList(this.ids),
    };
    const base = select(doc, authored, undefined, now);
    const keep = new Set(base.map((row) => row.session));
    let rows = select(doc, view, this.starred, now).filter((row) => keep.has(row.session));
    this.count = rows.length;
    const limited = this.limit !== undefined && this.limit >= 0 && !this.all && rows.length > this.limit;
    if (limited) rows = rows.slice(0, this.limit);

    const zone = doc.event.timeZone;
    const visitor = this.visitorTimeZone ?? visitorZone();
    const first = base.find((row) => row.start !== undefined)?.start;
    const otherZone = first !== undefined && isTimeZone(visitor) && zoneOffset(first, visitor) !== zoneOffset(first, zone);
    const shownZone = this.myTime && otherZone ? visitor : zone;
    // One timer for the whole list: the next start or end re-renders it.
    this.clock.now(rows.flatMap((row) => [row.start, row.end]));
    const next = rows.find((row) => row.end !== undefined && row.end > now && row.start !== undefined);
    const during = next !== undefined && first !== undefined && first <= now;

    const filled = this.fill.take(rows.length);
    let budget = filled;
    const days = byDay(rows).map(([day, dayRows]) => {
      if (budget <= 0) return nothing;
      const shown = dayRows.slice(0, budget);
      budget -= shown.length;
      return this.renderDay(doc, day, shown, shownZone, now, during ? next.session.id : undefined);
    });
    if (filled === rows.length && this.jumpToNow && during && !this.jumped) {
      this.jumped = true;
      void this.updateComplete.then(() => this.jump());
    }

    return html`<div class="root"><div part="base" @conf-load=${stop} @conf-error=${stop}>
      ${this.controls ? this.renderControls(doc, base, otherZone ? visitor : undefined, during) : nothing}
      <p part="count" role="status">${rows.length ? msg(str`Sessions shown: ${this.count}`) : msg('No session matches these filters.')}</p>
      ${days}
      ${limited ? html`<button part="more" @click=${() => (this.all = true)}>${msg(str`Show all (${this.count})`)}</button>` : nothing}
    </div></div>`;
  }

  /** One day: its heading, then its rows, placed on the day's time grid (which only the grid layout shows). */
  private renderDay(doc: ConferenceDocument, day: string | undefined, rows: Row[], zone: string, now: number, next?: string) {
    const name = day ? dateFormat(this.contentLang, {dateStyle: 'full', timeZone: 'UTC'}).format(dateInstant(day)) : msg('Not yet scheduled');
    const grid = day ? dayGrid(rows, doc) : undefined;
    const places = new Map(grid?.items.map((item) => [item.row, item]));
    return html`<section part="day">${this.heading(name, 'day-heading')}<div class="scroll"><ol part="rows" .style=${grid ? `--_columns:${grid.columns - 1}` : ''}>${
      grid?.rooms.map(({id, colStart, colEnd}) => html`<li part="room" aria-hidden="true" .style=${`grid-column:${colStart}/${colEnd}`}>${this.t(byId(doc.rooms, id)?.name)}</li>`)}${
      grid?.times.map(({instant, row}) => html`<li part="slot" aria-hidden="true" .style=${`grid-row:${row}`}>${this.time(instant, undefined, zone)}</li>`)}${
      rows.map((row) => this.renderRow(doc, row, zone, now, places.get(row), row.session.id === next))}</ol></div></section>`;
  }

  private renderRow(doc: ConferenceDocument, row: Row, zone: string, now: number, place?: Placement, next?: boolean) {
    const {session, start, end} = row;
    const {id, kind, title} = session;
    const open = this.opened.has(id);
    const live = start !== undefined && end !== undefined && start <= now && now < end;
    const key = [open, this.starred.has(id), live, next, zone, this.contentLang, getLocale(), place && Object.values(place).slice(1)].join();
    const kept = this.rowTemplates.get(row);
    if (kept?.[0] === key) return kept[1];
    const plain = (text?: LocalizedText) => this.plain(text);
    const track = byId(doc.tracks, session.track);
    const language = session.language ?? doc.language;
    const style = `--_track:${track?.color ?? 'var(--_accent)'}${place ? `;--_area:${place.rowStart}/${place.colStart}/${place.rowEnd}/${place.colEnd}` : ''}`;
    const classes = [kind === 'break' && 'break', live && 'live', open && 'open', next && 'next'].filter(Boolean).join(' ');
    const meta = [
      joinTexts(session.speakers?.map((speaker) => byId(doc.speakers, speaker)?.name) ?? [], plain),
      plain(track?.name),
      plain(byId(doc.rooms, session.room)?.name),
    ].filter(Boolean).join(' · ');
    const template = html`<li part="row" class=${classes} .style=${style}>${
      start === undefined ? nothing : this.time(start, end, zone)}<div>${
      kind === 'break'
        ? html`<p part="row-heading">${this.t(title)}</p>`
        : this.heading(html`<button aria-expanded=${open} aria-controls=${open ? `card-${id}` : nothing} @click=${() => this.open(id)}>${this.t(title)}</button>`, 'row-heading', this.headingLevel + 1)
      }<p part="meta">${meta}${live ? html` <span part="badge" class="live">${msg('Live now')}</span>` : nothing}${
        language && !sameLanguage(language, this.contentLang) ? html` <span part="badge" lang=${language}>${language.toUpperCase()}</span>` : nothing}</p></div>${
      this.controls && kind !== 'break'
        ? html`<button part="star" aria-pressed=${this.starred.has(id)} aria-label=${msg(str`My agenda: ${plain(title)}`)} @click=${() => this.star(id)}>${this.starred.has(id) ? '★' : '☆'}</button>`
        : nothing}${
      open
        ? html`<session-card part="card" id=${`card-${id}`} .data=${doc} format="native" session-id=${id} lang=${this.contentLang} theme=${this.theme ?? nothing}
            heading-level=${this.headingLevel + 1} show-intro show-local-time structured-data="off" .now=${this.now}></session-card>`
        : nothing}</li>`;
    this.rowTemplates.set(row, [key, template]);
    return template;
  }

  /** A time range in the row's part `time` (rangeParts words each range once per format). */
  private time(start: number, end: number | undefined, zone: string) {
    return timeRange(start, end, zone, this.contentLang, TIME, 'time');
  }

  /** Filters for the days, tracks, rooms and languages the author's selection holds (its facets); search; the agenda. */
  private renderControls(doc: ConferenceDocument, rows: readonly Row[], visitor: string | undefined, during: boolean) {
    const {view} = this;
    const {days, tracks, rooms, languages} = facets(doc, rows);
    const dayName = dateFormat(this.contentLang, {weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC'});
    const group = (facet: Facet, label: string, values: [value: string, text: unknown][]) =>
      values.length > 1
        ? html`<div part="filter" role="group" aria-label=${label}>${values.map(([value, text]) =>
            html`<button part="chip" aria-pressed=${!!view[facet]?.includes(value)} @click=${() => this.toggle(facet, value)}>${text}</button>`)}</div>`
        : nothing;
    const mine = [...this.starred];
    const ics = () => sessionsToIcs(
      doc.sessions?.flatMap((session) => (this.starred.has(session.id) && icsEvent(doc, session, (text) => this.plain(text), this.now ?? Date.now())) || []) ?? [],
    );
    return html`<div part="controls">
      <input part="search" type="search" aria-label=${msg('Search the programme')} placeholder=${msg('Search')} .value=${view.query ?? ''}
        @input=${(e: Event) => this.setView({...view, query: (e.target as HTMLInputElement).value || undefined})} />
      ${group('day', msg('Days'), days.map((day) => [day, dayName.format(dateInstant(day))]))}
      ${group('track', msg('Tracks'), tracks.map((id) => {
        const track = byId(doc.tracks, id);
        return [id, html`<span class="dot" .style=${`--_track:${track?.color ?? 'var(--_accent)'}`}></span>${this.t(track?.name)}`];
      }))}
      ${group('room', msg('Rooms'), rooms.map((id) => [id, this.t(byId(doc.rooms, id)?.name)]))}
      ${group('language', msg('Languages'), languages.map((tag) => [tag, tag.toUpperCase()]))}
      <div part="filter" role="group" aria-label=${msg('My agenda')}>
        <button part="chip" aria-pressed=${!!view.mine} @click=${() => this.setView({...view, mine: !view.mine || undefined})}>${msg(str`My agenda (${mine.length})`)}</button>
        ${mine.length
          ? html`<button part="download" @click=${() => downloadIcs(`${doc.event.id}.ics`, ics())}>${msg('Download (.ics)')}</button>
            <a part="share" href=${shareUrl(location.href, mine)}>${msg('Link to my agenda')}</a>`
          : nothing}
        ${visitor ? html`<button part="chip" aria-pressed=${this.myTime} @click=${() => (this.myTime = !this.myTime)}>${msg(str`My time (${zoneCity(visitor)})`)}</button>` : nothing}
        ${during ? html`<button part="now" @click=${() => this.jump()}>${msg('Jump to now')}</button>` : nothing}
      </div>
    </div>`;
  }

  /** Scrolls to the session running now, or the next one, and gives it focus. */
  private jump() {
    const row = this.renderRoot.querySelector<HTMLElement>('.live, .next');
    row?.scrollIntoView({block: 'center'});
    row?.querySelector('button')?.focus({preventScroll: true});
  }
}

/** The cards a list opens report to the list, not to the page: their events stop at the list. */
const stop = (event: Event) => event.stopPropagation();

declare global {
  interface HTMLElementTagNameMap {
    'session-list': SessionList;
  }
}
