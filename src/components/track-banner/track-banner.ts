import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {localized} from '@lit/localize';
import {ConferenceElement} from '../internal/conference-element.js';
import {customElement} from '../internal/define.js';
import {pick} from '../../data/select.js';
import type {ConferenceDocument, Track} from '../../data/types.js';
import {formatDateRange} from '../../format/date.js';
import {styles} from './track-banner.styles.js';

/**
 * One track and the conference around it: name, tagline, event, dates.
 * @summary A track and its conference as a banner.
 * @slot - Description for attributes-only use; also shown before the script loads.
 * @csspart name - The track name.
 * @csspart tagline - The track's tagline.
 * @csspart event - The conference name and dates.
 * @fires conf-load - The data is loaded and shown.
 * @fires conf-error - Loading or validation failed; `event.error` says why.
 */
@customElement('track-banner')
@localized()
export class TrackBanner extends ConferenceElement<Track> {
  static override styles = [...ConferenceElement.styles, styles];

  /** Id of the track to show; may be left out when the document holds one track. */
  @property({attribute: 'track-id'}) trackId?: string;

  override headingLevel = 2;

  protected select(document: ConferenceDocument) {
    return pick(document.tracks, this.trackId, 'track-id');
  }

  protected fromAttributes(): ConferenceDocument | undefined {
    return undefined;
  }

  protected renderItem(track: Track) {
    const event = this.document?.event;
    if (!event) return nothing;
    return html`<header part="banner">
      ${this.heading(this.t(track.name), 'name')}
      ${track.tagline ? html`<p part="tagline">${this.t(track.tagline)}</p>` : nothing}
      <p part="event">${this.t(event.name)} · ${formatDateRange(event.start, event.end, this.contentLang)}</p>
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'track-banner': TrackBanner;
  }
}
