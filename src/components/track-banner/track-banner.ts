import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {localized, msg, str} from '@lit/localize';
import {ConferenceElement} from '../internal/conference-element.js';
import {customElement} from '../internal/define.js';
import {Fill} from '../internal/fill.js';
import {dropImage, linkTo, safeImageUrl, safeUrl} from '../internal/url.js';
import type {AttributesDraft} from '../../data/controller.js';
import type {Loaded} from '../../data/load.js';
import {byId, pick} from '../../data/select.js';
import type {ConferenceDocument, LocalizedText, Session, Track} from '../../data/types.js';
import {DATE_TIME, TIME, formatDateRange, formatTime} from '../../format/date.js';
import {toInstant} from '../../format/time.js';
import {wellFormed} from '../../format/well-formed.js';
import {getLocale} from '../../i18n/locale.js';
import {trackStructuredData} from '../../format/structured-data.js';
import {styles} from './track-banner.styles.js';
import type {TrackBannerVariant} from '../options.js';

export {trackBannerVariants} from '../options.js';
export type {TrackBannerVariant} from '../options.js';

/**
 * A link from a template such as `/tracks/{id}`: the id well formed (encodeURIComponent throws on
 * half an emoji) and URL-encoded, the result through safeUrl.
 */
export const fillHref = (template: string | undefined, id: string) =>
  template ? safeUrl(template.replaceAll('{id}', encodeURIComponent(wellFormed(id)))) : undefined;

/**
 * `--_track` for a track: its colour (the validator let only CSS colours through), else the accent.
 * Bound as `.style`, through CSSOM, which a strict CSP allows; never as a style="" attribute.
 */
const trackStyle = (color = 'var(--_accent)') => `--_track:${color}`;

/** Sessions rendered per task while a long list fills in. */
const CHUNK = 250;


/**
 * One track and the conference around it: the track's name, tagline, description and colour; the
 * conference's name, theme, dates and venue; all its tracks with this one marked; optionally the
 * track's sessions; and the credit line of the data.
 * Adds the conference to the page's head as a schema.org `Event`, with the track's sessions as
 * `subEvent`, for search engines, unless `structured-data="off"` (docs/structured-data.md).
 * @summary A track and its conference, as a header block or a one-line strip.
 * @slot - The track description for attributes-only use, or when the track in the data has none; also shown
 *   before the script loads.
 * @csspart base - The whole banner (both variants; class `hero` or `strip`).
 * @csspart header - The hero's tinted block: the track and the conference.
 * @csspart heading - The track name, a heading at `heading-level`.
 * @csspart tagline - The track's tagline.
 * @csspart description - The track's description.
 * @csspart event - The conference: name, theme, dates and venue (in the strip: name and dates).
 * @csspart tracks - The navigation listing the conference's tracks.
 * @csspart track - One track of that list, a link with `track-href`; the current one has `aria-current`.
 * @csspart swatch - A track's colour dot, next to its name and in the tracks list.
 * @csspart sessions - The track's sessions, with `show-sessions`.
 * @csspart sessions-heading - The heading of the sessions, one level below `heading-level`.
 * @csspart credits - The credit line of the data.
 * @cssprop [--conf-track-tint=14%] - How much of the track colour tints the header and the current track.
 * @cssprop [--conf-accent=#3b5bdb] - Links, and the track colour when the data gives none.
 * @cssprop [--conf-surface=#fff] - Background.
 * @cssprop [--conf-text=#1d2430] - Text colour.
 * @cssprop [--conf-muted=#5a6473] - Secondary text.
 * @cssprop [--conf-border=#d9dee6] - Borders.
 * @cssprop [--conf-radius=0.75em] - Corner radius.
 * @cssprop [--conf-space=1em] - Spacing unit.
 * @cssprop [--conf-font-size=1em] - Text size; by default the size of the text around the widget.
 * @fires {ConfLoadEvent} conf-load - The track is shown (in attributes-only use, again when an attribute changes); `event.document` is the checked `ConferenceDocument`, `event.warnings` (`string[]`) one line for each thing an importer guessed and each fault the checker left out.
 * @fires {ConfErrorEvent} conf-error - No track can be shown; `event.error` is a `ConferenceError` (`kind`, `path`, `expected`, `got`, `url`, `status`, `timeout`, `ids`, `detail`); the widget shows one short sentence.
 */
