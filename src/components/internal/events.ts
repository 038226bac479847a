/** The events every widget fires. */
import type {ConferenceError} from '../../data/errors.js';
import type {ConferenceDocument} from '../../data/types.js';
import type {ViewState} from '../../data/agenda.js';

/** Loading or validation failed; `error` says why and where. Bubbles out of shadow roots. */
export class ConfErrorEvent extends Event {
  constructor(readonly error: ConferenceError) {
    super('conf-error', {bubbles: true, composed: true});
  }
}

/** The data is loaded and the widget shows it; `warnings` lists what an importer guessed or dropped. */
export class ConfLoadEvent extends Event {
  constructor(readonly document: ConferenceDocument, readonly warnings: readonly string[]) {
    super('conf-load', {bubbles: true, composed: true});
  }
}

/** A visitor changed a list's filters, search or "My agenda": `view` is what they chose, `count` the sessions shown. */
export class ConfFilterEvent extends Event {
  constructor(readonly view: ViewState, readonly count: number) {
    super('conf-filter', {bubbles: true, composed: true});
  }
}

/** A visitor starred a talk (`starred` true) or unstarred it; `ids` are all the starred talks of the event. */
export class ConfFavouriteEvent extends Event {
  constructor(readonly id: string, readonly starred: boolean, readonly ids: readonly string[]) {
    super('conf-favourite', {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'conf-error': ConfErrorEvent;
    'conf-load': ConfLoadEvent;
    'conf-filter': ConfFilterEvent;
    'conf-favourite': ConfFavouriteEvent;
  }
}
