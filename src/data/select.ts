/** Finding the item a widget shows, and the items it refers to. */
import {ConferenceError} from './errors.js';

interface Identified {
  readonly id: string;
}

/**
 * The item with `id`; without an id, the only item there is. `attribute` names the attribute that
 * chooses, so the error can say what to set.
 */
export function pick<T extends Identified>(items: readonly T[] | undefined, id: string | undefined, attribute: string): T {
  const list = items ?? [];
  const ids = list.map((item) => item.id);
  if (id) {
    const found = list.find((item) => item.id === id);
    if (found) return found;
    throw new ConferenceError('unknown-id', {path: attribute, got: id, ids});
  }
  if (list.length === 1) return list[0];
  throw new ConferenceError('ambiguous', {path: attribute, ids});
}

/** The item with `id`, if any. */
export const byId = <T extends Identified>(items: readonly T[] | undefined, id: string | undefined): T | undefined =>
  id === undefined ? undefined : items?.find((item) => item.id === id);