@customElement('track-banner')
@localized()
export class TrackBanner extends ConferenceElement<Track> {
  static override styles = [ConferenceElement.styles, styles];

  protected readonly describe = trackStructuredData;

  /** Id of the track to show; may be left out when the document holds one track. */
  @property({attribute: 'track-id'}) trackId?: string;

  /** `hero`: a wide header block; `strip`: one line with the track, the conference and its dates. */
  @property({reflect: true}) variant: TrackBannerVariant = 'hero';

  /** Lists the track's sessions, ordered by time. */
  @property({attribute: 'show-sessions', type: Boolean, reflect: true}) showSessions = false;

  /** Links each track: a URL template where `{id}` is the track id, `/tracks/{id}`. */
  @property({attribute: 'track-href'}) trackHref?: string;

  /** Links each listed session: a URL template where `{id}` is the session id, `/sessions/{id}`. */
  @property({attribute: 'session-href'}) sessionHref?: string;

  /** Attributes-only use: the track name. Without it, the attributes are not read. */
  @property() name?: string;

  /** Attributes-only use: the track's tagline. */
  @property() tagline?: string;

  /** Attributes-only use: the conference name. */
  @property({attribute: 'event-name'}) eventName?: string;

  /** Attributes-only use: the conference's first day, a date like `2025-05-06`. */
  @property({attribute: 'start-date'}) startDate?: string;

  /** Attributes-only use: the conference's last day, `2025-05-07`; `start-date` when absent. */
  @property({attribute: 'end-date'}) endDate?: string;

  /** Attributes-only use: the venue's name. */
  @property() venue?: string;

  /** The level of the track name (1–6), to fit the host page's outline; the sessions heading is one below. */
  override headingLevel = 2;

  /** A long list of sessions fills in chunk by chunk; `updateComplete` waits for its last row. */
  private readonly fill = new Fill(this, CHUNK);
  /**
   * The track's sessions in time order, and the rows rendered so far with what they depend on: each
   * chunk adds its rows and words the earlier ones not again (formatTime words each time once).
   */
  private listed?: {readonly doc: ConferenceDocument; readonly track: Track; readonly rows: readonly [number, Session][]; key?: string; shown: unknown[]};

  protected override getUpdateComplete(): Promise<boolean> {
    return this.fill.complete(() => super.getUpdateComplete());
  }

  selectItem({document, dropped}: Loaded) {
    return pick(document.tracks, this.trackId, 'track-id', 'tracks', dropped);
  }

  attributesDocument(): AttributesDraft | undefined {
    const {name, tagline, eventName, startDate: start, endDate: end = start, venue, trackId: id = 'track'} = this;
    if (!name) return undefined;
    return {
      document: {
        language: this.contentLang,
        // Without event-name the event is named after the track, and the name is not shown twice.
        event: {id: 'event', name: eventName || name, start, end, timeZone: 'UTC', venue: venue ? {name: venue} : undefined},
        tracks: [{id, name, tagline}],
      },
      attributes: {
        'event.name': 'event-name', 'event.start': 'start-date', 'event.end': 'end-date', 'event.venue': 'venue',
        'tracks[0].id': 'track-id', 'tracks[0].name': 'name', 'tracks[0].tagline': 'tagline',
      },
    };
  }

  /** Texts joined with commas, each in its language. */
  private join(texts: readonly (LocalizedText | undefined)[]) {
    return texts.filter((text) => text).map((text, i) => html`${i ? ', ' : ''}${this.t(text)}`);
  }

