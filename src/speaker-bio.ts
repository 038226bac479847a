/**
 * `<speaker-bio>` alone, for bundlers: `import 'conference-widgets/speaker-bio.js'` defines this
 * element only (once), with English and French. The full library is `conference-widgets`.
 */
export {SpeakerBio, speakerSections, speakerVariants} from './components/speaker-bio/speaker-bio.js';
export type {SpeakerSection, SpeakerVariant} from './components/speaker-bio/speaker-bio.js';
export {ConfErrorEvent, ConfLoadEvent} from './components/internal/events.js';
