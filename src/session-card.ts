/**
 * `<session-card>` alone, for bundlers: `import 'conference-widgets/session-card.js'` defines this
 * element only (once), with English and French. The full library is `conference-widgets`.
 */
export {SessionCard, sessionCardVariants} from './components/session-card/session-card.js';
export type {SessionCardVariant} from './components/session-card/session-card.js';
export {ConfErrorEvent, ConfLoadEvent} from './components/internal/events.js';
