/**
 * `<session-list>` alone, for bundlers: `import 'conference-widgets/session-list.js'` defines this
 * element and the `<session-card>` its rows open into (each once), with English and French. The full
 * library is `conference-widgets`.
 */
export {SessionList, sessionListLayouts} from './components/session-list/session-list.js';
export type {SessionListLayout} from './components/session-list/session-list.js';
export {ConfErrorEvent, ConfFavouriteEvent, ConfFilterEvent, ConfLoadEvent} from './components/internal/events.js';
export type {ViewState} from './data/agenda.js';