  protected renderItem(track: Track, doc: ConferenceDocument) {
    const {event, tracks = [], credits = []} = doc;
    const {name, theme, start, end, venue} = event;
    const hero = this.variant !== 'strip';
    // The strip is the hero's first line: its header boxes are display: contents there.
    return html`<div class="root"><div part="base" class=${hero ? 'hero' : 'strip'} .style=${trackStyle(track.color)}>
      <div part="header">
        <div>
          ${this.heading(html`<span part="swatch"></span>${this.t(track.name)}`)}
          ${hero && track.tagline ? html`<p part="tagline">${this.t(track.tagline)}</p>` : nothing}
          ${hero ? (track.description ? this.rich(track.description, 'description') : html`<div part="description"><slot></slot></div>`) : nothing}
        </div>
        <p part="event">
          ${this.fromAttributesShown && !this.eventName ? nothing : html`<strong>${this.t(name)}</strong>`}
          ${hero && theme ? html`<em>${this.t(theme)}</em>` : nothing}
          ${start ? html`<span>${formatDateRange(start, end ?? start, this.contentLang)}</span>` : nothing}
          ${hero && venue ? html`<span>${this.join([venue.name, venue.city, venue.country])}</span>` : nothing}
        </p>
      </div>
      ${hero
        ? [
            tracks[1]
              // Named for this track too: two banners on a page make two landmarks with two names.
              ? html`<nav part="tracks" aria-label=${msg(str`${this.plain(track.name)} and the other tracks of ${this.plain(name)}`)}>
                  <ul>
                    ${tracks.map((other) => {
                      const href = fillHref(this.trackHref, other.id);
                      // Without href, an <a> is a placeholder and no link.
                      return html`<li>
                        <a part="track" href=${href ?? nothing} aria-current=${other === track ? (href ? 'page' : 'true') : nothing}
                          .style=${trackStyle(other.color)}><span part="swatch"></span>${this.t(other.name)}</a>
                      </li>`;
                    })}
                  </ul>
                </nav>`
              : nothing,
            this.showSessions ? this.renderSessions(doc, track) : nothing,
            credits[0]
              ? html`<p part="credits">${credits.map(({role, name, url, logo}) => {
                  const src = safeImageUrl(logo?.src);
                  const who = linkTo(url, html`${src ? html`<img src=${src} alt="" @error=${dropImage} />` : nothing}${this.t(name)}`);
                  return html`<span>${msg(str`${role ? this.plain(role) : msg('Content source')}:`)} ${who}</span> `;
                })}</p>`
              : nothing,
          ]
        : nothing}
    </div></div>`;
  }

  private renderSessions(doc: ConferenceDocument, track: Track) {
    const {event: {timeZone, start, end = start}, speakers} = doc;
    const key = [this.contentLang, getLocale(), this.sessionHref].join();
    let listed = this.listed;
    if (listed?.doc !== doc || listed.track !== track) {
      // Each start read once, not in the comparator. Unscheduled (NaN) last; Infinity - Infinity is NaN,
      // which sort takes as equal.
      const rows = (doc.sessions ?? [])
        .filter((session) => session.track === track.id && session.kind !== 'break')
        .map((session): [number, Session] => [toInstant(session.start ?? '', timeZone) || Infinity, session])
        .sort((a, b) => a[0] - b[0]);
      listed = this.listed = {doc, track, rows, shown: []};
      this.fill.reset();
    }
    if (listed.key !== key) Object.assign(listed, {key, shown: []});
    const {rows, shown} = listed;
    // Pre-rendered HTML has every row, and its takeover too, so that nothing moves.
    const count = this.fromHtml ? rows.length : this.fill.take(rows.length);
    // The card's time, with the day when the event has several.
    const options = start === end ? TIME : DATE_TIME;
    for (const [instant, session] of rows.slice(shown.length, count)) {
      shown.push(html`<li>
        ${instant < Infinity
          ? html`<time datetime=${new Date(instant).toISOString()}>${formatTime(instant, timeZone, this.contentLang, options)}</time>`
          : html`<span>${msg('Not yet scheduled')}</span>`}
        <strong>${linkTo(fillHref(this.sessionHref, session.id), this.t(session.title))}</strong>
        <span>${this.join((session.speakers ?? []).map((id) => byId(speakers, id)?.name))}</span>
      </li>`);
    }
    return rows[0]
      ? html`<div part="sessions">
          ${this.heading(msg('Sessions in this track'), 'sessions-heading', this.headingLevel + 1)}
          <ol class=${rows.length > CHUNK && !this.fromHtml ? 'lazy' : ''}>${shown}</ol>
        </div>`
      : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'track-banner': TrackBanner;
  }
}
