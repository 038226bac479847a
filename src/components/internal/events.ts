/** The events every widget fires. */
import type {ConferenceError} from '../../data/errors.js';
import type {ConferenceDocument} from '../../data/types.js';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'conf-error': ConfErrorEvent;
    'conf-load': ConfLoadEvent;
  }
}
