import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {localized} from '@lit/localize';
import {ConferenceElement} from '../internal/conference-element.js';
import {customElement} from '../internal/define.js';
import {pick} from '../../data/select.js';
import type {ConferenceDocument, Speaker} from '../../data/types.js';
import {safeImageUrl} from '../internal/url.js';
import {styles} from './speaker-bio.styles.js';

/**
 * One speaker's biography, from a one-line card to the full profile.
 * @summary A speaker's profile.
 * @slot - Biography for attributes-only use; also shown before the script loads.
 * @csspart name - The speaker's name.
 * @csspart photo - The photo.
 * @csspart positions - Current positions.
 * @fires conf-load - The data is loaded and shown.
 * @fires conf-error - Loading or validation failed; `event.error` says why.
 */
@customElement('speaker-bio')
@localized()
export class SpeakerBio extends ConferenceElement<Speaker> {
  static override styles = [...ConferenceElement.styles, styles];

  /** Id of the speaker to show; may be left out when the document holds one speaker. */
  @property({attribute: 'speaker-id'}) speakerId?: string;

  protected select(document: ConferenceDocument) {
    return pick(document.speakers, this.speakerId, 'speaker-id');
  }

  protected fromAttributes(): ConferenceDocument | undefined {
    return undefined;
  }

  protected renderItem(speaker: Speaker) {
    const photo = safeImageUrl(speaker.photo?.src);
    return html`<article part="card">
      ${photo ? html`<img part="photo" src=${photo} alt=${this.plain(speaker.photo?.alt ?? speaker.name)} loading="lazy" />` : nothing}
      ${this.heading(this.t(speaker.name), 'name')}
      ${speaker.positions?.length
        ? html`<ul part="positions">${speaker.positions.map(
            (p) => html`<li>${this.t(p.title)}${p.organization ? html`, ${this.t(p.organization)}` : nothing}</li>`,
          )}</ul>`
        : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'speaker-bio': SpeakerBio;
  }
}
