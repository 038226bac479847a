import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {localized} from '@lit/localize';
import {ConferenceElement} from '../internal/conference-element.js';
import {customElement} from '../internal/define.js';
import {pick, byId} from '../../data/select.js';
import type {ConferenceDocument, Session} from '../../data/types.js';
import {toInstant} from '../../format/time.js';
import {formatTimeRange} from '../../format/date.js';
import {styles} from './session-card.styles.js';

/**
 * One conference session: title, time in the event's zone, track, speakers, abstract.
 * @summary A conference talk as a card.
 * @slot - Abstract for attributes-only use; also shown before the script loads.
 * @csspart title - The session title.
 * @csspart time - The date and time range.
 * @csspart speakers - The list of speakers.
 * @cssprop [--conf-accent=#3b5bdb] - Accent colour.
 * @fires conf-load - The data is loaded and shown.
 * @fires conf-error - Loading or validation failed; `event.error` says why.
 */
@customElement('session-card')
@localized()
export class SessionCard extends ConferenceElement<Session> {
  static override styles = [...ConferenceElement.styles, styles];

  /** Id of the session to show; may be left out when the document holds one session. */
  @property({attribute: 'session-id'}) sessionId?: string;

  protected select(document: ConferenceDocument) {
    return pick(document.sessions, this.sessionId, 'session-id');
  }

  protected fromAttributes(): ConferenceDocument | undefined {
    return undefined;
  }

  protected renderItem(session: Session) {
    const doc = this.document;
    if (!doc) return nothing;
    const zone = doc.event.timeZone;
    const start = session.start ? toInstant(session.start, zone) : undefined;
    const end = session.end ? toInstant(session.end, zone) : undefined;
    const speakers = (session.speakers ?? []).map((id) => byId(doc.speakers, id)).filter((s) => s !== undefined);
    return html`<article part="card">
      ${this.heading(this.t(session.title))}
      ${start === undefined
        ? nothing
        : html`<p part="time"><time datetime=${new Date(start).toISOString()}>${formatTimeRange(start, end, zone, this.contentLang)}</time></p>`}
      ${speakers.length
        ? html`<ul part="speakers">${speakers.map((s) => html`<li>${this.t(s.name)}</li>`)}</ul>`
        : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'session-card': SessionCard;
  }
}
