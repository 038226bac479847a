/**
 * conference-widgets as an ES module: the four elements, their types, and the page-wide API.
 * Importing it defines `<session-card>`, `<session-list>`, `<speaker-bio>` and `<track-banner>` (each once).
 */
import {getLocale, setLocale} from './i18n/locale.js';

export {SessionCard, sessionCardVariants} from './components/session-card/session-card.js';
export type {SessionCardVariant} from './components/session-card/session-card.js';
export {SessionList, sessionListLayouts} from './components/session-list/session-list.js';
export type {SessionListLayout} from './components/session-list/session-list.js';
export {SpeakerBio, speakerSections, speakerVariants} from './components/speaker-bio/speaker-bio.js';
export type {SpeakerSection, SpeakerVariant} from './components/speaker-bio/speaker-bio.js';
export {TrackBanner, trackBannerVariants} from './components/track-banner/track-banner.js';
export type {TrackBannerVariant} from './components/track-banner/track-banner.js';
export {formats} from './data/import/index.js';
export type {Format} from './data/import/index.js';
export {ConfErrorEvent, ConfFavouriteEvent, ConfFilterEvent, ConfLoadEvent} from './components/internal/events.js';
export type {ViewState} from './data/agenda.js';
export {ConferenceError} from './data/errors.js';
export type {ErrorKind} from './data/errors.js';
export type * from './data/types.js';
export {getLocale, setLocale};

/** The version of the library, from package.json at build time. */
export const version = __VERSION__;

export interface ConferenceWidgetsGlobal {
  readonly version: string;
  setLocale(code: string): Promise<void>;
  getLocale(): string;
}

declare global {
  interface Window {
    ConferenceWidgets?: ConferenceWidgetsGlobal;
  }
}

// The one global. A second copy of the library on the page keeps the first one's: its elements are
// the ones defined.
window.ConferenceWidgets ??= Object.freeze({version, setLocale, getLocale});
